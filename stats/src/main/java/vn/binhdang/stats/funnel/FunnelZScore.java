package vn.binhdang.stats.funnel;

import vn.binhdang.stats.internal.Checks;

/**
 * z-scores of a unit against a funnel target, the inputs of {@link Overdispersion} (Spiegelhalter 2005,
 * Statistics in Medicine 24:1185–1202, §3; Spiegelhalter 2005, Quality and Safety in Health Care 14:347–351):
 * <pre>
 *   proportion:  z = (y − θ) / √( θ(1 − θ)/n ),   y = x/n
 *   rate:        z = (y − θ) / √( θ/n ),          y = d/n  (Poisson)
 * </pre>
 * The target must be strictly inside its range (0 &lt; θ &lt; 1, θ &gt; 0): at θ = 0 or 1 the standard error is 0
 * and no z-score exists (a funnel around zero cannot rank units), so these throw.
 */
public final class FunnelZScore {

    private FunnelZScore() {
    }

    /** Standard error √(θ(1 − θ)/n) of a proportion under the target. */
    public static double proportionStandardError(double theta, double n) {
        Checks.openUnit(theta, "target proportion");
        Checks.positive(n, "denominator");
        return Math.sqrt(theta * (1 - theta) / n);
    }

    /** Standard error √(θ/n) of a Poisson rate under the target. */
    public static double poissonStandardError(double theta, double n) {
        Checks.positive(theta, "target rate");
        Checks.positive(n, "denominator");
        return Math.sqrt(theta / n);
    }

    /** z-score of a proportion y (in [0, 1]) with denominator n. */
    public static double proportion(double y, double theta, double n) {
        Checks.closedUnit(y, "proportion");
        return (y - theta) / proportionStandardError(theta, n);
    }

    /** z-score of a rate y (per unit, ≥ 0) with denominator n. */
    public static double poisson(double y, double theta, double n) {
        Checks.nonNegative(y, "rate");
        return (y - theta) / poissonStandardError(theta, n);
    }
}
