package vn.binhdang.stats.interval;

import vn.binhdang.stats.internal.Checks;

/**
 * The reliability flags of DESIGN §6 "Small numbers": {@code small_denominator} below 30, {@code unreliable}
 * where a rate rests on fewer than 20 events or the relative standard error (RSE) exceeds 30 %.
 *
 * <p>RSE = standard error ÷ estimate: 1/√d for a Poisson count d (so a rate on fewer than 20 events, RSE ≥ 22 %,
 * is flagged by the event rule before the RSE rule applies); √(p(1 − p)/n) ÷ p for a proportion p = x/n. The RSE
 * of an estimate of 0 is +∞ (a zero has no relative precision). Which rule applies to which indicator kind is
 * the caller's policy; the suggested one is {@link #unreliableRate(double)} for rates and gross ratios and
 * {@link #unreliableProportion(double, double)} for proportions.
 */
public final class SmallNumbers {

    /** Denominators below this are flagged {@code small_denominator}. */
    public static final double SMALL_DENOMINATOR_BELOW = 30;
    /** Rates resting on fewer events are flagged {@code unreliable}. */
    public static final double MIN_EVENTS = 20;
    /** Relative standard errors above this are flagged {@code unreliable}. */
    public static final double MAX_RELATIVE_STANDARD_ERROR = 0.30;

    private SmallNumbers() {
    }

    /** denominator &lt; 30. */
    public static boolean smallDenominator(double denominator) {
        return Checks.nonNegative(denominator, "denominator") < SMALL_DENOMINATOR_BELOW;
    }

    /** RSE of a Poisson count: 1/√d, +∞ for d = 0. */
    public static double poissonRelativeStandardError(double count) {
        Checks.nonNegative(count, "count");
        return count == 0 ? Double.POSITIVE_INFINITY : 1 / Math.sqrt(count);
    }

    /** RSE of a proportion x/n: √(p(1 − p)/n) ÷ p, +∞ for x = 0, 0 for x = n. */
    public static double proportionRelativeStandardError(double trials, double successes) {
        IntervalChecks.binomial(trials, successes, ConfidenceInterval.DEFAULT_CONFIDENCE_LEVEL);
        if (successes == 0) {
            return Double.POSITIVE_INFINITY;
        }
        double p = successes / trials;
        return Math.sqrt(p * (1 - p) / trials) / p;
    }

    /** A rate on fewer than 20 events or with RSE &gt; 30 %. */
    public static boolean unreliableRate(double events) {
        return events < MIN_EVENTS || poissonRelativeStandardError(events) > MAX_RELATIVE_STANDARD_ERROR;
    }

    /** A proportion whose RSE exceeds 30 %. */
    public static boolean unreliableProportion(double trials, double successes) {
        return proportionRelativeStandardError(trials, successes) > MAX_RELATIVE_STANDARD_ERROR;
    }
}
