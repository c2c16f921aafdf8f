/**
 * Empirical-Bayes smoothing of commune rates and proportions towards the district value (DESIGN §6
 * "Comparing communes"): small communes are pulled strongly towards the mean, large ones hardly at all.
 */
package vn.binhdang.stats.smoothing;
