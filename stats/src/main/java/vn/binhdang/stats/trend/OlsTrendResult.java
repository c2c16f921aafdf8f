package vn.binhdang.stats.trend;

import java.io.Serializable;

import vn.binhdang.stats.interval.ConfidenceInterval;

/**
 * Result of {@link OlsTrend#fit(double[], double[], double)}. Fields that are not defined for the series are
 * {@code null} (see {@link OlsTrend} for which).
 *
 * @param n number of points
 * @param status whether the slope was tested
 * @param slope change per year; {@code null} with fewer than 2 points
 * @param intercept value at year 0; {@code null} with fewer than 2 points
 * @param slopeStandardError standard error of the slope; only when tested
 * @param slopeInterval t-based interval of the slope; only when tested
 * @param pValue two-sided p-value of slope = 0; only when tested
 * @param rSquared coefficient of determination; only when tested
 */
public record OlsTrendResult(int n, TrendTestStatus status, Double slope, Double intercept, Double slopeStandardError,
                             ConfidenceInterval slopeInterval, Double pValue, Double rSquared) implements Serializable {

    /** The fitted line, or {@code null} when there is no slope. */
    public TrendLine line() {
        return slope == null ? null : new TrendLine(slope, intercept);
    }
}
