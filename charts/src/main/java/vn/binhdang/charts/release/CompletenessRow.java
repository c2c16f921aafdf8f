package vn.binhdang.charts.release;

/**
 * One row of the optional {@code mart_completeness} table: reports expected and received for an area,
 * year and form, on time (before 10 December) or late.
 */
public record CompletenessRow(String areaCode, int year, String form, Integer expected, Integer received,
                              Integer onTime, Integer late, Integer missing) {
}
