package vn.binhdang.catalogue;

/** The validation rules; each reject names exactly one. */
public enum RejectRule {
  /** The file is not UTF-8 text or not CSV. */
  FILE_UNREADABLE,
  /** The file holds no data: 0 bytes, a header without lines, a workbook without sheets. One reject for the file. */
  NO_DATA,
  /**
   * A file in an input folder that no parser reads: an extension the folder does not take, a name Spark
   * treats as hidden ('.' or '_' in front), a folder of registers/ that is not a register. One reject.
   */
  NOT_AN_INPUT,
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
  /** A source of higher precedence (register > form > counts CSV) gives another value: this one is not used. */
  SUPERSEDED,
  /** A published value names an indicator that is not in the catalogue. */
  UNKNOWN_INDICATOR,
  /** A published interval does not contain its value (lower > value or upper < value). */
  INTERVAL_INCONSISTENT,
  /** A published value without its source. */
  MISSING_SOURCE,
  /**
   * A workbook refused for safety: a zip bomb (a part expanding beyond POI's limits), XML with a
   * DOCTYPE or entity declarations (external entities), or a file far larger than a form. One reject
   * for the file; nothing in it is read.
   */
  FILE_UNSAFE,
  /**
   * A readable .xlsx that is not a Bình Đẳng report form, or whose key sheet is missing, damaged or of
   * a newer form version. One reject for the file.
   */
  FORM_NOT_RECOGNISED,
  /** A form of another year than the run's (or whose cover and key disagree on the year): every filled cell is rejected. */
  FORM_WRONG_YEAR,
  /** A form whose cover names another area than the one it was made for: every filled cell is rejected. */
  FORM_WRONG_AREA,
  /** An input cell of a form was deleted (its key reference is #REF!): its value cannot be read. */
  FORM_CELL_MISSING,
  /** A workbook cell holding an error (#VALUE!, #DIV/0!, …), typed or computed, or a formula that cannot be computed. */
  CELL_ERROR,
  /** A number typed as text that reads two ways ("1.234" for a mean: 1234 or 1,234); not guessed. */
  AMBIGUOUS_NUMBER,
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
  DUPLICATE_ID_CONFLICT,
  /** A crosswalk share that is not a number in (0, 1], or not 1 for a whole unit. */
  BAD_SHARE,
  /** The shares of an old unit at one effective date do not add up to 1: none of its crosswalk lines is used. */
  SHARES_NOT_ONE,
  /**
   * A crosswalk line whose dates leave a gap or an overlap: the old unit does not end the day before the
   * effective date, or the new unit does not start on it (areas.csv valid_to / valid_from).
   */
  CROSSWALK_GAP;

  /** The code stored in the rejects table, e.g. "sex_total_mismatch". */
  public String code() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
