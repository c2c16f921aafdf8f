/**
 * Output: PNG files and the PDF chart pack (PDFBox + pdfbox-graphics2d: vector charts, embedded font,
 * extractable text). {@link vn.binhdang.charts.render.PackLayout} draws a
 * {@link vn.binhdang.charts.spec.PackPlan} page by page.
 */
package vn.binhdang.charts.render;
