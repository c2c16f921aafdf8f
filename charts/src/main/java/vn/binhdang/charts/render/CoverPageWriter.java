package vn.binhdang.charts.render;

import java.io.IOException;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;

import vn.binhdang.charts.spec.PackPlan;
import vn.binhdang.charts.theme.Palette;
import vn.binhdang.charts.theme.Theme;

/** The cover of the pack: area, title, contents with pages, run date, data status and the note. */
final class CoverPageWriter extends PageWriter {

    CoverPageWriter(PdfPackWriter w) {
        super(w);
    }

    /**
     * The cover, put in front of the pages drawn so far: district, title, contents with pages, run date,
     * data status and the note on intervals and suppression.
     *
     * @param contents rows of (section, pages)
     */
    void draw(PackPlan.Cover c, List<String[]> contents) throws IOException {
        PDPage page = new PDPage(PdfPackWriter.PAGE);
        if (w.document().getNumberOfPages() == 0) {
            w.document().addPage(page);
        } else {
            w.document().getPages().insertBefore(page, w.document().getPage(0));
        }
        try (PDPageContentStream cs = new PDPageContentStream(w.document(), page)) {
            float left = PdfPackWriter.MARGIN_X + 18;
            float width = PdfPackWriter.CONTENT_WIDTH - 18;
            w.fillRect(cs, PdfPackWriter.MARGIN_X, PdfPackWriter.MARGIN_BOTTOM + 20, 6, PdfPackWriter.PAGE.getHeight() - PdfPackWriter.MARGIN_TOP - PdfPackWriter.MARGIN_BOTTOM - 40,
                    Palette.BLUE);
            float y = PdfPackWriter.PAGE.getHeight() - PdfPackWriter.MARGIN_TOP - 30;
            y = w.paragraph(cs, c.district(), regular, 13, Palette.MUTED_TEXT, left, y, width);
            y -= 10;
            y = w.paragraph(cs, c.title(), bold, 22, Palette.TEXT, left, y, width * 0.88f);
            y -= 4;
            y = w.paragraph(cs, c.subtitle(), regular, 14, Palette.TEXT, left, y, width);
            for (String m : c.meta()) {
                y -= 2;
                y = w.paragraph(cs, m, regular, Theme.BODY_PT, Palette.MUTED_TEXT, left, y, width);
            }
            y -= 20;
            // Two columns: contents on the left, data status on the right.
            float colGap = 30;
            float colW = (width - colGap) / 2;
            float top = y;
            y = w.paragraph(cs, c.contentsHeading(), bold, 12, Palette.TEXT, left, y, colW);
            y -= 4;
            float pagesW = 70;
            for (String[] row : contents) {
                List<String> lines = PdfText.wrap(regular, Theme.BODY_PT, row[0], colW - pagesW - 8);
                float rowTop = y;
                y = w.paragraph(cs, row[0], regular, Theme.BODY_PT, Palette.TEXT, left, y, colW - pagesW - 8);
                w.text(cs, row[1], regular, Theme.BODY_PT, Palette.MUTED_TEXT,
                        left + colW - PdfText.width(regular, Theme.BODY_PT, row[1]),
                        rowTop - Theme.BODY_PT * Theme.LEADING + (Theme.LEADING - 1) * Theme.BODY_PT);
                y -= lines.size() > 1 ? 3 : 2;
            }
            float rx = left + colW + colGap;
            float ry = top;
            ry = w.paragraph(cs, c.statusHeading(), bold, 12, Palette.TEXT, rx, ry, colW);
            ry -= 4;
            for (String s : c.status()) {
                ry = w.paragraph(cs, s, regular, Theme.BODY_PT, Palette.TEXT, rx, ry, colW);
                ry -= 4;
            }
            List<String> noteLines = PdfText.wrap(regular, 9, c.note(), width);
            float noteTop = PdfPackWriter.MARGIN_BOTTOM + 20 + noteLines.size() * 9 * Theme.LEADING;
            w.paragraph(cs, c.note(), regular, 9, Palette.MUTED_TEXT, left, noteTop, width);
        }
    }
}
