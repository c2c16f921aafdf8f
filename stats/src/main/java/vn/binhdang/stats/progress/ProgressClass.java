package vn.binhdang.stats.progress;

import vn.binhdang.stats.internal.Checks;

/**
 * Progress class from the ratio of observed to required growth (DESIGN §6):
 * ratio ≥ 0.95 on track; 0.6 ≤ ratio &lt; 0.95 needs acceleration; 0 ≤ ratio &lt; 0.6 limited progress
 * (no change at all, ratio 0, is limited progress); ratio &lt; 0 moving away. {@link #ACHIEVED} overrides.
 */
public enum ProgressClass {
    /** The target is met (passed in, or decided from the current value and the direction). */
    ACHIEVED,
    /** ratio ≥ 0.95. */
    ON_TRACK,
    /** 0.6 ≤ ratio &lt; 0.95. */
    NEEDS_ACCELERATION,
    /** 0 ≤ ratio &lt; 0.6. */
    LIMITED_PROGRESS,
    /** ratio &lt; 0: the value moved away from the target. */
    MOVING_AWAY,
    /** Not achieved and only one year of data (current year = base year): no growth to compare. */
    NOT_ASSESSABLE;

    /** Lower bound of {@link #ON_TRACK}. */
    public static final double ON_TRACK_THRESHOLD = 0.95;
    /** Lower bound of {@link #NEEDS_ACCELERATION}. */
    public static final double ACCELERATION_THRESHOLD = 0.6;

    /**
     * Class of a finite ratio (never {@link #ACHIEVED} or {@link #NOT_ASSESSABLE}).
     *
     * @throws org.apache.commons.math3.exception.NotFiniteNumberException for NaN or infinite ratios
     */
    public static ProgressClass ofRatio(double ratio) {
        Checks.finite(ratio, "growth ratio");
        if (ratio >= ON_TRACK_THRESHOLD) {
            return ON_TRACK;
        }
        if (ratio >= ACCELERATION_THRESHOLD) {
            return NEEDS_ACCELERATION;
        }
        return ratio >= 0 ? LIMITED_PROGRESS : MOVING_AWAY;
    }
}
