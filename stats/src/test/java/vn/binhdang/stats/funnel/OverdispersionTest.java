package vn.binhdang.stats.funnel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.binhdang.stats.Assertions2.assertRel;

import org.apache.commons.math3.exception.NumberIsTooSmallException;
import org.junit.jupiter.api.Test;

/**
 * References: R 4.2.2, {@code z <- (y - theta) / s; qq <- quantile(z, c(q, 1 - q)); zw <- pmin(pmax(z, qq[1]), qq[2]);
 * phi <- mean(zw^2); w <- 1 / s^2; tau2 <- max(0, (I * phi - (I - 1)) / (sum(w) - sum(w^2) / sum(w)));
 * pchisq(I * phi, I - 1, lower.tail = FALSE)} (R's default type-7 quantile), printed with %.17g.
 */
class OverdispersionTest {

    /** Seven communes: supported victims of violence over detected victims. */
    private static final double[] X = {12, 30, 8, 45, 20, 5, 60};
    private static final double[] N = {20, 40, 15, 50, 35, 12, 70};

    private static double[] proportions(double[] x, double[] n) {
        double[] p = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            p[i] = x[i] / n[i];
        }
        return p;
    }

    private static double[] ses(double theta, double[] n) {
        double[] s = new double[n.length];
        for (int i = 0; i < n.length; i++) {
            s[i] = FunnelZScore.proportionStandardError(theta, n[i]);
        }
        return s;
    }

    @Test
    void overdispersedCommunes() {
        double theta = 180.0 / 242;
        OverdispersionEstimate od = Overdispersion.estimate(theta, proportions(X, N), ses(theta, N));
        assertRel(od.phi(), 3.8794835170077704, "phi");
        assertRel(od.tau2(), 0.020509597196358482, "tau2");
        assertRel(od.chiSquarePValue(), 0.00013535742323934408, "p");
        assertThat(od.overdispersed()).isTrue();
        assertThat(od.units()).isEqualTo(7);
        // adjustments
        double s = FunnelZScore.proportionStandardError(theta, 20);
        double z = (12.0 / 20 - theta) / s;
        assertRel(od.multiplicativeZ(z), z / Math.sqrt(3.8794835170077704), "z / sqrt(phi)");
        assertRel(od.additiveZ(12.0 / 20, s), (12.0 / 20 - theta) / Math.sqrt(s * s + 0.020509597196358482), "additive z");
        double limit = FunnelLimits.normalBinomialLimit(theta, 20, 0.975);
        assertRel(od.multiplicativeLimit(limit), theta + (limit - theta) * Math.sqrt(3.8794835170077704), "wider limit");
        assertRel(od.additiveLimit(s, 0.975), theta + 1.959963984540054 * Math.sqrt(s * s + 0.020509597196358482),
                1e-12, "additive limit");
    }

    @Test
    void noWinsorising() {
        double theta = 180.0 / 242;
        OverdispersionEstimate od = Overdispersion.estimate(theta, proportions(X, N), ses(theta, N), 0);
        assertRel(od.phi(), 4.1402958817935769, "phi");
        assertRel(od.tau2(), 0.022279469341024559, "tau2");
        assertRel(od.chiSquarePValue(), 6.1314067143927357e-05, "p");
    }

    @Test
    void notOverdispersedLeavesEverythingAlone() {
        double[] x = {10, 22, 7, 26, 18, 6, 36};
        double theta = 125.0 / 242;
        OverdispersionEstimate od = Overdispersion.estimate(theta, proportions(x, N), ses(theta, N));
        assertRel(od.phi(), 0.019758888766677463, "phi");
        assertRel(od.chiSquarePValue(), 0.99994765756311577, "p");
        assertThat(od.overdispersed()).isFalse();
        assertThat(od.tau2()).isZero();
        assertThat(od.inflationFactor()).isEqualTo(1.0);
        assertThat(od.multiplicativeZ(2.5)).isEqualTo(2.5);
        assertThat(od.multiplicativeLimit(0.7)).isEqualTo(0.7);
    }

    @Test
    void poissonRates() {
        double[] d = {1, 0, 3, 2, 0, 1, 4};
        double[] b = {800, 650, 900, 1200, 500, 700, 1500};
        double theta = 11.0 / 6250;
        double[] y = new double[7];
        double[] s = new double[7];
        for (int i = 0; i < 7; i++) {
            y[i] = d[i] / b[i];
            s[i] = FunnelZScore.poissonStandardError(theta, b[i]);
        }
        OverdispersionEstimate od = Overdispersion.estimate(theta, y, s);
        assertRel(od.phi(), 0.51952666834996086, "phi");
        assertRel(od.chiSquarePValue(), 0.72570418981950713, "p");
        assertThat(od.overdispersed()).isFalse();
    }

    @Test
    void allUnitsOnTarget() {
        double[] y = {0.4, 0.4, 0.4, 0.4};
        double[] s = {0.1, 0.05, 0.2, 0.07};
        OverdispersionEstimate od = Overdispersion.estimate(0.4, y, s);
        assertThat(od.phi()).isZero();
        assertThat(od.tau2()).isZero();
        assertThat(od.overdispersed()).isFalse();
        assertThat(od.chiSquarePValue()).isEqualTo(1.0);
    }

    @Test
    void underDispersionIsNotOverdispersion() {
        // Iφ slightly above I − 1 but φ < 1: τ² > 0, the multiplicative factor stays 1
        double[] y = {0.5 + 0.95 * 0.1, 0.5 - 0.95 * 0.1};
        double[] s = {0.1, 0.1};
        OverdispersionEstimate od = Overdispersion.estimate(0.5, y, s, 0);
        assertRel(od.phi(), 0.9025, 1e-12, "phi");
        assertThat(od.overdispersed()).isTrue();
        assertThat(od.tau2()).isGreaterThan(0);
        assertThat(od.inflationFactor()).isEqualTo(1.0);
    }

    @Test
    void winsorisingUsesTypeSevenQuantiles() {
        // R: quantile(c(-3, -1, 0, 2, 10), c(0.1, 0.9)) = -2.2, 6.8
        double[] sorted = {-3, -1, 0, 2, 10};
        assertRel(Overdispersion.quantileType7(sorted, 0.1), -2.2, 1e-12, "q10");
        assertRel(Overdispersion.quantileType7(sorted, 0.9), 6.8, 1e-12, "q90");
    }

    @Test
    void rejectsBadInput() {
        assertThatThrownBy(() -> Overdispersion.estimate(0.5, new double[] {0.5}, new double[] {0.1}))
                .isInstanceOf(NumberIsTooSmallException.class);
        assertThatThrownBy(() -> Overdispersion.estimate(0.5, new double[] {0.5, 0.4}, new double[] {0.1, 0}))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("standard errors[1]");
        assertThatThrownBy(() -> Overdispersion.estimate(0.5, new double[] {0.5, 0.4}, new double[] {0.1, 0.1}, 0.5))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Winsorising");
    }
}
