package vn.binhdang.stats.trend;

import vn.binhdang.stats.internal.Distributions;

/**
 * Mann–Kendall trend test with Kendall's tau (DESIGN §6):
 * <pre>
 *   S      = Σ_{i&lt;j} sgn(y_j − y_i)                      (points in year order)
 *   Var(S) = [ n(n−1)(2n+5) − Σ_g t_g(t_g−1)(2t_g+5) ] / 18  (t_g = size of the g-th group of tied values)
 *   Z      = (S − 1)/√Var(S) if S &gt; 0,  (S + 1)/√Var(S) if S &lt; 0,  0 if S = 0
 *   p      = 2·(1 − Φ(|Z|))
 *   tau    = S / √( n₀ (n₀ − n₁) ),  n₀ = n(n−1)/2,  n₁ = Σ_g t_g(t_g−1)/2
 * </pre>
 * The reported tau is Kendall's <b>tau-b</b> between year and value; years are distinct, so it differs from
 * tau-a = S/n₀ only when values are tied. This is the tau of R's {@code cor(x, y, method = "kendall")} and
 * SciPy's {@code kendalltau}.
 * References: Mann HB (1945), "Nonparametric tests against trend", Econometrica 13:245–259; Kendall MG
 * (1975), <i>Rank Correlation Methods</i>, 4th ed., Griffin; Gilbert RO (1987), <i>Statistical Methods for
 * Environmental Pollution Monitoring</i>, Van Nostrand Reinhold, §16.4.
 *
 * <p>Only the normal approximation is given (the series are short, so p-values are approximate; with n = 3
 * the smallest attainable two-sided p is about 0.30).
 *
 * <p>Edge cases (no exception): fewer than 3 points gives {@link TrendTestStatus#TOO_FEW_POINTS} (S and tau
 * still reported from 2 points); 3 or more equal values give {@link TrendTestStatus#FLAT_SERIES} with S = 0,
 * Var(S) = 0, and Z, p and tau {@code null}.
 */
public final class MannKendall {

    private MannKendall() {
    }

    /**
     * @param years actual years, distinct, any order
     * @param values values, same length
     */
    public static MannKendallResult test(double[] years, double[] values) {
        YearlySeries series = YearlySeries.of(years, values);
        int n = series.n;
        if (n < 2) {
            return new MannKendallResult(n, TrendTestStatus.TOO_FEW_POINTS, 0, 0, null, null, null);
        }
        long s = series.mannKendallS();
        double variance = series.mannKendallVariance();
        double n0 = n * (n - 1.0) / 2;
        double n1 = series.tieSums()[1];
        Double tau = n0 - n1 > 0 ? s / Math.sqrt(n0 * (n0 - n1)) : null;
        if (series.isFlat()) {
            return new MannKendallResult(n, n < 3 ? TrendTestStatus.TOO_FEW_POINTS : TrendTestStatus.FLAT_SERIES,
                    0, 0, null, null, null);
        }
        if (n < 3) {
            return new MannKendallResult(n, TrendTestStatus.TOO_FEW_POINTS, s, variance, null, null, tau);
        }
        double z = s > 0 ? (s - 1) / Math.sqrt(variance) : s < 0 ? (s + 1) / Math.sqrt(variance) : 0;
        return new MannKendallResult(n, TrendTestStatus.TESTED, s, variance, z, Distributions.normalTwoSidedP(z), tau);
    }
}
