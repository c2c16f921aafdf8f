package vn.binhdang.stats.trend;

import java.io.Serializable;

import vn.binhdang.stats.TargetDirection;
import vn.binhdang.stats.internal.Checks;

/**
 * A fitted straight line value = intercept + slope·year (years as calendar years, as fitted), with the
 * projection helpers of DESIGN §6 "Progress".
 *
 * @param slope change per year
 * @param intercept value at year 0 (the fits use actual years, so this is far from the data)
 */
public record TrendLine(double slope, double intercept) implements Serializable {

    /** Values within this relative distance of the target count as equal to it (rounding noise). */
    private static final double RELATIVE_NOISE = 1e-9;

    /** @throws org.apache.commons.math3.exception.NotFiniteNumberException for NaN or infinite coefficients */
    public TrendLine {
        Checks.finite(slope, "slope");
        Checks.finite(intercept, "intercept");
    }

    /** Projected value at {@code year}. */
    public double valueAt(double year) {
        Checks.finite(year, "year");
        return intercept + slope * year;
    }

    /** The (real) year at which the line equals {@code level}, {@code null} for a flat line. */
    public Double crossingYear(double level) {
        Checks.finite(level, "level");
        return slope == 0 ? null : (level - intercept) / slope;
    }

    /**
     * The first whole year Y ≥ ⌈fromYear⌉ in which the line's value meets the target, or {@code null} when the
     * line never will (flat, or moving away from the target).
     *
     * <p>Rounding: the answer is the first whole calendar year at or after the crossing, i.e. the year in which
     * the projected value first meets the target; if the line already meets the target at ⌈fromYear⌉, that year
     * is returned. For {@code CLOSE_TO} the band counts as reached at the first whole year at or after the line
     * crosses its near edge (a line may cross a zero-width band between two whole years). Strict directions
     * (gt, lt) need the value to be strictly beyond the target, so a crossing that falls exactly on a whole year
     * is reached the year after. Values within 1e-9 (relative to
     * max(1, |target|)) of the target count as equal to it, so that floating-point noise does not move the year.
     * Years beyond the range of {@code int} give {@code null}.
     *
     * @param target target value
     * @param direction how the target is met; for {@link TargetDirection#CLOSE_TO} the band
     *                  [target − tolerance, target + tolerance]
     * @param tolerance half-width of the band for {@code CLOSE_TO}, ignored otherwise (≥ 0)
     * @param fromYear usually the last observed year
     */
    public Integer firstYearReaching(double target, TargetDirection direction, double tolerance, double fromYear) {
        Checks.finite(target, "target");
        Checks.nonNegative(tolerance, "tolerance");
        Checks.finite(fromYear, "fromYear");
        if (direction == null) {
            throw new NullPointerException("direction");
        }
        double eps = RELATIVE_NOISE * Math.max(1, Math.abs(target));
        double start = Math.ceil(fromYear);
        if (meets(valueAt(start), target, direction, tolerance, eps)) {
            return toYear(start);
        }
        if (direction == TargetDirection.CLOSE_TO) {
            // reaching the band = crossing its near edge, even if a whole year never falls inside a narrow band
            return valueAt(start) > target
                    ? firstYearReaching(target + tolerance, TargetDirection.AT_MOST, 0, fromYear)
                    : firstYearReaching(target - tolerance, TargetDirection.AT_LEAST, 0, fromYear);
        }
        boolean upward = direction.improvementSign() > 0;
        if (upward ? !(slope > 0) : !(slope < 0)) {
            return null;
        }
        double crossing = (target - intercept) / slope;
        // Start just before the analytic crossing and step: robust to rounding and to strict bounds.
        double year = Math.max(start + 1, Math.floor(crossing) - 1);
        for (int step = 0; step < 4; step++, year++) {
            if (meets(valueAt(year), target, direction, tolerance, eps)) {
                return toYear(year);
            }
        }
        return null; // not reached: the answer lies within 4 steps of floor(crossing) − 1
    }

    /** {@link #firstYearReaching(double, TargetDirection, double, double)} with tolerance 0. */
    public Integer firstYearReaching(double target, TargetDirection direction, double fromYear) {
        return firstYearReaching(target, direction, 0, fromYear);
    }

    private static boolean meets(double v, double target, TargetDirection direction, double tolerance, double eps) {
        return switch (direction) {
            case AT_LEAST -> v >= target - eps;
            case MORE_THAN -> v > target + eps;
            case AT_MOST -> v <= target + eps;
            case LESS_THAN -> v < target - eps;
            case CLOSE_TO -> Math.abs(v - target) <= tolerance + eps;
        };
    }

    private static Integer toYear(double year) {
        return year > Integer.MAX_VALUE || year < Integer.MIN_VALUE ? null : (int) year;
    }
}
