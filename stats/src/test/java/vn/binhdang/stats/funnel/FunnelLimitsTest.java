package vn.binhdang.stats.funnel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.binhdang.stats.Assertions2.assertRel;

import org.apache.commons.math3.exception.NotStrictlyPositiveException;
import org.apache.commons.math3.exception.OutOfRangeException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * References: R 4.2.2, Spiegelhalter's interpolation written with base R,
 * {@code r <- qbinom(p, n, theta); a <- (pbinom(r, n, theta) - p) / (pbinom(r, n, theta) - pbinom(r - 1, n, theta));
 * (r - a) / n} and the same with {@code qpois/ppois} at mean {@code theta * n}, for p = 0.001, 0.025, 0.975, 0.999;
 * printed with %.17g. Negative R values are the unclamped interpolation (clamped to 0 here).
 */
class FunnelLimitsTest {

    private static void checkBand(FunnelBand band, double l998, double l95, double u95, double u998) {
        assertRel(band.lower998(), Math.max(0, l998), "lower 99.8");
        assertRel(band.lower95(), Math.max(0, l95), "lower 95");
        assertRel(band.upper95(), u95, "upper 95");
        assertRel(band.upper998(), u998, "upper 99.8");
    }

    @ParameterizedTest(name = "theta {0}, n {1}")
    @CsvSource({
            "0.3, 10, -0.096459866825358564, -0.011496670633964066, 0.56080214035407594, 0.7408091654077672",
            "0.3, 50, 0.10312998454753808, 0.16613938031193454, 0.42013588671688029, 0.49906958854803607",
            "0.3, 200, 0.20052326021092864, 0.23503053706865695, 0.3620407753492052, 0.40010540622820101",
            "0.3, 1000, 0.25530281971649693, 0.27128141701496644, 0.3280889283342085, 0.34483037460973182",
            "0.02, 20, -0.049925105747511446, -0.048127643687786055, 0.083029330102113386, 0.14690585711869145",
            "0.85, 40, 0.63981470807209795, 0.71814710144246718, 0.94116706404189843, 0.98335886360887481"})
    void exactBinomialMatchesR(double theta, double n, double l998, double l95, double u95, double u998) {
        checkBand(FunnelLimits.exactBinomial(theta, n), l998, l95, u95, u998);
    }

    @ParameterizedTest(name = "theta {0}, n {1}")
    @CsvSource({
            "0.0003, 2000, -0.00049908894059980471, -0.00047722351499511863, 0.00099046063994651773, 0.0018978408879739106",
            "0.0003, 20000, -2.9828560325363263e-05, 5.857144399255103e-05, 0.00053910727248135913, 0.00072246010293605743",
            "0.05, 400, 0.017922967769426049, 0.028012502596122105, 0.071864421675100654, 0.086783821434496242",
            "0.05, 37.5, -0.026492778156791196, -0.022319453919779925, 0.12204498030239161, 0.18375505561539682"})
    void exactPoissonMatchesR(double theta, double n, double l998, double l95, double u95, double u998) {
        checkBand(FunnelLimits.exactPoisson(theta, n), l998, l95, u95, u998);
    }

    /** R 4.2.2: {@code theta + qnorm(p) * sqrt(theta * (1 - theta) / n)} and {@code theta + qnorm(p) * sqrt(theta / n)}. */
    @Test
    void normalApproximationMatchesR() {
        checkBand(FunnelLimits.normalBinomial(0.3, 50), 0.099730057258834742, 0.17297981637977639,
                0.42702018362022354, 0.50026994274116521);
        checkBand(FunnelLimits.normalBinomial(0.02, 20), -0.076739573040000425, -0.041356577840360703,
                0.081356577840360697, 0.11673957304000043);
        checkBand(FunnelLimits.normalPoisson(0.05, 400), 0.015450152485714137, 0.028086936485585468,
                0.071913063514414538, 0.084549847514285875);
    }

    @Test
    void limitsNarrowAsDenominatorGrowsAndInterpolationIsSmooth() {
        double previousWidth = Double.POSITIVE_INFINITY;
        for (int n = 20; n <= 400; n++) {
            FunnelBand b = FunnelLimits.exactBinomial(0.3, n);
            double width = b.upper998() - b.lower998();
            // the interpolated limits are nearly monotone in n: allow small wiggles from discreteness
            assertThat(width).isLessThan(previousWidth + 0.01);
            previousWidth = width;
            assertThat(b.lower95()).isLessThanOrEqualTo(0.3);
            assertThat(b.upper95()).isGreaterThanOrEqualTo(0.3);
        }
    }

    @Test
    void degenerateTargetsAndZeroRate() {
        assertThat(FunnelLimits.exactBinomial(0, 30)).isEqualTo(new FunnelBand(0, 0, 0, 0));
        assertThat(FunnelLimits.exactBinomial(1, 30)).isEqualTo(new FunnelBand(1, 1, 1, 1));
        assertThat(FunnelLimits.exactPoisson(0, 1000)).isEqualTo(new FunnelBand(0, 0, 0, 0));
        // n = 1
        FunnelBand one = FunnelLimits.exactBinomial(0.5, 1);
        assertThat(one.lower998()).isZero();
        assertThat(one.upper998()).isLessThanOrEqualTo(1.0);
    }

    @Test
    void classifiesUnits() {
        FunnelBand b = FunnelLimits.exactBinomial(0.3, 200);
        assertThat(b.classify(0.3)).isEqualTo(FunnelPosition.INSIDE);
        assertThat(b.classify(b.upper95())).isEqualTo(FunnelPosition.INSIDE);
        assertThat(b.classify(0.38)).isEqualTo(FunnelPosition.HIGH_95);
        assertThat(b.classify(0.45)).isEqualTo(FunnelPosition.HIGH_998);
        assertThat(b.classify(0.22)).isEqualTo(FunnelPosition.LOW_95);
        assertThat(b.classify(0.10)).isEqualTo(FunnelPosition.LOW_998);
        assertThat(FunnelPosition.LOW_998.beyond95()).isTrue();
        assertThat(FunnelPosition.HIGH_95.beyond998()).isFalse();
        // zero events where the lower limit is clamped at 0: inside
        assertThat(FunnelLimits.exactPoisson(0.0003, 2000).classify(0)).isEqualTo(FunnelPosition.INSIDE);
    }

    @Test
    void rejectsInvalidArguments() {
        assertThatThrownBy(() -> FunnelLimits.exactBinomialLimit(0.3, 12.5, 0.975))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("whole number");
        assertThatThrownBy(() -> FunnelLimits.exactBinomialLimit(0.3, 0, 0.975))
                .isInstanceOf(NotStrictlyPositiveException.class);
        assertThatThrownBy(() -> FunnelLimits.exactBinomialLimit(1.2, 10, 0.975)).isInstanceOf(OutOfRangeException.class);
        assertThatThrownBy(() -> FunnelLimits.exactPoissonLimit(0.1, 10, 1)).isInstanceOf(OutOfRangeException.class);
        assertThatThrownBy(() -> new FunnelBand(0.2, 0.1, 0.3, 0.4)).isInstanceOf(IllegalArgumentException.class);
    }
}
