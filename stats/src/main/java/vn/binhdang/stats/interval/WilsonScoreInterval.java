package vn.binhdang.stats.interval;

import java.io.Serializable;

import vn.binhdang.stats.internal.Distributions;

/**
 * Wilson score interval for a binomial proportion, without continuity correction: the project's
 * default interval for proportions (DESIGN §6).
 *
 * <p>With p̂ = x/n and z = Φ⁻¹(1 − α/2):
 * <pre>
 *   centre    = (p̂ + z²/(2n)) / (1 + z²/n)
 *   halfWidth = z / (1 + z²/n) · √( p̂(1 − p̂)/n + z²/(4n²) )
 *   [L, U]    = centre ∓ halfWidth
 * </pre>
 * References: Wilson EB (1927), "Probable inference, the law of succession, and statistical inference",
 * Journal of the American Statistical Association 22:209–212; Newcombe RG (1998), "Two-sided confidence
 * intervals for the single proportion: comparison of seven methods", Statistics in Medicine 17:857–872
 * (method 3).
 *
 * <p>Edge cases: n = 0 throws (see {@link BinomialConfidenceInterval}); x = 0 gives a lower limit of exactly
 * 0 and x = n an upper limit of exactly 1 (the formula gives them only up to rounding: Commons Math 3.6.1
 * returns 2e-17 at x = 0); limits are clamped to [0, 1]. n = 1 needs no special case.
 */
public final class WilsonScoreInterval implements BinomialConfidenceInterval, Serializable {

    @Override
    public ConfidenceInterval createInterval(double numberOfTrials, double numberOfSuccesses, double confidenceLevel) {
        IntervalChecks.binomial(numberOfTrials, numberOfSuccesses, confidenceLevel);
        double n = numberOfTrials;
        double x = numberOfSuccesses;
        double z = Distributions.normalCritical(confidenceLevel);
        double z2 = z * z;
        double p = x / n;
        double denominator = 1 + z2 / n;
        double centre = (p + z2 / (2 * n)) / denominator;
        double halfWidth = z / denominator * Math.sqrt(p * (1 - p) / n + z2 / (4 * n * n));
        double lower = x == 0 ? 0 : Math.max(0, centre - halfWidth);
        double upper = x == n ? 1 : Math.min(1, centre + halfWidth);
        return new ConfidenceInterval(lower, upper, confidenceLevel);
    }
}
