/**
 * Charts and the PDF chart pack of a published warehouse release. Entry point: {@code pack.ChartPack}; this
 * package holds only what every sub-package shares ({@link vn.binhdang.charts.Lang}).
 * Sub-packages: {@code release} (reading the Parquet tables), {@code theme} (fonts, colours, formats, texts),
 * {@code spec} (what a chart shows, as data), {@code factory} (JFreeChart from a spec), {@code render} (PNG, PDF),
 * {@code html} (the static HTML report, from the same plan as the PDF), {@code workbook} (the summary XLSX),
 * {@code pack} (renders all of them from one plan).
 */
package vn.binhdang.charts;
