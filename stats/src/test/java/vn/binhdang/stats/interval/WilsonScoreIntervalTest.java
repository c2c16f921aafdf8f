package vn.binhdang.stats.interval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.binhdang.stats.Assertions2.assertInterval;
import static vn.binhdang.stats.Assertions2.assertRounded;

import org.apache.commons.math3.exception.NotFiniteNumberException;
import org.apache.commons.math3.exception.NotPositiveException;
import org.apache.commons.math3.exception.NotStrictlyPositiveException;
import org.apache.commons.math3.exception.NumberIsTooLargeException;
import org.apache.commons.math3.exception.OutOfRangeException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class WilsonScoreIntervalTest {

    private final WilsonScoreInterval wilson = new WilsonScoreInterval();

    /** Newcombe RG (1998), Stat Med 17:857–872, Table II, method 3 (score, no continuity correction), 4 d.p. */
    @ParameterizedTest(name = "{0}/{1}")
    @CsvSource({
            "81, 263, 0.2553, 0.3662",
            "15, 148, 0.0624, 0.1605",
            "0, 20, 0.0000, 0.1611",
            "1, 29, 0.0061, 0.1718"})
    void matchesNewcombe1998Table(double x, double n, double lower, double upper) {
        ConfidenceInterval ci = wilson.createInterval(n, x);
        assertRounded(ci.lower(), lower, 4, "lower");
        assertRounded(ci.upper(), upper, 4, "upper");
        assertThat(ci.confidenceLevel()).isEqualTo(0.95);
    }

    /**
     * R 4.2.2: {@code prop.test(x, n, correct = FALSE, conf.level = level)$conf.int}, printed with %.17g;
     * the non-integer rows from statsmodels 0.13.5 {@code proportion_confint(x, n, method='wilson')}.
     */
    @ParameterizedTest(name = "{0}/{1} at {2}")
    @CsvSource({
            "81, 263, 0.95, 0.25528851987827428, 0.36620957698280016",
            "15, 148, 0.95, 0.062386399530736283, 0.160487241723308",
            "0, 20, 0.95, 0, 0.1611251580528193",
            "1, 29, 0.95, 0.006113214292762661, 0.17175521879320282",
            "0, 1, 0.95, 0, 0.79345068562276255",
            "1, 1, 0.95, 0.2065493143772375, 1",
            "5, 5, 0.95, 0.56551753521682535, 1",
            "3, 7, 0.95, 0.1582198552514697, 0.74954163547234265",
            "1, 1000000, 0.95, 1.7652457674537213e-07, 5.6649118043114411e-06",
            "999, 1000, 0.95, 0.99435744140204207, 0.99982345362937386",
            "3, 7, 0.90, 0.18644319036395615, 0.71052290898640702",
            "81, 263, 0.99, 0.24013690268760776, 0.38528250231822986",
            "2.5, 10.5, 0.95, 0.076921054551440687, 0.53957542124196112",
            "0.3, 4.2, 0.95, 0.0048675672295531158, 0.54745246819291848"})
    void matchesR(double x, double n, double level, double lower, double upper) {
        assertInterval(wilson.createInterval(n, x, level), lower, upper, x + "/" + n);
    }

    @Test
    void zeroSuccessesGiveExactlyZeroLowerAndAllSuccessesExactlyOneUpper() {
        // Commons Math 3.6.1 returns about 2e-17 here.
        for (int n : new int[] {1, 2, 3, 7, 20, 1000, 123457}) {
            assertThat(wilson.createInterval(n, 0).lower()).isEqualTo(0.0);
            assertThat(wilson.createInterval(n, n).upper()).isEqualTo(1.0);
            ConfidenceInterval ci = wilson.createInterval(n, 0);
            assertThat(ci.upper()).isLessThan(1.0);
        }
    }

    @Test
    void limitsStayInUnitIntervalAndContainEstimate() {
        for (int n = 1; n <= 60; n++) {
            for (int x = 0; x <= n; x++) {
                ConfidenceInterval ci = wilson.createInterval(n, x);
                assertThat(ci.lower()).isBetween(0.0, 1.0);
                assertThat(ci.upper()).isBetween(0.0, 1.0);
                assertThat(ci.contains((double) x / n)).as("%d/%d", x, n).isTrue();
            }
        }
    }

    @Test
    void rejectsInvalidArguments() {
        assertThatThrownBy(() -> wilson.createInterval(0, 0))
                .isInstanceOf(NotStrictlyPositiveException.class).hasMessageContaining("number of trials");
        assertThatThrownBy(() -> wilson.createInterval(10, -1))
                .isInstanceOf(NotPositiveException.class).hasMessageContaining("number of successes");
        assertThatThrownBy(() -> wilson.createInterval(10, 11))
                .isInstanceOf(NumberIsTooLargeException.class).hasMessageContaining("must not exceed");
        assertThatThrownBy(() -> wilson.createInterval(Double.NaN, 1)).isInstanceOf(NotFiniteNumberException.class);
        assertThatThrownBy(() -> wilson.createInterval(Double.POSITIVE_INFINITY, 1))
                .isInstanceOf(NotFiniteNumberException.class);
        assertThatThrownBy(() -> wilson.createInterval(10, 5, 1.0)).isInstanceOf(OutOfRangeException.class);
    }
}
