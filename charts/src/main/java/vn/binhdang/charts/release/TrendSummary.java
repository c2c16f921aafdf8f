package vn.binhdang.charts.release;

/**
 * The columns of one {@code mart_trend} row (indicator × area × sex) that the pack shows: the direction
 * of change and the slopes. The mart's first, last and projected values are not read: the mart computes
 * them over every yearly value, suppressed ones included, so they are not publishable as they stand.
 * Callers show the slopes only for series without a suppressed year.
 *
 * @param directionOfChange improving, worsening, no_clear_trend or no_target
 * @param testStatus        tested, too_few_points or flat_series
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
        Integer yearTargetReached) {
}
