/**
 * Confidence intervals for proportions, Poisson counts and rates, the sex ratio at birth and the
 * difference of two proportions (DESIGN §6).
 *
 * <p>All intervals are on the natural scale: proportions in [0, 1], counts as counts, rates per unit of
 * the denominator, the sex ratio as boys per girl. Callers multiply by the catalogue's multiplier
 * (100 for percent and for boys per 100 girls, 100 000 for the maternal mortality ratio, ...), for
 * example with {@link vn.binhdang.stats.interval.ConfidenceInterval#scale(double)}.
 *
 * <p>Counts are {@code double} so that weighted survey counts can be passed; for whole-number counts
 * the exact methods are exact. NaN and infinite arguments are rejected.
 */
package vn.binhdang.stats.interval;
