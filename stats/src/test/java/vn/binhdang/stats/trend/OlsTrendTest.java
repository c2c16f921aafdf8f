package vn.binhdang.stats.trend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.binhdang.stats.Assertions2.assertInterval;
import static vn.binhdang.stats.Assertions2.assertRel;
import static vn.binhdang.stats.trend.TrendFixtures.*;

import org.apache.commons.math3.exception.DimensionMismatchException;
import org.apache.commons.math3.exception.NotFiniteNumberException;
import org.junit.jupiter.api.Test;

/**
 * References: R 4.2.2, {@code f <- lm(y ~ x); summary(f)$coefficients; confint(f, "x", level); summary(f)$r.squared},
 * printed with %.17g (R fits raw years, so its last 3–4 digits carry rounding: compared at 1e-9 relative).
 */
class OlsTrendTest {

    private static void check(OlsTrendResult r, double slope, double intercept, double se, double lo, double hi,
                              double p, double r2) {
        assertThat(r.status()).isEqualTo(TrendTestStatus.TESTED);
        assertRel(r.slope(), slope, "slope");
        assertRel(r.intercept(), intercept, "intercept");
        assertRel(r.slopeStandardError(), se, "se");
        assertInterval(r.slopeInterval(), lo, hi, "slope CI");
        assertRel(r.pValue(), p, 1e-8, "p");
        assertRel(r.rSquared(), r2, "r2");
    }

    @Test
    void unevenYears() {
        OlsTrendResult r = OlsTrend.fit(UNEVEN_X, UNEVEN_Y);
        check(r, 0.95294117647062671, -1878.0205882353719, 0.15087869792615397, 0.53403475413494006,
                1.3718475988063132, 0.0032143484017285607, 0.90886541171275725);
        assertThat(r.n()).isEqualTo(6);
        // 90 %: confint(f, "x", level = 0.90)
        assertInterval(OlsTrend.fit(UNEVEN_X, UNEVEN_Y, 0.90).slopeInterval(), 0.63129090917160602,
                1.2745914437696473, "90% CI");
    }

    @Test
    void tiesAndNinePoints() {
        check(OlsTrend.fit(TIES_X, TIES_Y), 0.64999999999999991, -1306.2388888888886, 0.11483828058548548,
                0.37845061671634411, 0.92154938328365565, 0.00076636598946792965, 0.82068345323740999);
    }

    @Test
    void decreasing() {
        check(OlsTrend.fit(DECREASING_X, DECREASING_Y), -3.0821428571424581, 6335.3035714277657,
                0.46359013829733031, -4.2738392458297021, -1.890446468455214, 0.0011609373418049317,
                0.89837711214256155);
    }

    @Test
    void threePointsOneDegreeOfFreedom() {
        check(OlsTrend.fit(THREE_X, THREE_Y), 0.11538461538458726, -222.15384615378935, 0.46632137126858603,
                -5.8097902008077984, 6.0405594315769733, 0.84557904168878306, 0.057692307692272085);
    }

    @Test
    void zeroSlopeWithNoise() {
        OlsTrendResult r = OlsTrend.fit(SZERO_X, SZERO_Y);
        assertThat(r.slope()).isCloseTo(0.0, org.assertj.core.data.Offset.offset(1e-15));
        assertRel(r.intercept(), 1.5, "intercept");
        assertRel(r.slopeStandardError(), 0.31622776601683794, "se");
        assertInterval(r.slopeInterval(), -1.360618260674922, 1.360618260674922, 1e-9, "CI");
        assertRel(r.pValue(), 1, "p");
    }

    @Test
    void inputOrderDoesNotMatter() {
        double[] x = {2023, 2015, 2019, 2016, 2021, 2018};
        double[] y = {50.3, 42.1, 47.2, 43.5, 46.8, 44.0};
        assertThat(OlsTrend.fit(x, y)).isEqualTo(OlsTrend.fit(UNEVEN_X, UNEVEN_Y));
    }

    @Test
    void twoPointsGiveSlopeOnly() {
        OlsTrendResult r = OlsTrend.fit(new double[] {2020, 2023}, new double[] {10, 16});
        assertThat(r.status()).isEqualTo(TrendTestStatus.TOO_FEW_POINTS);
        assertRel(r.slope(), 2, "slope");
        assertRel(r.intercept(), 10 - 2 * 2020.0, "intercept");
        assertThat(r.slopeStandardError()).isNull();
        assertThat(r.slopeInterval()).isNull();
        assertThat(r.pValue()).isNull();
        assertThat(r.rSquared()).isNull();
        assertThat(r.line().valueAt(2023)).isCloseTo(16.0, org.assertj.core.data.Offset.offset(1e-9));
    }

    @Test
    void zeroOrOnePointGiveNothing() {
        for (OlsTrendResult r : new OlsTrendResult[] {OlsTrend.fit(new double[0], new double[0]),
                OlsTrend.fit(new double[] {2020}, new double[] {3})}) {
            assertThat(r.status()).isEqualTo(TrendTestStatus.TOO_FEW_POINTS);
            assertThat(r.slope()).isNull();
            assertThat(r.intercept()).isNull();
            assertThat(r.line()).isNull();
        }
    }

    @Test
    void flatSeriesIsNoTest() {
        OlsTrendResult r = OlsTrend.fit(new double[] {2015, 2017, 2020, 2023}, new double[] {5, 5, 5, 5});
        assertThat(r.status()).isEqualTo(TrendTestStatus.FLAT_SERIES);
        assertThat(r.slope()).isEqualTo(0.0);
        assertThat(r.intercept()).isEqualTo(5.0);
        assertThat(r.pValue()).isNull();
        assertThat(r.slopeInterval()).isNull();
        assertThat(r.rSquared()).isNull();
    }

    @Test
    void exactLineHasZeroStandardErrorAndPZero() {
        OlsTrendResult r = OlsTrend.fit(new double[] {2020, 2021, 2022}, new double[] {1, 2, 3});
        assertThat(r.status()).isEqualTo(TrendTestStatus.TESTED);
        assertThat(r.slope()).isEqualTo(1.0);
        assertThat(r.slopeStandardError()).isEqualTo(0.0);
        assertThat(r.pValue()).isEqualTo(0.0);
        assertThat(r.slopeInterval().lower()).isEqualTo(1.0);
        assertThat(r.slopeInterval().upper()).isEqualTo(1.0);
        assertThat(r.rSquared()).isEqualTo(1.0);
    }

    @Test
    void rejectsBadInput() {
        assertThatThrownBy(() -> OlsTrend.fit(new double[] {2020, 2021}, new double[] {1}))
                .isInstanceOf(DimensionMismatchException.class);
        assertThatThrownBy(() -> OlsTrend.fit(new double[] {2020, 2021, 2020}, new double[] {1, 2, 3}))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("duplicate year 2020");
        assertThatThrownBy(() -> OlsTrend.fit(new double[] {2020, 2021}, new double[] {1, Double.NaN}))
                .isInstanceOf(NotFiniteNumberException.class).hasMessageContaining("values[1]");
    }
}
