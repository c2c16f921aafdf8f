package vn.binhdang.forms;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.binhdang.catalogue.Sex.F;
import static vn.binhdang.catalogue.Sex.M;
import static vn.binhdang.catalogue.Sex.T;

import java.time.LocalDate;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.ClientAnchor;
import org.apache.poi.ss.usermodel.Comment;
import org.apache.poi.ss.usermodel.Drawing;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import vn.binhdang.catalogue.Sex;
import vn.binhdang.ingest.FileParser;
import vn.binhdang.ingest.Reject;
import vn.binhdang.catalogue.RejectRule;
import vn.binhdang.ingest.StagedCount;

/** What reporters really do to a form, one test per quirk; every parse also checks staged + rejected = read. */
class FormQuirksTest {
  private static final String A = Forms.DAK_KOI;

  private static Cell cell(XSSFWorkbook wb, String measure, Sex sex) {
    return Forms.cell(wb, A, measure, sex, "Y");
  }

  private static StagedCount only(FileParser.Result<StagedCount> r) {
    assertThat(r.rejects()).isEmpty();
    assertThat(r.staged()).hasSize(1);
    return r.staged().get(0);
  }

  private static Reject onlyReject(FileParser.Result<StagedCount> r) {
    assertThat(r.staged()).isEmpty();
    assertThat(r.rejects()).hasSize(1);
    return r.rejects().get(0);
  }

  /** The value a single text typed into employed F reads as. */
  private static FileParser.Result<StagedCount> typedText(String area, String measure, Sex sex, String text) {
    XSSFWorkbook wb = Forms.open(area);
    Forms.cell(wb, area, measure, sex, "Y").setCellValue(text);
    return Forms.parse(wb);
  }

  // ---- separators and numbers stored as text --------------------------------------------------

  @Test
  void vietnameseThousandsDotInACount() {
    assertThat(only(typedText(A, "employed", F, "1.234")).value()).isEqualTo(1234.0);
    assertThat(only(typedText(A, "employed", F, "12.345.678")).value()).isEqualTo(12345678.0);
    assertThat(only(typedText(A, "employed", F, "1 234")).value()).isEqualTo(1234.0);
    assertThat(only(typedText(A, "employed", F, "1\u00A0234")).value()).isEqualTo(1234.0);
    assertThat(only(typedText(A, "employed", F, "1.000")).value()).isEqualTo(1000.0);
  }

  @Test
  void vietnameseDecimalCommaInAMean() {
    StagedCount s = only(typedText(Forms.DISTRICT, "unpaid_care_hours_mean", F, "31,8"));
    assertThat(s.value()).isEqualTo(31.8);
    assertThat(s.areaCode()).isEqualTo("614");
    assertThat(only(typedText(Forms.DISTRICT, "unpaid_care_hours_mean", M, "18.7")).value()).isEqualTo(18.7);
    assertThat(only(typedText(Forms.DISTRICT, "unpaid_care_hours_mean", M, "1.234,5")).value()).isEqualTo(1234.5);
    assertThat(only(typedText(Forms.DISTRICT, "unpaid_care_hours_mean", M, "0.125")).value()).isEqualTo(0.125);
  }

  @Test
  void aDecimalCommaInACountIsRejectedWithAHint() {
    Reject j = onlyReject(typedText(A, "employed", F, "1,5"));
    assertThat(j.rule()).isEqualTo(RejectRule.NOT_WHOLE_NUMBER);
    assertThat(j.rawValue()).isEqualTo("1,5");
    j = onlyReject(typedText(A, "employed", F, "1,234"));
    assertThat(j.rule()).isEqualTo(RejectRule.NOT_WHOLE_NUMBER);
    assertThat(j.message()).contains("reads as 1.234").contains("write 1234 or 1.234");
  }

  @Test
  void aThousandsDotInAMeanIsAmbiguousAndNotGuessed() {
    Reject j = onlyReject(typedText(Forms.DISTRICT, "unpaid_care_hours_mean", F, "2.125"));
    assertThat(j.rule()).isEqualTo(RejectRule.AMBIGUOUS_NUMBER);
    assertThat(j.message()).contains("2125").contains("2,125");
    assertThat(j.sheet()).isEqualTo("Mục tiêu 3");
    assertThat(j.cell()).isEqualTo("D6");
  }

