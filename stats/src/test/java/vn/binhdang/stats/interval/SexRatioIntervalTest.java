package vn.binhdang.stats.interval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.binhdang.stats.Assertions2.assertInterval;
import static vn.binhdang.stats.Assertions2.assertRel;

import org.apache.commons.math3.exception.NotPositiveException;
import org.apache.commons.math3.exception.NotStrictlyPositiveException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SexRatioIntervalTest {

    private final SexRatioInterval srb = new SexRatioInterval();

    /**
     * R 4.2.2: {@code ci <- prop.test(b, b + g, correct = FALSE)$conf.int; ci / (1 - ci)}, printed with %.17g.
     */
    @ParameterizedTest(name = "{0} boys, {1} girls")
    @CsvSource({
            "1060, 1000, 0.97228410593715442, 1.1556292992334758",
            "57, 43, 0.89449157900354903, 1.9644299364477278",
            "1, 1, 0.1044002911341463, 9.5785173502540957",
            "0, 5, 0, 0.76829176413882461"})
    void matchesWilsonOnOddsScaleInR(double boys, double girls, double lower, double upper) {
        SexRatio r = srb.estimate(boys, girls);
        assertInterval(r.interval(), lower, upper, boys + ":" + girls);
        assertRel(r.ratio(), boys / girls, "ratio");
    }

    @Test
    void perHundredGirlsIsTheCatalogueMultiplier() {
        SexRatio r = srb.estimate(1060, 1000).scale(100);
        assertRel(r.ratio(), 106.0, "SRB per 100 girls");
        assertRel(r.interval().lower(), 97.228410593715442, "lower per 100");
        assertRel(r.interval().upper(), 115.56292992334758, "upper per 100");
    }

    @Test
    void noGirlsGivesInfiniteRatioAndUpperLimit() {
        SexRatio r = srb.estimate(5, 0);
        assertThat(r.ratio()).isEqualTo(Double.POSITIVE_INFINITY);
        assertThat(r.interval().upper()).isEqualTo(Double.POSITIVE_INFINITY);
        assertRel(r.interval().lower(), 1.3015888581350292, "lower (R)");
    }

    @Test
    void noBoysGivesZero() {
        SexRatio r = srb.estimate(0, 5);
        assertThat(r.ratio()).isEqualTo(0.0);
        assertThat(r.interval().lower()).isEqualTo(0.0);
    }

    @Test
    void noBirthsThrows() {
        assertThatThrownBy(() -> srb.estimate(0, 0))
                .isInstanceOf(NotStrictlyPositiveException.class).hasMessageContaining("number of births");
        assertThatThrownBy(() -> srb.estimate(-1, 5)).isInstanceOf(NotPositiveException.class);
    }
}
