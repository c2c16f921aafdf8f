package vn.binhdang.forms;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.ConditionalFormattingRule;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.DataValidationConstraint.OperatorType;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.PatternFormatting;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.SheetConditionalFormatting;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.binhdang.catalogue.Measure;
import vn.binhdang.catalogue.PeriodType;
import vn.binhdang.catalogue.Sex;

/**
 * Writes the XLSX report form of a {@link FormLayout}: Vietnamese labels, input cells unlocked,
 * coloured and validated (whole number ≥ 0 for counts, decimal ≥ 0 for means, a date for "Ngày nộp"),
 * each with an input message; everything else protected. Sheet protection has <b>no password</b>: it
 * prevents accidents (typing over a label, deleting a row), not determined editing, and ingest does not
 * trust labels anyway (it reads the key, see {@link FormKey}).
 */
public final class TemplateWriter {
  private TemplateWriter() {}

  /** Light yellow: the cells to fill in. */
  private static final byte[] INPUT_FILL = {(byte) 0xFF, (byte) 0xF2, (byte) 0xCC};
  private static final byte[] HEADER_FILL = {(byte) 0xD9, (byte) 0xE1, (byte) 0xF2};
  private static final byte[] NA_FILL = {(byte) 0xE7, (byte) 0xE6, (byte) 0xE6};
  private static final String FONT = "Times New Roman";

