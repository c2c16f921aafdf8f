package vn.binhdang.generate;

import vn.binhdang.catalogue.RejectRule;

/**
 * The realistic faults planted in the sample so that a run exercises validation and completeness,
 * each with the reject rule it must trigger (null where the data are valid and the fault shows
 * elsewhere: in completeness, or not at all).
 */
public enum FaultKind {
  /** A commune's report of the last year reached the district on 18 December, after the 10 December deadline. */
  LATE_REPORT(null),
  /** A commune's Q3 news count is absent: the quarter counts as not met and the form as incomplete. */
  MISSING_QUARTER(null),
  /** A count typed with a letter for a digit ("1O5"). */
  VALUE_TYPO(RejectRule.NOT_A_NUMBER),
  /** A measure code with a letter missing. */
  MISSPELT_MEASURE(RejectRule.UNKNOWN_MEASURE),
  /** A total typed with two digits swapped, so F + M ≠ T: all three rows are rejected. */
  SEX_TOTAL_MISMATCH(RejectRule.SEX_TOTAL_MISMATCH),
  /** A line pasted twice: the second copy is rejected, the first kept. */
  DUPLICATE_LINE(RejectRule.DUPLICATE_ROW),
  /** A whole report with the commune written by name, in a variant spelling: valid, matched by alias. */
  AREA_BY_NAME(null);

  private final RejectRule rule;

  FaultKind(RejectRule rule) {
    this.rule = rule;
  }

  /** The rule that must reject the fault's rows; null when the rows are valid. */
  public RejectRule rule() {
    return rule;
  }
}
