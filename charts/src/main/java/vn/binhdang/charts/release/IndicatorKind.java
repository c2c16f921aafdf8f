package vn.binhdang.charts.release;

/** The statistical kind of an indicator (catalogue column {@code kind}); decides scale and decimals. */
public enum IndicatorKind {
    PROPORTION, UNIT_PROPORTION, GROSS_RATIO, RATE, SEX_RATIO, RATIO_OF_MEANS, THRESHOLD_SHARE, ALL_PERIODS_SHARE;

    public static IndicatorKind parse(String code) {
        try {
            return valueOf(code.trim().toUpperCase(java.util.Locale.ROOT));
        } catch (RuntimeException e) {
            throw new ReleaseException("Unknown indicator kind '" + code + "'");
        }
    }

    /** Values are percentages bounded by 100 (a gross ratio may exceed it). */
    public boolean boundedPercent() {
        return this == PROPORTION || this == UNIT_PROPORTION || this == THRESHOLD_SHARE
            || this == ALL_PERIODS_SHARE;
    }

    /** Decimals shown for values: ratios of means are small numbers (1.7), everything else has one. */
    public int decimals() {
        return this == RATIO_OF_MEANS ? 2 : 1;
    }
}
