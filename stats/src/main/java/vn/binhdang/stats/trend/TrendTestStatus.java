package vn.binhdang.stats.trend;

/** Whether a trend test could be carried out. */
public enum TrendTestStatus {
    /** The test statistics and p-value are defined. */
    TESTED,
    /** Fewer than 3 points: no test (OLS and Sen still give a slope from 2 points). */
    TOO_FEW_POINTS,
    /** At least 3 points, all with the same value: no test (slope 0, variance 0). */
    FLAT_SERIES
}
