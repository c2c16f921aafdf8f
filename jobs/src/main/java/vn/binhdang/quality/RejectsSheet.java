package vn.binhdang.quality;

import java.util.Locale;
import java.util.Set;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import vn.binhdang.exports.FormulaGuard;

/**
 * One area's sheet of a rejects workbook, written row by row: title, intro, headings, then the rejects grouped
 * by file (a bold "Tệp: …" row before each file's first reject). The combined workbook and each area's own
 * workbook write the same sheet through this class, so a commune receives exactly the rows the district sees.
 */
final class RejectsSheet {
  /** Rows an XLSX sheet can hold (1,048,576) minus the heading rows; further rows are in the CSV only. */
  static final int MAX_SHEET_ROWS = 1_048_570;
  static final int HEADER_ROW = 3;
  /** Column widths of an area sheet, in characters. */
  private static final int[] WIDTHS = {26, 14, 12, 14, 50, 60, 24};

  /** One reject as the sheet shows it, in Vietnamese. */
  record Line(String file, String location, String field, String raw, ReportTexts.Explanation why, String rule) {}

  private final Sheet sheet;
  private final Styles st;
  private final ReportTexts texts;
  private int r;
  private String file;

  /** A new sheet named (uniquely) {@code name} in {@code wb}, titled for the area. */
  RejectsSheet(SXSSFWorkbook wb, Styles st, ReportTexts texts, String name, Set<String> taken, String title) {
    this.sheet = wb.createSheet(sheetName(name, taken));
    this.st = st;
    this.texts = texts;
    text(sheet.createRow(0), 0, title, st.title);
    text(sheet.createRow(1), 0, texts.label("intro"), null);
    Row h = sheet.createRow(HEADER_ROW);
    String[] heads = {"h_file", "h_location", "h_field", "h_value", "h_error", "h_fix", "h_rule"};
    for (int c = 0; c < heads.length; c++) {
      text(h, c, texts.label(heads[c]), st.bold);
      sheet.setColumnWidth(c, WIDTHS[c] * 256);
    }
    sheet.createFreezePane(0, HEADER_ROW + 1);
    printable(sheet);
    r = HEADER_ROW + 1;
  }

  void add(Line x) {
    if (r > MAX_SHEET_ROWS) return;
    if (r == MAX_SHEET_ROWS) {
      text(sheet.createRow(r++), 0, texts.label("truncated"), st.bold);
      return;
    }
    if (!x.file().equals(file)) {
      file = x.file();
      text(sheet.createRow(r++), 0, texts.label("file_group", "file", x.file()), st.bold);
    }
    Row row = sheet.createRow(r++);
    text(row, 0, x.file(), st.top);
    text(row, 1, x.location(), st.top);
    text(row, 2, x.field(), st.top);
    text(row, 3, x.raw(), st.top);
    text(row, 4, x.why().error(), st.wrap);
    text(row, 5, x.why().fix(), st.wrap);
    text(row, 6, x.rule(), st.top);
    // a streamed sheet cannot autofit: height from the longer of the two wrapped texts
    int lines = Math.max(lines(x.why().error(), WIDTHS[4]), lines(x.why().fix(), WIDTHS[5]));
    if (lines > 1) row.setHeightInPoints(lines * 13f);
  }

  /** The sheet of an area without rejects: its headings and one line saying so. */
  void none() {
    text(sheet.createRow(r + 1), 0, texts.label("none"), st.bold);
  }

  /** Printed landscape, one page wide, the headings repeated on every page. */
  static void printable(Sheet sheet) {
    sheet.getPrintSetup().setLandscape(true);
    sheet.getPrintSetup().setPaperSize(PrintSetup.A4_PAPERSIZE);
    sheet.setFitToPage(true);
    sheet.getPrintSetup().setFitWidth((short) 1);
    sheet.getPrintSetup().setFitHeight((short) 0);
    sheet.setRepeatingRows(new CellRangeAddress(HEADER_ROW, HEADER_ROW, -1, -1));
  }

  /** Lines a text takes in a wrapped column of {@code width} characters (a little narrower, to be safe). */
  static int lines(String text, int width) {
    if (text == null || text.isEmpty()) return 1;
    int perLine = Math.max(1, width - 4);
    return (text.length() + perLine - 1) / perLine;
  }

  /** A text cell; what a commune typed is written for Excel: a cell that would run as a formula is neutralised. */
  static void text(Row row, int c, String value, CellStyle style) {
    var cell = row.createCell(c);
    cell.setCellValue(value == null ? "" : FormulaGuard.neutralise(value));
    if (style != null) cell.setCellStyle(style);
  }

  /** An Excel sheet name: no []:*?/\, at most 31 characters, unique in the workbook. */
  static String sheetName(String wanted, Set<String> taken) {
    String base = wanted.replaceAll("[\\[\\]:*?/\\\\]", " ").replaceAll("\\s+", " ").strip();
    if (base.isEmpty()) base = "-";
    if (base.length() > 31) base = base.substring(0, 31).strip();
    String name = base;
    for (int i = 2; taken.contains(name.toLowerCase(Locale.ROOT)) || taken.contains(name); i++) {
      String suffix = " (" + i + ")";
      name = base.substring(0, Math.min(base.length(), 31 - suffix.length())) + suffix;
    }
    taken.add(name);
    taken.add(name.toLowerCase(Locale.ROOT));
    return name;
  }

  /** The cell styles of one workbook (POI styles belong to their workbook). */
  static final class Styles {
    final CellStyle bold;
    final CellStyle title;
    final CellStyle wrap;
    final CellStyle top;

    Styles(SXSSFWorkbook wb) {
      Font b = wb.createFont();
      b.setBold(true);
      bold = wb.createCellStyle();
      bold.setFont(b);
      Font big = wb.createFont();
      big.setBold(true);
      big.setFontHeightInPoints((short) 13);
      title = wb.createCellStyle();
      title.setFont(big);
      wrap = wb.createCellStyle();
      wrap.setWrapText(true);
      wrap.setVerticalAlignment(VerticalAlignment.TOP);
      top = wb.createCellStyle();
      top.setVerticalAlignment(VerticalAlignment.TOP);
    }
  }
}
