package vn.binhdang.stats.smoothing;

import java.util.ArrayList;
import java.util.List;

import vn.binhdang.stats.internal.Checks;

/**
 * Global empirical-Bayes estimators by the method of moments.
 *
 * <p><b>Rates: Poisson–gamma</b> (Marshall RJ (1991), "Mapping disease and mortality rates using empirical
 * Bayes estimators", Applied Statistics 40:283–294, global estimator). For counts O_i over denominators n_i,
 * r_i = O_i/n_i, I units, N = Σ n_i:
 * <pre>
 *   m   = Σ O_i / N
 *   s²  = Σ n_i (r_i − m)² / N
 *   A   = s² − m / n̄,   n̄ = N / I          (between-unit variance of the true rates)
 *   C_i = A / (A + m / n_i)
 *   θ̂_i = m + C_i (r_i − m)
 * </pre>
 * This is the posterior mean under a gamma prior with mean m and variance A. Same as {@code spdep::EBest}.
 *
 * <p><b>Proportions: beta–binomial</b>. For x_i successes of n_i, p_i = x_i/n_i, the same moment equation
 * with the beta–binomial variance Var(p_i) = A + (m(1 − m) − A)/n_i gives
 * <pre>
 *   A   = (s² − m(1 − m)/n̄) / (1 − 1/n̄)
 *   C_i = n_i / (n_i + a + b) = A / (A + (m(1 − m) − A)/n_i),   a + b = m(1 − m)/A − 1
 *   θ̂_i = m + C_i (p_i − m)  =  (x_i + a) / (n_i + a + b)
 * </pre>
 * the exact posterior mean under a Beta(a, b) prior with mean m and variance A (Kleinman JC (1973), "Proportions
 * with extraneous variance: single and independent samples", JASA 68:46–54, for the beta–binomial moments;
 * Martuzzi M, Elliott P (1996), "Empirical Bayes estimation of small area prevalence of non-rare conditions",
 * Statistics in Medicine 15:1867–1873, for the binomial analogue of Marshall's estimator).
 *
 * <p>Edge cases (defined, no exception):
 * <ul>
 *   <li>A ≤ 0 (the units vary no more than chance allows): A = 0 and full shrinkage, every θ̂_i = m;</li>
 *   <li>all counts 0 (m = 0): full shrinkage to 0;</li>
 *   <li>beta–binomial with n̄ ≤ 1 (A not identifiable from single trials): full shrinkage;</li>
 *   <li>beta–binomial with A ≥ m(1 − m) (the largest variance a prior with mean m can have): no shrinkage,
 *       θ̂_i = p_i;</li>
 *   <li>a single unit: s² = 0, full shrinkage, θ̂ = its own value.</li>
 * </ul>
 * Denominators must be &gt; 0 (a unit with no population has no rate: leave it out).
 */
public final class EmpiricalBayes {

    private EmpiricalBayes() {
    }

    /**
     * Poisson–gamma smoothing of rates counts[i] / exposures[i] (per unit; the caller scales).
     *
     * @param counts event counts ≥ 0
     * @param exposures denominators &gt; 0 (population, live births, person-years)
     */
    public static EmpiricalBayesFit poissonGamma(double[] counts, double[] exposures) {
        Moments mo = moments(counts, exposures, false);
        double a = mo.s2 - mo.m / mo.meanDenominator;
        if (!(a > 0)) {
            return fullShrinkage(mo);
        }
        List<SmoothedEstimate> out = new ArrayList<>(mo.raw.length);
        for (int i = 0; i < mo.raw.length; i++) {
            double c = a / (a + mo.m / exposures[i]);
            out.add(new SmoothedEstimate(mo.raw[i], mo.m + c * (mo.raw[i] - mo.m), c));
        }
        return new EmpiricalBayesFit(mo.m, a, false, out);
    }

