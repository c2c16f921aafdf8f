package vn.binhdang.charts.release;

/**
 * A {@code mart_revisions} row: a change since the release this one replaced. Only published values
 * are in the table (a suppressed value counts as not published), so nothing here reveals a hidden count.
 *
 * @param change      value_revised, value_added, value_withdrawn, reject_new, reject_cleared,
 *                    report_completed or report_incomplete
 * @param oldValue    null when the value was not published before
 * @param newValue    null when it is not published now
 * @param reason      for values: reject_corrected, resubmitted_file, crosswalk or method; for rejects the rule
 * @param sourceFile  the reject's file, or the value's changed input files
 */
public record RevisionRow(String change, String previousRelease, String indicatorCode, String areaCode, Integer year,
                          String sex, String periodLabel, Double oldValue, Double newValue, String reason,
                          String sourceFile) {

    /** True for a change of a published value (revised, added or withdrawn), false for rejects and reports. */
    public boolean isValue() {
        return change.startsWith("value_");
    }
}
