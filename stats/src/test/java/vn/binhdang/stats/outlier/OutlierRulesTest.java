package vn.binhdang.stats.outlier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.binhdang.stats.Assertions2.assertRel;

import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

/**
 * Reference values from R 4.2.2, printed with {@code sprintf("%.17g")}:
 *
 * <pre>
 * median(x); mad(x, constant = 1); mad(x); quantile(x, c(0, .1, .25, .5, .75, .9, 1), type = 7); IQR(x)
 * 0.6745 * (x - median(x)) / mad(x, constant = 1)
 * q &lt;- quantile(x, c(.25, .75)); f &lt;- c(q[1] - 1.5 * IQR(x), q[2] + 1.5 * IQR(x)); which(x &lt; f[1] | x &gt; f[2])
 * </pre>
 */
class OutlierRulesTest {

    static final double[] A = {12.1, 13.4, 11.8, 12.9, 30.2, 12.5, 13.0, 12.2};
    static final double[] B = {5, 5, 5, 6, 7, 8, 100, 5.5, 4};
    static final double[] C = {98.2, 101.3, 99.5, 100.1, 75.0, 102.4, 100.8};
    static final double[] D = {100, 100, 100, 100, 80, 100};
    static final double[] E = {3, 1, 4, 1, 5, 9, 2, 6};
    static final double[] PROBS = {0, .1, .25, .5, .75, .9, 1};

    private static void quantiles(double[] x, double... expected) {
        for (int i = 0; i < PROBS.length; i++) {
            assertRel(RobustStatistics.quantile(x, PROBS[i]), expected[i], "quantile " + PROBS[i]);
        }
    }

    @Test
    void orderStatisticsMatchR() {
        assertRel(RobustStatistics.median(A), 12.699999999999999, "median A");
        assertRel(RobustStatistics.mad(A), 0.54999999999999982, "mad(A, constant = 1)");
        assertRel(RobustStatistics.madScaled(A), 0.81542999999999966, "mad(A)");
        assertRel(RobustStatistics.iqr(A), 0.92500000000000071, "IQR(A)");
        quantiles(A, 11.800000000000001, 12.010000000000002, 12.174999999999999, 12.699999999999999, 13.1,
                18.439999999999998, 30.199999999999999);

        assertRel(RobustStatistics.median(B), 5.5, "median B");
        assertRel(RobustStatistics.mad(B), 0.5, "mad B");
        assertRel(RobustStatistics.madScaled(B), 0.74129999999999996, "mad(B)");
        quantiles(B, 4, 4.7999999999999998, 5, 5.5, 7, 26.399999999999935, 100);

        assertRel(RobustStatistics.mad(C), 1.2000000000000028, "mad C");
        assertRel(RobustStatistics.madScaled(C), 1.779120000000004, "mad(C)");
        quantiles(C, 75, 88.920000000000002, 98.849999999999994, 100.09999999999999, 101.05, 101.74000000000001,
                102.40000000000001);

        assertRel(RobustStatistics.median(E), 3.5, "median of an even count: mean of the middle two");
        assertRel(RobustStatistics.mad(E), 2, "mad E");
        assertRel(RobustStatistics.iqr(E), 3.5, "IQR(E)");
        quantiles(E, 1, 1, 1.75, 3.5, 5.25, 6.8999999999999995, 9);

        assertThat(RobustStatistics.mad(D)).isZero();
        assertThat(RobustStatistics.iqr(D)).isZero();
    }

