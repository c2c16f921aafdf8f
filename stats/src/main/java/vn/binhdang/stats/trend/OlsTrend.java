package vn.binhdang.stats.trend;

import vn.binhdang.stats.internal.Checks;
import vn.binhdang.stats.internal.Distributions;
import vn.binhdang.stats.interval.ConfidenceInterval;

/**
 * Ordinary least-squares trend y = a + b·year over the actual years, with the t-based interval of the slope
 * and the two-sided p-value of b = 0 (DESIGN §6):
 * <pre>
 *   b = Sxy / Sxx,   a = ȳ − b·x̄,   SE(b) = √( SSE / (n − 2) / Sxx )
 *   t = b / SE(b) with n − 2 degrees of freedom,   p = 2·P(T_{n−2} &gt; |t|)
 *   interval b ∓ t(1 − α/2; n − 2)·SE(b),   r² = Sxy² / (Sxx·Syy)
 * </pre>
 * Sums are computed about the means (years near 2020 would otherwise lose digits).
 * Reference: Draper NR, Smith H (1998), <i>Applied Regression Analysis</i>, 3rd ed., Wiley, ch. 1.
 *
 * <p>Edge cases (no exception):
 * <ul>
 *   <li>0 or 1 point: {@link TrendTestStatus#TOO_FEW_POINTS}, everything {@code null};</li>
 *   <li>2 points: {@link TrendTestStatus#TOO_FEW_POINTS}, slope and intercept of the line through them, no
 *       standard error, interval, p-value or r²;</li>
 *   <li>3 or more points, all values equal: {@link TrendTestStatus#FLAT_SERIES}, slope 0, intercept = the
 *       value, no standard error, interval, p-value or r²;</li>
 *   <li>3 or more points exactly on a line: tested, standard error 0, interval [b, b], p-value 0, r² 1.</li>
 * </ul>
 */
public final class OlsTrend {

    private OlsTrend() {
    }

    /** Fit with a 95 % slope interval. */
    public static OlsTrendResult fit(double[] years, double[] values) {
        return fit(years, values, ConfidenceInterval.DEFAULT_CONFIDENCE_LEVEL);
    }

    /**
     * @param years actual years, distinct, any order
     * @param values values, same length
     * @param confidenceLevel level of the slope interval, in (0, 1)
     */
    public static OlsTrendResult fit(double[] years, double[] values, double confidenceLevel) {
        Checks.confidenceLevel(confidenceLevel);
        YearlySeries s = YearlySeries.of(years, values);
        int n = s.n;
        if (n < 2) {
            return new OlsTrendResult(n, TrendTestStatus.TOO_FEW_POINTS, null, null, null, null, null, null);
        }
        double xbar = mean(s.years);
        double ybar = mean(s.values);
        double sxx = 0;
        double sxy = 0;
        double syy = 0;
        for (int i = 0; i < n; i++) {
            double dx = s.years[i] - xbar;
            double dy = s.values[i] - ybar;
            sxx += dx * dx;
            sxy += dx * dy;
            syy += dy * dy;
        }
        if (n >= 3 && s.isFlat()) {
            return new OlsTrendResult(n, TrendTestStatus.FLAT_SERIES, 0.0, s.values[0], null, null, null, null);
        }
        double slope = sxy / sxx;
        double intercept = ybar - slope * xbar;
        if (n == 2) {
            return new OlsTrendResult(n, TrendTestStatus.TOO_FEW_POINTS, slope, intercept, null, null, null, null);
        }
        double sse = 0;
        for (int i = 0; i < n; i++) {
            double r = s.values[i] - ybar - slope * (s.years[i] - xbar);
            sse += r * r;
        }
        int df = n - 2;
        double se = Math.sqrt(sse / df / sxx);
        double rSquared = Math.min(1, sxy * sxy / (sxx * syy));
        ConfidenceInterval interval;
        double p;
        if (se == 0) {
            interval = new ConfidenceInterval(slope, slope, confidenceLevel);
            p = 0;
        } else {
            double t = slope / se;
            p = 2 * Distributions.tCdf(-Math.abs(t), df);
            double q = Distributions.tQuantile(1 - (1 - confidenceLevel) / 2, df);
            interval = new ConfidenceInterval(slope - q * se, slope + q * se, confidenceLevel);
        }
        return new OlsTrendResult(n, TrendTestStatus.TESTED, slope, intercept, se, interval, p, rSquared);
    }

    private static double mean(double[] a) {
        double sum = 0;
        for (double v : a) {
            sum += v;
        }
        double m = sum / a.length;
        // one correction pass
        double c = 0;
        for (double v : a) {
            c += v - m;
        }
        return m + c / a.length;
    }
}
