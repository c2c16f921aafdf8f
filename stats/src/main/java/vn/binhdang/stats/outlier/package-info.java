/**
 * Outlier rules for the data-quality checks (flags only: nothing is ever dropped).
 *
 * <ul>
 *   <li>{@link vn.binhdang.stats.outlier.ModifiedZScore}: Iglewicz and Hoaglin's modified z-score,
 *       M = 0.6745 (x − median) / MAD with the raw MAD, |M| &gt; 3.5;</li>
 *   <li>{@link vn.binhdang.stats.outlier.IqrRule}: Tukey's fences Q1 − 1.5 IQR, Q3 + 1.5 IQR with type 7
 *       quartiles;</li>
 *   <li>{@link vn.binhdang.stats.outlier.RobustStatistics}: median, MAD (raw and R's scaled 1.4826 × MAD),
 *       type 7 quantiles and IQR, as R computes them.</li>
 * </ul>
 *
 * <p>Both rules need at least 5 values and a spread above 0; a scan that cannot be tested says why
 * ({@link vn.binhdang.stats.outlier.ScanStatus}) and flags nothing.
 */
package vn.binhdang.stats.outlier;
