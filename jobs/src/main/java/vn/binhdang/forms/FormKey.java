package vn.binhdang.forms;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellReference;
import vn.binhdang.catalogue.Sex;

/**
 * The machine-readable key of a form, kept on the very hidden sheet {@value FormLayout#KEY_SHEET}:
 *
 * <pre>
 *   A                   B                        C       D        E
 *   binhdang_form       1                                          (marker and form version)
 *   area_code           23482
 *   year                2023
 *   form                commune
 *   area_code_cell      ='Thông tin chung'!B4                      (cells of the cover, by reference)
 *   area_name_cell      ='Thông tin chung'!B5
 *   year_cell           ='Thông tin chung'!B7
 *   submitted_on_cell   ='Thông tin chung'!B9
 *   prepared_by_cell    ='Thông tin chung'!B10
 *
 *   measure             sex                      period  group    cell
 *   employed            F                        Y       all      ='Mục tiêu 2'!D6
 *   …
 * </pre>
 *
 * Cells are referenced by formulas, not addresses: Excel, LibreOffice and POI rewrite a formula when
 * the sheet it points to is renamed or rows are inserted above the cell, so the key keeps pointing at
 * the right cell. A reference whose cell was deleted becomes {@code #REF!}.
 */
public record FormKey(String keySheet, int version, String areaCode, String yearText, String kind,
    Map<String, Target> header, List<Mapping> mappings) {

  public static final String MARKER = "binhdang_form";
  public static final String AREA_CODE = "area_code";
  public static final String YEAR = "year";
  public static final String FORM = "form";
  public static final String AREA_CODE_CELL = "area_code_cell";
  public static final String AREA_NAME_CELL = "area_name_cell";
  public static final String YEAR_CELL = "year_cell";
  public static final String SUBMITTED_ON_CELL = "submitted_on_cell";
  public static final String PREPARED_BY_CELL = "prepared_by_cell";
  static final List<String> TABLE_HEADER = List.of("measure", "sex", "period", "group", "cell");

  /** Where a key reference points: a sheet and cell, or nowhere (null) when the cell was deleted. */
  public record Target(String sheet, CellReference ref, String formula, String keyCell) {
    public boolean missing() {
      return ref == null;
    }

    public String cellRef() {
      return ref == null ? null : ref.formatAsString(false).replaceFirst("^.*!", "");
    }
  }

  /** One mapped input cell: its field as written in the key (not yet checked against the catalogue). */
  public record Mapping(String measure, String sexText, String period, String group, Target target) {
    public Sex sex() {
      return Sex.parse(sexText);
    }

    public String describe() {
      return measure + " " + sexText + " " + period + ("all".equals(group) ? "" : " " + group);
    }
  }

  /** A workbook whose key is missing or unreadable. */
  public static final class KeyException extends Exception {
    private static final long serialVersionUID = 1L;

    KeyException(String message) {
      super(message);
    }
  }

  // ---- writing ---------------------------------------------------------------------------------

  /** Fills an empty sheet with the key of {@code layout}; the cover and objective sheets must exist. */
  static void write(Sheet key, FormLayout layout) {
    int r = 0;
    pair(key, r++, MARKER, FormLayout.FORM_VERSION);
    pair(key, r++, AREA_CODE, layout.area().code());
    pair(key, r++, YEAR, layout.year());
    pair(key, r++, FORM, layout.kind().code());
    reference(key.createRow(r++), AREA_CODE_CELL, FormLayout.COVER_AREA_CODE);
    reference(key.createRow(r++), AREA_NAME_CELL, FormLayout.COVER_AREA_NAME);
    reference(key.createRow(r++), YEAR_CELL, FormLayout.COVER_YEAR);
    reference(key.createRow(r++), SUBMITTED_ON_CELL, FormLayout.COVER_SUBMITTED_ON);
    reference(key.createRow(r++), PREPARED_BY_CELL, FormLayout.COVER_PREPARED_BY);
    r++;
    Row head = key.createRow(r++);
    for (int i = 0; i < TABLE_HEADER.size(); i++) head.createCell(i).setCellValue(TABLE_HEADER.get(i));
    for (FormLayout.FormSheet s : layout.sheets()) {
      for (FormLayout.InputCell c : s.cells()) {
        Row row = key.createRow(r++);
        FormLayout.Field f = c.field();
        row.createCell(0).setCellValue(f.measure());
        row.createCell(1).setCellValue(f.sex().name());
        row.createCell(2).setCellValue(f.period());
        row.createCell(3).setCellValue(f.group());
        row.createCell(4).setCellFormula(new CellReference(s.name(), c.row(), c.column(), false, false).formatAsString());
      }
    }
  }

  private static void pair(Sheet key, int r, String name, Object value) {
    Row row = key.createRow(r);
    row.createCell(0).setCellValue(name);
    if (value instanceof Number n) row.createCell(1).setCellValue(n.doubleValue());
    else row.createCell(1).setCellValue(value.toString());
  }

  private static void reference(Row row, String name, CellReference target) {
    row.createCell(0).setCellValue(name);
    row.createCell(1).setCellFormula(target.formatAsString());
  }

  // ---- reading ---------------------------------------------------------------------------------

  /** The key sheet: by name, else any sheet whose A1 is the marker (the key sheet was renamed). */
  static Sheet find(Workbook wb) {
    Sheet s = wb.getSheet(FormLayout.KEY_SHEET);
    if (s != null && MARKER.equals(text(cell(s, 0, 0)))) return s;
    for (Sheet other : wb) {
      if (MARKER.equals(text(cell(other, 0, 0)))) return other;
    }
    return null;
  }

  /** Reads the key of a workbook; a {@link KeyException} says why the workbook is not a usable form. */
  static FormKey read(Workbook wb) throws KeyException {
    Sheet key = find(wb);
    if (key == null) {
      throw new KeyException("this workbook is not a Bình Đẳng report form: it has no key sheet ("
          + FormLayout.KEY_SHEET + "); fill in the form made by 'binhdang template' rather than a copy of its cells");
    }
    Map<String, Cell> values = new LinkedHashMap<>();
    int tableRow = -1;
    for (Row row : key) {
      String name = text(row.getCell(0));
      if (name.equals(TABLE_HEADER.get(0))) {
        tableRow = row.getRowNum();
        break;
      }
      if (!name.isEmpty()) values.putIfAbsent(name, row.getCell(1));
    }
    int version = versionOf(values.get(MARKER));
    if (version < 1) throw new KeyException("the form's key sheet is damaged (no form version); use a new form");
    if (version > FormLayout.FORM_VERSION) {
      throw new KeyException("the form is version " + version + ", newer than this Bình Đẳng reads (version "
          + FormLayout.FORM_VERSION + "); update Bình Đẳng");
    }
    String area = text(values.get(AREA_CODE));
    String year = text(values.get(YEAR));
    if (area.isEmpty() || year.isEmpty() || tableRow < 0) {
      throw new KeyException("the form's key sheet is damaged (area, year or cell table missing); use a new form");
    }
    Map<String, Target> header = new LinkedHashMap<>();
    for (String name : List.of(AREA_CODE_CELL, AREA_NAME_CELL, YEAR_CELL, SUBMITTED_ON_CELL, PREPARED_BY_CELL)) {
      header.put(name, target(wb, key, values.get(name)));
    }
    List<Mapping> mappings = new ArrayList<>();
    for (int r = tableRow + 1; r <= key.getLastRowNum(); r++) {
      Row row = key.getRow(r);
      if (row == null || text(row.getCell(0)).isEmpty()) continue;
      mappings.add(new Mapping(text(row.getCell(0)), text(row.getCell(1)), text(row.getCell(2)).toUpperCase(Locale.ROOT),
          text(row.getCell(3)), target(wb, key, row.getCell(4))));
    }
    if (mappings.isEmpty()) throw new KeyException("the form's key sheet lists no input cells; use a new form");
    return new FormKey(key.getSheetName(), version, area, year, text(values.get(FORM)), header, mappings);
  }

  private static int versionOf(Cell c) {
    String t = text(c);
    try {
      return (int) Double.parseDouble(t);
    } catch (NumberFormatException e) {
      return -1;
    }
  }

  /** The cell a key formula points at; {@code missing()} when it no longer points at a sheet cell. */
  private static Target target(Workbook wb, Sheet key, Cell c) {
    String keyCell = c == null ? null : c.getAddress().formatAsString();
    if (c == null || c.getCellType() != CellType.FORMULA) return new Target(null, null, null, keyCell);
    String formula = c.getCellFormula();
    try {
      CellReference ref = new CellReference(formula.strip());
      String sheet = ref.getSheetName();
      if (sheet == null || formula.contains("#REF") || wb.getSheet(sheet) == null || wb.getSheet(sheet) == key) {
        return new Target(null, null, formula, keyCell);
      }
      return new Target(wb.getSheet(sheet).getSheetName(), ref, formula, keyCell);
    } catch (RuntimeException e) {
      return new Target(null, null, formula, keyCell);
    }
  }

  private static Cell cell(Sheet s, int r, int c) {
    Row row = s.getRow(r);
    return row == null ? null : row.getCell(c);
  }

  private static final DataFormatter PLAIN = new DataFormatter(Locale.ROOT);

  /** The text of a key cell: strings as they are, numbers without a fractional ".0". */
  static String text(Cell c) {
    if (c == null) return "";
    return switch (c.getCellType() == CellType.FORMULA ? c.getCachedFormulaResultType() : c.getCellType()) {
      case STRING -> c.getStringCellValue().strip();
      case NUMERIC -> {
        double d = c.getNumericCellValue();
        yield d == Math.rint(d) && Math.abs(d) < 1e15 ? Long.toString((long) d) : PLAIN.formatCellValue(c).strip();
      }
      case BOOLEAN -> Boolean.toString(c.getBooleanCellValue());
      default -> "";
    };
  }
}
