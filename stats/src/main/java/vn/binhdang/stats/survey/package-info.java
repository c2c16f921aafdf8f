/**
 * Design-based estimates from weighted survey records: domain proportions with Taylor-linearised standard
 * errors and intervals that account for the weights (and strata), where a binomial interval on weighted
 * counts would treat thousands of represented people as if each had been sampled.
 */
package vn.binhdang.stats.survey;
