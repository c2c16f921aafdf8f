/**
 * Trends on short yearly series (typically 4–9 points; DESIGN §6): OLS slope with a t interval,
 * Mann–Kendall test with Kendall's tau, Sen's slope, and projection helpers on a fitted line.
 *
 * <p>Series are given as two arrays, the actual years (uneven gaps allowed, any order: they are sorted)
 * and the values. Years must be distinct: a yearly series has one value per year, and a duplicated year is
 * rejected with {@link java.lang.IllegalArgumentException}. NaN and infinite values are rejected; a missing
 * year is simply left out of the arrays.
 *
 * <p>A series too short for a test, or flat, gives a result whose {@link vn.binhdang.stats.trend.TrendTestStatus}
 * says so and whose test statistics are {@code null}: never an exception.
 */
package vn.binhdang.stats.trend;
