package vn.binhdang.forms;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.poi.ss.util.CellReference;
import vn.binhdang.catalogue.Area;
import vn.binhdang.catalogue.Catalogue;
import vn.binhdang.catalogue.Indicator;
import vn.binhdang.catalogue.Measure;
import vn.binhdang.catalogue.MeasureRef;
import vn.binhdang.catalogue.Objective;
import vn.binhdang.catalogue.PeriodType;
import vn.binhdang.catalogue.Sex;

/**
 * Where every value of a report form goes, derived from the catalogue (nothing here names a measure).
 *
 * <p>A <b>commune form</b> (for a commune or town) asks for the commune-level measures; the
 * <b>district form</b> (area 614) for the district-level ones. The workbook has:
 *
 * <ul>
 *   <li>the cover sheet {@value #COVER_SHEET}: the form's identity (area code and name, the area it
 *       belongs to, year, form version; protected) and two input cells, "Ngày nộp" (submission date)
 *       and "Người lập biểu" (who prepared it), then instructions;
 *   <li>one sheet per objective that has measures for this kind of form, named "Mục tiêu N". Its rows
 *       are the measures the objective's indicators read, in the order of {@code measures.csv}, one row
 *       per measure and population group (the group is the reading indicator's: {@code ethnic_minority}
 *       for the completion measures). Rows are grouped in sections by period type (yearly first, then
 *       quarterly, then monthly); each section has its own header row. A section's value columns are
 *       its periods × the sexes its measures allow, in the order F, M, T ("Nữ", "Nam", "Tổng"; "Quý I"
 *       … "Quý IV"; "Tháng 1" … "Tháng 12"). A sex a measure does not allow is an "x" cell. The last
 *       column, "Ghi chú", is free text for the reporter and is not read;
 *   <li>the very hidden key sheet {@value #KEY_SHEET}: area code, year, form kind and version, and one
 *       row per input cell (measure, sex, period, group and a formula referencing the cell). Ingest
 *       reads only the key, so renamed sheets, inserted rows and edited labels do not matter: Excel and
 *       LibreOffice rewrite the key's references when sheets are renamed or rows inserted.
 * </ul>
 *
 * <p>The total column (T) is an <b>input</b>, not a formula: communes often know a total without the
 * split, and a formula would turn missing F or M into a false total. The pipeline's F + M = T rule
 * ({@code sex_total_mismatch}) checks it downstream; the template also highlights a T that differs from
 * F + M while the form is being filled.
 */
public record FormLayout(Area area, String parentNames, int year, Kind kind, List<FormSheet> sheets) {

  /** Version of the form layout and key, written in the key; ingest refuses newer versions. */
  public static final int FORM_VERSION = 1;
  /** The cover sheet's name. */
  public static final String COVER_SHEET = "Thông tin chung";
  /** The key sheet's name (very hidden). */
  public static final String KEY_SHEET = "_binhdang";
  /** First value column (D): A is "STT", B the measure, C the kind of number. */
  public static final int FIRST_VALUE_COLUMN = 3;
  /** Rows 1-3 (0-based 0-2) of an objective sheet are titles; row 4 is blank; the first section starts at row 5. */
  static final int FIRST_SECTION_ROW = 4;

  /** Cells of the cover sheet (0-based row, column B). */
  public static final CellReference COVER_AREA_CODE = new CellReference(COVER_SHEET, 3, 1, false, false);
  public static final CellReference COVER_AREA_NAME = new CellReference(COVER_SHEET, 4, 1, false, false);
  public static final CellReference COVER_PARENT = new CellReference(COVER_SHEET, 5, 1, false, false);
  public static final CellReference COVER_YEAR = new CellReference(COVER_SHEET, 6, 1, false, false);
  public static final CellReference COVER_VERSION = new CellReference(COVER_SHEET, 7, 1, false, false);
  public static final CellReference COVER_SUBMITTED_ON = new CellReference(COVER_SHEET, 8, 1, false, false);
  public static final CellReference COVER_PREPARED_BY = new CellReference(COVER_SHEET, 9, 1, false, false);

  /** A commune (or town) form, or the district form. */
  public enum Kind {
    COMMUNE, DISTRICT;

