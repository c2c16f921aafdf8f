package vn.binhdang.stats.outlier;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * Iglewicz and Hoaglin's (1993) modified z-score: Mᵢ = 0.6745 (xᵢ − x̃) / MAD, with x̃ the median and MAD the
 * <em>raw</em> median absolute deviation median|xᵢ − x̃| ({@link RobustStatistics#mad}, R's
 * {@code mad(x, constant = 1)}; the constant 0.6745 ≈ Φ⁻¹(3/4) plays the role of R's 1.4826 = 1/0.6745, so
 * Mᵢ = (xᵢ − x̃) / {@code mad(x)} in R). Values with |Mᵢ| &gt; 3.5 are labelled potential outliers.
 *
 * <p>A scan needs at least {@code minPoints} values (5 by default: the median and MAD of fewer say little) and a
 * MAD above 0 (with more than half the values equal, M is undefined): otherwise it is not tested and flags
 * nothing.
 *
 * <p>Reference: Iglewicz B, Hoaglin DC (1993), <i>How to Detect and Handle Outliers</i>, ASQC Basic References in
 * Quality Control vol. 16, ASQC Quality Press.
 */
public final class ModifiedZScore implements Serializable {
    private static final long serialVersionUID = 1L;

    /** The constant of the modified z-score, 0.6745 as Iglewicz and Hoaglin give it. */
    public static final double CONSTANT = 0.6745;
    public static final double DEFAULT_THRESHOLD = 3.5;
    public static final int DEFAULT_MIN_POINTS = 5;

    private final double threshold;
    private final int minPoints;

    /** |M| &gt; 3.5, at least 5 values. */
    public ModifiedZScore() {
        this(DEFAULT_THRESHOLD, DEFAULT_MIN_POINTS);
    }

    public ModifiedZScore(double threshold, int minPoints) {
        if (!(threshold > 0) || Double.isInfinite(threshold)) {
            throw new IllegalArgumentException("threshold must be positive and finite, got " + threshold);
        }
        if (minPoints < 3) {
            throw new IllegalArgumentException("minPoints must be at least 3, got " + minPoints);
        }
        this.threshold = threshold;
        this.minPoints = minPoints;
    }

    public double threshold() {
        return threshold;
    }

    public int minPoints() {
        return minPoints;
    }

    /** M = 0.6745 (x − median) / mad, mad being the raw MAD (&gt; 0). */
    public static double score(double x, double median, double mad) {
        if (!(mad > 0)) {
            throw new IllegalArgumentException("mad must be positive, got " + mad);
        }
        return CONSTANT * (x - median) / mad;
    }

    /** Scores and flags every value (in the order given). */
    public OutlierScan scan(double[] values) {
        int n = values.length;
        if (n == 0) {
            return new OutlierScan(ScanStatus.TOO_FEW_POINTS, 0, null, null, null, null, List.of());
        }
        double median = RobustStatistics.median(values);
        double mad = RobustStatistics.mad(values);
        ScanStatus status = n < minPoints ? ScanStatus.TOO_FEW_POINTS
                : mad > 0 ? ScanStatus.TESTED : ScanStatus.NO_SPREAD;
        List<OutlierPoint> points = new ArrayList<>(n);
        for (double x : values) {
            if (status != ScanStatus.TESTED) {
                points.add(new OutlierPoint(x, null, false, null));
                continue;
            }
            double m = score(x, median, mad);
            boolean out = Math.abs(m) > threshold;
            points.add(new OutlierPoint(x, m, out, out ? (m > 0 ? "high" : "low") : null));
        }
        if (status != ScanStatus.TESTED) {
            return new OutlierScan(status, n, median, mad, null, null, points);
        }
        double half = threshold * mad / CONSTANT;
        return new OutlierScan(status, n, median, mad, median - half, median + half, points);
    }
}
