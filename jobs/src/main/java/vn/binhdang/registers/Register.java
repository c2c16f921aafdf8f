package vn.binhdang.registers;

import java.util.List;
import java.util.Locale;
import vn.binhdang.warehouse.TableSpec;
import vn.binhdang.warehouse.Tables;

/**
 * The four unit-record registers (DESIGN §4.3): their folder below {@code DIR/registers/}, their
 * columns, which of them identify a record, and the staged table they land in.
 */
public enum Register {
  BIRTHS("births", "birth register", Tables.STG_BIRTHS,
      List.of("birth_id", "area_code", "birth_date", "sex", "mother_birth_date", "mother_age", "outcome"),
      List.of("birth_id", "area_code", "birth_date", "sex", "outcome"),
      List.of("mother_birth_date", "mother_age"),
      List.of("birth_id")),
  MATERNAL_DEATHS("maternal_deaths", "maternal-death register", Tables.STG_MATERNAL_DEATHS,
      List.of("death_id", "area_code", "death_date", "age", "timing"),
      List.of("death_id", "area_code", "death_date", "age"),
      List.of(),
      List.of("death_id")),
  SCHOOL_COMPLETION("school_completion", "school-completion records", Tables.STG_SCHOOL_COMPLETION,
      List.of("pupil_id", "area_code", "level", "school_year", "sex", "ethnic_group", "completed"),
      List.of("pupil_id", "area_code", "level", "school_year", "sex", "ethnic_group", "completed"),
      List.of(),
      List.of("pupil_id", "school_year")),
  LABOUR_SURVEY("labour_survey", "labour-force survey", Tables.STG_LABOUR_SURVEY,
      List.of("person_id", "area_code", "survey_year", "sex", "age", "employed", "status_in_employment", "sector",
          "weight"),
      List.of("person_id", "area_code", "survey_year", "sex", "age", "employed", "weight"),
      List.of(),
      List.of("person_id", "survey_year"));

  private final String folder;
  private final String label;
  private final TableSpec table;
  private final List<String> columns;
  private final List<String> required;
  private final List<String> oneOf;
  private final List<String> idColumns;

  Register(String folder, String label, TableSpec table, List<String> columns, List<String> required,
      List<String> oneOf, List<String> idColumns) {
    this.folder = folder;
    this.label = label;
    this.table = table;
    this.columns = columns;
    this.required = required;
    this.oneOf = oneOf;
    this.idColumns = idColumns;
  }

  /** The folder below {@code DIR/registers/}: "births". */
  public String folder() {
    return folder;
  }

  /** "birth register", for messages and the {@code source} of aggregated counts. */
  public String label() {
    return label;
  }

  /** The input kind recorded in lineage and rejects: "register_births". */
  public String inputKind() {
    return "register_" + folder;
  }

  /** The staged table (stg_births, ...). */
  public TableSpec table() {
    return table;
  }

  /** Every column the register may have, in the documented order. */
  public List<String> columns() {
    return columns;
  }

  /** Columns the header must name. */
  public List<String> required() {
    return required;
  }

  /** Columns of which the header must name at least one (births: mother_birth_date or mother_age). */
  public List<String> oneOf() {
    return oneOf;
  }

  /** The columns that identify a record: a second record with the same values is a duplicate. */
  public List<String> idColumns() {
    return idColumns;
  }

  /** The columns a header lacks, as the message of a {@code bad_header} reject; null when it has them all. */
  public String missingColumns(java.util.Collection<String> header) {
    List<String> missing = new java.util.ArrayList<>(required.stream().filter(c -> !header.contains(c)).toList());
    if (!oneOf.isEmpty() && oneOf.stream().noneMatch(header::contains)) missing.add(String.join(" or ", oneOf));
    if (missing.isEmpty()) return null;
    return "the " + label + " lacks column" + (missing.size() > 1 ? "s " : " ") + String.join(", ", missing)
        + "; expected " + String.join(",", columns) + " (see README, Inputs)";
  }

  public static Register ofFolder(String folder) {
    for (Register r : values()) if (r.folder.equals(folder.toLowerCase(Locale.ROOT))) return r;
    throw new IllegalArgumentException("no register " + folder);
  }
}
