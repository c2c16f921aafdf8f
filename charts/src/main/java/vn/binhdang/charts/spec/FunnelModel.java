package vn.binhdang.charts.spec;

import java.util.Set;
import vn.binhdang.charts.release.IndicatorDef;
import vn.binhdang.charts.release.IndicatorValue;
import vn.binhdang.stats.funnel.FunnelBand;
import vn.binhdang.stats.funnel.FunnelLimits;
import vn.binhdang.stats.funnel.FunnelZScore;
import vn.binhdang.stats.funnel.OverdispersionEstimate;
import vn.binhdang.stats.interval.ConfidenceInterval;
import vn.binhdang.stats.survey.DomainProportion;

/** How an indicator is put on the natural scale of its funnel (as the commune mart does). */
enum FunnelModel {
    /** Proportions: exact binomial, p = value / multiplier. */
    BINOMIAL,
    /**
     * Proportions estimated from the weighted survey records (design-based intervals): each commune at its
     * design-equivalent sample size p(1 − p)/SE², recovered from its published interval, with normal limits
     * there; its weighted count would claim every represented person as sampled.
     */
    SURVEY,
    /** Rates and gross ratios: exact Poisson, events per unit of denominator. */
    POISSON,
    /** Sex ratio at birth: binomial on p = boys / births, shown as multiplier·p/(1 − p). */
    SEX_RATIO;

    /** The ci_methods of design-based intervals, as {@code fct_indicator} names them. */
    static final Set<String> DESIGN_METHODS = Set.of("taylor_logit", "kish_wilson");

    static FunnelModel of(IndicatorDef ind, CommuneView view) {
        return switch (ind.kind()) {
            case RATE, GROSS_RATIO -> POISSON;
            case SEX_RATIO -> SEX_RATIO;
            default -> view.visible().stream().anyMatch(e -> DESIGN_METHODS.contains(e.value().ciMethod()))
                    ? SURVEY : BINOMIAL;
        };
    }

    /** The district's value on the natural scale, from its counts where it has them. */
    double theta(IndicatorValue district, double scale) {
        Double num = district.numerator();
        Double den = district.denominator();
        if (num != null && den != null) {
            double size = this == SEX_RATIO ? num + den : den;
            if (size > 0) {
                return num / size;
            }
        }
        return natural(district, scale);
    }

    /** A value on the natural scale (p or events per unit). */
    double natural(IndicatorValue v, double scale) {
        Double num = v.numerator();
        Double size = size(v, scale);
        if (this != SURVEY && num != null && size != null && size > 0) {
            return num / size;
        }
        double r = v.value() / scale;
        return this == SEX_RATIO ? r / (1 + r) : r;
    }

    /**
     * The funnel's x: the denominator, the births (boys + girls) for the sex ratio, or a survey estimate's
     * design-equivalent size (null when its interval gives none).
     */
    Double size(IndicatorValue v, double scale) {
        if (this == SURVEY) {
            if (v.value() == null || v.ciLower() == null || v.ciUpper() == null
                    || !DESIGN_METHODS.contains(v.ciMethod())) {
                return null;
            }
            double n = DomainProportion.equivalentSize(Math.min(1, Math.max(0, v.value() / scale)),
                    new ConfidenceInterval(v.ciLower() / scale, v.ciUpper() / scale, 0.95),
                    v.ciMethod().equals("taylor_logit") ? DomainProportion.Method.TAYLOR_LOGIT
                            : DomainProportion.Method.KISH_WILSON);
            return Double.isFinite(n) && n > 0 ? n : null;
        }
        if (v.denominator() == null) {
            return null;
        }
        if (this == SEX_RATIO) {
            return v.numerator() == null ? null : v.numerator() + v.denominator();
        }
        return v.denominator();
    }

    /** The message suffix of the x axis: the denominator's measure, or "design" for a survey funnel. */
    String sizeMeasure(IndicatorDef ind) {
        if (this == SURVEY) {
            return "design";
        }
        return ind.denominator() == null ? "" : ind.denominator().replaceAll("\\[.*]$", "");
    }

    /** Whether the curves are drawn at whole sizes only (counts of persons or births). */
    boolean wholeSizes() {
        return this == BINOMIAL || this == SEX_RATIO;
    }

    FunnelBand limits(double theta, double n) {
        if (this == POISSON) {
            return FunnelLimits.exactPoisson(theta, n);
        }
        return this != SURVEY && n == Math.rint(n) ? FunnelLimits.exactBinomial(theta, n)
                : FunnelLimits.normalBinomial(theta, n);
    }

    FunnelBand additive(OverdispersionEstimate od, double theta, double n) {
        double se = this == POISSON ? FunnelZScore.poissonStandardError(theta, n)
                : FunnelZScore.proportionStandardError(theta, n);
        double top = this == POISSON ? Double.POSITIVE_INFINITY : 1;
        return new FunnelBand(clamp(od.additiveLimit(se, FunnelLimits.P998_LOWER), top),
                clamp(od.additiveLimit(se, FunnelLimits.P95_LOWER), top),
                clamp(od.additiveLimit(se, FunnelLimits.P95_UPPER), top),
                clamp(od.additiveLimit(se, FunnelLimits.P998_UPPER), top));
    }

    private static double clamp(double v, double top) {
        return Math.min(top, Math.max(0, v));
    }

    /** A natural-scale limit in the indicator's unit; null where it is infinite (p = 1 for the sex ratio). */
    Double shown(double natural, double scale) {
        if (this == SEX_RATIO) {
            return natural >= 1 ? null : scale * natural / (1 - natural);
        }
        return scale * natural;
    }
}
