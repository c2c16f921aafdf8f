package vn.binhdang.charts.release;

/**
 * One row of {@code mart_target_status}: an indicator's value for an area, year and target sex against
 * the plan's target. A suppressed row keeps its key and its flag, nothing else that could reveal the
 * hidden value: value, interval and gap are dropped and the status is read as {@link TargetStatus#NO_DATA}
 * (a status of a hidden cell tells on which side of the target its count lies).
 */
public record TargetStatusRow(
        String indicatorCode,
        String areaCode,
        int year,
        Sex sex,
        Double target,
        Direction direction,
        Double value,
        Double ciLower,
        Double ciUpper,
        Double gap,
        TargetStatus status,
        boolean intervalDecides,
        boolean completeEnumeration,
        String progressClass,
        boolean suppressed) {

    public TargetStatusRow {
        if (suppressed) {
            value = null;
            ciLower = null;
            ciUpper = null;
            gap = null;
            status = TargetStatus.NO_DATA;
            intervalDecides = false;
            progressClass = null;
        }
    }

    public boolean hasInterval() {
        return ciLower != null && ciUpper != null;
    }
}
