package vn.binhdang.generate;

import vn.binhdang.catalogue.RejectRule;

/**
 * The faults planted in the registers. None of them changes a count: the faulty records are
 * stillbirths, pupils who did not complete and an exact repeat, so the registers still aggregate to
 * exactly the values of the counts files.
 */
public enum RegisterFaultKind {
  /** A stillbirth whose mother's age was typed 7 (for 27): rejected, out of 10–60. */
  IMPOSSIBLE_MOTHER_AGE("births", RejectRule.OUT_OF_RANGE),
  /** A stillbirth dated 29 February of a common year: rejected, not a date. */
  BAD_DATE("births", RejectRule.BAD_DATE),
  /** A survey respondent's line pasted twice: the repeat is rejected, the first kept. */
  DUPLICATE_RECORD("labour_survey", RejectRule.DUPLICATE_RECORD),
  /** Two pupils who did not complete lower secondary given the same id: both rejected. */
  DUPLICATE_ID_CONFLICT("school_completion", RejectRule.DUPLICATE_ID_CONFLICT);

  private final String register;
  private final RejectRule rule;

  RegisterFaultKind(String register, RejectRule rule) {
    this.register = register;
    this.rule = rule;
  }

  /** The register folder the fault is planted in. */
  public String register() {
    return register;
  }

  public RejectRule rule() {
    return rule;
  }
}
