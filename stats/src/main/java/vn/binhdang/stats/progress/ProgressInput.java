package vn.binhdang.stats.progress;

import java.io.Serializable;
import java.util.Objects;

import vn.binhdang.stats.TargetDirection;
import vn.binhdang.stats.internal.Checks;

/**
 * What {@link ProgressMeasure#assess(ProgressInput)} needs. Values are on any scale, the same for all three.
 *
 * @param baseYear year of the base value t₀
 * @param baseValue base value x₀
 * @param currentYear latest year t ≥ t₀
 * @param currentValue latest value x<sub>t</sub>
 * @param targetYear target year T &gt; t₀
 * @param targetValue target x*
 * @param direction how the target is met
 * @param tolerance half-width of the band for {@link TargetDirection#CLOSE_TO} (≥ 0; ignored otherwise)
 * @param achieved whether the target is achieved, decided by the caller (e.g. from the interval, or a complete
 *                 enumeration); {@code null} to decide it from the current value and the direction
 */
public record ProgressInput(double baseYear, double baseValue, double currentYear, double currentValue,
                            double targetYear, double targetValue, TargetDirection direction, double tolerance,
                            Boolean achieved) implements Serializable {

    /**
     * @throws org.apache.commons.math3.exception.NotFiniteNumberException for NaN or infinite numbers
     * @throws org.apache.commons.math3.exception.NumberIsTooSmallException if currentYear &lt; baseYear or
     *         targetYear ≤ baseYear
     */
    public ProgressInput {
        Checks.finite(baseYear, "base year");
        Checks.finite(baseValue, "base value");
        Checks.finite(currentYear, "current year");
        Checks.finite(currentValue, "current value");
        Checks.finite(targetYear, "target year");
        Checks.finite(targetValue, "target value");
        Objects.requireNonNull(direction, "direction");
        Checks.nonNegative(tolerance, "tolerance");
        Checks.atLeast(currentYear, baseYear, "current year", "base year");
        if (!(targetYear > baseYear)) {
            throw new org.apache.commons.math3.exception.NumberIsTooSmallException(
                    new org.apache.commons.math3.exception.util.DummyLocalizable(
                            "target year ({0}) must be after base year ({1})"), targetYear, baseYear, false);
        }
    }

    /** Input with tolerance 0 and achievement decided from the values. */
    public static ProgressInput of(double baseYear, double baseValue, double currentYear, double currentValue,
                                   double targetYear, double targetValue, TargetDirection direction) {
        return new ProgressInput(baseYear, baseValue, currentYear, currentValue, targetYear, targetValue, direction,
                0, null);
    }

    /** A copy with the close-to tolerance set. */
    public ProgressInput withTolerance(double newTolerance) {
        return new ProgressInput(baseYear, baseValue, currentYear, currentValue, targetYear, targetValue, direction,
                newTolerance, achieved);
    }

    /** A copy with achievement decided by the caller ({@code null}: decide from the values). */
    public ProgressInput withAchieved(Boolean newAchieved) {
        return new ProgressInput(baseYear, baseValue, currentYear, currentValue, targetYear, targetValue, direction,
                tolerance, newAchieved);
    }
}
