package vn.binhdang.stats.interval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.binhdang.stats.Assertions2.assertInterval;

import org.apache.commons.math3.exception.NotStrictlyPositiveException;
import org.apache.commons.math3.exception.NumberIsTooLargeException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ClopperPearsonIntervalTest {

    private final ClopperPearsonInterval cp = new ClopperPearsonInterval();

    /**
     * R 4.2.2: {@code binom.test(x, n, conf.level = level)$conf.int} printed with %.17g; the non-integer row is
     * {@code qbeta(0.025, 2.5, 9)}, {@code qbeta(0.975, 3.5, 8)}.
     */
    @ParameterizedTest(name = "{0}/{1} at {2}")
    @CsvSource({
            "81, 263, 0.95, 0.25273674558527121, 0.3676219226013514",
            "0, 20, 0.95, 0, 0.16843347098308536",
            "20, 20, 0.95, 0.83156652901691464, 1",
            "1, 29, 0.95, 0.0008726468835799228, 0.17764429548872285",
            "0, 1, 0.95, 0, 0.975",
            "1, 1, 0.95, 0.025, 1",
            "3, 7, 0.95, 0.09898827844250789, 0.81594843235991699",
            "1, 1000, 0.95, 2.5317487491294069e-05, 0.005558924279826627",
            "999, 1000, 0.95, 0.99444107572017337, 0.99997468251250876",
            "3, 7, 0.90, 0.1287563928042427, 0.77467841596755216",
            "2.5, 10.5, 0.95, 0.041836138699362743, 0.58480402697448297"})
    void matchesRBinomTest(double x, double n, double level, double lower, double upper) {
        assertInterval(cp.createInterval(n, x, level), lower, upper, x + "/" + n);
    }

    @Test
    void zeroAndFullCountsAreDefinedWhereCommonsMathThrows() {
        assertThat(cp.createInterval(5, 0).lower()).isEqualTo(0.0);
        assertThat(cp.createInterval(5, 5).upper()).isEqualTo(1.0);
        // n = 1: (0, 0.975) and (0.025, 1), 1 − (α/2)^(1/n) closed form
        assertInterval(cp.createInterval(1, 0), 0, 0.975, "0/1");
        // x = 0: upper = 1 − (α/2)^(1/n)
        assertInterval(cp.createInterval(20, 0), 0, 1 - Math.pow(0.025, 1.0 / 20), "0/20 closed form");
    }

    @Test
    void isWiderThanWilson() {
        WilsonScoreInterval wilson = new WilsonScoreInterval();
        for (int n = 1; n <= 40; n++) {
            for (int x = 0; x <= n; x++) {
                ConfidenceInterval exact = cp.createInterval(n, x);
                ConfidenceInterval score = wilson.createInterval(n, x);
                assertThat(exact.lower()).isLessThanOrEqualTo(score.lower() + 1e-15);
                assertThat(exact.upper()).isGreaterThanOrEqualTo(score.upper() - 1e-15);
            }
        }
    }

    @Test
    void rejectsZeroTrialsAndTooManySuccesses() {
        assertThatThrownBy(() -> cp.createInterval(0, 0)).isInstanceOf(NotStrictlyPositiveException.class);
        assertThatThrownBy(() -> cp.createInterval(3, 4)).isInstanceOf(NumberIsTooLargeException.class);
    }
}
