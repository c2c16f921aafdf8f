package vn.binhdang.stats.trend;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.binhdang.stats.Assertions2.assertRel;
import static vn.binhdang.stats.trend.TrendFixtures.*;

import org.junit.jupiter.api.Test;

/**
 * References: R 4.2.2, {@code cor.test(x, y, method = "kendall", exact = FALSE, continuity = TRUE)} for Z, p and
 * tau-b (with distinct years R's tie-corrected variance reduces to the Mann–Kendall one); S and Var(S) from
 * {@code sum(sign(...))} and the formula with {@code table(y)} in R; tau also equals SciPy 1.10
 * {@code kendalltau(x, y)}.
 */
class MannKendallTest {

    private static void check(MannKendallResult r, long s, double var, double z, double p, double tau) {
        assertThat(r.status()).isEqualTo(TrendTestStatus.TESTED);
        assertThat(r.s()).isEqualTo(s);
        assertRel(r.varianceS(), var, "var S");
        assertRel(r.z(), z, "z");
        assertRel(r.pValue(), p, "p");
        assertRel(r.tau(), tau, "tau");
    }

    @Test
    void unevenYearsNoTies() {
        check(MannKendall.test(UNEVEN_X, UNEVEN_Y), 13, 28.333333333333332, 2.2544074479065386,
                0.024170547174545247, 0.8666666666666667);
    }

    @Test
    void tiesUseCorrectedVarianceAndTauB() {
        MannKendallResult r = MannKendall.test(TIES_X, TIES_Y);
        check(r, 26, 87.333333333333329, 2.6751614062740816, 0.0074693280016104747, 0.7660323462854266);
        // tau-a would be 26/36: the reported tau is tau-b
        assertThat(r.tau()).isGreaterThan(26.0 / 36);
    }

    @Test
    void decreasing() {
        check(MannKendall.test(DECREASING_X, DECREASING_Y), -17, 44.333333333333336, -2.4030056367444423,
                0.016260936780450295, -0.80952380952380953);
    }

    @Test
    void continuityCorrectionTakesSOfOneToZero() {
        check(MannKendall.test(THREE_X, THREE_Y), 1, 3.6666666666666665, 0, 1, 0.33333333333333337);
    }

    @Test
    void sZeroGivesZZeroAndPOne() {
        MannKendallResult r = MannKendall.test(SZERO_X, SZERO_Y);
        assertThat(r.s()).isZero();
        assertThat(r.z()).isEqualTo(0.0);
        assertThat(r.pValue()).isEqualTo(1.0);
        assertThat(r.tau()).isEqualTo(0.0);
        assertRel(r.varianceS(), 6.666666666666667, "var S");
    }

    @Test
    void flatSeriesIsNoTest() {
        MannKendallResult r = MannKendall.test(new double[] {2019, 2020, 2021, 2023}, new double[] {2, 2, 2, 2});
        assertThat(r.status()).isEqualTo(TrendTestStatus.FLAT_SERIES);
        assertThat(r.s()).isZero();
        assertThat(r.varianceS()).isZero();
        assertThat(r.z()).isNull();
        assertThat(r.pValue()).isNull();
        assertThat(r.tau()).isNull();
    }

    @Test
    void fewerThanThreePointsIsNoTest() {
        MannKendallResult two = MannKendall.test(new double[] {2020, 2022}, new double[] {5, 3});
        assertThat(two.status()).isEqualTo(TrendTestStatus.TOO_FEW_POINTS);
        assertThat(two.s()).isEqualTo(-1);
        assertThat(two.tau()).isEqualTo(-1.0);
        assertThat(two.z()).isNull();
        assertThat(two.pValue()).isNull();
        MannKendallResult one = MannKendall.test(new double[] {2020}, new double[] {5});
        assertThat(one.status()).isEqualTo(TrendTestStatus.TOO_FEW_POINTS);
        assertThat(one.tau()).isNull();
        MannKendallResult twoFlat = MannKendall.test(new double[] {2020, 2021}, new double[] {5, 5});
        assertThat(twoFlat.status()).isEqualTo(TrendTestStatus.TOO_FEW_POINTS);
        assertThat(twoFlat.tau()).isNull();
    }

    @Test
    void yearOrderNotInputOrderDefinesS() {
        MannKendallResult r = MannKendall.test(new double[] {2023, 2015, 2019, 2016, 2021, 2018},
                new double[] {50.3, 42.1, 47.2, 43.5, 46.8, 44.0});
        assertThat(r).isEqualTo(MannKendall.test(UNEVEN_X, UNEVEN_Y));
    }
}
