package vn.binhdang.stats.outlier;

/** Whether a set of values could be tested for outliers. */
public enum ScanStatus {
    /** Tested: every point has a flag. */
    TESTED,
    /** Fewer points than the rule needs (5 by default): no test, nothing flagged. */
    TOO_FEW_POINTS,
    /** No spread (MAD or IQR of 0, e.g. most values equal): no test, nothing flagged. */
    NO_SPREAD
}