    public String code() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  /** What one input cell holds: a measure for a sex, a period and a population group. */
  public record Field(String measure, Sex sex, String period, String group) implements java.io.Serializable {
    /** "employed F Y", with the group when it is not "all". */
    public String describe() {
      return measure + " " + sex + " " + period + ("all".equals(group) ? "" : " " + group);
    }
  }

  /** One input cell: its field and position on its sheet (0-based). */
  public record InputCell(Field field, int row, int column) {
    /** "D7". */
    public String ref() {
      return new CellReference(row, column).formatAsString(false);
    }
  }

  /** A value column of a section. */
  public record Column(String period, Sex sex, String label) {}

  /** One row of a section: a measure for one population group. */
  public record FormRow(int number, Measure measure, String group, int row, List<InputCell> cells) {
    public FormRow {
      cells = List.copyOf(cells);
    }

    /** The measure's Vietnamese name, with the group when it is not "all". */
    public String label() {
      return measure.nameVi() + ("all".equals(group) ? "" : " (" + groupLabel(group) + ")");
    }
  }

  /** Rows of one period type under one header row. */
  public record Section(PeriodType periodType, int headerRow, List<Column> columns, List<FormRow> rows) {
    public Section {
      columns = List.copyOf(columns);
      rows = List.copyOf(rows);
    }
  }

  /** One objective sheet. */
  public record FormSheet(Objective objective, String name, List<Section> sections) {
    public FormSheet {
      sections = List.copyOf(sections);
    }

    /** The "Ghi chú" (notes) column: after the widest section's value columns. */
    public int notesColumn() {
      return FIRST_VALUE_COLUMN + sections.stream().mapToInt(s -> s.columns().size()).max().orElse(0);
    }

    public List<InputCell> cells() {
      return sections.stream().flatMap(s -> s.rows().stream()).flatMap(r -> r.cells().stream()).toList();
    }
  }

  public FormLayout {
    sheets = List.copyOf(sheets);
  }

  /** Every input cell of the objective sheets, sheet by sheet, row by row. */
  public List<InputCell> cells() {
    return sheets.stream().flatMap(s -> s.cells().stream()).toList();
  }

  /** The sheet name of objective {@code n}: "Mục tiêu 2". */
  public static String sheetName(int objective) {
    return "Mục tiêu " + objective;
  }

  /**
   * The layout of the form of one area and year.
   *
   * @param areaCode the district's code (district form) or one of its communes' (commune form)
   * @throws IllegalArgumentException when the area is unknown or neither the district nor one of its communes
   */
  public static FormLayout of(Catalogue catalogue, String areaCode, int year) {
    Area area = catalogue.area(areaCode).orElseThrow(() ->
        new IllegalArgumentException("area " + areaCode + " is not in the catalogue (areas.csv)"));
    Area district = catalogue.scope();
    Kind kind;
    if (area.code().equals(district.code())) {
      kind = Kind.DISTRICT;
    } else if (area.level().isReportingUnit() && district.code().equals(area.parentCode())) {
      kind = Kind.COMMUNE;
    } else {
      throw new IllegalArgumentException("area " + areaCode + " (" + area.nameVi() + ") has no report form: only "
          + district.code() + " (" + district.nameVi() + ") and its communes report");
    }
    List<FormSheet> sheets = new ArrayList<>();
    Set<String> placed = new LinkedHashSet<>();
    for (Objective o : catalogue.objectives()) {
      List<Entry> entries = entries(catalogue, o, kind == Kind.COMMUNE, placed);
      if (!entries.isEmpty()) sheets.add(sheet(o, entries));
    }
    return new FormLayout(area, parentNames(catalogue, area), year, kind, sheets);
  }

  /** A measure and the group an indicator reads it for. */
  private record Entry(Measure measure, String group, int order) {}

  /** The measures of one objective's indicators at this level, not yet on an earlier sheet, in catalogue order. */
  private static List<Entry> entries(Catalogue c, Objective o, boolean communeLevel, Set<String> placed) {
    List<Measure> order = c.measures();
    Map<String, Entry> found = new LinkedHashMap<>();
    for (Indicator i : c.indicators()) {
      if (i.objective() != o.number()) continue;
      for (MeasureRef ref : i.measures()) {
        Measure m = c.measure(ref.measure()).orElseThrow();
        String key = m.code() + "|" + i.populationGroup();
        if (m.communeLevel() != communeLevel || placed.contains(key)) continue;
        found.putIfAbsent(key, new Entry(m, i.populationGroup(), order.indexOf(m)));
      }
    }
    placed.addAll(found.keySet());
    // stable: by measure order, then by the order the groups were met
    return found.values().stream().sorted(java.util.Comparator.comparingInt(Entry::order)).toList();
  }

