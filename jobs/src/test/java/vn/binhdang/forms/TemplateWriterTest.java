package vn.binhdang.forms;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import vn.binhdang.catalogue.Measure;

/** The written template: labels, identity, protection, validation and the key. */
class TemplateWriterTest {

  @Test
  void sheetsAreTheCoverTheObjectivesAndTheVeryHiddenKey() throws Exception {
    try (XSSFWorkbook wb = Forms.open(Forms.DAK_KOI)) {
      List<String> names = new java.util.ArrayList<>();
      wb.forEach(s -> names.add(s.getSheetName()));
      assertThat(names).containsExactly("Thông tin chung", "Mục tiêu 2", "Mục tiêu 3", "Mục tiêu 4", "Mục tiêu 5",
          "Mục tiêu 6", "_binhdang");
      assertThat(wb.getSheetVisibility(6)).isEqualTo(SheetVisibility.VERY_HIDDEN);
      assertThat(wb.getActiveSheetIndex()).isZero();
      for (int i = 0; i < 6; i++) assertThat(wb.getSheetVisibility(i)).isEqualTo(SheetVisibility.VISIBLE);
    }
  }

  @Test
  void coverShowsTheCommuneItsCodeTheYearAndTheVersion() throws Exception {
    try (XSSFWorkbook wb = Forms.open(Forms.DAK_KOI)) {
      XSSFSheet cover = wb.getSheet(FormLayout.COVER_SHEET);
      assertThat(text(cover, "A1")).isEqualTo("BIỂU MẪU BÁO CÁO SỐ LIỆU BÌNH ĐẲNG GIỚI NĂM 2023");
      assertThat(text(cover, "A4")).isEqualTo("Mã đơn vị");
      assertThat(text(cover, "B4")).isEqualTo("23482");
      assertThat(text(cover, "B5")).isEqualTo("Xã Đắk Kôi");
      assertThat(text(cover, "B6")).isEqualTo("Huyện Kon Rẫy, Tỉnh Kon Tum");
      assertThat(cover.getRow(6).getCell(1).getNumericCellValue()).isEqualTo(2023.0);
      assertThat(text(cover, "A9")).startsWith("Ngày nộp");
      assertThat(text(cover, "A10")).isEqualTo("Người lập biểu");
      assertThat(cover.getRow(8).getCell(1).getCellStyle().getLocked()).isFalse();
      assertThat(cover.getRow(8).getCell(1).getCellStyle().getDataFormatString()).isEqualTo("dd/mm/yyyy");
      assertThat(cover.getRow(9).getCell(1).getCellStyle().getLocked()).isFalse();
      assertThat(cover.getRow(3).getCell(1).getCellStyle().getLocked()).isTrue();
      assertThat(validation(cover, 8, 1).getValidationConstraint().getValidationType())
          .isEqualTo(DataValidationConstraint.ValidationType.DATE);
    }
  }

  @Test
  void objectiveSheetsHaveVietnameseLabelsAndHeaders() throws Exception {
    FormLayout l = Forms.layout(Forms.DAK_KOI);
    try (XSSFWorkbook wb = Forms.open(Forms.DAK_KOI)) {
      for (FormLayout.FormSheet s : l.sheets()) {
        XSSFSheet sh = wb.getSheet(s.name());
        assertThat(text(sh, "A2")).isEqualTo("Đơn vị: Xã Đắk Kôi (mã 23482) – Huyện Kon Rẫy, Tỉnh Kon Tum");
        assertThat(text(sh, "A3")).startsWith(s.name() + ": " + s.objective().nameVi());
        for (FormLayout.Section sec : s.sections()) {
          Row head = sh.getRow(sec.headerRow());
          assertThat(head.getCell(0).getStringCellValue()).isEqualTo("STT");
          for (int i = 0; i < sec.columns().size(); i++) {
            assertThat(head.getCell(FormLayout.FIRST_VALUE_COLUMN + i).getStringCellValue())
                .isEqualTo(sec.columns().get(i).label());
          }
          assertThat(head.getCell(s.notesColumn()).getStringCellValue()).isEqualTo("Ghi chú");
          for (FormLayout.FormRow r : sec.rows()) {
            assertThat(sh.getRow(r.row()).getCell(1).getStringCellValue()).isEqualTo(r.label());
            assertThat(sh.getRow(r.row()).getCell(2).getStringCellValue()).isEqualTo("Số nguyên");
          }
        }
      }
      XSSFSheet labour = wb.getSheet("Mục tiêu 2");
      assertThat(text(labour, "B6")).isEqualTo("Lao động có việc làm từ 15 tuổi trở lên");
      assertThat(text(labour, "D5") + "|" + text(labour, "E5") + "|" + text(labour, "F5")).isEqualTo("Nữ|Nam|Tổng");
    }
  }

