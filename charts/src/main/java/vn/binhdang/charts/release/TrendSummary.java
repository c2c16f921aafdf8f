package vn.binhdang.charts.release;

/**
 * The columns of one {@code mart_trend} row (indicator × area × sex) that the pack shows: the direction
 * of change and the slopes. The mart's first, last and projected values are not read. The mart computes
 * its statistics over every yearly value, suppressed ones included: a row flagged {@code suppressed} keeps
 * only its key, and callers also give no verdict for a series with a suppressed year in fct_indicator.
 *
 * @param directionOfChange improving, worsening, no_clear_trend or no_target
 * @param testStatus        tested, too_few_points or flat_series
 * @param suppressed        a value of the series is hidden (column {@code suppressed}; read as true when the
 *                          release predates it and the series has a hidden year): no verdict is published
 */
public record TrendSummary(
        String indicatorCode,
        String areaCode,
        Sex sex,
        int nPoints,
        Integer firstYear,
        Integer lastYear,
        Double senSlope,
        Double olsSlope,
        Double mkPValue,
        String testStatus,
        String directionOfChange,
        Integer yearTargetReached,
        boolean suppressed) {

    /** Without the suppression column (releases before it). */
    public TrendSummary(String indicatorCode, String areaCode, Sex sex, int nPoints, Integer firstYear,
                        Integer lastYear, Double senSlope, Double olsSlope, Double mkPValue, String testStatus,
                        String directionOfChange, Integer yearTargetReached) {
        this(indicatorCode, areaCode, sex, nPoints, firstYear, lastYear, senSlope, olsSlope, mkPValue, testStatus,
                directionOfChange, yearTargetReached, false);
    }

    public TrendSummary {
        if (suppressed) {
            senSlope = null;
            olsSlope = null;
            mkPValue = null;
            yearTargetReached = null;
            directionOfChange = null;
            testStatus = null;
        }
    }
}
