package vn.binhdang.stats.smoothing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.binhdang.stats.Assertions2.assertRel;

import org.apache.commons.math3.exception.DimensionMismatchException;
import org.apache.commons.math3.exception.NotStrictlyPositiveException;
import org.apache.commons.math3.exception.NumberIsTooLargeException;
import org.junit.jupiter.api.Test;

/**
 * References: R 4.2.2. Poisson–gamma: the body of {@code spdep::EBest} (spdep R/EBI.R, Marshall 1991 global
 * estimator) in base R. Beta–binomial: moment estimate A = (s² − m(1−m)/n̄)/(1 − 1/n̄) and the Beta posterior
 * mean written as {@code (x + m*ab) / (n + ab)} with {@code ab = m*(1-m)/A - 1} (a different expression from the
 * one implemented). Printed with %.17g.
 */
class EmpiricalBayesTest {

    private static void checkAll(EmpiricalBayesFit fit, double[] expected) {
        assertThat(fit.estimates()).hasSize(expected.length);
        for (int i = 0; i < expected.length; i++) {
            assertRel(fit.estimates().get(i).smoothed(), expected[i], "unit " + i);
        }
    }

    @Test
    void poissonGammaMatchesSpdepEBest() {
        double[] births = {30, 4, 55, 12, 8, 70, 21};
        double[] women = {400, 150, 620, 380, 90, 700, 260};
        EmpiricalBayesFit fit = EmpiricalBayes.poissonGamma(births, women);
        assertRel(fit.priorMean(), 0.076923076923076927, "m");
        assertRel(fit.priorVariance(), 0.00042262858743856533, "A");
        assertThat(fit.fullShrinkage()).isFalse();
        checkAll(fit, new double[] {0.075601399685443341, 0.054217623819837843, 0.086034787070017715,
                0.04626394852470981, 0.080882191965627251, 0.095237865589377621, 0.079185463754319202});
        // shrinkage is stronger for smaller denominators: commune 1 (150) vs commune 5 (700)
        assertThat(fit.estimates().get(1).weight()).isLessThan(fit.estimates().get(5).weight());
        assertThat(fit.smoothedValues()).hasSize(7);
    }

    @Test
    void poissonGammaWithNegativeVarianceShrinksFully() {
        double[] deaths = {1, 0, 3, 2, 0, 1, 4};
        double[] births = {800, 650, 900, 1200, 500, 700, 1500};
        EmpiricalBayesFit fit = EmpiricalBayes.poissonGamma(deaths, births);
        assertThat(fit.fullShrinkage()).isTrue();
        assertThat(fit.priorVariance()).isZero();
        for (SmoothedEstimate e : fit.estimates()) {
            assertThat(e.smoothed()).isEqualTo(0.00176);
            assertThat(e.weight()).isZero();
        }
        assertRel(fit.estimates().get(2).raw(), 3.0 / 900, "raw kept");
    }

    @Test
    void poissonGammaIsTheGammaPosteriorMean() {
        double[] y = {30, 4, 55, 12, 8, 70, 21};
        double[] n = {400, 150, 620, 380, 90, 700, 260};
        EmpiricalBayesFit fit = EmpiricalBayes.poissonGamma(y, n);
        double m = fit.priorMean();
        double a = fit.priorVariance();
        double shape = m * m / a;
        double rate = m / a;
        for (int i = 0; i < y.length; i++) {
            assertRel(fit.estimates().get(i).smoothed(), (y[i] + shape) / (n[i] + rate), 1e-12, "posterior mean " + i);
        }
    }

    @Test
    void betaBinomialMatchesPosteriorMeanInR() {
        double[] x = {12, 30, 8, 45, 20, 5, 60};
        double[] n = {20, 40, 15, 50, 35, 12, 70};
        EmpiricalBayesFit fit = EmpiricalBayes.betaBinomial(x, n);
        assertRel(fit.priorMean(), 0.74380165289256195, "m");
        assertRel(fit.priorVariance(), 0.017825191736824324, "A");
        checkAll(fit, new double[] {0.64693463773129722, 0.74879121292201034, 0.61593786289004049,
                0.87464179292450395, 0.60880531702431895, 0.562818534298964, 0.84336033644334352});
        for (SmoothedEstimate e : fit.estimates()) {
            assertThat(e.smoothed()).isBetween(Math.min(e.raw(), fit.priorMean()), Math.max(e.raw(), fit.priorMean()));
            assertThat(e.weight()).isBetween(0.0, 1.0);
        }
    }

