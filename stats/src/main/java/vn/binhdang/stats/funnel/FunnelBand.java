package vn.binhdang.stats.funnel;

import java.io.Serializable;

import vn.binhdang.stats.internal.Checks;

/**
 * The 95 % and 99.8 % funnel limits at one denominator.
 *
 * @param lower998 limit at p = 0.001
 * @param lower95 limit at p = 0.025
 * @param upper95 limit at p = 0.975
 * @param upper998 limit at p = 0.999
 */
public record FunnelBand(double lower998, double lower95, double upper95, double upper998) implements Serializable {

    /** @throws IllegalArgumentException unless lower998 ≤ lower95 ≤ upper95 ≤ upper998, all finite */
    public FunnelBand {
        Checks.finite(lower998, "lower 99.8% limit");
        Checks.finite(lower95, "lower 95% limit");
        Checks.finite(upper95, "upper 95% limit");
        Checks.finite(upper998, "upper 99.8% limit");
        if (!(lower998 <= lower95 && lower95 <= upper95 && upper95 <= upper998)) {
            throw new IllegalArgumentException("funnel limits out of order: " + lower998 + ", " + lower95 + ", "
                    + upper95 + ", " + upper998);
        }
    }

    /** Where {@code value} lies; values on a limit are inside it. */
    public FunnelPosition classify(double value) {
        Checks.finite(value, "value");
        if (value > upper998) {
            return FunnelPosition.HIGH_998;
        }
        if (value < lower998) {
            return FunnelPosition.LOW_998;
        }
        if (value > upper95) {
            return FunnelPosition.HIGH_95;
        }
        return value < lower95 ? FunnelPosition.LOW_95 : FunnelPosition.INSIDE;
    }
}
