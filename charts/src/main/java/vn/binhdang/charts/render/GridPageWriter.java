package vn.binhdang.charts.render;

import java.io.IOException;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import vn.binhdang.charts.spec.PackPlan;
import vn.binhdang.charts.theme.Palette;
import vn.binhdang.charts.theme.Theme;

/**
 * Draws a {@link PackPlan.Grid} (the status matrix, the completeness grid) on as few pages as it takes: the
 * largest font from the table size down at which the rows fit one page, else rows continue on the next
 * page under the repeated column headings; columns that do not fit the width (a province's communes) go
 * on further pages, each with the row labels again.
 */
final class GridPageWriter extends PageWriter {
    /** Narrowest column a light and a short word ("muộn 8 ngày", "42,9 %") still fit in. */
    static final float MIN_COLUMN = 56;
    private static final float MAX_COLUMN = 96;
    private static final float LABEL_SHARE = 0.36f;
    private static final float MIN_LABEL = 90;
    private static final float PAD = 3;

    GridPageWriter(PdfPackWriter w) {
        super(w);
    }

    void draw(PackPlan.Grid g) throws IOException {
        float width = PdfPackWriter.CONTENT_WIDTH;
        int n = g.columns().size();
        // as wide as the longest label needs, at most a third of the page (long names wrap)
        float longest = 0;
        for (PackPlan.GridRow r : g.rows()) {
            longest = Math.max(longest, PdfText.width(bold, Theme.TABLE_PT, r.label()));
        }
        float labelW = Math.min(width * LABEL_SHARE, Math.max(MIN_LABEL, longest + 2 * PAD + 2));
        int perPage = Math.max(1, Math.min(n, (int) ((width - labelW) / MIN_COLUMN)));
        for (int from = 0; from < n; from += perPage) {
            int to = Math.min(n, from + perPage);
            float colW = Math.min(MAX_COLUMN, (width - labelW) / (to - from));
            chunk(g, from, to, labelW, colW);
        }
    }

    /** Columns {@code from..to} of every row, on one page or more. */
    private void chunk(PackPlan.Grid g, int from, int to, float labelW, float colW) throws IOException {
        int row = 0;
        boolean first = true;
        while (row < g.rows().size()) {
            var page = w.newPage();
            try (PDPageContentStream cs = new PDPageContentStream(w.document(), page)) {
                float y = w.frame(cs, null, null, g.title()) - 4;
                if (first) {
                    y = w.paragraph(cs, g.intro(), regular, Theme.TABLE_PT + 0.5f, Palette.MUTED_TEXT,
                            PdfPackWriter.MARGIN_X, y, PdfPackWriter.CONTENT_WIDTH) - 6;
                }
                y = legend(cs, g, y) - 6;
                float bottom = PdfPackWriter.CONTENT_BOTTOM + (g.note() == null ? 0 : noteHeight(g.note()));
                float size = fit(g, row, from, to, labelW, colW, y - bottom);
                y = heads(cs, g, from, to, labelW, colW, size, y);
                while (row < g.rows().size()) {
                    float h = height(g.rows().get(row), from, to, labelW, colW, size);
                    if (y - h < bottom) break;
                    y = row(cs, g.rows().get(row), from, to, labelW, colW, size, y);
                    row++;
                }
                if (g.note() != null) {
                    w.paragraph(cs, g.note(), regular, Theme.TABLE_PT, Palette.MUTED_TEXT, PdfPackWriter.MARGIN_X,
                            PdfPackWriter.CONTENT_BOTTOM + noteHeight(g.note()) - 4, PdfPackWriter.CONTENT_WIDTH);
                }
            }
            first = false;
        }
    }

    private float noteHeight(String note) {
        return PdfText.wrap(regular, Theme.TABLE_PT, note, PdfPackWriter.CONTENT_WIDTH).size()
                * Theme.TABLE_PT * Theme.LEADING + 6;
    }

    private float legend(PDPageContentStream cs, PackPlan.Grid g, float top) throws IOException {
        float size = Theme.TABLE_PT;
        float x = PdfPackWriter.MARGIN_X;
        float baseline = top - size;
        for (PackPlan.LegendItem i : g.legend()) {
            w.light(cs, i.light(), x + Theme.LIGHT_PT / 2, baseline + size * 0.33f, Theme.LIGHT_PT);
            x += Theme.LIGHT_PT + 4;
            w.text(cs, i.word(), regular, size, Palette.TEXT, x, baseline);
            x += PdfText.width(regular, size, i.word()) + 18;
        }
        return baseline - size * 0.6f;
    }