  @Test
  void numbersStoredAsTextWithSpacesAndApostrophes() {
    XSSFWorkbook wb = Forms.open(A);
    cell(wb, "employed", F).setCellValue(" 42 ");
    cell(wb, "employed", M).setCellValue("\u00A043\u00A0");
    Cell t = cell(wb, "employed", T);
    t.setCellValue("85");
    CellStyle quoted = wb.createCellStyle();
    quoted.cloneStyleFrom(t.getCellStyle());
    quoted.setQuotePrefixed(true); // '85 typed in Excel
    t.setCellStyle(quoted);
    FileParser.Result<StagedCount> r = Forms.parse(wb);
    assertThat(r.rejects()).isEmpty();
    assertThat(r.staged()).extracting(s -> s.sex() + "=" + s.value()).containsExactly("F=42.0", "M=43.0", "T=85.0");
  }

  @Test
  void wordsDashesAndPercentagesAreNotNumbers() {
    for (String text : List.of("mười hai", "-", "x", "12%", "1O5", "12 người", "(5)", "1.23.4")) {
      Reject j = onlyReject(typedText(A, "employed", F, text));
      assertThat(j.rule()).as(text).isEqualTo(RejectRule.NOT_A_NUMBER);
      assertThat(j.rawValue()).isEqualTo(text);
      assertThat(j.sourceLocation()).isEqualTo("Mục tiêu 2!D6");
      assertThat(j.field()).isEqualTo("value");
      assertThat(j.areaCode()).isEqualTo(A);
      assertThat(j.message()).startsWith("employed F Y: ");
    }
  }

  @Test
  void negativeNumbersAreRejected() {
    XSSFWorkbook wb = Forms.open(A);
    cell(wb, "employed", F).setCellValue(-3);
    cell(wb, "employed", M).setCellValue("-4");
    FileParser.Result<StagedCount> r = Forms.parse(wb);
    assertThat(r.staged()).isEmpty();
    assertThat(r.rejects()).extracting(Reject::rule).containsOnly(RejectRule.NEGATIVE_VALUE);
    assertThat(r.rejects()).extracting(Reject::rawValue).containsExactly("-3", "-4");
  }

  @Test
  void aCountWithDecimalsIsRejectedAndAThousandsHintGiven() {
    XSSFWorkbook wb = Forms.open(A);
    cell(wb, "employed", F).setCellValue(1.234); // "1.234" typed in an English-locale Excel
    Reject j = onlyReject(Forms.parse(wb));
    assertThat(j.rule()).isEqualTo(RejectRule.NOT_WHOLE_NUMBER);
    assertThat(j.message()).contains("if you meant 1234");
  }

  @Test
  void otherTypesInANumberCell() {
    XSSFWorkbook wb = Forms.open(A);
    cell(wb, "employed", F).setCellValue(true);
    Cell date = cell(wb, "employed", M);
    date.setCellValue(LocalDate.of(2023, 2, 1)); // "1/2" turned into a date by Excel
    CellStyle ds = wb.createCellStyle();
    ds.setDataFormat(wb.createDataFormat().getFormat("dd/mm/yyyy"));
    date.setCellStyle(ds);
    FileParser.Result<StagedCount> r = Forms.parse(wb);
    assertThat(r.rejects()).extracting(Reject::rule).containsOnly(RejectRule.NOT_A_NUMBER);
    assertThat(r.rejects()).extracting(Reject::rawValue).containsExactly("TRUE", "01/02/2023");
    assertThat(r.rejects().get(1).message()).contains("holds a date");
  }

  // ---- blank versus zero -----------------------------------------------------------------------

  @Test
  void blankIsNotReportedAndZeroIsAReportedZero() {
    XSSFWorkbook wb = Forms.open(A);
    cell(wb, "maternal_deaths", T).setCellValue(0);
    cell(wb, "employed", F).setCellValue("   "); // spaces only: blank
    cell(wb, "employed", M).setCellValue("");
    cell(wb, "employed", T).setBlank();
    cell(wb, "live_births", F).setCellValue("0");
    FileParser.Result<StagedCount> r = Forms.parse(wb);
    assertThat(r.rowsRead()).isEqualTo(2);
    assertThat(r.rejects()).isEmpty();
    assertThat(r.staged()).extracting(s -> s.measure() + "=" + s.value())
        .containsExactly("live_births=0.0", "maternal_deaths=0.0");
  }

  // ---- extra rows, notes, comments, renamed sheets ----------------------------------------------

