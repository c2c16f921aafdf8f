/**
 * What the pack shows, as plain data (texts already localised, values in the indicator's unit, no
 * suppressed number): chart specs ({@link vn.binhdang.charts.spec.ChartSpec} and its records), status lines,
 * generated sentences, and {@link vn.binhdang.charts.spec.PackPlan}, the content of every page, built by
 * {@link vn.binhdang.charts.spec.PackPlanner}. Tests check all of it without drawing.
 */
package vn.binhdang.charts.spec;