    /** The largest font from the table size down at which the remaining rows fit {@code available}. */
    private float fit(PackPlan.Grid g, int fromRow, int from, int to, float labelW, float colW, float available) {
        for (float size = Theme.TABLE_PT; size > PdfPackWriter.MIN_TABLE_PT; size -= 0.2f) {
            float h = headHeight(g, from, to, colW, size);
            for (int r = fromRow; r < g.rows().size(); r++) {
                h += height(g.rows().get(r), from, to, labelW, colW, size);
            }
            if (h <= available) return size;
        }
        return PdfPackWriter.MIN_TABLE_PT;
    }

    private float headHeight(PackPlan.Grid g, int from, int to, float colW, float size) {
        int lines = 1;
        for (int c = from; c < to; c++) {
            lines = Math.max(lines, PdfText.wrap(bold, size, g.columns().get(c), colW - 2 * PAD).size());
        }
        return lines * size * Theme.LEADING + 2 * PAD;
    }

    private float heads(PDPageContentStream cs, PackPlan.Grid g, int from, int to, float labelW, float colW,
                        float size, float top) throws IOException {
        float h = headHeight(g, from, to, colW, size);
        float x = PdfPackWriter.MARGIN_X;
        w.fillRect(cs, x, top - h, labelW + (to - from) * colW, h, Palette.TABLE_GROUP);
        w.paragraph(cs, g.rowHead(), bold, size, Palette.TEXT, x + PAD, top - PAD, labelW - 2 * PAD);
        for (int c = from; c < to; c++) {
            w.paragraph(cs, g.columns().get(c), bold, size, Palette.TEXT, x + labelW + (c - from) * colW + PAD,
                    top - PAD, colW - 2 * PAD);
        }
        return top - h;
    }

    private float height(PackPlan.GridRow r, int from, int to, float labelW, float colW, float size) {
        int lines = PdfText.wrap(r.total() ? bold : regular, size, r.label(), labelW - 2 * PAD).size();
        for (int c = from; c < to; c++) {
            lines = Math.max(lines, cellLines(r.cells().get(c), colW, size).size());
        }
        float group = r.group() == null ? 0 : size * Theme.LEADING + 2 * PAD;
        return group + lines * size * Theme.LEADING + 2 * PAD;
    }

    /** The cell's text wrapped beside its light. */
    private List<String> cellLines(PackPlan.GridCell cell, float colW, float size) {
        if (cell.text() == null || cell.text().isEmpty()) return List.of("");
        return PdfText.wrap(regular, size, cell.text(), colW - 2 * PAD - (cell.light() == null ? 0 : Theme.LIGHT_PT + 3));
    }

    private float row(PDPageContentStream cs, PackPlan.GridRow r, int from, int to, float labelW, float colW,
                      float size, float top) throws IOException {
        float x = PdfPackWriter.MARGIN_X;
        float right = x + labelW + (to - from) * colW;
        if (r.group() != null) {
            w.paragraph(cs, r.group(), bold, size, Palette.BLUE, x + PAD, top - PAD, right - x - 2 * PAD);
            top -= size * Theme.LEADING + 2 * PAD;
        }
        float h = height(new PackPlan.GridRow(null, r.label(), r.total(), r.cells()), from, to, labelW, colW, size);
        if (r.total()) w.fillRect(cs, x, top - h, right - x, h, Palette.TABLE_GROUP);
        w.paragraph(cs, r.label(), r.total() ? bold : regular, size, Palette.TEXT, x + PAD, top - PAD,
                labelW - 2 * PAD);
        for (int c = from; c < to; c++) {
            PackPlan.GridCell cell = r.cells().get(c);
            float cx = x + labelW + (c - from) * colW + PAD;
            float textX = cx;
            if (cell.light() != null) {
                w.light(cs, cell.light(), cx + Theme.LIGHT_PT / 2, top - PAD - size * 0.62f, Theme.LIGHT_PT);
                textX += Theme.LIGHT_PT + 3;
            }
            List<String> lines = cellLines(cell, colW, size);
            float y = top - PAD;
            for (String l : lines) {
                y -= size * Theme.LEADING;
                w.text(cs, l, regular, size, Palette.TEXT, textX, y + (Theme.LEADING - 1) * size);
            }
        }
        w.hline(cs, x, right, top - h, Palette.RULE);
        return top - h;
    }
}