  private static FormSheet sheet(Objective o, List<Entry> entries) {
    List<Section> sections = new ArrayList<>();
    int row = FIRST_SECTION_ROW;
    int number = 1;
    for (PeriodType type : PeriodType.values()) {
      List<Entry> of = entries.stream().filter(e -> e.measure().period() == type).toList();
      if (of.isEmpty()) continue;
      EnumSet<Sex> sexes = EnumSet.noneOf(Sex.class);
      of.forEach(e -> sexes.addAll(e.measure().sexes()));
      List<Column> columns = new ArrayList<>();
      for (String period : type.periods()) {
        for (Sex sex : sexes) columns.add(new Column(period, sex, columnLabel(type, period, sex, sexes.size())));
      }
      int headerRow = row;
      row++;
      List<FormRow> rows = new ArrayList<>();
      for (Entry e : of) {
        List<InputCell> cells = new ArrayList<>();
        for (int i = 0; i < columns.size(); i++) {
          Column col = columns.get(i);
          if (e.measure().sexes().contains(col.sex())) {
            cells.add(new InputCell(new Field(e.measure().code(), col.sex(), col.period(), e.group()), row,
                FIRST_VALUE_COLUMN + i));
          }
        }
        rows.add(new FormRow(number++, e.measure(), e.group(), row, cells));
        row++;
      }
      sections.add(new Section(type, headerRow, columns, rows));
      row++; // a blank row between sections
    }
    return new FormSheet(o, sheetName(o.number()), sections);
  }

  private static String columnLabel(PeriodType type, String period, Sex sex, int sexCount) {
    if (type == PeriodType.Y) return sexLabel(sex);
    String p = periodLabel(period);
    return sexCount == 1 ? p : p + " – " + sexLabel(sex);
  }

  /** "Nữ", "Nam", "Tổng". */
  public static String sexLabel(Sex sex) {
    return switch (sex) {
      case F -> "Nữ";
      case M -> "Nam";
      case T -> "Tổng";
    };
  }

  /** "Năm", "Quý I" … "Quý IV", "Tháng 1" … "Tháng 12". */
  public static String periodLabel(String period) {
    if (period.equals("Y")) return "Năm";
    if (period.startsWith("Q")) return "Quý " + List.of("I", "II", "III", "IV").get(period.charAt(1) - '1');
    return "Tháng " + Integer.parseInt(period.substring(1));
  }

  /** The Vietnamese label of a population group. */
  public static String groupLabel(String group) {
    return switch (group) {
      case "ethnic_minority" -> "dân tộc thiểu số";
      case "all" -> "toàn bộ";
      default -> group;
    };
  }

  /** "Huyện Kon Rẫy, Tỉnh Kon Tum": the enclosing areas up to the province. */
  private static String parentNames(Catalogue c, Area area) {
    List<String> names = new ArrayList<>();
    Area a = area.parentCode() == null ? null : c.area(area.parentCode()).orElse(null);
    while (a != null && a.level() != Area.Level.NATIONAL) {
      names.add(a.nameVi());
      a = a.parentCode() == null ? null : c.area(a.parentCode()).orElse(null);
    }
    return String.join(", ", names);
  }

  /** "bieu-mau-2023-23482-dak-koi.xlsx". */
  public String fileName() {
    return "bieu-mau-" + year + "-" + area.code() + "-" + slug(area.nameVi()) + ".xlsx";
  }

  /** "Xã Đắk Kôi" → "dak-koi": no diacritics, no administrative prefix, lower case, dashes. */
  static String slug(String name) {
    String n = java.text.Normalizer.normalize(name.toLowerCase(java.util.Locale.ROOT), java.text.Normalizer.Form.NFD)
        .replaceAll("\\p{M}+", "").replace('đ', 'd');
    n = n.replaceFirst("^(xa|thi tran|huyen|tinh)\\s+", "");
    n = n.replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
    return n.isEmpty() ? "area" : n;
  }
}
