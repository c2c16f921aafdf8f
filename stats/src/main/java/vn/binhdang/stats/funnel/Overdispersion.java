package vn.binhdang.stats.funnel;

import java.util.Arrays;

import vn.binhdang.stats.internal.Checks;
import vn.binhdang.stats.internal.Distributions;

/**
 * Estimates over-dispersion of units around a funnel target from Winsorised z-scores (Spiegelhalter DJ (2005),
 * "Handling over-dispersion of performance indicators", Quality and Safety in Health Care 14:347–351; also
 * Statistics in Medicine 24:1185–1202, §6):
 * <pre>
 *   z_i   = (y_i − θ) / s_i
 *   z_w   = z_i Winsorised: values below the q-quantile set to it, above the (1 − q)-quantile set to it
 *   φ     = (1/I) Σ z_w²
 *   over-dispersed when Iφ &gt; I − 1;  test p-value P(χ²_{I−1} &gt; Iφ)
 *   τ²    = max(0, (Iφ − (I − 1)) / (Σ w_i − Σ w_i² / Σ w_i)),   w_i = 1/s_i²   (DerSimonian–Laird)
 * </pre>
 * Multiplicative adjustment: z/√φ and limits widened by √φ; additive: z = (y − θ)/√(s² + τ²). See
 * {@link OverdispersionEstimate}.
 *
 * <p>Conventions: quantiles for Winsorising are R's default type 7 (linear interpolation between order
 * statistics, h = (I − 1)q); default q = 0.1. The chi-square test uses I − 1 degrees of freedom (θ is usually the
 * pooled district value, estimated from the same units). All units on target (every z = 0) gives φ = 0, not
 * over-dispersed, τ² = 0, p-value 1.
 */
public final class Overdispersion {

    /** Default fraction Winsorised in each tail. */
    public static final double DEFAULT_WINSOR_FRACTION = 0.1;

    private Overdispersion() {
    }

    /** Estimate with 10 % Winsorising in each tail. */
    public static OverdispersionEstimate estimate(double theta, double[] values, double[] standardErrors) {
        return estimate(theta, values, standardErrors, DEFAULT_WINSOR_FRACTION);
    }

    /**
     * @param theta funnel target (e.g. the district value)
     * @param values unit values y_i (proportions or rates, same scale as θ)
     * @param standardErrors s_i &gt; 0 under the target, e.g. {@link FunnelZScore#proportionStandardError}
     * @param winsorFraction q in [0, 0.5)
     * @throws org.apache.commons.math3.exception.NumberIsTooSmallException with fewer than 2 units
     */
    public static OverdispersionEstimate estimate(double theta, double[] values, double[] standardErrors,
                                                  double winsorFraction) {
        Checks.finite(theta, "theta");
        Checks.finiteArray(values, "values");
        Checks.finiteArray(standardErrors, "standard errors");
        Checks.sameLength(standardErrors.length, values.length, "standard errors", "values");
        Checks.atLeast(values.length, 2, "number of units", "2");
        if (!(winsorFraction >= 0 && winsorFraction < 0.5)) {
            throw new IllegalArgumentException("Winsorising fraction must be in [0, 0.5), got " + winsorFraction);
        }
        int units = values.length;
        double[] z = new double[units];
        double sumW = 0;
        double sumW2 = 0;
        for (int i = 0; i < units; i++) {
            double s = Checks.positive(standardErrors[i], "standard errors[" + i + "]");
            z[i] = (values[i] - theta) / s;
            double w = 1 / (s * s);
            sumW += w;
            sumW2 += w * w;
        }
        double[] sorted = z.clone();
        Arrays.sort(sorted);
        double low = quantileType7(sorted, winsorFraction);
        double high = quantileType7(sorted, 1 - winsorFraction);
        double sumZ2 = 0;
        for (double zi : z) {
            double zw = Math.min(high, Math.max(low, zi));
            sumZ2 += zw * zw;
        }
        double phi = sumZ2 / units;
        double statistic = units * phi;
        boolean over = statistic > units - 1;
        double tau2 = over ? (statistic - (units - 1)) / (sumW - sumW2 / sumW) : 0;
        double p = Distributions.chiSquareUpperTail(statistic, units - 1);
        return new OverdispersionEstimate(theta, units, winsorFraction, phi, p, over, tau2);
    }

    /** R's type-7 quantile of sorted data. */
    static double quantileType7(double[] sorted, double q) {
        double h = (sorted.length - 1) * q;
        int lo = (int) Math.floor(h);
        int hi = Math.min(sorted.length - 1, lo + 1);
        return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
    }
}
