package vn.binhdang.stats.interval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.apache.commons.math3.exception.NotStrictlyPositiveException;
import org.apache.commons.math3.exception.NumberIsTooLargeException;
import org.apache.commons.math3.exception.OutOfRangeException;
import org.junit.jupiter.api.Test;

class ConfidenceIntervalTest {

    @Test
    void containsIncludesLimits() {
        ConfidenceInterval ci = new ConfidenceInterval(0.2, 0.4, 0.95);
        assertThat(ci.contains(0.2)).isTrue();
        assertThat(ci.contains(0.4)).isTrue();
        assertThat(ci.contains(0.3)).isTrue();
        assertThat(ci.contains(0.19999)).isFalse();
        assertThat(ci.contains(0.40001)).isFalse();
        assertThat(ci.width()).isCloseTo(0.2, org.assertj.core.data.Offset.offset(1e-15));
    }

    @Test
    void scaleMultipliesBothLimitsAndKeepsLevel() {
        ConfidenceInterval ci = new ConfidenceInterval(0.25, 0.5, 0.9).scale(100);
        assertThat(ci).isEqualTo(new ConfidenceInterval(25, 50, 0.9));
        ConfidenceInterval open = new ConfidenceInterval(1.5, Double.POSITIVE_INFINITY, 0.95).scale(100);
        assertThat(open.upper()).isInfinite();
        assertThat(open.contains(1e300)).isTrue();
        assertThatThrownBy(() -> ci.scale(0)).isInstanceOf(NotStrictlyPositiveException.class);
    }

    @Test
    void rejectsReversedLimitsNaNAndBadLevels() {
        assertThatThrownBy(() -> new ConfidenceInterval(0.5, 0.4, 0.95))
                .isInstanceOf(NumberIsTooLargeException.class).hasMessageContaining("above upper limit");
        assertThatThrownBy(() -> new ConfidenceInterval(Double.NaN, 0.4, 0.95))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("NaN");
        assertThatThrownBy(() -> new ConfidenceInterval(0, 1, 1.0)).isInstanceOf(OutOfRangeException.class);
        assertThatThrownBy(() -> new ConfidenceInterval(0, 1, 0.0)).isInstanceOf(OutOfRangeException.class);
        assertThatThrownBy(() -> new ConfidenceInterval(0, 1, Double.NaN)).isInstanceOf(OutOfRangeException.class);
    }
}