    @Test
    void betaBinomialWithoutExtraVariationShrinksFully() {
        double[] x = {10, 22, 7, 26, 18, 6, 36};
        double[] n = {20, 40, 15, 50, 35, 12, 70};
        EmpiricalBayesFit fit = EmpiricalBayes.betaBinomial(x, n);
        assertThat(fit.fullShrinkage()).isTrue();
        assertRel(fit.estimates().get(0).smoothed(), 0.51652892561983466, "m");
    }

    @Test
    void edgeCases() {
        // all zero counts
        EmpiricalBayesFit zeros = EmpiricalBayes.poissonGamma(new double[] {0, 0, 0}, new double[] {100, 200, 50});
        assertThat(zeros.fullShrinkage()).isTrue();
        assertThat(zeros.smoothedValues()).containsExactly(0, 0, 0);
        // all units identical
        EmpiricalBayesFit same = EmpiricalBayes.betaBinomial(new double[] {5, 10}, new double[] {10, 20});
        assertThat(same.smoothedValues()).containsExactly(0.5, 0.5);
        // a single unit
        EmpiricalBayesFit one = EmpiricalBayes.poissonGamma(new double[] {3}, new double[] {1000});
        assertThat(one.smoothedValues()).containsExactly(0.003);
        // single trials: not identifiable
        EmpiricalBayesFit bernoulli = EmpiricalBayes.betaBinomial(new double[] {1, 0, 1, 0}, new double[] {1, 1, 1, 1});
        assertThat(bernoulli.fullShrinkage()).isTrue();
        // extreme heterogeneity (all or nothing): no shrinkage
        EmpiricalBayesFit extreme = EmpiricalBayes.betaBinomial(new double[] {0, 50, 0, 50}, new double[] {50, 50, 50, 50});
        assertThat(extreme.smoothedValues()).containsExactly(0, 1, 0, 1);
        assertThat(extreme.estimates().get(1).weight()).isEqualTo(1.0);
    }

    @Test
    void rejectsBadInput() {
        assertThatThrownBy(() -> EmpiricalBayes.poissonGamma(new double[] {1, 2}, new double[] {10, 0}))
                .isInstanceOf(NotStrictlyPositiveException.class).hasMessageContaining("exposures[1]");
        assertThatThrownBy(() -> EmpiricalBayes.betaBinomial(new double[] {11}, new double[] {10}))
                .isInstanceOf(NumberIsTooLargeException.class);
        assertThatThrownBy(() -> EmpiricalBayes.poissonGamma(new double[] {1, 2}, new double[] {10}))
                .isInstanceOf(DimensionMismatchException.class);
        assertThatThrownBy(() -> EmpiricalBayes.poissonGamma(new double[0], new double[0]))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aUnitOutsideTheFitIsShrunkLikeTheUnitsInIt() {
        double[] x = {3, 12, 30, 7, 0};
        double[] n = {100, 220, 400, 150, 60};
        EmpiricalBayesFit fit = EmpiricalBayes.poissonGamma(x, n);
        for (int i = 0; i < x.length; i++) {
            org.assertj.core.api.Assertions.assertThat(EmpiricalBayes.poissonGammaEstimate(fit, x[i], n[i]))
                    .isCloseTo(fit.estimates().get(i).smoothed(), org.assertj.core.api.Assertions.within(1e-15));
        }
        double[] s = {30, 60, 45, 20, 70};
        double[] t = {100, 120, 150, 90, 140};
        EmpiricalBayesFit beta = EmpiricalBayes.betaBinomial(s, t);
        for (int i = 0; i < s.length; i++) {
            org.assertj.core.api.Assertions.assertThat(EmpiricalBayes.betaBinomialEstimate(beta, s[i], t[i]))
                    .isCloseTo(beta.estimates().get(i).smoothed(), org.assertj.core.api.Assertions.within(1e-15));
        }
    }
}
