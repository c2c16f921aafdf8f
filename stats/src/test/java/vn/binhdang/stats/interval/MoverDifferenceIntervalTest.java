package vn.binhdang.stats.interval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.assertj.core.api.Assertions.withinPercentage;

import org.junit.jupiter.api.Test;

/**
 * References: Newcombe (1998) Stat Med 17:873-890, Table II, method 10 (4 decimals); R 4.2.2 with
 * mover <- function(r1,l1,u1,r2,l2,u2) { d <- r1-r2; c(d - sqrt((r1-l1)^2 + (u2-r2)^2), d + sqrt((u1-r1)^2 + (r2-l2)^2)) }
 * on prop.test(x, n, correct = FALSE)$conf.int and poisson.test(x)$conf.int / n.
 */
class MoverDifferenceIntervalTest {
    private final WilsonScoreInterval wilson = new WilsonScoreInterval();
    private final ExactPoissonInterval poisson = new ExactPoissonInterval();

    @Test
    void withWilsonLimitsItIsNewcombesMethod10() {
        ConfidenceInterval ci = MoverDifferenceInterval.of(56.0 / 70, wilson.createInterval(70, 56), 48.0 / 80,
                wilson.createInterval(80, 48));
        assertThat(ci.lower()).isCloseTo(0.0524314724023649, withinPercentage(1e-7));
        assertThat(ci.upper()).isCloseTo(0.333872654036906, withinPercentage(1e-7));
        assertThat(ci.lower()).isCloseTo(0.0524, within(5e-5)); // Newcombe 1998, Table II (a)
        assertThat(ci.upper()).isCloseTo(0.3339, within(5e-5));
        ConfidenceInterval newcombe = new NewcombeHybridScoreInterval().createInterval(70, 56, 80, 48).interval();
        assertThat(ci.lower()).isCloseTo(newcombe.lower(), within(1e-15));
        assertThat(ci.upper()).isCloseTo(newcombe.upper(), within(1e-15));
    }

    @Test
    void withExactPoissonLimitsForGrossRatios() {
        // primary completers 220 of 224 girls vs 246 of 249 boys (rates per child of completion age)
        ConfidenceInterval ci = MoverDifferenceInterval.of(220.0 / 224, poisson.createRateInterval(220, 224, 1),
                246.0 / 249, poisson.createRateInterval(246, 249, 1));
        assertThat(ci.lower()).isCloseTo(-0.187574065014184, withinPercentage(1e-7));
        assertThat(ci.upper()).isCloseTo(0.177353872446131, withinPercentage(1e-7));
    }

    @Test
    void zeroEventsOnOneSide() {
        ConfidenceInterval ci = MoverDifferenceInterval.of(0, poisson.createRateInterval(0, 150, 1), 3.0 / 160,
                poisson.createRateInterval(3, 160, 1));
        assertThat(ci.lower()).isCloseTo(-0.0547954566858895, withinPercentage(1e-7));
        assertThat(ci.upper()).isCloseTo(0.00999552335201415, withinPercentage(1e-7));
    }

    @Test
    void estimateOutsideItsIntervalIsRejected() {
        assertThatThrownBy(() -> MoverDifferenceInterval.of(0.9, new ConfidenceInterval(0.1, 0.5, 0.95), 0.2,
                new ConfidenceInterval(0.1, 0.3, 0.95))).hasMessageContaining("estimate 1");
        assertThatThrownBy(() -> MoverDifferenceInterval.of(0.2, new ConfidenceInterval(0.1, 0.5, 0.95), 0.2,
                new ConfidenceInterval(0.1, 0.3, 0.9))).hasMessageContaining("different confidence levels");
    }
}
