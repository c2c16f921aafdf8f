package vn.binhdang.stats.trend;

import java.util.Arrays;

import vn.binhdang.stats.internal.Checks;
import vn.binhdang.stats.internal.Distributions;
import vn.binhdang.stats.interval.ConfidenceInterval;

/**
 * Sen's (Theil–Sen) slope over the actual years (DESIGN §6): the median of the N' = n(n−1)/2 pairwise slopes
 * (y_j − y_i)/(x_j − x_i), i &lt; j, so uneven gaps between years are respected; intercept
 * median(y) − slope·median(x) (as in SciPy's {@code theilslopes}).
 *
 * <p>Interval (Gilbert 1987, §16.5): with C = z<sub>1−α/2</sub>·√Var(S) (Var(S) the Mann–Kendall variance
 * with the tie correction), M₁ = (N' − C)/2 and M₂ = (N' + C)/2, the limits are the M₁-th and (M₂ + 1)-th
 * smallest slopes. M₁ and M₂ are rounded to the nearest whole number (half to even), as SciPy 1.10's
 * {@code theilslopes} does; a rank outside 1..N' is clamped and flagged.
 * References: Sen PK (1968), "Estimates of the regression coefficient based on Kendall's tau", Journal of the
 * American Statistical Association 63:1379–1389; Theil H (1950), "A rank-invariant method of linear and
 * polynomial regression analysis", Proc. Koninklijke Nederlandse Akademie van Wetenschappen 53:386–392;
 * Gilbert RO (1987), <i>Statistical Methods for Environmental Pollution Monitoring</i>, Van Nostrand Reinhold.
 *
 * <p>Edge cases (no exception): fewer than 2 points, slope and intercept {@code null}; 2 points, the slope of
 * the line through them and no interval; a flat series, slope 0 and no interval.
 */
public final class SenSlope {

    private SenSlope() {
    }

    /** Estimate with a 95 % interval. */
    public static SenSlopeResult estimate(double[] years, double[] values) {
        return estimate(years, values, ConfidenceInterval.DEFAULT_CONFIDENCE_LEVEL);
    }

    /**
     * @param years actual years, distinct, any order
     * @param values values, same length
     * @param confidenceLevel level of the slope interval, in (0, 1)
     */
    public static SenSlopeResult estimate(double[] years, double[] values, double confidenceLevel) {
        Checks.confidenceLevel(confidenceLevel);
        YearlySeries s = YearlySeries.of(years, values);
        int n = s.n;
        int pairs = n * (n - 1) / 2;
        if (n < 2) {
            return new SenSlopeResult(n, pairs, null, null, null, false);
        }
        double[] slopes = new double[pairs];
        int k = 0;
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                slopes[k++] = (s.values[j] - s.values[i]) / (s.years[j] - s.years[i]);
            }
        }
        Arrays.sort(slopes);
        double slope = YearlySeries.median(slopes);
        double[] ys = s.values.clone();
        Arrays.sort(ys);
        // years are already sorted
        double intercept = YearlySeries.median(ys) - slope * YearlySeries.median(s.years);

        double variance = s.mannKendallVariance();
        if (n < 3 || variance <= 0) {
            return new SenSlopeResult(n, pairs, slope, intercept, null, false);
        }
        double c = Distributions.normalCritical(confidenceLevel) * Math.sqrt(variance);
        long lowerRank = (long) Math.rint((pairs - c) / 2);
        long upperRank = (long) Math.rint((pairs + c) / 2) + 1;
        boolean clamped = lowerRank < 1 || upperRank > pairs;
        lowerRank = Math.max(1, Math.min(pairs, lowerRank));
        upperRank = Math.max(1, Math.min(pairs, upperRank));
        ConfidenceInterval interval = new ConfidenceInterval(slopes[(int) lowerRank - 1], slopes[(int) upperRank - 1],
                confidenceLevel);
        return new SenSlopeResult(n, pairs, slope, intercept, interval, clamped);
    }
}
