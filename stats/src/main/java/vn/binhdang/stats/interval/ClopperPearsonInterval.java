package vn.binhdang.stats.interval;

import java.io.Serializable;

import vn.binhdang.stats.internal.Distributions;

/**
 * Clopper–Pearson "exact" interval for a binomial proportion, from Beta quantiles:
 * <pre>
 *   L = B(α/2; x, n − x + 1)        (L = 0 when x = 0)
 *   U = B(1 − α/2; x + 1, n − x)    (U = 1 when x = n)
 * </pre>
 * where B(q; a, b) is the q-quantile of the Beta(a, b) distribution.
 * Reference: Clopper CJ, Pearson ES (1934), "The use of confidence or fiducial limits illustrated in the
 * case of the binomial", Biometrika 26:404–413.
 *
 * <p>Edge cases: n = 0 throws (see {@link BinomialConfidenceInterval}); x = 0 and x = n are handled here
 * (Commons Math 3.6.1 throws {@code NotStrictlyPositiveException} there). Non-integer counts use the same
 * Beta quantiles with real parameters. Quantiles are solved to about 1e-14 relative accuracy.
 */
public final class ClopperPearsonInterval implements BinomialConfidenceInterval, Serializable {

    @Override
    public ConfidenceInterval createInterval(double numberOfTrials, double numberOfSuccesses, double confidenceLevel) {
        IntervalChecks.binomial(numberOfTrials, numberOfSuccesses, confidenceLevel);
        double n = numberOfTrials;
        double x = numberOfSuccesses;
        double alpha = 1 - confidenceLevel;
        double lower = x == 0 ? 0 : Distributions.betaQuantile(alpha / 2, x, n - x + 1);
        double upper = x == n ? 1 : Distributions.betaQuantile(1 - alpha / 2, x + 1, n - x);
        return new ConfidenceInterval(Math.max(0, lower), Math.min(1, upper), confidenceLevel);
    }
}
