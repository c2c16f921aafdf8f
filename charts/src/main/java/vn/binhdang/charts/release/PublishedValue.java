package vn.binhdang.charts.release;

/**
 * One row of the optional {@code published_series} table: a value computed elsewhere (the World Bank's
 * national series, statistical yearbooks), in the indicator's unit, used as a comparison line.
 */
public record PublishedValue(String areaCode, int year, String indicatorCode, Sex sex, double value, Double lower,
                             Double upper, String source) {
}
