package vn.binhdang.stats.funnel;

import org.apache.commons.math3.distribution.BinomialDistribution;
import org.apache.commons.math3.distribution.IntegerDistribution;
import org.apache.commons.math3.distribution.PoissonDistribution;
import org.apache.commons.math3.random.RandomGenerator;

import vn.binhdang.stats.internal.Checks;
import vn.binhdang.stats.internal.Distributions;

/**
 * Funnel-plot control limits around a target θ for a unit with denominator n (Spiegelhalter DJ (2005),
 * "Funnel plots for comparing institutional performance", Statistics in Medicine 24:1185–1202, §3 and
 * appendix A.1.1).
 *
 * <p><b>Exact limits with interpolation.</b> For a count Y with distribution F (Binomial(n, θ) for a
 * proportion, Poisson(θ·n) for a rate) and a probability p:
 * <pre>
 *   r_p   = smallest r with F(r) ≥ p
 *   α     = (F(r_p) − p) / (F(r_p) − F(r_p − 1))
 *   limit = (r_p − α) / n
 * </pre>
 * which makes the discrete limits a smooth function of n. Limits at p = 0.025 / 0.975 are the 95 % limits,
 * at p = 0.001 / 0.999 the 99.8 % ones.
 *
 * <p><b>Normal approximation.</b> θ ± z<sub>p</sub>·√(θ(1 − θ)/n) for proportions, θ ± z<sub>p</sub>·√(θ/n)
 * for rates.
 *
 * <p>Conventions: the interpolation gives a negative value when F(0) ≥ p (small n·θ); every lower limit is
 * clamped at 0, and proportion limits at 1. A degenerate target (θ = 0, or θ = 1 for a proportion) gives
 * limits equal to θ. The exact binomial limit needs a whole-number denominator (weighted denominators: use
 * the normal limits or the Poisson limits).
 */
public final class FunnelLimits {

    /** Lower 95 % probability. */
    public static final double P95_LOWER = 0.025;
    /** Upper 95 % probability. */
    public static final double P95_UPPER = 0.975;
    /** Lower 99.8 % probability. */
    public static final double P998_LOWER = 0.001;
    /** Upper 99.8 % probability. */
    public static final double P998_UPPER = 0.999;

    private static final RandomGenerator NO_RNG = null;

    private FunnelLimits() {
    }

    /**
     * Exact binomial limit for a proportion.
     *
     * @param theta target proportion in [0, 1]
     * @param n denominator, a whole number ≥ 1
     * @param p probability in (0, 1)
     */
    public static double exactBinomialLimit(double theta, double n, double p) {
        Checks.closedUnit(theta, "target proportion");
        checkDenominator(n);
        Checks.wholeNumber(n, "denominator for exact binomial limits");
        Checks.atMost(n, Integer.MAX_VALUE, "denominator", "the largest int");
        Checks.openUnit(p, "probability");
        if (theta == 0 || theta == 1) {
            return theta;
        }
        double limit = interpolated(new BinomialDistribution(NO_RNG, (int) n, theta), p) / n;
        return Math.min(1, Math.max(0, limit));
    }

    /**
     * Exact Poisson limit for a rate (events per unit of denominator), expected count θ·n.
     *
     * @param theta target rate ≥ 0 per unit
     * @param n denominator &gt; 0 (may be non-integer: person-years)
     * @param p probability in (0, 1)
     */
    public static double exactPoissonLimit(double theta, double n, double p) {
        Checks.nonNegative(theta, "target rate");
        checkDenominator(n);
        Checks.openUnit(p, "probability");
        double mean = theta * n;
        if (mean == 0) {
            return 0;
        }
        // CDF to ~1e-15 (Commons Math's default epsilon is 1e-12)
        PoissonDistribution poisson = new PoissonDistribution(NO_RNG, mean, 1e-15, 10_000_000);
        return Math.max(0, interpolated(poisson, p) / n);
    }

    /** Normal-approximation limit θ + z<sub>p</sub>·√(θ(1 − θ)/n), clamped to [0, 1]. */
    public static double normalBinomialLimit(double theta, double n, double p) {
        Checks.closedUnit(theta, "target proportion");
        checkDenominator(n);
        Checks.openUnit(p, "probability");
        double limit = theta + Distributions.normalQuantile(p) * Math.sqrt(theta * (1 - theta) / n);
        return Math.min(1, Math.max(0, limit));
    }

    /** Normal-approximation limit θ + z<sub>p</sub>·√(θ/n), clamped at 0. */
    public static double normalPoissonLimit(double theta, double n, double p) {
        Checks.nonNegative(theta, "target rate");
        checkDenominator(n);
        Checks.openUnit(p, "probability");
        return Math.max(0, theta + Distributions.normalQuantile(p) * Math.sqrt(theta / n));
    }

    /** The four exact binomial limits (95 % and 99.8 %). */
    public static FunnelBand exactBinomial(double theta, double n) {
        return new FunnelBand(exactBinomialLimit(theta, n, P998_LOWER), exactBinomialLimit(theta, n, P95_LOWER),
                exactBinomialLimit(theta, n, P95_UPPER), exactBinomialLimit(theta, n, P998_UPPER));
    }

    /** The four exact Poisson limits (95 % and 99.8 %). */
    public static FunnelBand exactPoisson(double theta, double n) {
        return new FunnelBand(exactPoissonLimit(theta, n, P998_LOWER), exactPoissonLimit(theta, n, P95_LOWER),
                exactPoissonLimit(theta, n, P95_UPPER), exactPoissonLimit(theta, n, P998_UPPER));
    }

    /** The four normal-approximation limits for a proportion. */
    public static FunnelBand normalBinomial(double theta, double n) {
        return new FunnelBand(normalBinomialLimit(theta, n, P998_LOWER), normalBinomialLimit(theta, n, P95_LOWER),
                normalBinomialLimit(theta, n, P95_UPPER), normalBinomialLimit(theta, n, P998_UPPER));
    }

    /** The four normal-approximation limits for a rate. */
    public static FunnelBand normalPoisson(double theta, double n) {
        return new FunnelBand(normalPoissonLimit(theta, n, P998_LOWER), normalPoissonLimit(theta, n, P95_LOWER),
                normalPoissonLimit(theta, n, P95_UPPER), normalPoissonLimit(theta, n, P998_UPPER));
    }

    /** r_p − α, Spiegelhalter's interpolated quantile of the count. */
    private static double interpolated(IntegerDistribution d, double p) {
        int r = d.inverseCumulativeProbability(p);
        double fr = d.cumulativeProbability(r);
        // F(r) − F(r − 1) = P(Y = r), computed directly to avoid cancellation
        double alpha = (fr - p) / d.probability(r);
        return r - alpha;
    }

    private static void checkDenominator(double n) {
        Checks.positive(n, "denominator");
    }
}