  @Test
  void insertedRowsNotesCommentsAndExtraSheetsAreIgnoredAndTheKeyFollowsTheCells() {
    XSSFWorkbook wb = Forms.open(A);
    XSSFSheet labour = wb.getSheet("Mục tiêu 2");
    cell(wb, "employed", F).setCellValue(100);
    cell(wb, "employed_agri", T).setCellValue(60);
    // the reporter unprotects the sheet and inserts two rows above the table, with a remark
    labour.protectSheet(null);
    labour.shiftRows(3, labour.getLastRowNum(), 2);
    Forms.cell(labour, 3, 1).setCellValue("Số liệu ước tính của UBND xã");
    Forms.cell(labour, 4, 3).setCellValue(999); // a number outside the mapped cells
    // a note in the notes column, a remark below the table, a cell comment, a new sheet
    Forms.cell(labour, 7, 6).setCellValue("ước tính");
    Forms.cell(labour, 20, 1).setCellValue("Tổng cộng");
    Forms.cell(labour, 20, 3).setCellValue(12345);
    Drawing<?> d = labour.createDrawingPatriarch();
    ClientAnchor anchor = wb.getCreationHelper().createClientAnchor();
    Comment comment = d.createCellComment(anchor);
    comment.setString(wb.getCreationHelper().createRichTextString("số liệu tạm tính"));
    Forms.cell(labour, 7, 3).setCellComment(comment);
    Forms.cell(wb.createSheet("Ghi chú thêm"), 0, 0).setCellValue(77);
    FileParser.Result<StagedCount> r = Forms.parse(wb);
    assertThat(r.rejects()).isEmpty();
    assertThat(r.staged()).extracting(s -> s.measure() + " " + s.sex() + "=" + s.value() + " @" + s.sourceLocation())
        .containsExactly("employed F=100.0 @Mục tiêu 2!D8", "employed_agri T=60.0 @Mục tiêu 2!F10");
  }

  @Test
  void aRenamedSheetIsStillRead() {
    XSSFWorkbook wb = Forms.open(A);
    cell(wb, "live_births", M).setCellValue(44);
    wb.setSheetName(wb.getSheetIndex("Mục tiêu 4"), "Y tế");
    wb.setSheetName(wb.getSheetIndex(FormLayout.COVER_SHEET), "Bìa");
    Forms.cell(wb, "Bìa", "B9").setCellValue("05/12/2023");
    StagedCount s = only(Forms.parse(wb));
    assertThat(s.measure()).isEqualTo("live_births");
    assertThat(s.value()).isEqualTo(44.0);
    assertThat(s.sourceLocation()).isEqualTo("Y tế!E6");
    assertThat(s.submittedOn()).isEqualTo(LocalDate.of(2023, 12, 5));
  }

  @Test
  void reorderedSheetsAreStillRead() {
    XSSFWorkbook wb = Forms.open(A);
    cell(wb, "schools", T).setCellValue(5);
    wb.setSheetOrder("Mục tiêu 5", 0);
    assertThat(only(Forms.parse(wb)).sourceLocation()).isEqualTo("Mục tiêu 5!F6");
  }

  @Test
  void editedLabelsDoNotChangeWhatACellMeans() {
    XSSFWorkbook wb = Forms.open(A);
    XSSFSheet labour = wb.getSheet("Mục tiêu 2");
    labour.protectSheet(null);
    Forms.cell(labour, 5, 1).setCellValue("Số người có việc làm"); // label of employed rewritten
    Forms.cell(labour, 4, 3).setCellValue("Nam"); // column headers swapped
    Forms.cell(labour, 4, 4).setCellValue("Nữ");
    cell(wb, "employed", F).setCellValue(10);
    StagedCount s = only(Forms.parse(wb));
    assertThat(s.measure() + s.sex()).isEqualTo("employedF");
  }

  @Test
  void aDeletedRowIsReportedAsAMissingCell() {
    XSSFWorkbook wb = Forms.open(A);
    cell(wb, "employed", F).setCellValue(10);
    cell(wb, "employed_agri", F).setCellValue(3);
    XSSFSheet labour = wb.getSheet("Mục tiêu 2");
    labour.protectSheet(null);
    labour.shiftRows(7, labour.getLastRowNum(), -1); // row 7 (employed_wage) deleted: the rows below move up
    FileParser.Result<StagedCount> r = Forms.parse(wb);
    assertThat(r.staged()).extracting(s -> s.measure() + "@" + s.sourceLocation())
        .containsExactly("employed@Mục tiêu 2!D6", "employed_agri@Mục tiêu 2!D7");
    assertThat(r.rejects()).hasSize(3).allSatisfy(j -> {
      assertThat(j.rule()).isEqualTo(RejectRule.FORM_CELL_MISSING);
      assertThat(j.sheet()).isEqualTo(FormLayout.KEY_SHEET);
      assertThat(j.message()).startsWith("employed_wage ").contains("was deleted");
    });
    assertThat(r.rowsRead()).isEqualTo(5);
  }

