/**
 * The chart pack of a release: {@link vn.binhdang.charts.pack.ChartPack} plans it once
 * ({@link vn.binhdang.charts.spec.PackPlanner}) and renders the PNGs, the PDF, the summary workbook and the HTML
 * report from that plan. It sits above every other package of the module, so nothing imports it back.
 */
package vn.binhdang.charts.pack;
