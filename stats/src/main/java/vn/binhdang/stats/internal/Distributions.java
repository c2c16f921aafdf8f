package vn.binhdang.stats.internal;

import org.apache.commons.math3.distribution.BetaDistribution;
import org.apache.commons.math3.distribution.ChiSquaredDistribution;
import org.apache.commons.math3.distribution.NormalDistribution;
import org.apache.commons.math3.distribution.TDistribution;
import org.apache.commons.math3.random.RandomGenerator;
import org.apache.commons.math3.special.Erf;
import org.apache.commons.math3.special.Gamma;

/**
 * Quantiles and tail probabilities at close to double precision.
 *
 * <p>Commons Math's continuous distributions solve for quantiles with an absolute accuracy of 1e-9 by
 * default, which is only about 4e-8 relative for a Poisson lower limit of 0.025 and far worse for tiny Beta
 * quantiles. Passing a negligible absolute accuracy leaves the Brent solver's relative accuracy (1e-14) in
 * charge. No random generator is created: these distributions are never sampled.
 */
public final class Distributions {

    private static final double ACCURACY = 1e-300;
    private static final RandomGenerator NO_RNG = null;
    private static final NormalDistribution STANDARD_NORMAL = new NormalDistribution(NO_RNG, 0, 1, ACCURACY);

    private Distributions() {
    }

    /** Standard normal quantile Φ⁻¹(p). */
    public static double normalQuantile(double p) {
        return STANDARD_NORMAL.inverseCumulativeProbability(p);
    }

    /** Two-sided critical value z with Φ(z) = 1 − (1 − level)/2. */
    public static double normalCritical(double confidenceLevel) {
        return -normalQuantile((1 - confidenceLevel) / 2);
    }

    /** Two-sided normal p-value 2·(1 − Φ(|z|)), computed from erfc to keep small p accurate. */
    public static double normalTwoSidedP(double z) {
        return Erf.erfc(Math.abs(z) / Math.sqrt(2));
    }

    /** Beta(a, b) quantile. */
    public static double betaQuantile(double p, double a, double b) {
        return new BetaDistribution(NO_RNG, a, b, ACCURACY).inverseCumulativeProbability(p);
    }

    /** Chi-square quantile with {@code df} degrees of freedom. */
    public static double chiSquareQuantile(double p, double df) {
        return new ChiSquaredDistribution(NO_RNG, df, ACCURACY).inverseCumulativeProbability(p);
    }

    /** Upper tail P(X > x) of the chi-square distribution. */
    public static double chiSquareUpperTail(double x, double df) {
        return x <= 0 ? 1 : Gamma.regularizedGammaQ(df / 2, x / 2);
    }

    /** Student t distribution function P(T ≤ t). */
    public static double tCdf(double t, double df) {
        return new TDistribution(NO_RNG, df, ACCURACY).cumulativeProbability(t);
    }

    /** Student t quantile. */
    public static double tQuantile(double p, double df) {
        return new TDistribution(NO_RNG, df, ACCURACY).inverseCumulativeProbability(p);
    }
}
