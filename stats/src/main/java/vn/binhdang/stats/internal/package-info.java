/**
 * Argument checks and high-accuracy distribution quantiles shared by the statistics packages.
 * Not part of the module's API: callers outside {@code vn.binhdang.stats} should not use it.
 */
package vn.binhdang.stats.internal;
