/**
 * Charts and the PDF chart pack of a published warehouse release. Entry point: {@link vn.binhdang.charts.ChartPack}.
 * Sub-packages: {@code release} (reading the Parquet tables), {@code theme} (fonts, colours, formats, texts),
 * {@code spec} (what a chart shows, as data), {@code factory} (JFreeChart from a spec), {@code render} (PNG, PDF),
 * {@code html} (the static HTML report, from the same plan as the PDF).
 */
package vn.binhdang.charts;
