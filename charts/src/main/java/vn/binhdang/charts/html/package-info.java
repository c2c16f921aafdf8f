/**
 * The static HTML report: the chart pack's {@link vn.binhdang.charts.spec.PackPlan} as web pages that open
 * from disk, offline ({@link vn.binhdang.charts.html.HtmlReport}). {@code ReportWriter} turns the plan into
 * XHTML-compatible HTML5 through {@code Html} (every text escaped); {@code Assets} writes the one style sheet
 * (theme colours as CSS variables) and the script (table sorting, load check) from resources.
 */
package vn.binhdang.charts.html;
