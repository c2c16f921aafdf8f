package vn.binhdang.stats.interval;

import java.io.Serializable;

import vn.binhdang.stats.internal.Checks;
import vn.binhdang.stats.internal.Distributions;

/**
 * Exact (Garwood) interval for the expected value μ of a Poisson count d:
 * <pre>
 *   L = χ²(α/2; 2d) / 2          (L = 0 when d = 0)
 *   U = χ²(1 − α/2; 2d + 2) / 2
 * </pre>
 * where χ²(q; k) is the q-quantile of the chi-square distribution with k degrees of freedom.
 * Reference: Garwood F (1936), "Fiducial limits for the Poisson distribution", Biometrika 28:437–442; the
 * chi-square form as in Ulm K (1990), "A simple method to calculate the confidence interval of a standardized
 * mortality ratio", American Journal of Epidemiology 131:373–375.
 *
 * <p>Used for rates (maternal deaths per live birth, adolescent births per woman) and for gross ratios that
 * may exceed 1 (completers over the population of completion age), treating the numerator as Poisson over a
 * fixed denominator (DESIGN §6): see {@link #createRateInterval(double, double, double, double)}.
 *
 * <p>Edge cases: d = 0 gives [0, −ln(α/2)] (3.68888 at 95 %); a non-integer d uses the same quantiles with
 * real degrees of freedom; a zero denominator has no rate and throws.
 */
public final class ExactPoissonInterval implements Serializable {

    /**
     * Interval for the expected count.
     *
     * @param count observed count d ≥ 0
     * @param confidenceLevel in (0, 1)
     * @throws org.apache.commons.math3.exception.NotPositiveException if d &lt; 0
     */
    public ConfidenceInterval createInterval(double count, double confidenceLevel) {
        Checks.nonNegative(count, "count");
        Checks.confidenceLevel(confidenceLevel);
        double alpha = 1 - confidenceLevel;
        double lower = count == 0 ? 0 : Distributions.chiSquareQuantile(alpha / 2, 2 * count) / 2;
        double upper = Distributions.chiSquareQuantile(1 - alpha / 2, 2 * count + 2) / 2;
        return new ConfidenceInterval(lower, upper, confidenceLevel);
    }

    /** {@link #createInterval(double, double)} at 95 %. */
    public ConfidenceInterval createInterval(double count) {
        return createInterval(count, ConfidenceInterval.DEFAULT_CONFIDENCE_LEVEL);
    }

    /**
     * Interval for the rate d / denominator × multiplier, the count's limits divided by the denominator.
     *
     * @param count observed count d ≥ 0
     * @param denominator person-years, live births, population... &gt; 0
     * @param multiplier e.g. 1 000 or 100 000; 1 for a rate per unit
     * @throws org.apache.commons.math3.exception.NotStrictlyPositiveException if denominator or multiplier ≤ 0
     */
    public ConfidenceInterval createRateInterval(double count, double denominator, double multiplier,
                                                 double confidenceLevel) {
        Checks.nonNegative(count, "count");
        Checks.positive(denominator, "denominator");
        Checks.positive(multiplier, "multiplier");
        ConfidenceInterval mu = createInterval(count, confidenceLevel);
        return new ConfidenceInterval(mu.lower() / denominator * multiplier, mu.upper() / denominator * multiplier,
                confidenceLevel);
    }

    /** {@link #createRateInterval(double, double, double, double)} at 95 %. */
    public ConfidenceInterval createRateInterval(double count, double denominator, double multiplier) {
        return createRateInterval(count, denominator, multiplier, ConfidenceInterval.DEFAULT_CONFIDENCE_LEVEL);
    }
}
