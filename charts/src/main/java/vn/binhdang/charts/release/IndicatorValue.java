package vn.binhdang.charts.release;

import java.util.Set;

/**
 * One row of {@code fct_indicator} (indicator × area × year × sex), value and interval in the
 * indicator's unit.
 *
 * <p>A suppressed row carries no numbers: the constructor drops the value, counts and interval, so
 * that nothing built from a release can publish a cell that disclosure control has hidden.
 */
public record IndicatorValue(
        String indicatorCode,
        String areaCode,
        int year,
        Sex sex,
        String periodLabel,
        boolean pooled,
        Double numerator,
        Double denominator,
        Double value,
        Double ciLower,
        Double ciUpper,
        String ciMethod,
        Set<String> flags,
        boolean suppressed,
        Periods periods) {

    /**
     * The periods behind a threshold or all-periods share ({@code fct_indicator.periods_*}): how many
     * were expected and met, which were not reported and which fell below the threshold.
     */
    public record Periods(Integer expected, Integer met, java.util.List<String> missing,
                          java.util.List<String> below) {
        public Periods {
            missing = java.util.List.copyOf(missing);
            below = java.util.List.copyOf(below);
        }
    }

    /** A value without period detail (every kind but the period shares). */
    public IndicatorValue(String indicatorCode, String areaCode, int year, Sex sex, String periodLabel, boolean pooled,
                          Double numerator, Double denominator, Double value, Double ciLower, Double ciUpper,
                          String ciMethod, Set<String> flags, boolean suppressed) {
        this(indicatorCode, areaCode, year, sex, periodLabel, pooled, numerator, denominator, value, ciLower, ciUpper,
                ciMethod, flags, suppressed, null);
    }

    public static final String FLAG_SMALL_DENOMINATOR = "small_denominator";
    public static final String FLAG_UNRELIABLE = "unreliable";
    /** Re-expressed from an old area split by share (the crosswalk between maps): value and interval approximate. */
    public static final String FLAG_APPORTIONED = "apportioned";

    public IndicatorValue {
        flags = Set.copyOf(flags);
        if (suppressed) {
            numerator = null;
            denominator = null;
            value = null;
            ciLower = null;
            ciUpper = null;
            periods = null;
        }
    }

    /** A value that can be plotted: not suppressed and computable. */
    public boolean plottable() {
        return !suppressed && value != null;
    }

    public boolean hasInterval() {
        return ciLower != null && ciUpper != null;
    }

    public boolean flagged(String flag) {
        return flags.contains(flag);
    }
}
