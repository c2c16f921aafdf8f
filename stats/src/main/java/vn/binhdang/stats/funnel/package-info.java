/**
 * Funnel plots for comparing communes (DESIGN §6; Spiegelhalter 2005): control limits around a target θ
 * (usually the district value) as a function of the denominator, z-scores, and the over-dispersion
 * adjustments. Proportions are in [0, 1]; rates are per unit of the denominator (the caller scales).
 */
package vn.binhdang.stats.funnel;
