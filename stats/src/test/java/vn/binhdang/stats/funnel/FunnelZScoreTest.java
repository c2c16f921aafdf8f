package vn.binhdang.stats.funnel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.binhdang.stats.Assertions2.assertRel;

import org.apache.commons.math3.exception.NotStrictlyPositiveException;
import org.apache.commons.math3.exception.OutOfRangeException;
import org.junit.jupiter.api.Test;

class FunnelZScoreTest {

    @Test
    void proportionAndPoissonZ() {
        // R 4.2.2: (12/20 - 90/121) / sqrt((90/121) * (31/121) / 20) = -1.4732014732022096
        assertRel(FunnelZScore.proportion(12.0 / 20, 90.0 / 121, 20), -1.4732014732022096, "z proportion");
        // R 4.2.2: (3/900 - 11/6250) / sqrt((11/6250) / 900) = 1.1250858553097989
        assertRel(FunnelZScore.poisson(3.0 / 900, 11.0 / 6250, 900), 1.1250858553097989, "z poisson");
        assertThat(FunnelZScore.proportion(0.3, 0.3, 50)).isZero();
    }

    @Test
    void zAgreesWithNormalLimits() {
        double theta = 0.3;
        double n = 50;
        double upper = FunnelLimits.normalBinomialLimit(theta, n, FunnelLimits.P95_UPPER);
        assertRel(FunnelZScore.proportion(upper, theta, n), 1.959963984540054, 1e-12, "z at the 95% limit");
        assertThat(FunnelPosition.ofZ(1.95)).isEqualTo(FunnelPosition.INSIDE);
        assertThat(FunnelPosition.ofZ(1.97)).isEqualTo(FunnelPosition.HIGH_95);
        assertThat(FunnelPosition.ofZ(-3.1)).isEqualTo(FunnelPosition.LOW_998);
        assertThat(FunnelPosition.ofZ(3.08)).isEqualTo(FunnelPosition.HIGH_95);
        assertThat(FunnelPosition.ofZ(-2.0)).isEqualTo(FunnelPosition.LOW_95);
    }

    @Test
    void degenerateTargetHasNoZ() {
        assertThatThrownBy(() -> FunnelZScore.proportion(0.1, 0, 50)).isInstanceOf(OutOfRangeException.class);
        assertThatThrownBy(() -> FunnelZScore.proportion(0.1, 1, 50)).isInstanceOf(OutOfRangeException.class);
        assertThatThrownBy(() -> FunnelZScore.poisson(0.1, 0, 50)).isInstanceOf(NotStrictlyPositiveException.class);
        assertThatThrownBy(() -> FunnelZScore.proportion(0.1, 0.2, 0)).isInstanceOf(NotStrictlyPositiveException.class);
    }
}
