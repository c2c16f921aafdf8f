package vn.binhdang.stats.interval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.binhdang.stats.Assertions2.assertRel;

import org.apache.commons.math3.exception.NotPositiveException;
import org.junit.jupiter.api.Test;

class SmallNumbersTest {

    @Test
    void smallDenominatorBelowThirty() {
        assertThat(SmallNumbers.smallDenominator(29.9)).isTrue();
        assertThat(SmallNumbers.smallDenominator(30)).isFalse();
        assertThat(SmallNumbers.smallDenominator(0)).isTrue();
        assertThatThrownBy(() -> SmallNumbers.smallDenominator(-1)).isInstanceOf(NotPositiveException.class);
    }

    @Test
    void ratesOnFewerThanTwentyEventsAreUnreliable() {
        assertThat(SmallNumbers.unreliableRate(19)).isTrue();
        assertThat(SmallNumbers.unreliableRate(20)).isFalse();
        assertThat(SmallNumbers.unreliableRate(0)).isTrue();
        assertRel(SmallNumbers.poissonRelativeStandardError(25), 0.2, "1/sqrt(25)");
        assertThat(SmallNumbers.poissonRelativeStandardError(0)).isInfinite();
    }

    @Test
    void proportionRelativeStandardError() {
        // p = 0.1, n = 50: sqrt(0.1 * 0.9 / 50) / 0.1 = 0.42426...
        assertRel(SmallNumbers.proportionRelativeStandardError(50, 5), Math.sqrt(0.0018) / 0.1, 1e-12, "RSE");
        assertThat(SmallNumbers.unreliableProportion(50, 5)).isTrue();
        assertThat(SmallNumbers.unreliableProportion(50, 25)).isFalse();
        assertThat(SmallNumbers.proportionRelativeStandardError(10, 0)).isInfinite();
        assertThat(SmallNumbers.proportionRelativeStandardError(10, 10)).isZero();
    }
}
