package vn.binhdang.stats.outlier;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * Tukey's fences: a value below Q1 − k·IQR or above Q3 + k·IQR (k = 1.5) is an outlier, with Q1 and Q3 the
 * type 7 sample quartiles ({@link RobustStatistics#quantile}, R's {@code quantile(x, c(.25, .75))}) and
 * IQR = Q3 − Q1. (R's {@code boxplot.stats} uses Tukey's hinges instead, which differ slightly for small n.)
 *
 * <p>Like {@link ModifiedZScore}, a scan needs at least {@code minPoints} values (5 by default) and an IQR above
 * 0; otherwise it is not tested and flags nothing.
 *
 * <p>Reference: Tukey JW (1977), <i>Exploratory Data Analysis</i>, Addison-Wesley.
 */
public final class IqrRule implements Serializable {
    private static final long serialVersionUID = 1L;

    public static final double DEFAULT_K = 1.5;
    public static final int DEFAULT_MIN_POINTS = 5;

    private final double k;
    private final int minPoints;

    /** k = 1.5, at least 5 values. */
    public IqrRule() {
        this(DEFAULT_K, DEFAULT_MIN_POINTS);
    }

    public IqrRule(double k, int minPoints) {
        if (!(k > 0) || Double.isInfinite(k)) {
            throw new IllegalArgumentException("k must be positive and finite, got " + k);
        }
        if (minPoints < 3) {
            throw new IllegalArgumentException("minPoints must be at least 3, got " + minPoints);
        }
        this.k = k;
        this.minPoints = minPoints;
    }

    public double k() {
        return k;
    }

    public int minPoints() {
        return minPoints;
    }

    /** Flags every value (in the order given); center is the median, spread the IQR. */
    public OutlierScan scan(double[] values) {
        int n = values.length;
        if (n == 0) {
            return new OutlierScan(ScanStatus.TOO_FEW_POINTS, 0, null, null, null, null, List.of());
        }
        double[] s = RobustStatistics.sorted(values);
        double q1 = RobustStatistics.quantileOfSorted(s, 0.25);
        double q3 = RobustStatistics.quantileOfSorted(s, 0.75);
        double median = RobustStatistics.quantileOfSorted(s, 0.5);
        double iqr = q3 - q1;
        ScanStatus status = n < minPoints ? ScanStatus.TOO_FEW_POINTS
                : iqr > 0 ? ScanStatus.TESTED : ScanStatus.NO_SPREAD;
        List<OutlierPoint> points = new ArrayList<>(n);
        double lower = q1 - k * iqr;
        double upper = q3 + k * iqr;
        for (double x : values) {
            boolean low = status == ScanStatus.TESTED && x < lower;
            boolean high = status == ScanStatus.TESTED && x > upper;
            points.add(new OutlierPoint(x, null, low || high, high ? "high" : low ? "low" : null));
        }
        return status == ScanStatus.TESTED
                ? new OutlierScan(status, n, median, iqr, lower, upper, points)
                : new OutlierScan(status, n, median, iqr, null, null, points);
    }
}
