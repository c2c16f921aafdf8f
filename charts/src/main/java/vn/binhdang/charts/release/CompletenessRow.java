package vn.binhdang.charts.release;

/**
 * One row of the optional {@code mart_completeness} table: reports expected and received for an area,
 * year and form, on time (before 10 December) or late, and whether every expected value arrived.
 *
 * @param daysLate days after the deadline; null without a date or in an older release
 * @param complete 1 when received with every expected value staged; null in an older release
 * @param periodsMissing the expected quarters or months without a value ("Q3", "M04 M05"); null when none
 */
public record CompletenessRow(String areaCode, int year, String form, Integer expected, Integer received,
                              Integer onTime, Integer late, Integer missing, Integer daysLate, Integer complete,
                              Integer valuesExpected, Integer valuesStaged, Integer periodsExpected,
                              Integer periodsReceived, String periodsMissing) {

    /** The short form used by tests and older releases: no lateness detail, completeness unknown. */
    public CompletenessRow(String areaCode, int year, String form, Integer expected, Integer received,
                           Integer onTime, Integer late, Integer missing) {
        this(areaCode, year, form, expected, received, onTime, late, missing, null, null, null, null, null, null, null);
    }

    /** Received, but some expected value did not arrive or was rejected. */
    public boolean incomplete() {
        return received != null && received == 1 && complete != null && complete == 0;
    }
}
