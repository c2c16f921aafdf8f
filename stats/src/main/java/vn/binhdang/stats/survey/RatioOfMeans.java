package vn.binhdang.stats.survey;

import java.io.Serializable;

import vn.binhdang.stats.interval.ConfidenceInterval;
import vn.binhdang.stats.internal.Checks;
import vn.binhdang.stats.internal.Distributions;

/**
 * The ratio of two survey means reported with their standard errors (women's mean weekly hours of unpaid
 * care over men's), with a delta-method interval on the log scale.
 *
 * <p>With means m<sub>1</sub>, m<sub>2</sub> > 0 and standard errors s<sub>1</sub>, s<sub>2</sub> of two
 * independent estimates (two disjoint domains of a survey, whose covariance the reported figures do not
 * give), R̂ = m<sub>1</sub> / m<sub>2</sub> and, to first order (the delta method: Casella G, Berger RL
 * (2002), Statistical Inference, 2nd ed., §5.5.4; Wolter KM (2007), Introduction to Variance Estimation,
 * §6.3):
 * <pre>
 *   SE(log R̂) = √( (s₁/m₁)² + (s₂/m₂)² )        SE(R̂) = R̂ · SE(log R̂)
 *   interval   = R̂ · exp(∓ z · SE(log R̂))
 * </pre>
 * The log scale keeps the limits positive and makes the interval of m₂/m₁ the reciprocal of this one. When
 * the two estimates are positively correlated (women and men of the same sampled households) the true
 * variance is smaller by 2 cov/(m₁ m₂), so the interval errs on the wide side. This is the interval R's
 * {@code survey} package gives for {@code svycontrast(stat, quote(log(F/M)))} on the two means with a
 * diagonal covariance, exponentiated (checked in the tests).
 */
public record RatioOfMeans(double estimate, double standardError, double logStandardError,
                           ConfidenceInterval interval) implements Serializable {

    /**
     * @param numeratorMean the first mean, positive
     * @param numeratorSe its standard error, not negative
     * @param denominatorMean the second mean, positive
     * @param denominatorSe its standard error, not negative
     * @param confidenceLevel in (0, 1)
     * @throws IllegalArgumentException when a mean is not positive, a standard error is negative or either
     *     is not finite, or the level is outside (0, 1)
     */
    public static RatioOfMeans of(double numeratorMean, double numeratorSe, double denominatorMean,
                                  double denominatorSe, double confidenceLevel) {
        Checks.positive(numeratorMean, "numerator mean");
        Checks.nonNegative(numeratorSe, "numerator standard error");
        Checks.positive(denominatorMean, "denominator mean");
        Checks.nonNegative(denominatorSe, "denominator standard error");
        double z = Distributions.normalCritical(Checks.confidenceLevel(confidenceLevel));
        double r = numeratorMean / denominatorMean;
        double a = numeratorSe / numeratorMean;
        double b = denominatorSe / denominatorMean;
        double logSe = Math.sqrt(a * a + b * b);
        return new RatioOfMeans(r, r * logSe, logSe,
                new ConfidenceInterval(r * Math.exp(-z * logSe), r * Math.exp(z * logSe), confidenceLevel));
    }

    /** The relative standard error of the ratio, SE(R̂)/R̂ (equal to SE(log R̂) to first order). */
    public double relativeStandardError() {
        return logStandardError;
    }
}
