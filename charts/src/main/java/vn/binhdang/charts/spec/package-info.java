/**
 * Chart specifications as plain data (texts already localised, values in the indicator unit), built from a
 * release by {@link vn.binhdang.charts.spec.TrendSpecs}; tests check them without drawing.
 */
package vn.binhdang.charts.spec;
