package vn.binhdang.charts.render;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDPageContentStream;

import vn.binhdang.charts.spec.PackPlan;
import vn.binhdang.charts.theme.Palette;
import vn.binhdang.charts.theme.Theme;

/**
 * A commune's page of the pack: its summary sentence, then the annex table of every commune-level indicator
 * (commune value, district value, target, status, comparison, rank), continued on further pages when long,
 * and the footnote. Draws on a {@link PdfPackWriter}.
 */
final class CommunePageWriter extends PageWriter {
    /** Column widths of the annex table: indicator, commune value, district, target, status, compare, rank. */
    static final float[] ANNEX_COLUMNS = {236, 140, 70, 52, 104, 110, 46};

    CommunePageWriter(PdfPackWriter w) {
        super(w);
    }

    void draw(PackPlan.CommunePage c, String header) throws IOException {
        PDPageContentStream cs = new PDPageContentStream(w.document(), w.newPage());
        try {
            float y = w.frame(cs, header, null, c.title());
            y = w.paragraph(cs, c.summary(), regular, Theme.BODY_PT - 1, Palette.TEXT, PdfPackWriter.MARGIN_X, y - 2,
                    PdfPackWriter.CONTENT_WIDTH);
            y -= 6;
            float footSize = Theme.TABLE_PT - 0.5f;
            List<String> foot = PdfText.wrap(regular, footSize, c.footnote(), PdfPackWriter.CONTENT_WIDTH);
            float footH = foot.size() * footSize * Theme.LEADING + 4;
            List<StatusTable.Row> rows = new ArrayList<>();
            for (PackPlan.AnnexGroup g : c.groups()) {
                rows.add(StatusTable.Row.group(g.heading()));
                g.rows().forEach(r -> rows.add(StatusTable.Row.annex(r)));
            }
            PackPlan.AnnexColumns k = c.columns();
            String[] heads = {k.indicator(), k.commune(), k.district(), k.target(), k.status(), k.compare(), k.rank()};
            float bottom = PdfPackWriter.CONTENT_BOTTOM + footH + 4;
            float size = StatusTable.fit(w, regular, bold, rows, heads, ANNEX_COLUMNS, y - bottom);
            StatusTable t = new StatusTable(w, regular, bold, ANNEX_COLUMNS, heads, size);
            cs = t.drawRows(cs, rows, y, bottom, next -> w.frame(next, header, null, c.title()));
            w.paragraph(cs, c.footnote(), regular, footSize, Palette.MUTED_TEXT, PdfPackWriter.MARGIN_X,
                    PdfPackWriter.CONTENT_BOTTOM + footH, PdfPackWriter.CONTENT_WIDTH);
        } finally {
            cs.close();
        }
    }
}
