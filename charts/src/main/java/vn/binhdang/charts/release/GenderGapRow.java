package vn.binhdang.charts.release;

/**
 * One row of {@code mart_gender_gap}: women − men for an indicator, area and year, with the gap's 95 %
 * interval and the parity index. A suppressed row carries no numbers.
 */
public record GenderGapRow(
        String indicatorCode,
        String areaCode,
        int year,
        Double valueF,
        Double valueM,
        Double gap,
        Double gapLower,
        Double gapUpper,
        String gapMethod,
        Double parityIndex,
        boolean suppressed) {

    public GenderGapRow {
        if (suppressed) {
            valueF = null;
            valueM = null;
            gap = null;
            gapLower = null;
            gapUpper = null;
            parityIndex = null;
        }
    }

    public boolean hasGapInterval() {
        return gapLower != null && gapUpper != null;
    }
}
