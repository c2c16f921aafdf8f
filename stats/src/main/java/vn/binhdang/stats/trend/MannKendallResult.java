package vn.binhdang.stats.trend;

import java.io.Serializable;

/**
 * Result of {@link MannKendall#test(double[], double[])}.
 *
 * @param n number of points
 * @param status whether the test was carried out
 * @param s Mann–Kendall S = Σ_{i&lt;j} sgn(y_j − y_i) in year order (0 with fewer than 2 points)
 * @param varianceS Var(S) with the tie correction (0 for a flat series or fewer than 2 points)
 * @param z continuity-corrected Z; {@code null} unless tested
 * @param pValue two-sided normal p-value of Z; {@code null} unless tested
 * @param tau Kendall's tau-b between year and value (equals tau-a when no values are tied); {@code null} with
 *            fewer than 2 points or for a flat series, where it is undefined
 */
public record MannKendallResult(int n, TrendTestStatus status, long s, double varianceS, Double z, Double pValue,
                                Double tau) implements Serializable {
}