    @Test
    void inputIsLeftUnsortedAndBadInputIsRefused() {
        double[] x = A.clone();
        RobustStatistics.median(x);
        RobustStatistics.mad(x);
        assertThat(x).containsExactly(A);
        assertThatThrownBy(() -> RobustStatistics.median(new double[0])).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> RobustStatistics.median(new double[] {1, Double.NaN}))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> RobustStatistics.quantile(A, 1.5)).isInstanceOf(IllegalArgumentException.class);
        assertThat(RobustStatistics.quantile(new double[] {7}, 0.3)).isEqualTo(7);
    }

    @Test
    void modifiedZScoresMatchR() {
        OutlierScan a = new ModifiedZScore().scan(A);
        assertThat(a.status()).isEqualTo(ScanStatus.TESTED);
        double[] m = {-0.73581818181818159, 0.85845454545454702, -1.1037272727272713, 0.24527272727272864,
            21.461363636363643, -0.24527272727272648, 0.36790909090909191, -0.61318181818181838};
        for (int i = 0; i < m.length; i++) {
            assertRel(a.points().get(i).score(), m[i], 1e-9, "M[" + i + "]");
        }
        assertThat(flagged(a)).containsExactly(4);
        assertThat(a.points().get(4).direction()).isEqualTo("high");
        assertRel(a.center(), 12.699999999999999, "center");
        assertRel(a.spread(), 0.54999999999999982, "spread is the raw MAD");
        assertRel(a.lowerLimit(), 12.7 - 3.5 * 0.55 / 0.6745, 1e-12, "lower");
        assertRel(a.upperLimit(), 12.7 + 3.5 * 0.55 / 0.6745, 1e-12, "upper");

        OutlierScan b = new ModifiedZScore().scan(B);
        assertRel(b.points().get(5).score(), 3.3725000000000001, "8 is below the threshold");
        assertRel(b.points().get(6).score(), 127.48049999999999, "100");
        assertThat(flagged(b)).containsExactly(6);

        OutlierScan c = new ModifiedZScore().scan(C);
        assertRel(c.points().get(4).score(), -14.108291666666629, 1e-9, "75");
        assertThat(flagged(c)).containsExactly(4);
        assertThat(c.points().get(4).direction()).isEqualTo("low");

        assertThat(flagged(new ModifiedZScore().scan(E))).isEmpty();
    }

    @Test
    void modifiedZScoreUsesTheRawMadNotRsScaledOne() {
        // 0.6745 / MAD_raw differs from 1 / mad(x) = 1 / (1.4826 MAD_raw) by the rounding of both constants
        double m = ModifiedZScore.score(30.2, RobustStatistics.median(A), RobustStatistics.mad(A));
        assertRel(m, 21.461363636363643, "0.6745 (x - median) / MAD_raw");
        assertThat(m).isNotEqualTo((30.2 - RobustStatistics.median(A)) / RobustStatistics.madScaled(A));
    }

    @Test
    void thresholdIsStrict() {
        // median 0 and MAD 1, so M = 0.6745 x: with a threshold of 0.6745, x = ±1 sits exactly on it (not flagged)
        OutlierScan exact = new ModifiedZScore(0.6745, 5).scan(new double[] {-2, -1, 0, 1, 2});
        assertThat(exact.status()).isEqualTo(ScanStatus.TESTED);
        assertThat(flagged(exact)).containsExactly(0, 4);
        // the same values against Tukey's fences with k = 0.5: Q1 = -1, Q3 = 1, fences -2 and 2, exactly on them
        assertThat(new IqrRule(0.5, 5).scan(new double[] {-2, -1, 0, 1, 2}).outliers()).isZero();
    }

    @Test
    void tooFewPointsOrNoSpreadIsNotTested() {
        OutlierScan four = new ModifiedZScore().scan(new double[] {1, 2, 3, 100});
        assertThat(four.status()).isEqualTo(ScanStatus.TOO_FEW_POINTS);
        assertThat(four.outliers()).isZero();
        assertThat(four.lowerLimit()).isNull();
        assertThat(four.points()).allSatisfy(p -> assertThat(p.score()).isNull());

        OutlierScan flat = new ModifiedZScore().scan(D);
        assertThat(flat.status()).isEqualTo(ScanStatus.NO_SPREAD);
        assertThat(flat.outliers()).isZero();

        assertThat(new ModifiedZScore().scan(new double[0]).status()).isEqualTo(ScanStatus.TOO_FEW_POINTS);
        assertThat(new IqrRule().scan(new double[] {1, 2, 3, 100}).status()).isEqualTo(ScanStatus.TOO_FEW_POINTS);
        // R's fences (100, 100) would flag 80; with no spread the rule is not applied
        OutlierScan iqrFlat = new IqrRule().scan(D);
        assertThat(iqrFlat.status()).isEqualTo(ScanStatus.NO_SPREAD);
        assertThat(iqrFlat.outliers()).isZero();
    }

    @Test
    void iqrFencesMatchR() {
        OutlierScan a = new IqrRule().scan(A);
        assertRel(a.lowerLimit(), 10.787499999999998, "lower fence A");
        assertRel(a.upperLimit(), 14.487500000000001, "upper fence A");
        assertRel(a.spread(), 0.92500000000000071, "IQR A");
        assertThat(flagged(a)).containsExactly(4);
        assertThat(a.points()).allSatisfy(p -> assertThat(p.score()).isNull());

        OutlierScan b = new IqrRule().scan(B);
        assertRel(b.lowerLimit(), 2, "lower B");
        assertRel(b.upperLimit(), 10, "upper B");
        assertThat(flagged(b)).containsExactly(6);

        OutlierScan c = new IqrRule().scan(C);
        assertRel(c.lowerLimit(), 95.549999999999983, "lower C");
        assertRel(c.upperLimit(), 104.34999999999999, "upper C");
        assertThat(flagged(c)).containsExactly(4);
        assertThat(c.points().get(4).direction()).isEqualTo("low");

        OutlierScan e = new IqrRule().scan(E);
        assertRel(e.lowerLimit(), -3.5, "lower E");
        assertRel(e.upperLimit(), 10.5, "upper E");
        assertThat(e.outliers()).isZero();
    }

    @Test
    void parametersAreChecked() {
        assertThatThrownBy(() -> new ModifiedZScore(0, 5)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ModifiedZScore(3.5, 2)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new IqrRule(-1, 5)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ModifiedZScore.score(1, 0, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThat(new IqrRule(3, 7).k()).isEqualTo(3);
    }

    @Test
    void rulesAndScansSerialize() throws Exception {
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        try (java.io.ObjectOutputStream out = new java.io.ObjectOutputStream(bytes)) {
            out.writeObject(new ModifiedZScore());
            out.writeObject(new IqrRule().scan(A));
        }
        try (java.io.ObjectInputStream in = new java.io.ObjectInputStream(
                new java.io.ByteArrayInputStream(bytes.toByteArray()))) {
            assertThat(((ModifiedZScore) in.readObject()).scan(A)).isEqualTo(new ModifiedZScore().scan(A));
            assertThat(in.readObject()).isEqualTo(new IqrRule().scan(A));
        }
    }

    private static List<Integer> flagged(OutlierScan s) {
        return IntStream.range(0, s.points().size()).filter(i -> s.points().get(i).outlier()).boxed().toList();
    }
}
