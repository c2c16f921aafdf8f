package vn.binhdang.stats.funnel;

import vn.binhdang.stats.internal.Checks;
import vn.binhdang.stats.internal.Distributions;

/**
 * Where a unit lies on a funnel plot. A unit exactly on a limit is inside it.
 * "Beyond 95 %" means outside the 95 % limits but within the 99.8 % limits.
 */
public enum FunnelPosition {
    /** Within the 95 % limits. */
    INSIDE,
    /** Above the upper 95 % limit, not above the upper 99.8 % limit. */
    HIGH_95,
    /** Below the lower 95 % limit, not below the lower 99.8 % limit. */
    LOW_95,
    /** Above the upper 99.8 % limit. */
    HIGH_998,
    /** Below the lower 99.8 % limit. */
    LOW_998;

    private static final double Z_95 = Distributions.normalQuantile(FunnelLimits.P95_UPPER);
    private static final double Z_998 = Distributions.normalQuantile(FunnelLimits.P998_UPPER);

    /** Whether the unit is outside the 95 % limits (on either side, including beyond 99.8 %). */
    public boolean beyond95() {
        return this != INSIDE;
    }

    /** Whether the unit is outside the 99.8 % limits. */
    public boolean beyond998() {
        return this == HIGH_998 || this == LOW_998;
    }

    /**
     * Position from a z-score against the normal quantiles 1.959964 (p = 0.975) and 3.090232 (p = 0.999).
     */
    public static FunnelPosition ofZ(double z) {
        Checks.finite(z, "z-score");
        if (z > Z_998) {
            return HIGH_998;
        }
        if (z < -Z_998) {
            return LOW_998;
        }
        if (z > Z_95) {
            return HIGH_95;
        }
        return z < -Z_95 ? LOW_95 : INSIDE;
    }
}
