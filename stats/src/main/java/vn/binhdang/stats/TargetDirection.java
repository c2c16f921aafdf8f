package vn.binhdang.stats;

import java.util.Locale;

import vn.binhdang.stats.internal.Checks;

/**
 * The direction of a target, as coded in the catalogue's {@code direction} column.
 *
 * <p>{@link #CLOSE_TO} (catalogue {@code near}) is met when the value lies within the catalogue's
 * tolerance of the target: |value − target| ≤ tolerance (tolerance 0 means exactly at the target).
 * The other directions ignore the tolerance.
 */
public enum TargetDirection {
    /** value ≥ target (catalogue {@code ge}). */
    AT_LEAST("ge", 1),
    /** value &gt; target (catalogue {@code gt}). */
    MORE_THAN("gt", 1),
    /** value ≤ target (catalogue {@code le}). */
    AT_MOST("le", -1),
    /** value &lt; target (catalogue {@code lt}). */
    LESS_THAN("lt", -1),
    /** |value − target| ≤ tolerance (catalogue {@code near}). */
    CLOSE_TO("near", 0);

    private final String code;
    private final int sign;

    TargetDirection(String code, int sign) {
        this.code = code;
        this.sign = sign;
    }

    /** The catalogue code: ge, gt, le, lt or near. */
    public String code() {
        return code;
    }

    /** +1 when higher values are better, −1 when lower values are better, 0 for {@link #CLOSE_TO}. */
    public int improvementSign() {
        return sign;
    }

    /**
     * Parses a catalogue code (case-insensitive).
     *
     * @throws IllegalArgumentException for an unknown code
     */
    public static TargetDirection fromCode(String code) {
        if (code != null) {
            String c = code.trim().toLowerCase(Locale.ROOT);
            for (TargetDirection d : values()) {
                if (d.code.equals(c)) {
                    return d;
                }
            }
        }
        throw new IllegalArgumentException("unknown target direction code '" + code + "' (expected ge, gt, le, lt or near)");
    }

    /**
     * Whether {@code value} meets {@code target}. Exact comparison: a value exactly at the bound meets
     * {@code ge}/{@code le} targets and does not meet {@code gt}/{@code lt} targets.
     *
     * @param tolerance half-width of the acceptable band for {@link #CLOSE_TO}; ignored otherwise
     * @throws org.apache.commons.math3.exception.NotFiniteNumberException for NaN or infinite arguments
     * @throws org.apache.commons.math3.exception.NotPositiveException for a negative tolerance
     */
    public boolean isMet(double value, double target, double tolerance) {
        Checks.finite(value, "value");
        Checks.finite(target, "target");
        Checks.nonNegative(tolerance, "tolerance");
        return switch (this) {
            case AT_LEAST -> value >= target;
            case MORE_THAN -> value > target;
            case AT_MOST -> value <= target;
            case LESS_THAN -> value < target;
            case CLOSE_TO -> Math.abs(value - target) <= tolerance;
        };
    }

    /** {@link #isMet(double, double, double)} with tolerance 0. */
    public boolean isMet(double value, double target) {
        return isMet(value, target, 0);
    }
}
