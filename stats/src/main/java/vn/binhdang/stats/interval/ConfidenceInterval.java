package vn.binhdang.stats.interval;

import java.io.Serializable;

import org.apache.commons.math3.exception.NumberIsTooLargeException;
import org.apache.commons.math3.exception.util.DummyLocalizable;

import vn.binhdang.stats.internal.Checks;

/**
 * A two-sided confidence interval [lower, upper] at a confidence level in (0, 1).
 *
 * <p>Limits may be infinite (the upper limit of a sex ratio with no girls is +∞) but never NaN.
 *
 * @param lower lower limit
 * @param upper upper limit, not below {@code lower}
 * @param confidenceLevel e.g. 0.95
 */
public record ConfidenceInterval(double lower, double upper, double confidenceLevel) implements Serializable {

    /** The default level of every interval in the project (DESIGN §6). */
    public static final double DEFAULT_CONFIDENCE_LEVEL = 0.95;

    /**
     * @throws IllegalArgumentException if a limit is NaN
     * @throws NumberIsTooLargeException if {@code lower > upper}
     * @throws org.apache.commons.math3.exception.OutOfRangeException unless 0 &lt; level &lt; 1
     */
    public ConfidenceInterval {
        if (Double.isNaN(lower) || Double.isNaN(upper)) {
            throw new IllegalArgumentException("confidence limits must not be NaN: [" + lower + ", " + upper + "]");
        }
        if (lower > upper) {
            throw new NumberIsTooLargeException(
                    new DummyLocalizable("lower limit {0} is above upper limit {1}"), lower, upper, true);
        }
        Checks.confidenceLevel(confidenceLevel);
    }

    /** Whether {@code lower ≤ value ≤ upper} (limits included). */
    public boolean contains(double value) {
        return lower <= value && value <= upper;
    }

    /** upper − lower (+∞ for an unbounded interval). */
    public double width() {
        return upper - lower;
    }

    /**
     * The interval multiplied by a positive factor, e.g. 100 for percent or 100 000 for a ratio per
     * 100 000 live births.
     *
     * @throws org.apache.commons.math3.exception.NotStrictlyPositiveException unless factor is finite and &gt; 0
     */
    public ConfidenceInterval scale(double factor) {
        Checks.positive(factor, "scale factor");
        return new ConfidenceInterval(lower * factor, upper * factor, confidenceLevel);
    }
}
