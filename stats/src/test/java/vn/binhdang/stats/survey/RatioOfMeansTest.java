package vn.binhdang.stats.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.apache.commons.math3.exception.NotPositiveException;
import org.apache.commons.math3.exception.NotStrictlyPositiveException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Against R 4.2.2 with survey 4.1-1 (Debian r-cran-survey), script {@code survey/ratio_of_means.R}: the two
 * means as an {@code svystat} with a diagonal covariance, {@code svycontrast(est, quote(F / M))} for the SE of
 * the ratio, {@code svycontrast(est, quote(log(F / M)))} for the SE on the log scale (R differentiates the
 * expression symbolically), and exp(log R ∓ qnorm(0.975) · SE) for the limits.
 */
class RatioOfMeansTest {

    @ParameterizedTest
    @CsvSource({
        // mF, seF, mM, seM, ratio, SE(ratio), SE(log ratio), lower, upper  (R's output)
        "19.6, 0.9, 10.7, 0.7, 1.83177570093458, 0.146408575935161, 0.0799271307401132, 1.56616746064679, 2.14242876502406",
        "23.5, 1.2, 20, 1.1, 1.175, 0.0881838456011077, 0.0750500813626448, 1.01427359982745, 1.36119583535929",
        "5, 2, 4, 3, 1.25, 1.0625, 0.85, 0.236259184884779, 6.61349949531914",
        // the sample district's 2023 unpaid-care hours (data/sample/counts/2023/614.csv)
        "19.6, 0.5, 10.7, 0.5, 1.83177570093458, 0.0975214973079652, 0.0532387765915932, 1.65027136836973, 2.03324270350101",
    })
    void estimateStandardErrorsAndLimitsAreRsurveysDeltaMethod(double mF, double sF, double mM, double sM,
                                                               double ratio, double se, double logSe,
                                                               double lower, double upper) {
        RatioOfMeans r = RatioOfMeans.of(mF, sF, mM, sM, 0.95);
        assertThat(r.estimate()).isCloseTo(ratio, within(1e-13));
        assertThat(r.standardError()).isCloseTo(se, within(1e-13));
        assertThat(r.logStandardError()).isCloseTo(logSe, within(1e-13));
        assertThat(r.interval().lower()).isCloseTo(lower, within(1e-9));
        assertThat(r.interval().upper()).isCloseTo(upper, within(1e-9));
        assertThat(r.interval().confidenceLevel()).isEqualTo(0.95);
    }

    @Test
    void theIntervalOfTheInverseRatioIsTheReciprocal() {
        RatioOfMeans a = RatioOfMeans.of(19.6, 0.9, 10.7, 0.7, 0.95);
        RatioOfMeans b = RatioOfMeans.of(10.7, 0.7, 19.6, 0.9, 0.95);
        assertThat(b.interval().lower()).isCloseTo(1 / a.interval().upper(), within(1e-12));
        assertThat(b.interval().upper()).isCloseTo(1 / a.interval().lower(), within(1e-12));
    }

    @Test
    void exactMeansGiveAPointInterval() {
        RatioOfMeans r = RatioOfMeans.of(6, 0, 3, 0, 0.95);
        assertThat(r.interval().lower()).isEqualTo(2.0);
        assertThat(r.interval().upper()).isEqualTo(2.0);
        assertThat(r.relativeStandardError()).isZero();
    }

    @Test
    void argumentsAreCheckedByName() {
        assertThatThrownBy(() -> RatioOfMeans.of(0, 1, 3, 1, 0.95)).isInstanceOf(NotStrictlyPositiveException.class)
                .hasMessageContaining("numerator mean");
        assertThatThrownBy(() -> RatioOfMeans.of(2, 1, -3, 1, 0.95)).isInstanceOf(NotStrictlyPositiveException.class)
                .hasMessageContaining("denominator mean");
        assertThatThrownBy(() -> RatioOfMeans.of(2, -1, 3, 1, 0.95)).isInstanceOf(NotPositiveException.class)
                .hasMessageContaining("numerator standard error");
        assertThatThrownBy(() -> RatioOfMeans.of(2, 1, 3, Double.NaN, 0.95)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("denominator standard error");
        assertThatThrownBy(() -> RatioOfMeans.of(2, 1, 3, 1, 1.0)).isInstanceOf(IllegalArgumentException.class);
    }
}
