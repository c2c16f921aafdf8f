/**
 * Statistical methods of Bình Đẳng: pure Java over Apache Commons Math, no Spark (DESIGN §6).
 *
 * <ul>
 *   <li>{@link vn.binhdang.stats.interval}: Wilson, Clopper–Pearson, exact Poisson, sex ratio, Newcombe
 *       difference, small-number flags;</li>
 *   <li>{@link vn.binhdang.stats.trend}: OLS, Mann–Kendall, Sen's slope, projections;</li>
 *   <li>{@link vn.binhdang.stats.progress}: progress classes from observed versus required growth;</li>
 *   <li>{@link vn.binhdang.stats.funnel}: funnel limits, z-scores, over-dispersion;</li>
 *   <li>{@link vn.binhdang.stats.smoothing}: empirical-Bayes smoothing;</li>
 *   <li>{@link vn.binhdang.stats.disclosure}: primary and complementary cell suppression with an exact audit;</li>
 *   <li>{@link vn.binhdang.stats.outlier}: modified z-score and IQR outlier rules, R's median, MAD and quantiles.</li>
 * </ul>
 *
 * <p>Common conventions: results are immutable records, methods are static or on stateless (serializable)
 * objects; NaN and infinite inputs are rejected with Commons Math's {@code IllegalArgumentException}
 * subclasses naming the argument; values that are undefined for the data (a p-value for a flat series, a parity
 * index with no men) are {@code null}, never NaN.
 */
package vn.binhdang.stats;
