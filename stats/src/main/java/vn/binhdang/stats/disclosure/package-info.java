/**
 * Disclosure control for published counts of sensitive measures (DESIGN §6): primary suppression of small
 * counts and complementary suppression over additive relations, with an exact audit.
 */
package vn.binhdang.stats.disclosure;
