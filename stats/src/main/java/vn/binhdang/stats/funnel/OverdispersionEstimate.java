package vn.binhdang.stats.funnel;

import java.io.Serializable;

import vn.binhdang.stats.internal.Checks;
import vn.binhdang.stats.internal.Distributions;

/**
 * Over-dispersion of a set of units around a funnel target, and the two ways to allow for it
 * (Spiegelhalter 2005, Quality and Safety in Health Care 14:347–351). Built by {@link Overdispersion}.
 *
 * @param theta the funnel target θ
 * @param units number of units I
 * @param winsorFraction fraction Winsorised in each tail
 * @param phi φ = (1/I) Σ z<sub>w</sub>², the mean squared Winsorised z-score
 * @param chiSquarePValue P(χ²<sub>I−1</sub> &gt; Iφ), the test of no over-dispersion
 * @param overdispersed whether Iφ &gt; I − 1, the condition under which τ² &gt; 0
 * @param tau2 DerSimonian–Laird between-unit variance τ² (0 when not over-dispersed)
 */
public record OverdispersionEstimate(double theta, int units, double winsorFraction, double phi,
                                     double chiSquarePValue, boolean overdispersed, double tau2) implements Serializable {

    /**
     * Multiplicative inflation √φ applied to limits and z-scores: √φ when over-dispersed and φ &gt; 1,
     * otherwise 1 (under-dispersion never narrows the funnel).
     */
    public double inflationFactor() {
        return overdispersed && phi > 1 ? Math.sqrt(phi) : 1;
    }

    /** Multiplicative adjustment of a z-score: z / √φ. */
    public double multiplicativeZ(double z) {
        Checks.finite(z, "z-score");
        return z / inflationFactor();
    }

    /** Multiplicative adjustment of a funnel limit: θ + (limit − θ)·√φ. Not clamped. */
    public double multiplicativeLimit(double limit) {
        Checks.finite(limit, "limit");
        return theta + (limit - theta) * inflationFactor();
    }

    /** Standard error of a unit under the additive random-effects model: √(s² + τ²). */
    public double additiveStandardError(double standardError) {
        Checks.positive(standardError, "standard error");
        return Math.sqrt(standardError * standardError + tau2);
    }

    /** Additive adjustment of a z-score: (y − θ) / √(s² + τ²). */
    public double additiveZ(double value, double standardError) {
        Checks.finite(value, "value");
        return (value - theta) / additiveStandardError(standardError);
    }

    /** Additive funnel limit θ + z<sub>p</sub>·√(s² + τ²) for a unit with standard error s. Not clamped. */
    public double additiveLimit(double standardError, double p) {
        Checks.openUnit(p, "probability");
        return theta + Distributions.normalQuantile(p) * additiveStandardError(standardError);
    }
}
