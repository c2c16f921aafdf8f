package vn.binhdang.stats.survey;

import java.io.Serializable;
import java.util.List;

import vn.binhdang.stats.interval.ConfidenceInterval;
import vn.binhdang.stats.interval.WilsonScoreInterval;
import vn.binhdang.stats.internal.Checks;
import vn.binhdang.stats.internal.Distributions;

/**
 * A proportion estimated from weighted survey records within a domain (employed women: the share who are
 * wage workers), with its design-based standard error by Taylor linearisation of the ratio estimator, for a
 * stratified single-stage design sampled with replacement (each record its own primary unit, the strata
 * given; the survey's own strata and clusters where the records carry them, else the communes as strata).
 *
 * <p>With R̂ = Σ w y / Σ w x and the linearised values z<sub>hi</sub> = w<sub>hi</sub>(y<sub>hi</sub> −
 * R̂ x<sub>hi</sub>) / X̂, X̂ = Σ w x:
 * <pre>
 *   V(R̂) = Σ_h n_h/(n_h − 1) · [ Σ_i z_hi² − (Σ_i z_hi)² / n_h ]
 *   Σ_i z_hi² = (w2y_h (1 − 2R̂) + R̂² w2x_h) / X̂²      (y, x binary and y ≤ x)
 *   Σ_i z_hi  = (wy_h − R̂ wx_h) / X̂
 * </pre>
 * which is what R's {@code survey} package computes for {@code svyratio(~y, ~x, svydesign(ids = ~1,
 * strata = ~h, weights = ~w))} (Lumley T (2004), "Analysis of complex survey samples", Journal of
 * Statistical Software 9(8); Wolter KM (2007), Introduction to Variance Estimation, ch. 6). A stratum of
 * one record adds nothing (it has no within-stratum variance; R stops there unless told otherwise).
 *
 * <p>The interval is the logit interval of R's {@code svyciprop(method = "logit", df = Inf)}:
 * expit(logit R̂ ∓ z · SE / (R̂(1 − R̂))), which stays inside (0, 1). At R̂ = 0 or 1 the logit has no
 * standard error; there the interval is Wilson's with Kish's effective sample size
 * n<sub>eff</sub> = (Σ w x)² / Σ w² x (Kish L (1965), Survey Sampling, §11.7), the least a design-based
 * interval must account for. {@link #effectiveN()} is reported either way: it, not the weighted count, is
 * how many people the estimate rests on.
 */
public record DomainProportion(double estimate, double standardError, double effectiveN, long records,
                               ConfidenceInterval interval, Method method) implements Serializable {

    /** How the interval was made. */
    public enum Method { TAYLOR_LOGIT, KISH_WILSON }

    /**
     * @param strata the moments of each stratum (at least one record in the domain overall)
     * @param confidenceLevel in (0, 1)
     * @throws IllegalArgumentException when no record is in the domain (Σ w x = 0)
     */
    public static DomainProportion of(List<StratumMoments> strata, double confidenceLevel) {
        double wx = 0;
        double wy = 0;
        double w2x = 0;
        long records = 0;
        for (StratumMoments s : strata) {
            wx += s.wx();
            wy += s.wy();
            w2x += s.w2x();
            records += s.n();
        }
        if (!(wx > 0)) {
            throw new IllegalArgumentException("no weighted record in the domain: Σ w x = " + wx);
        }
        double r = Math.min(1, wy / wx);
        double v = 0;
        for (StratumMoments s : strata) {
            if (s.n() < 2) {
                continue;
            }
            double sumSq = (s.w2y() * (1 - 2 * r) + r * r * s.w2x()) / (wx * wx);
            double sum = (s.wy() - r * s.wx()) / wx;
            v += (double) s.n() / (s.n() - 1) * Math.max(0, sumSq - sum * sum / s.n());
        }
        double se = Math.sqrt(v);
        double nEff = w2x > 0 ? wx * wx / w2x : 0;
        double z = Distributions.normalCritical(confidenceLevel);
        if (r > 0 && r < 1 && se > 0) {
            double logit = Math.log(r / (1 - r));
            double half = z * se / (r * (1 - r));
            return new DomainProportion(r, se, nEff, records,
                    new ConfidenceInterval(expit(logit - half), expit(logit + half), confidenceLevel),
                    Method.TAYLOR_LOGIT);
        }
        ConfidenceInterval w = new WilsonScoreInterval().createInterval(Math.max(nEff, 1e-9), r * Math.max(nEff, 1e-9),
                confidenceLevel);
        return new DomainProportion(r, se, nEff, records, w, Method.KISH_WILSON);
    }

    /**
     * The size of a simple random sample that would give this precision: p(1 − p) / SE², Kish's effective
     * sample size n / deff (Kish L (1965), Survey Sampling, §8.2), recovered from a published estimate and
     * its interval, so that a funnel plot can place a survey estimate where its precision puts it rather than at
     * its weighted count. From logit limits: SE = p(1 − p) · (logit u − logit l) / (2z), hence
     * n = (2z / (logit u − logit l))² / (p(1 − p)). From Wilson's at p = 0 (upper u = z² / (n + z²)):
     * n = z²(1 − u) / u; at p = 1 (lower l = n / (n + z²)): n = z² l / (1 − l).
     *
     * @param estimate the proportion, in [0, 1]
     * @param interval its limits, as {@link #of} makes them for {@code method}
     * @return the equivalent size; NaN when the interval has no width (nothing to recover)
     */
    public static double equivalentSize(double estimate, ConfidenceInterval interval, Method method) {
        Checks.closedUnit(estimate, "estimate");
        double z = Distributions.normalCritical(interval.confidenceLevel());
        double l = interval.lower();
        double u = interval.upper();
        if (method == Method.TAYLOR_LOGIT) {
            if (!(l > 0 && u < 1 && u > l && estimate > 0 && estimate < 1)) {
                return Double.NaN;
            }
            double width = Math.log(u / (1 - u)) - Math.log(l / (1 - l));
            return Math.pow(2 * z / width, 2) / (estimate * (1 - estimate));
        }
        if (estimate <= 0.5) {
            return u > 0 && u < 1 ? z * z * (1 - u) / u : Double.NaN;
        }
        return l > 0 && l < 1 ? z * z * l / (1 - l) : Double.NaN;
    }

    private static double expit(double x) {
        return 1 / (1 + Math.exp(-x));
    }
}
