package vn.binhdang.ingest;

/** The validation rules; each reject names exactly one. */
public enum RejectRule {
  /** The file is not UTF-8 text or not CSV. */
  FILE_UNREADABLE,
  /** The header lacks a required column or has an unknown one. */
  BAD_HEADER,
  /** A line has more or fewer fields than the header. */
  COLUMN_COUNT,
  /** Area code or name not in the catalogue. */
  UNKNOWN_AREA,
  /** The area does not report this measure (a commune reporting a district measure, or the reverse). */
  WRONG_LEVEL,
  /** Measure not in the catalogue. */
  UNKNOWN_MEASURE,
  /** Sex not F, M or T, or not allowed for the measure. */
  UNKNOWN_SEX,
  /** Population group not allowed for the measure. */
  UNKNOWN_GROUP,
  /** Period not Y, Q1-Q4 or M01-M12, or not the measure's period type. */
  BAD_PERIOD,
  /** Year not a whole number, or outside the years the run covers. */
  YEAR_OUT_OF_RANGE,
  /** Value empty or not a number. */
  NOT_A_NUMBER,
  /** Value below zero. */
  NEGATIVE_VALUE,
  /** A count with a fractional part. */
  NOT_WHOLE_NUMBER,
  /** submitted_on not a date. */
  BAD_DATE,
  /** The same key given twice with different values: neither is kept. */
  DUPLICATE_CONFLICT,
  /** The same key given twice with the same value: the first is kept. */
  DUPLICATE_ROW,
  /** F + M differs from T: the three values are rejected. */
  SEX_TOTAL_MISMATCH,
  /** A unit record leaves a required field empty (an id, a date, the sex, ...). */
  MISSING_VALUE,
  /**
   * A coded field of a unit record holds a value outside its list (outcome live/still, school level,
   * yes/no, status in employment, sector, ethnic group).
   */
  UNKNOWN_CODE,
  /** A number of a unit record outside its possible range (mother's age 10-60, age 0-120, weight above 0). */
  OUT_OF_RANGE,
  /** Two fields of a unit record contradict each other (mother's age and birth date; a sector for a person not employed). */
  INCONSISTENT_FIELDS,
  /** A unit record repeats another with the same id and the same content: the first (by file, position) is kept. */
  DUPLICATE_RECORD,
  /** Several unit records share an id but differ in content: none of them is kept. */
  DUPLICATE_ID_CONFLICT;

  /** The code stored in the rejects table, e.g. "sex_total_mismatch". */
  public String code() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
