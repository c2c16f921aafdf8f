package vn.binhdang.stats.trend;

import java.io.Serializable;

import vn.binhdang.stats.interval.ConfidenceInterval;

/**
 * Result of {@link SenSlope#estimate(double[], double[], double)}.
 *
 * @param n number of points
 * @param pairs number of pairwise slopes N' = n(n−1)/2
 * @param slope median of the pairwise slopes; {@code null} with fewer than 2 points
 * @param intercept median(y) − slope·median(year); {@code null} with fewer than 2 points
 * @param interval Gilbert's (1987) rank interval for the slope; {@code null} with fewer than 3 points or for a
 *                 flat series
 * @param intervalClamped whether a rank of the interval fell outside 1..N' and was clamped to the extreme
 *                        slope (very short series): the interval then covers less than its nominal level
 */
public record SenSlopeResult(int n, int pairs, Double slope, Double intercept, ConfidenceInterval interval,
                             boolean intervalClamped) implements Serializable {

    /** The line slope·year + intercept, or {@code null} when there is no slope. */
    public TrendLine line() {
        return slope == null ? null : new TrendLine(slope, intercept);
    }
}