  // ---- another year, another commune, an unknown area -------------------------------------------

  @Test
  void aFormOfAnotherYearIsRejectedCellByCell() {
    XSSFWorkbook wb = Forms.open(TemplateWriter.write(FormLayout.of(Forms.catalogue(), A, 2022)));
    cell(wb, "employed", F).setCellValue(10);
    cell(wb, "schools", T).setCellValue(4);
    FileParser.Result<StagedCount> r = Forms.parse(wb);
    assertThat(r.staged()).isEmpty();
    assertThat(r.rejects()).hasSize(2).allSatisfy(j -> {
      assertThat(j.rule()).isEqualTo(RejectRule.FORM_WRONG_YEAR);
      assertThat(j.message()).contains("form is for 2022, run is for 2023");
    });
    assertThat(r.rejects()).extracting(Reject::sourceLocation, Reject::rawValue)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("Mục tiêu 2!D6", "10"),
            org.assertj.core.groups.Tuple.tuple("Mục tiêu 5!F6", "4"));
  }

  @Test
  void aCoverWhoseYearWasEditedIsRejected() {
    XSSFWorkbook wb = Forms.open(A);
    wb.getSheet(FormLayout.COVER_SHEET).protectSheet(null);
    Forms.cell(wb, FormLayout.COVER_SHEET, "B7").setCellValue(2024);
    cell(wb, "employed", F).setCellValue(10);
    Reject j = onlyReject(Forms.parse(wb));
    assertThat(j.rule()).isEqualTo(RejectRule.FORM_WRONG_YEAR);
    assertThat(j.message()).contains("made for 2023 but its cover says '2024'");
  }

  @Test
  void aCommuneThatEditsAnotherCommunesFormIsRejected() {
    XSSFWorkbook wb = Forms.open(A);
    XSSFSheet cover = wb.getSheet(FormLayout.COVER_SHEET);
    cover.protectSheet(null);
    Forms.cell(wb, FormLayout.COVER_SHEET, "B5").setCellValue("Xã Tân Lập");
    cell(wb, "employed", F).setCellValue(10);
    cell(wb, "employed", M).setCellValue(12);
    FileParser.Result<StagedCount> r = Forms.parse(wb);
    assertThat(r.staged()).isEmpty();
    assertThat(r.rejects()).hasSize(2).allSatisfy(j -> {
      assertThat(j.rule()).isEqualTo(RejectRule.FORM_WRONG_AREA);
      assertThat(j.message()).contains("made for 23482 (Xã Đắk Kôi)").contains("'Xã Tân Lập'");
    });
  }

  @Test
  void theCoverMayNameTheCommuneByAnAlias() {
    XSSFWorkbook wb = Forms.open(A);
    wb.getSheet(FormLayout.COVER_SHEET).protectSheet(null);
    Forms.cell(wb, FormLayout.COVER_SHEET, "B5").setCellValue("Xa Dak Koi");
    cell(wb, "employed", F).setCellValue(10);
    assertThat(only(Forms.parse(wb)).areaCode()).isEqualTo(A);
  }

  @Test
  void aFormOfAnUnknownAreaIsRejected() {
    XSSFWorkbook wb = Forms.open(A);
    XSSFSheet key = wb.getSheet(FormLayout.KEY_SHEET);
    key.getRow(1).getCell(1).setCellValue("99999");
    cell(wb, "employed", F).setCellValue(10);
    Reject j = onlyReject(Forms.parse(wb));
    assertThat(j.rule()).isEqualTo(RejectRule.UNKNOWN_AREA);
    assertThat(j.areaCode()).isNull();
    assertThat(j.message()).contains("area '99999'");
  }

  // ---- formulas and errors --------------------------------------------------------------------

  @Test
  void formulasUseTheirSavedResult() {
    XSSFWorkbook wb = Forms.open(A);
    cell(wb, "employed", F).setCellValue(40);
    cell(wb, "employed", M).setCellValue(45);
    cell(wb, "employed", T).setCellFormula("D6+E6");
    cell(wb, "schools", T).setCellFormula("\"1.234\""); // a formula giving text: read like typed text
    wb.getCreationHelper().createFormulaEvaluator().evaluateAll(); // what Excel and LibreOffice store
    FileParser.Result<StagedCount> r = Forms.parse(wb);
    assertThat(r.rejects()).isEmpty();
    assertThat(r.staged()).extracting(s -> s.measure() + s.sex() + "=" + s.value())
        .containsExactly("employedF=40.0", "employedM=45.0", "employedT=85.0", "schoolsT=1234.0");
  }

  @Test
  void aFormulaWithoutASavedResultIsComputed() {
    XSSFWorkbook wb = Forms.open(A);
    cell(wb, "employed", F).setCellValue(40);
    cell(wb, "employed", T).setCellFormula("D6*2+SUM(1,2)");
    assertThat(CellReader.hasCachedResult(cell(wb, "employed", T))).isFalse();
    FileParser.Result<StagedCount> r = Forms.parse(wb);
    assertThat(r.staged()).extracting(s -> s.sex() + "=" + s.value()).containsExactly("F=40.0", "T=83.0");
  }

  @Test
  void aFormulaThatCannotBeComputedIsRejected() {
    XSSFWorkbook wb = Forms.open(A);
    cell(wb, "employed", T).setCellFormula("INFO(\"osversion\")"); // POI parses INFO but does not compute it
    Reject j = onlyReject(Forms.parse(wb));
    assertThat(j.rule()).isEqualTo(RejectRule.CELL_ERROR);
    assertThat(j.rawValue()).isEqualTo("=INFO(\"osversion\")");
    assertThat(j.message()).contains("no saved result and cannot be computed");
  }

  @Test
  void errorValuesTypedOrComputedAreRejected() {
    XSSFWorkbook wb = Forms.open(A);
    cell(wb, "employed", F).setCellErrorValue(FormulaError.VALUE.getCode());
    cell(wb, "employed", M).setCellFormula("1/0");
    cell(wb, "employed", T).setCellFormula("D6+1");
    wb.getCreationHelper().createFormulaEvaluator().evaluateAll();
    FileParser.Result<StagedCount> r = Forms.parse(wb);
    assertThat(r.staged()).isEmpty();
    assertThat(r.rejects()).extracting(Reject::rule).containsOnly(RejectRule.CELL_ERROR);
    assertThat(r.rejects()).extracting(Reject::rawValue).containsExactly("#VALUE!", "=1/0", "=D6+1");
    assertThat(r.rejects().get(1).message()).contains("#DIV/0!");
  }

  // ---- the submission date --------------------------------------------------------------------

  @Test
  void theSubmissionDateMayBeADateOrTextAndFillsEveryRow() {
    for (Object typed : List.<Object>of(LocalDate.of(2023, 12, 8), "08/12/2023", "8/12/2023", "08-12-2023",
        "2023-12-08", "8.12.2023", "ngày 8 tháng 12 năm 2023")) {
      XSSFWorkbook wb = Forms.open(A);
      Cell d = Forms.cell(wb, FormLayout.COVER_SHEET, "B9");
      if (typed instanceof LocalDate ld) d.setCellValue(ld);
      else d.setCellValue((String) typed);
      cell(wb, "employed", F).setCellValue(1);
      cell(wb, "employed", M).setCellValue(2);
      FileParser.Result<StagedCount> r = Forms.parse(wb);
      assertThat(r.staged()).as(typed.toString()).hasSize(2)
          .allSatisfy(s -> assertThat(s.submittedOn()).isEqualTo(LocalDate.of(2023, 12, 8)));
    }
  }

  @Test
  void anUnusableSubmissionDateIsRejectedButTheValuesAreKept() {
    XSSFWorkbook wb = Forms.open(A);
    Forms.cell(wb, FormLayout.COVER_SHEET, "B9").setCellValue("cuối tháng 12");
    cell(wb, "employed", F).setCellValue(1);
    FileParser.Result<StagedCount> r = Forms.parse(wb);
    assertThat(r.rowsRead()).isEqualTo(2);
    assertThat(onlyStaged(r).submittedOn()).isNull();
    Reject j = r.rejects().get(0);
    assertThat(j.rule()).isEqualTo(RejectRule.BAD_DATE);
    assertThat(j.sourceLocation()).isEqualTo("Thông tin chung!B9");
    assertThat(j.field()).isEqualTo("submitted_on");
    assertThat(j.rawValue()).isEqualTo("cuối tháng 12");

    wb = Forms.open(A);
    Forms.cell(wb, FormLayout.COVER_SHEET, "B9").setCellValue(LocalDate.of(2021, 12, 5));
    cell(wb, "employed", F).setCellValue(1);
    r = Forms.parse(wb);
    assertThat(r.rejects()).singleElement().satisfies(x -> assertThat(x.message()).contains("05/12/2021 is not in 2023 or 2024"));
  }

  private static StagedCount onlyStaged(FileParser.Result<StagedCount> r) {
    assertThat(r.staged()).hasSize(1);
    return r.staged().get(0);
  }
}
