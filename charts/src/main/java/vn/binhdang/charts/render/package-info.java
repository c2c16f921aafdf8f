/**
 * Output: PNG files and the PDF chart pack (PDFBox + pdfbox-graphics2d, vector charts, embedded font).
 */
package vn.binhdang.charts.render;
