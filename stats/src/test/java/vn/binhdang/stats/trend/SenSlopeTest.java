package vn.binhdang.stats.trend;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.binhdang.stats.Assertions2.assertInterval;
import static vn.binhdang.stats.Assertions2.assertRel;
import static vn.binhdang.stats.trend.TrendFixtures.*;

import org.junit.jupiter.api.Test;

/**
 * References: SciPy 1.10.1 {@code theilslopes(y, x, alpha=0.95)} (and {@code alpha=0.90}), printed with %.17g;
 * its intercept is median(y) − slope·median(x) and its interval uses Sen's (1968) eq. 2.6 variance with the
 * rank rounding documented in {@link SenSlope}.
 */
class SenSlopeTest {

    private static void check(SenSlopeResult r, double slope, double intercept, double lo, double hi) {
        assertRel(r.slope(), slope, "slope");
        assertRel(r.intercept(), intercept, "intercept");
        assertInterval(r.interval(), lo, hi, "interval");
    }

    @Test
    void unevenYearsRespectGaps() {
        SenSlopeResult r = SenSlope.estimate(UNEVEN_X, UNEVEN_Y);
        check(r, 0.97142857142857097, -1915.4285714285704, 0.25, 1.75);
        assertThat(r.pairs()).isEqualTo(15);
        assertThat(r.intervalClamped()).isFalse();
        assertInterval(SenSlope.estimate(UNEVEN_X, UNEVEN_Y, 0.90).interval(), 0.63333333333333286, 1.3999999999999986,
                "90%");
        // ignoring the gaps (index 0..5) would give a different slope
        SenSlopeResult byIndex = SenSlope.estimate(new double[] {0, 1, 2, 3, 4, 5}, UNEVEN_Y);
        assertThat(byIndex.slope()).isNotCloseTo(r.slope(), org.assertj.core.data.Offset.offset(0.05));
    }

    @Test
    void ties() {
        check(SenSlope.estimate(TIES_X, TIES_Y), 0.66666666666666663, -1339, 0.33333333333333331, 1);
    }

    @Test
    void decreasing() {
        SenSlopeResult r = SenSlope.estimate(DECREASING_X, DECREASING_Y);
        check(r, -3.1333333333333351, 6436.6000000000031, -4.4499999999999993, -0.75);
        assertInterval(SenSlope.estimate(DECREASING_X, DECREASING_Y, 0.90).interval(), -3.8999999999999986,
                -1.6000000000000085, "90%");
    }

    @Test
    void threePointsClampToExtremeSlopes() {
        SenSlopeResult r = SenSlope.estimate(THREE_X, THREE_Y);
        check(r, 0.25, -494, -0.33333333333333331, 2);
        assertThat(r.intervalClamped()).isTrue();
    }

    @Test
    void evenNumberOfSlopesTakesMeanOfMiddleTwo() {
        // SciPy theilslopes([1, 2, 2, 1], [2018, 2019, 2020, 2021]): slope 0, intercept 1.5, interval (-1, 1)
        check(SenSlope.estimate(SZERO_X, SZERO_Y), 0, 1.5, -1, 1);
        // 4 points -> 6 slopes {1, 2, 3, 4, 5, 6}... median (3 + 4) / 2
        SenSlopeResult r = SenSlope.estimate(new double[] {0, 1, 2, 3}, new double[] {0, 1, 5, 3});
        // slopes: 1, 2.5, 1, 4, 1, -2 -> sorted -2, 1, 1, 1, 2.5, 4 -> median 1
        assertThat(r.slope()).isEqualTo(1.0);
    }

    @Test
    void twoPointsGiveSlopeWithoutInterval() {
        SenSlopeResult r = SenSlope.estimate(new double[] {2018, 2022}, new double[] {10, 18});
        assertThat(r.slope()).isEqualTo(2.0);
        assertThat(r.intercept()).isEqualTo(14 - 2 * 2020.0);
        assertThat(r.interval()).isNull();
        assertThat(r.line().valueAt(2022)).isEqualTo(18.0);
    }

    @Test
    void flatSeriesHasZeroSlopeAndNoInterval() {
        SenSlopeResult r = SenSlope.estimate(new double[] {2015, 2016, 2019}, new double[] {4, 4, 4});
        assertThat(r.slope()).isEqualTo(0.0);
        assertThat(r.intercept()).isEqualTo(4.0);
        assertThat(r.interval()).isNull();
    }

    @Test
    void fewerThanTwoPointsGiveNothing() {
        SenSlopeResult r = SenSlope.estimate(new double[] {2015}, new double[] {4});
        assertThat(r.slope()).isNull();
        assertThat(r.line()).isNull();
        assertThat(SenSlope.estimate(new double[0], new double[0]).pairs()).isZero();
    }
}
