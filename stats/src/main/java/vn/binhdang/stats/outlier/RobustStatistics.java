package vn.binhdang.stats.outlier;

import java.util.Arrays;

import vn.binhdang.stats.internal.Checks;

/**
 * Order statistics the outlier rules rest on, with R's conventions so that results can be checked against R:
 * {@link #quantile} is R's {@code quantile(x, p, type = 7)} (the default), {@link #median} is
 * {@code median(x)}, {@link #mad} is {@code mad(x, constant = 1)} and {@link #madScaled} is R's default
 * {@code mad(x)} (constant 1.4826, consistent for the standard deviation of a normal distribution).
 *
 * <p>Every method takes the values in any order and leaves the array unchanged; NaN and infinite values are
 * rejected, and an empty array is an {@link IllegalArgumentException}.
 */
public final class RobustStatistics {

    /** R's default constant of {@code mad()}: 1 / Φ⁻¹(3/4), rounded as R rounds it. */
    public static final double MAD_CONSTANT = 1.4826;

    private RobustStatistics() {
    }

    /**
     * Hyndman and Fan's (1996) type 7 sample quantile, R's default: with the values sorted
     * x₍₁₎ ≤ … ≤ x₍ₙ₎ and h = (n − 1)p + 1, Q(p) = x₍⌊h⌋₎ + (h − ⌊h⌋)(x₍⌊h⌋+1₎ − x₍⌊h⌋₎), a linear
     * interpolation between the closest ranks (also Excel's {@code PERCENTILE.INC} and NumPy's default).
     *
     * @param p probability in [0, 1]
     */
    public static double quantile(double[] values, double p) {
        return quantileOfSorted(sorted(values), p);
    }

    /** The median (type 7 quantile at 1/2: the mean of the two middle values for an even count). */
    public static double median(double[] values) {
        return quantileOfSorted(sorted(values), 0.5);
    }

    /**
     * The raw median absolute deviation, median |xᵢ − median(x)|, without any constant: R's
     * {@code mad(x, constant = 1)}. This is the MAD of Iglewicz and Hoaglin's modified z-score.
     */
    public static double mad(double[] values) {
        double m = median(values);
        double[] dev = new double[values.length];
        for (int i = 0; i < values.length; i++) {
            dev[i] = Math.abs(values[i] - m);
        }
        return median(dev);
    }

    /** The scaled MAD, {@value #MAD_CONSTANT} × {@link #mad}: R's {@code mad(x)}. */
    public static double madScaled(double[] values) {
        return MAD_CONSTANT * mad(values);
    }

    /** The interquartile range Q(3/4) − Q(1/4), both type 7: R's {@code IQR(x)} (its default type 7). */
    public static double iqr(double[] values) {
        double[] s = sorted(values);
        return quantileOfSorted(s, 0.75) - quantileOfSorted(s, 0.25);
    }

    static double[] sorted(double[] values) {
        if (values == null || values.length == 0) {
            throw new IllegalArgumentException("values must not be empty");
        }
        Checks.finiteArray(values, "values");
        double[] s = values.clone();
        Arrays.sort(s);
        return s;
    }

    static double quantileOfSorted(double[] s, double p) {
        if (!(p >= 0 && p <= 1)) {
            throw new IllegalArgumentException("p must be in [0, 1], got " + p);
        }
        double h = (s.length - 1) * p;
        int lo = (int) Math.floor(h);
        int hi = Math.min(lo + 1, s.length - 1);
        double frac = h - lo;
        return frac == 0 ? s[lo] : s[lo] + frac * (s[hi] - s[lo]);
    }
}
