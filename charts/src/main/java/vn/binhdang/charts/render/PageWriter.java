package vn.binhdang.charts.render;

import org.apache.pdfbox.pdmodel.font.PDFont;

/**
 * A kind of page of the pack (summary, indicator, commune, grid, data), drawn on the document, fonts and
 * drawing helpers of a {@link PdfPackWriter}: one class per page kind keeps each layout readable alone.
 */
abstract class PageWriter {
    final PdfPackWriter w;
    final PDFont regular;
    final PDFont bold;

    PageWriter(PdfPackWriter w) {
        this.w = w;
        this.regular = w.regular();
        this.bold = w.bold();
    }
}
