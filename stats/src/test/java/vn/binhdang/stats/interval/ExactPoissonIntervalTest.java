package vn.binhdang.stats.interval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.binhdang.stats.Assertions2.assertInterval;
import static vn.binhdang.stats.Assertions2.assertRounded;

import org.apache.commons.math3.exception.NotPositiveException;
import org.apache.commons.math3.exception.NotStrictlyPositiveException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ExactPoissonIntervalTest {

    private final ExactPoissonInterval poisson = new ExactPoissonInterval();

    /** Tabulated exact (Garwood 1936) Poisson limits at 95 %, to the 6 significant digits quoted in the brief. */
    @ParameterizedTest(name = "d = {0}")
    @CsvSource({
            "0, 0, 3.68888",
            "1, 0.0253178, 5.57164",
            "10, 4.79539, 18.3904"})
    void matchesPublishedTable(double d, double lower, double upper) {
        ConfidenceInterval ci = poisson.createInterval(d);
        assertThat(ci.lower()).isCloseTo(lower, org.assertj.core.data.Offset.offset(Math.max(lower, 1) * 6e-6));
        assertThat(ci.upper()).isCloseTo(upper, org.assertj.core.data.Offset.offset(upper * 6e-6));
    }

    /**
     * R 4.2.2: {@code poisson.test(d, conf.level = level)$conf.int} printed with %.17g; the non-integer row is
     * {@code qchisq(0.025, 5) / 2}, {@code qchisq(0.975, 7) / 2}.
     */
    @ParameterizedTest(name = "d = {0} at {1}")
    @CsvSource({
            "0, 0.95, 0, 3.6888794541139354",
            "1, 0.95, 0.025317807984289897, 5.5716433909388989",
            "2, 0.95, 0.24220927854396501, 7.2246876677239582",
            "10, 0.95, 4.7953886961324343, 18.390356042017778",
            "100, 0.95, 81.363991250923164, 121.62679379242637",
            "1000, 0.95, 938.97301840769524, 1063.9521360163019",
            "3, 0.90, 0.81769144716395326, 7.7536565279327254",
            "2.5, 0.95, 0.41560580674333125, 8.0063821373146613"})
    void matchesRPoissonTest(double d, double level, double lower, double upper) {
        assertInterval(poisson.createInterval(d, level), lower, upper, "d=" + d);
    }

    @Test
    void zeroCountUpperIsMinusLogHalfAlpha() {
        assertInterval(poisson.createInterval(0, 0.95), 0, -Math.log(0.025), "d=0");
        assertInterval(poisson.createInterval(0, 0.90), 0, -Math.log(0.05), "d=0 at 90%");
    }

    @Test
    void rateIntervalDividesByDenominatorAndScales() {
        // 2 maternal deaths in 1 850 live births, per 100 000: R 4.2.2 poisson.test(2, 1850)$conf.int * 1e5
        ConfidenceInterval mmr = poisson.createRateInterval(2, 1850, 100_000);
        assertInterval(mmr, 0.24220927854396501 / 1850 * 1e5, 7.2246876677239582 / 1850 * 1e5, "MMR");
        assertRounded(mmr.lower(), 13.09239, 5, "MMR lower");
        ConfidenceInterval none = poisson.createRateInterval(0, 1850, 100_000);
        assertThat(none.lower()).isEqualTo(0.0);
        assertThat(none.upper()).isCloseTo(3.6888794541139354 / 1850 * 1e5, org.assertj.core.data.Offset.offset(1e-9));
        // a gross ratio above 1 (completion): 212 completers for 200 children of completion age
        ConfidenceInterval gross = poisson.createRateInterval(212, 200, 1);
        assertThat(gross.contains(1.06)).isTrue();
        assertThat(gross.upper()).isGreaterThan(1);
    }

    @Test
    void rejectsInvalidArguments() {
        assertThatThrownBy(() -> poisson.createInterval(-1)).isInstanceOf(NotPositiveException.class);
        assertThatThrownBy(() -> poisson.createRateInterval(1, 0, 1000))
                .isInstanceOf(NotStrictlyPositiveException.class).hasMessageContaining("denominator");
        assertThatThrownBy(() -> poisson.createRateInterval(1, 10, 0))
                .isInstanceOf(NotStrictlyPositiveException.class).hasMessageContaining("multiplier");
    }
}
