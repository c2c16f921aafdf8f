package vn.binhdang.stats.interval;

import vn.binhdang.stats.internal.Checks;

/**
 * Confidence interval for a difference θ1 − θ2 of two independent estimates by the method of variance
 * estimates recovery (MOVER) of Zou GY, Donner A (2008), "Construction of confidence limits about effect
 * measures: a general approach", Statistics in Medicine 27:1693–1702, from each estimate's own interval
 * [l1, u1], [l2, u2]:
 * <pre>
 *   d = θ1 − θ2
 *   L = d − √( (θ1 − l1)² + (u2 − θ2)² )
 *   U = d + √( (u1 − θ1)² + (θ2 − l2)² )
 * </pre>
 * With Wilson limits it is Newcombe's hybrid score interval ({@link NewcombeHybridScoreInterval}); with exact
 * Poisson limits it serves rates and gross ratios (the sex gap in completion rates). Both intervals must be at
 * the same confidence level, which the result keeps. No clamping: the caller knows the scale.
 */
public final class MoverDifferenceInterval {
    private MoverDifferenceInterval() {
    }

    /**
     * @param estimate1 θ1 within [l1, u1]
     * @param interval1 its confidence interval
     * @param estimate2 θ2 within [l2, u2]
     * @param interval2 its confidence interval, at the same level
     * @return the interval of θ1 − θ2
     * @throws org.apache.commons.math3.exception.NumberIsTooSmallException or
     *         {@link org.apache.commons.math3.exception.NumberIsTooLargeException} when an estimate lies outside
     *         its interval
     * @throws IllegalArgumentException when the two levels differ
     */
    public static ConfidenceInterval of(double estimate1, ConfidenceInterval interval1, double estimate2,
                                        ConfidenceInterval interval2) {
        Checks.finite(estimate1, "estimate 1");
        Checks.finite(estimate2, "estimate 2");
        Checks.atLeast(estimate1, interval1.lower(), "estimate 1", "its lower limit");
        Checks.atMost(estimate1, interval1.upper(), "estimate 1", "its upper limit");
        Checks.atLeast(estimate2, interval2.lower(), "estimate 2", "its lower limit");
        Checks.atMost(estimate2, interval2.upper(), "estimate 2", "its upper limit");
        if (interval1.confidenceLevel() != interval2.confidenceLevel()) {
            throw new IllegalArgumentException("the two intervals have different confidence levels: "
                    + interval1.confidenceLevel() + " and " + interval2.confidenceLevel());
        }
        double d = estimate1 - estimate2;
        double lower = d - Math.hypot(estimate1 - interval1.lower(), interval2.upper() - estimate2);
        double upper = d + Math.hypot(interval1.upper() - estimate1, estimate2 - interval2.lower());
        return new ConfidenceInterval(lower, upper, interval1.confidenceLevel());
    }
}