  /** "protected cells unchanged": everything but the input cells is locked, and every sheet is protected. */
  @Test
  void onlyInputAndNotesCellsAreUnlockedAndEverySheetIsProtected() throws Exception {
    FormLayout l = Forms.layout(Forms.DAK_KOI);
    try (XSSFWorkbook wb = Forms.open(Forms.DAK_KOI)) {
      for (int i = 0; i < wb.getNumberOfSheets(); i++) {
        XSSFSheet sh = wb.getSheetAt(i);
        assertThat(sh.getProtect()).as(sh.getSheetName() + " protected").isTrue();
        assertThat(sh.getCTWorksheet().getSheetProtection().isSetPassword()).as("no password").isFalse();
        assertThat(sh.isDeleteRowsLocked()).isTrue();
        assertThat(sh.isInsertRowsLocked()).isTrue();
      }
      for (FormLayout.FormSheet s : l.sheets()) {
        XSSFSheet sh = wb.getSheet(s.name());
        Set<String> inputs = new HashSet<>();
        s.cells().forEach(c -> inputs.add(c.ref()));
        int unlocked = 0;
        for (Row row : sh) {
          for (Cell c : row) {
            String ref = c.getAddress().formatAsString();
            boolean locked = c.getCellStyle().getLocked();
            if (inputs.contains(ref)) {
              assertThat(locked).as(ref + " is an input").isFalse();
              assertThat(c.getCellType()).isEqualTo(CellType.BLANK);
              unlocked++;
            } else if (c.getColumnIndex() == s.notesColumn() && row.getRowNum() > FormLayout.FIRST_SECTION_ROW
                && c.getCellType() == CellType.BLANK) {
              assertThat(locked).as("notes " + ref).isFalse();
            } else {
              assertThat(locked).as(ref + " '" + c + "' is protected").isTrue();
            }
          }
        }
        assertThat(unlocked).isEqualTo(inputs.size());
      }
    }
  }

  @Test
  void inputCellsAreValidatedAsNonNegativeNumbersWithAnInputMessage() throws Exception {
    for (String area : List.of(Forms.DAK_KOI, Forms.DISTRICT)) {
      FormLayout l = Forms.layout(area);
      try (XSSFWorkbook wb = Forms.open(area)) {
        for (FormLayout.FormSheet s : l.sheets()) {
          XSSFSheet sh = wb.getSheet(s.name());
          for (FormLayout.InputCell c : s.cells()) {
            Measure m = Forms.catalogue().measure(c.field().measure()).orElseThrow();
            DataValidation v = validation(sh, c.row(), c.column());
            assertThat(v).as(s.name() + "!" + c.ref()).isNotNull();
            DataValidationConstraint k = v.getValidationConstraint();
            assertThat(k.getValidationType()).isEqualTo(m.valueType() == Measure.ValueType.MEAN
                ? DataValidationConstraint.ValidationType.DECIMAL : DataValidationConstraint.ValidationType.INTEGER);
            assertThat(k.getOperator()).isEqualTo(DataValidationConstraint.OperatorType.GREATER_OR_EQUAL);
            assertThat(k.getFormula1()).isEqualTo("0");
            assertThat(v.getShowPromptBox()).isTrue();
            assertThat(v.getPromptBoxText()).contains("Để trống");
            assertThat(v.getShowErrorBox()).isTrue();
            assertThat(v.getEmptyCellAllowed()).isTrue();
          }
        }
      }
    }
  }

  @Test
  void keyListsEveryInputCellByReference() throws Exception {
    FormLayout l = Forms.layout(Forms.DAK_KOI);
    try (XSSFWorkbook wb = Forms.open(Forms.DAK_KOI)) {
      FormKey key = FormKey.read(wb);
      assertThat(key.version()).isEqualTo(FormLayout.FORM_VERSION);
      assertThat(key.areaCode()).isEqualTo("23482");
      assertThat(key.yearText()).isEqualTo("2023");
      assertThat(key.kind()).isEqualTo("commune");
      assertThat(key.header().get(FormKey.SUBMITTED_ON_CELL).cellRef()).isEqualTo("B9");
      assertThat(key.mappings()).hasSize(l.cells().size());
      for (int i = 0; i < l.cells().size(); i++) {
        FormLayout.InputCell c = l.cells().get(i);
        FormKey.Mapping m = key.mappings().get(i);
        assertThat(m.measure() + m.sex() + m.period() + m.group())
            .isEqualTo(c.field().measure() + c.field().sex() + c.field().period() + c.field().group());
        assertThat(m.target().cellRef()).isEqualTo(c.ref());
        assertThat(m.target().formula()).startsWith("'Mục tiêu ");
      }
    }
  }

  @Test
  void anEmptyTemplateReadsAsNothingReported() {
    for (var a : Forms.catalogue().communes()) {
      var r = Forms.parse(TemplateWriter.write(Forms.layout(a.code())));
      assertThat(r.rowsRead()).isZero();
      assertThat(r.staged()).isEmpty();
      assertThat(r.rejects()).isEmpty();
    }
  }

  @Test
  void theTotalCellTurnsRedWhenItDiffersFromWomenPlusMen() throws Exception {
    try (XSSFWorkbook wb = Forms.open(Forms.DAK_KOI)) {
      var cf = wb.getSheet("Mục tiêu 2").getSheetConditionalFormatting();
      assertThat(cf.getNumConditionalFormattings()).isEqualTo(3);
      var f = cf.getConditionalFormattingAt(0);
      assertThat(f.getFormattingRanges()).containsExactly(CellRangeAddress.valueOf("F6"));
      assertThat(f.getRule(0).getFormula1()).isEqualTo("AND(ISNUMBER(D6),ISNUMBER(E6),ISNUMBER(F6),F6<>D6+E6)");
    }
  }

  private static String text(XSSFSheet sh, String ref) {
    CellReference r = new CellReference(ref);
    Row row = sh.getRow(r.getRow());
    Cell c = row == null ? null : row.getCell(r.getCol());
    return c == null ? "" : c.toString();
  }

  private static DataValidation validation(XSSFSheet sh, int row, int col) {
    for (DataValidation v : sh.getDataValidations()) {
      for (CellRangeAddress a : v.getRegions().getCellRangeAddresses()) {
        if (a.isInRange(row, col)) return v;
      }
    }
    return null;
  }
}