  /** The form as XLSX bytes. */
  public static byte[] write(FormLayout layout) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    write(layout, out);
    return out.toByteArray();
  }

  /** Writes the form as XLSX to {@code out} (not closed). */
  public static void write(FormLayout layout, OutputStream out) {
    try (XSSFWorkbook wb = new XSSFWorkbook()) {
      Styles st = new Styles(wb);
      cover(wb.createSheet(FormLayout.COVER_SHEET), layout, st);
      for (FormLayout.FormSheet s : layout.sheets()) objectiveSheet(wb.createSheet(s.name()), layout, s, st);
      XSSFSheet key = wb.createSheet(FormLayout.KEY_SHEET);
      FormKey.write(key, layout);
      key.enableLocking();
      wb.setSheetVisibility(wb.getSheetIndex(key), SheetVisibility.VERY_HIDDEN);
      wb.setActiveSheet(0);
      wb.setFirstVisibleTab(0);
      properties(wb, layout);
      wb.write(out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  // ---- cover -----------------------------------------------------------------------------------

  private static void cover(XSSFSheet sh, FormLayout l, Styles st) {
    sh.setColumnWidth(0, 26 * 256);
    sh.setColumnWidth(1, 46 * 256);
    sh.setColumnWidth(2, 14 * 256);
    sh.setColumnWidth(3, 14 * 256);
    text(sh, 0, 0, "BIỂU MẪU BÁO CÁO SỐ LIỆU BÌNH ĐẲNG GIỚI NĂM " + l.year(), st.title);
    sh.addMergedRegion(new CellRangeAddress(0, 0, 0, 3));
    text(sh, 1, 0, "Kết quả thực hiện các mục tiêu của Chiến lược quốc gia về bình đẳng giới – "
        + (l.kind() == FormLayout.Kind.DISTRICT ? "số liệu cấp huyện" : "số liệu của xã, thị trấn"), st.subtitle);
    sh.addMergedRegion(new CellRangeAddress(1, 1, 0, 3));

    label(sh, FormLayout.COVER_AREA_CODE, "Mã đơn vị", l.area().code(), st);
    label(sh, FormLayout.COVER_AREA_NAME, "Tên đơn vị", l.area().nameVi(), st);
    label(sh, FormLayout.COVER_PARENT, "Thuộc", l.parentNames(), st);
    label(sh, FormLayout.COVER_YEAR, "Năm báo cáo", null, st).setCellValue(l.year());
    label(sh, FormLayout.COVER_VERSION, "Phiên bản biểu mẫu", null, st).setCellValue(FormLayout.FORM_VERSION);

    Cell date = label(sh, FormLayout.COVER_SUBMITTED_ON, "Ngày nộp (ngày/tháng/năm)", null, st);
    date.setCellStyle(st.dateInput);
    Cell by = label(sh, FormLayout.COVER_PREPARED_BY, "Người lập biểu", null, st);
    by.setCellStyle(st.textInput);

    DataValidationHelper dv = sh.getDataValidationHelper();
    DataValidationConstraint dates = dv.createDateConstraint(OperatorType.BETWEEN,
        "DATE(" + l.year() + ",1,1)", "DATE(" + (l.year() + 1) + ",12,31)", null);
    validation(sh, dates, FormLayout.COVER_SUBMITTED_ON, "Ngày nộp",
        "Ngày gửi báo cáo, dạng ngày/tháng/năm, ví dụ 05/12/" + l.year() + ".",
        "Ngày nộp phải là một ngày trong năm " + l.year() + " hoặc " + (l.year() + 1) + ", dạng ngày/tháng/năm.");
    CellRangeAddressList byCell = new CellRangeAddressList();
    byCell.addCellRangeAddress(new CellRangeAddress(FormLayout.COVER_PREPARED_BY.getRow(),
        FormLayout.COVER_PREPARED_BY.getRow(), 1, 1));
    DataValidation byPrompt = dv.createValidation(dv.createTextLengthConstraint(OperatorType.LESS_OR_EQUAL, "200", null),
        byCell);
    byPrompt.createPromptBox("Người lập biểu", "Họ tên, chức vụ của người lập biểu (không bắt buộc).");
    byPrompt.setShowPromptBox(true);
    sh.addValidationData(byPrompt);

    List<String> help = new ArrayList<>(List.of(
        "HƯỚNG DẪN",
        "1. Chỉ nhập số liệu vào các ô màu vàng; các ô khác được khóa.",
        "2. Mỗi mục tiêu một trang (Mục tiêu …). Ô để trống = chưa có số liệu; nếu số liệu bằng 0 thì ghi 0.",
        "3. Số đếm là số nguyên không âm. Có thể dùng dấu chấm phân cách hàng nghìn (1.234); số thập phân dùng dấu phẩy (31,8).",
        "4. Cột \"Tổng\" = \"Nữ\" + \"Nam\"; ô Tổng chuyển màu đỏ khi không khớp. Ô \"x\" không cần nhập.",
        "5. Không sửa mã đơn vị, tên đơn vị, năm báo cáo; không xóa dòng, không đổi thứ tự các ô. Ghi chú (nếu có) ghi vào cột \"Ghi chú\".",
        "6. Gửi tệp này (định dạng .xlsx, không đặt mật khẩu) về Phòng Lao động – Thương binh và Xã hội huyện trước ngày 10/12/"
            + l.year() + "."));
    int r = FormLayout.COVER_PREPARED_BY.getRow() + 2;
    for (int i = 0; i < help.size(); i++) {
      text(sh, r + i, 0, help.get(i), i == 0 ? st.bold : st.wrap);
      sh.addMergedRegion(new CellRangeAddress(r + i, r + i, 0, 3));
      if (i > 0) sh.getRow(r + i).setHeightInPoints(32);
    }
    protect(sh);
    sh.getPrintSetup().setPaperSize(org.apache.poi.ss.usermodel.PrintSetup.A4_PAPERSIZE);
    sh.setFitToPage(true);
    sh.getPrintSetup().setFitWidth((short) 1);
    sh.getPrintSetup().setFitHeight((short) 0);
  }

  private static Cell label(XSSFSheet sh, CellReference at, String label, String value, Styles st) {
    text(sh, at.getRow(), 0, label, st.labelBold);
    Cell c = cell(sh, at.getRow(), at.getCol());
    c.setCellStyle(st.identity);
    if (value != null) c.setCellValue(value);
    return c;
  }

  // ---- objective sheets -------------------------------------------------------------------------

  private static void objectiveSheet(XSSFSheet sh, FormLayout l, FormLayout.FormSheet s, Styles st) {
    int notes = s.notesColumn();
    sh.setColumnWidth(0, 6 * 256);
    sh.setColumnWidth(1, 58 * 256);
    sh.setColumnWidth(2, 13 * 256);
    for (int c = FormLayout.FIRST_VALUE_COLUMN; c < notes; c++) sh.setColumnWidth(c, 11 * 256);
    sh.setColumnWidth(notes, 30 * 256);

    text(sh, 0, 0, "BIỂU MẪU BÁO CÁO SỐ LIỆU BÌNH ĐẲNG GIỚI NĂM " + l.year(), st.title);
    text(sh, 1, 0, "Đơn vị: " + l.area().nameVi() + " (mã " + l.area().code() + ")"
        + (l.parentNames().isEmpty() ? "" : " – " + l.parentNames()), st.subtitle);
    text(sh, 2, 0, s.name() + ": " + s.objective().nameVi(), st.bold);
    for (int r = 0; r < 3; r++) sh.addMergedRegion(new CellRangeAddress(r, r, 0, notes));

    DataValidationHelper dv = sh.getDataValidationHelper();
    CellRangeAddressList counts = new CellRangeAddressList();
    CellRangeAddressList means = new CellRangeAddressList();
    SheetConditionalFormatting cf = sh.getSheetConditionalFormatting();
    for (FormLayout.Section sec : s.sections()) {
      Row head = sh.createRow(sec.headerRow());
      head.setHeightInPoints(30);
      text(sh, sec.headerRow(), 0, "STT", st.header);
      text(sh, sec.headerRow(), 1, "Chỉ tiêu" + (sec.periodType() == PeriodType.Y ? "" : " (theo "
          + (sec.periodType() == PeriodType.Q ? "quý" : "tháng") + ")"), st.header);
      text(sh, sec.headerRow(), 2, "Loại số", st.header);
      for (int i = 0; i < sec.columns().size(); i++) {
        text(sh, sec.headerRow(), FormLayout.FIRST_VALUE_COLUMN + i, sec.columns().get(i).label(), st.header);
      }
      for (int c = FormLayout.FIRST_VALUE_COLUMN + sec.columns().size(); c < notes; c++) {
        text(sh, sec.headerRow(), c, "", st.header);
      }
      text(sh, sec.headerRow(), notes, "Ghi chú", st.header);

      for (FormLayout.FormRow row : sec.rows()) {
        Measure m = row.measure();
        boolean ofWhich = m.nameVi().startsWith("Trong đó");
        sh.createRow(row.row()).setHeightInPoints(row.label().length() > 60 ? 32 : 18);
        text(sh, row.row(), 0, Integer.toString(row.number()), st.centred);
        text(sh, row.row(), 1, row.label(), ofWhich ? st.labelIndented : st.label);
        boolean decimal = m.valueType() != Measure.ValueType.COUNT; // a mean or its standard error
        text(sh, row.row(), 2, decimal ? "Số thập phân" : "Số nguyên", st.centred);
        for (int i = 0; i < sec.columns().size(); i++) {
          int col = FormLayout.FIRST_VALUE_COLUMN + i;
          if (m.sexes().contains(sec.columns().get(i).sex())) {
            cell(sh, row.row(), col).setCellStyle(decimal ? st.meanInput : st.countInput);
            (decimal ? means : counts)
                .addCellRangeAddress(new CellRangeAddress(row.row(), row.row(), col, col));
          } else {
            text(sh, row.row(), col, "x", st.notApplicable);
          }
        }
        for (int c = FormLayout.FIRST_VALUE_COLUMN + sec.columns().size(); c < notes; c++) {
          text(sh, row.row(), c, "", st.notApplicable);
        }
        cell(sh, row.row(), notes).setCellStyle(st.notes);
        if (m.hasSexTotal() && sec.periodType() == PeriodType.Y) totalCheck(cf, sec, row);
      }
    }
    if (counts.countRanges() > 0) {
      validation(sh, dv.createIntegerConstraint(OperatorType.GREATER_OR_EQUAL, "0", null), counts,
          "Số nguyên ≥ 0", "Nhập số nguyên không âm, ví dụ 1234 hoặc 1.234. Để trống nếu chưa có số liệu; ghi 0 nếu bằng 0.",
          "Giá trị phải là số nguyên không âm (0, 1, 2, …).");
    }
    if (means.countRanges() > 0) {
      validation(sh, dv.createDecimalConstraint(OperatorType.GREATER_OR_EQUAL, "0", null), means,
          "Số thập phân ≥ 0", "Nhập số không âm; số thập phân dùng dấu phẩy, ví dụ 31,8. Để trống nếu chưa có số liệu.",
          "Giá trị phải là một số không âm.");
    }
    sh.createFreezePane(3, FormLayout.FIRST_SECTION_ROW + 1);
    protect(sh);
    sh.getPrintSetup().setLandscape(true);
    sh.getPrintSetup().setPaperSize(org.apache.poi.ss.usermodel.PrintSetup.A4_PAPERSIZE);
    sh.setFitToPage(true);
    sh.getPrintSetup().setFitWidth((short) 1);
    sh.getPrintSetup().setFitHeight((short) 0);
  }

  /** Red fill on T when F, M and T are all numbers and T ≠ F + M. */
  private static void totalCheck(SheetConditionalFormatting cf, FormLayout.Section sec, FormLayout.FormRow row) {
    String f = null, m = null, t = null;
    for (FormLayout.InputCell c : row.cells()) {
      String ref = c.ref();
      if (c.field().sex() == Sex.F) f = ref;
      else if (c.field().sex() == Sex.M) m = ref;
      else t = ref;
    }
    if (f == null || m == null || t == null) return;
    ConditionalFormattingRule rule = cf.createConditionalFormattingRule(
        "AND(ISNUMBER(" + f + "),ISNUMBER(" + m + "),ISNUMBER(" + t + ")," + t + "<>" + f + "+" + m + ")");
    PatternFormatting fill = rule.createPatternFormatting();
    fill.setFillBackgroundColor(IndexedColors.CORAL.getIndex());
    fill.setFillPattern(PatternFormatting.SOLID_FOREGROUND);
    CellReference tr = new CellReference(t);
    cf.addConditionalFormatting(new CellRangeAddress[] {new CellRangeAddress(tr.getRow(), tr.getRow(), tr.getCol(),
        tr.getCol())}, rule);
  }

  private static void validation(XSSFSheet sh, DataValidationConstraint c, CellReference at, String title,
      String prompt, String error) {
    CellRangeAddressList cells = new CellRangeAddressList();
    cells.addCellRangeAddress(new CellRangeAddress(at.getRow(), at.getRow(), at.getCol(), at.getCol()));
    validation(sh, c, cells, title, prompt, error);
  }

  private static void validation(XSSFSheet sh, DataValidationConstraint c, CellRangeAddressList cells, String title,
      String prompt, String error) {
    DataValidation v = sh.getDataValidationHelper().createValidation(c, cells);
    v.setEmptyCellAllowed(true);
    v.setErrorStyle(DataValidation.ErrorStyle.STOP);
    v.createPromptBox(title, prompt);
    v.setShowPromptBox(true);
    v.createErrorBox("Giá trị không hợp lệ", error);
    v.setShowErrorBox(true);
    sh.addValidationData(v);
  }

  /** Protection without a password; users may still resize columns and rows and select any cell. */
  private static void protect(XSSFSheet sh) {
    sh.enableLocking();
    sh.lockSelectLockedCells(false);
    sh.lockSelectUnlockedCells(false);
    sh.lockFormatColumns(false);
    sh.lockFormatRows(false);
  }

  private static void properties(XSSFWorkbook wb, FormLayout l) {
    var core = wb.getProperties().getCoreProperties();
    core.setTitle("Biểu mẫu báo cáo số liệu bình đẳng giới năm " + l.year() + " – " + l.area().nameVi());
    core.setCreator("Bình Đẳng");
    core.setSubjectProperty("form " + l.kind().code() + " " + l.area().code() + " " + l.year() + " v" + FormLayout.FORM_VERSION);
  }

  // ---- cells and styles ------------------------------------------------------------------------

  private static Cell cell(XSSFSheet sh, int r, int c) {
    Row row = sh.getRow(r) == null ? sh.createRow(r) : sh.getRow(r);
    return row.getCell(c) == null ? row.createCell(c) : row.getCell(c);
  }

  private static Cell text(XSSFSheet sh, int r, int c, String value, CellStyle style) {
    Cell cell = cell(sh, r, c);
    if (!value.isEmpty()) cell.setCellValue(value);
    cell.setCellStyle(style);
    return cell;
  }

  /** The workbook's styles, created once. */
  private static final class Styles {
    final CellStyle title, subtitle, bold, wrap, labelBold, identity, header, label, labelIndented, centred,
        notApplicable, countInput, meanInput, dateInput, textInput, notes;

    Styles(XSSFWorkbook wb) {
      Font plain = font(wb, false, 12);
      Font strong = font(wb, true, 12);
      title = style(wb, font(wb, true, 14), false, false);
      title.setAlignment(HorizontalAlignment.CENTER);
      subtitle = style(wb, plain, false, false);
      subtitle.setAlignment(HorizontalAlignment.CENTER);
      subtitle.setWrapText(true);
      bold = style(wb, strong, false, false);
      wrap = style(wb, plain, false, false);
      wrap.setWrapText(true);
      wrap.setVerticalAlignment(VerticalAlignment.TOP);
      labelBold = style(wb, strong, true, false);
      identity = style(wb, plain, true, false);
      identity.setAlignment(HorizontalAlignment.LEFT);
      header = style(wb, strong, true, false);
      header.setAlignment(HorizontalAlignment.CENTER);
      header.setVerticalAlignment(VerticalAlignment.CENTER);
      header.setWrapText(true);
      fill(header, HEADER_FILL);
      label = style(wb, plain, true, false);
      label.setWrapText(true);
      label.setVerticalAlignment(VerticalAlignment.CENTER);
      labelIndented = style(wb, plain, true, false);
      labelIndented.cloneStyleFrom(label);
      labelIndented.setAlignment(HorizontalAlignment.LEFT); // indentation needs an explicit left alignment
      labelIndented.setIndention((short) 2);
      centred = style(wb, plain, true, false);
      centred.setAlignment(HorizontalAlignment.CENTER);
      centred.setVerticalAlignment(VerticalAlignment.CENTER);
      notApplicable = style(wb, plain, true, false);
      notApplicable.setAlignment(HorizontalAlignment.CENTER);
      notApplicable.setVerticalAlignment(VerticalAlignment.CENTER);
      fill(notApplicable, NA_FILL);
      countInput = style(wb, plain, true, true);
      countInput.setDataFormat(wb.createDataFormat().getFormat("#,##0"));
      meanInput = style(wb, plain, true, true);
      meanInput.setDataFormat(wb.createDataFormat().getFormat("0.0#"));
      dateInput = style(wb, plain, true, true);
      dateInput.setDataFormat(wb.createDataFormat().getFormat("dd/mm/yyyy"));
      dateInput.setAlignment(HorizontalAlignment.LEFT);
      textInput = style(wb, plain, true, true);
      textInput.setDataFormat(wb.createDataFormat().getFormat("@"));
      notes = style(wb, plain, true, false);
      notes.setLocked(false);
      notes.setWrapText(true);
    }

    private static Font font(XSSFWorkbook wb, boolean bold, int size) {
      Font f = wb.createFont();
      f.setFontName(FONT);
      f.setFontHeightInPoints((short) size);
      f.setBold(bold);
      return f;
    }

    private static CellStyle style(XSSFWorkbook wb, Font font, boolean border, boolean input) {
      CellStyle s = wb.createCellStyle();
      s.setFont(font);
      if (border) {
        s.setBorderTop(BorderStyle.THIN);
        s.setBorderBottom(BorderStyle.THIN);
        s.setBorderLeft(BorderStyle.THIN);
        s.setBorderRight(BorderStyle.THIN);
      }
      s.setLocked(!input);
      if (input) {
        fill(s, INPUT_FILL);
        s.setAlignment(HorizontalAlignment.RIGHT);
        s.setVerticalAlignment(VerticalAlignment.CENTER);
      }
      return s;
    }

    private static void fill(CellStyle s, byte[] rgb) {
      ((XSSFCellStyle) s).setFillForegroundColor(new XSSFColor(rgb, null));
      s.setFillPattern(FillPatternType.SOLID_FOREGROUND);
    }
  }

}
