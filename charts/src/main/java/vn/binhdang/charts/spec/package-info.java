/**
 * What the pack shows, as plain data (texts already localised, values in the indicator's unit, no
 * suppressed number): chart specs ({@link vn.binhdang.charts.spec.ChartSpec} and its records), status lines,
 * generated sentences, and {@link vn.binhdang.charts.spec.PackPlan}, the content of every page, built by
 * {@link vn.binhdang.charts.spec.PackPlanner}; {@link vn.binhdang.charts.spec.ChartDescriptions} says what a
 * chart shows in words (alternative texts). The PDF and the HTML report are both drawn from the plan. Tests
 * check all of it without drawing.
 */
package vn.binhdang.charts.spec;