    /**
     * The smoothed rate of a unit that took no part in a Poisson–gamma fit (a commune left out of the prior,
     * say): m + c·(x/n − m) with Marshall's weight c = A / (A + m/n); m under full shrinkage.
     */
    public static double poissonGammaEstimate(EmpiricalBayesFit fit, double count, double exposure) {
        Checks.nonNegative(count, "count");
        Checks.positive(exposure, "exposure");
        if (fit.fullShrinkage()) {
            return fit.priorMean();
        }
        double c = fit.priorVariance() / (fit.priorVariance() + fit.priorMean() / exposure);
        return fit.priorMean() + c * (count / exposure - fit.priorMean());
    }

    /**
     * The smoothed proportion of a unit that took no part in a beta–binomial fit: m + c·(x/n − m) with
     * c = A / (A + (m(1 − m) − A)/n); m under full shrinkage, x/n when A reaches m(1 − m).
     */
    public static double betaBinomialEstimate(EmpiricalBayesFit fit, double successes, double trials) {
        Checks.nonNegative(successes, "successes");
        Checks.positive(trials, "trials");
        if (fit.fullShrinkage()) {
            return fit.priorMean();
        }
        double m = fit.priorMean();
        double binomialVariance = m * (1 - m);
        double a = fit.priorVariance();
        double c = a >= binomialVariance ? 1 : a / (a + (binomialVariance - a) / trials);
        return m + c * (successes / trials - m);
    }

    /**
     * Beta–binomial smoothing of proportions successes[i] / trials[i].
     *
     * @param successes x_i ≥ 0
     * @param trials n_i &gt; 0 with x_i ≤ n_i
     */
    public static EmpiricalBayesFit betaBinomial(double[] successes, double[] trials) {
        Moments mo = moments(successes, trials, true);
        double binomialVariance = mo.m * (1 - mo.m);
        if (!(mo.meanDenominator > 1)) {
            return fullShrinkage(mo);
        }
        double a = (mo.s2 - binomialVariance / mo.meanDenominator) / (1 - 1 / mo.meanDenominator);
        if (!(a > 0)) {
            return fullShrinkage(mo);
        }
        List<SmoothedEstimate> out = new ArrayList<>(mo.raw.length);
        if (a >= binomialVariance) {
            for (double p : mo.raw) {
                out.add(new SmoothedEstimate(p, p, 1));
            }
            return new EmpiricalBayesFit(mo.m, binomialVariance, false, out);
        }
        for (int i = 0; i < mo.raw.length; i++) {
            double c = a / (a + (binomialVariance - a) / trials[i]);
            out.add(new SmoothedEstimate(mo.raw[i], mo.m + c * (mo.raw[i] - mo.m), c));
        }
        return new EmpiricalBayesFit(mo.m, a, false, out);
    }

    private record Moments(double[] raw, double m, double s2, double meanDenominator) {
    }

    private static Moments moments(double[] counts, double[] denominators, boolean binomial) {
        String what = binomial ? "successes" : "counts";
        String per = binomial ? "trials" : "exposures";
        Checks.finiteArray(counts, what);
        Checks.finiteArray(denominators, per);
        Checks.sameLength(denominators.length, counts.length, per, what);
        Checks.atLeast(counts.length, 1, "number of units", "1");
        int k = counts.length;
        double sumCount = 0;
        double sumDen = 0;
        double[] raw = new double[k];
        for (int i = 0; i < k; i++) {
            Checks.nonNegative(counts[i], what + "[" + i + "]");
            Checks.positive(denominators[i], per + "[" + i + "]");
            if (binomial) {
                Checks.atMost(counts[i], denominators[i], what + "[" + i + "]", per + "[" + i + "]");
            }
            raw[i] = counts[i] / denominators[i];
            sumCount += counts[i];
            sumDen += denominators[i];
        }
        double m = sumCount / sumDen;
        double s2 = 0;
        for (int i = 0; i < k; i++) {
            double d = raw[i] - m;
            s2 += denominators[i] * d * d;
        }
        return new Moments(raw, m, s2 / sumDen, sumDen / k);
    }

    private static EmpiricalBayesFit fullShrinkage(Moments mo) {
        List<SmoothedEstimate> out = new ArrayList<>(mo.raw.length);
        for (double r : mo.raw) {
            out.add(new SmoothedEstimate(r, mo.m, 0));
        }
        return new EmpiricalBayesFit(mo.m, 0, true, out);
    }
}
