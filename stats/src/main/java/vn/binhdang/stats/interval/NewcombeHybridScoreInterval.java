package vn.binhdang.stats.interval;

import java.io.Serializable;

import vn.binhdang.stats.internal.Checks;

/**
 * Newcombe's hybrid score interval for the difference of two independent proportions p1 − p2 (method 10
 * of Newcombe RG (1998), "Interval estimation for the difference between independent proportions:
 * comparison of eleven methods", Statistics in Medicine 17:873–890), built from the two
 * {@linkplain WilsonScoreInterval Wilson intervals} [l1, u1] and [l2, u2]:
 * <pre>
 *   d = p1 − p2
 *   L = d − √( (p1 − l1)² + (u2 − p2)² )
 *   U = d + √( (u1 − p1)² + (p2 − l2)² )
 * </pre>
 * Used for the sex gap (women − men). The parity index p1 ÷ p2 is returned as a plain value.
 *
 * <p>Edge cases: n1 = 0 or n2 = 0 throws (as the Wilson interval does); the zero and full counts follow the
 * Wilson conventions (exact 0 and 1 limits), e.g. 10/10 − 0/20 gives U = 1 exactly; limits are clamped to
 * [−1, 1]; the parity index is {@code null} when p2 = 0 (including 0/0).
 */
public final class NewcombeHybridScoreInterval implements Serializable {

    private final WilsonScoreInterval wilson = new WilsonScoreInterval();

    /**
     * @param trials1 n1 &gt; 0 (e.g. women in the denominator)
     * @param successes1 x1, 0 ≤ x1 ≤ n1
     * @param trials2 n2 &gt; 0 (men)
     * @param successes2 x2, 0 ≤ x2 ≤ n2
     * @param confidenceLevel in (0, 1)
     */
    public ProportionDifference createInterval(double trials1, double successes1, double trials2, double successes2,
                                               double confidenceLevel) {
        ConfidenceInterval ci1 = wilson.createInterval(trials1, successes1, confidenceLevel);
        ConfidenceInterval ci2 = wilson.createInterval(trials2, successes2, confidenceLevel);
        double p1 = successes1 / trials1;
        double p2 = successes2 / trials2;
        double d = p1 - p2;
        double lower = d - Math.hypot(p1 - ci1.lower(), ci2.upper() - p2);
        double upper = d + Math.hypot(ci1.upper() - p1, p2 - ci2.lower());
        ConfidenceInterval ci = new ConfidenceInterval(Math.max(-1, lower), Math.min(1, upper), confidenceLevel);
        return new ProportionDifference(p1, p2, d, ci, parityIndex(p1, p2));
    }

    /** {@link #createInterval(double, double, double, double, double)} at 95 %. */
    public ProportionDifference createInterval(double trials1, double successes1, double trials2, double successes2) {
        return createInterval(trials1, successes1, trials2, successes2, ConfidenceInterval.DEFAULT_CONFIDENCE_LEVEL);
    }

    /**
     * Parity index p1 ÷ p2 (women ÷ men), {@code null} when p2 = 0.
     *
     * @throws org.apache.commons.math3.exception.NotPositiveException for a negative proportion
     */
    public static Double parityIndex(double p1, double p2) {
        Checks.nonNegative(p1, "p1");
        Checks.nonNegative(p2, "p2");
        return p2 == 0 ? null : p1 / p2;
    }
}
