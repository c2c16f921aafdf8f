package vn.binhdang.charts.render;

import java.awt.Color;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDFont;

import vn.binhdang.charts.spec.PackPlan;
import vn.binhdang.charts.spec.StatusEntry;
import vn.binhdang.charts.spec.StatusLine;
import vn.binhdang.charts.theme.Palette;
import vn.binhdang.charts.theme.Theme;

/**
 * The table of the summary and commune pages: fixed columns at one font size, cells that wrap, the entries
 * of a row (one per sex) stacked, objective headings across the table. {@link #fit} picks the largest font
 * whose rows fit the page. Draws on a {@link PdfPackWriter}.
 */
final class StatusTable {
    private final PdfPackWriter w;
    private final PDFont regular;
    private final PDFont bold;
    final float[] widths;
    final String[] heads;
    final float size;
    final float lead;
    static final float PAD_X = 4;
    static final float PAD_Y = 2.0f;

    StatusTable(PdfPackWriter w, PDFont regular, PDFont bold, float[] widths, String[] heads, float size) {
        this.w = w;
        this.regular = regular;
        this.bold = bold;
        this.widths = widths;
        this.heads = heads;
        this.size = size;
        this.lead = size * 1.24f;
    }

    float x(int col) {
        float x = PdfPackWriter.MARGIN_X;
        for (int i = 0; i < col; i++) {
            x += widths[i];
        }
        return x;
    }

    float inner(int col) {
        return widths[col] - 2 * PAD_X;
    }

    List<String> wrap(PDFont font, String s, int col) {
        return PdfText.wrap(font, size, s == null ? "" : s, inner(col));
    }

    List<String> wrap(PDFont font, String s, float width) {
        return PdfText.wrap(font, size, s == null ? "" : s, width);
    }

    float headerHeight() {
        int lines = 1;
        for (int i = 0; i < heads.length; i++) {
            lines = Math.max(lines, wrap(bold, heads[i], i).size());
        }
        return lines * lead + 2 * PAD_Y + 2;
    }

    float header(PDPageContentStream cs, float y) throws IOException {
        float h = headerHeight();
        for (int i = 0; i < heads.length; i++) {
            lines(cs, wrap(bold, heads[i], i), bold, Palette.MUTED_TEXT, x(i) + PAD_X, y - PAD_Y);
        }
        w.rule(cs, y - h + 1, Palette.AXIS);
        return y - h;
    }

    /** Line counts of each stacked entry of a row, per column (for heights and drawing). */
    List<List<List<String>>> entryCells(Row r) {
        List<List<List<String>>> out = new ArrayList<>();
        if (r.status() != null) {
            for (StatusEntry e : r.status().entries()) {
                List<List<String>> cells = new ArrayList<>();
                cells.add(wrap(regular, e.status().word(), inner(0) - Theme.LIGHT_PT - 4));
                cells.add(List.of());
                cells.add(wrap(regular, PdfPackWriter.entryValue(e.sexLabel(), e.value(), e.interval()), 2));
                cells.add(List.of());
                cells.add(wrap(regular, e.trend().arrow() + " " + e.trend().word(), 4));
                out.add(cells);
            }
        } else if (r.annex() != null) {
            for (PackPlan.AnnexEntry e : r.annex().entries()) {
                List<List<String>> cells = new ArrayList<>();
                cells.add(List.of());
                cells.add(wrap(regular, PdfPackWriter.entryValue(e.sexLabel(), e.value(), e.interval()), 1));
                cells.add(wrap(regular, e.district(), 2));
                cells.add(List.of());
                cells.add(wrap(regular, e.status().word(), inner(4) - Theme.LIGHT_PT - 4));
                cells.add(wrap(regular, e.compare(), 5));
                cells.add(wrap(regular, e.rank(), 6));
                out.add(cells);
            }
        }
        return out;
    }

    static int maxLines(List<List<String>> cells) {
        return cells.stream().mapToInt(List::size).max().orElse(1);
    }

    float height(Row r) {
        if (r.group() != null) {
            return lead + 2 * PAD_Y + 1;
        }
        int entries = 0;
        for (List<List<String>> cells : entryCells(r)) {
            entries += Math.max(1, maxLines(cells));
        }
        String name = r.status() != null ? r.status().name() : r.annex().name();
        String target = r.status() != null ? r.status().target() : r.annex().target();
        int nameCol = 1;
        int targetCol = 3;
        int lines = Math.max(entries, Math.max(wrap(regular, name, r.status() != null ? nameCol : 0).size(),
                wrap(regular, target, targetCol).size()));
        return lines * lead + 2 * PAD_Y;
    }

    float draw(PDPageContentStream cs, Row r, float y) throws IOException {
        float h = height(r);
        if (r.group() != null) {
            w.fillRect(cs, PdfPackWriter.MARGIN_X, y - h + 1, PdfPackWriter.CONTENT_WIDTH, h - 2, Palette.TABLE_GROUP);
            w.text(cs, PdfText.fit(bold, size, r.group(), PdfPackWriter.CONTENT_WIDTH - 2 * PAD_X), bold, size, Palette.TEXT,
                    PdfPackWriter.MARGIN_X + PAD_X, y - PAD_Y - 1 - size);
            return y - h;
        }
        float top = y - PAD_Y;
        if (r.status() != null) {
            lines(cs, wrap(regular, r.status().name(), 1), regular, Palette.TEXT, x(1) + PAD_X, top);
            lines(cs, wrap(regular, r.status().target(), 3), regular, Palette.TEXT, x(3) + PAD_X, top);
            float ey = top;
            List<List<List<String>>> cells = entryCells(r);
            for (int i = 0; i < cells.size(); i++) {
                StatusEntry e = r.status().entries().get(i);
                List<List<String>> c = cells.get(i);
                w.light(cs, e.status().light(), x(0) + PAD_X + Theme.LIGHT_PT / 2, ey - lead / 2 - 0.5f,
                        Math.min(Theme.LIGHT_PT, lead - 1));
                lines(cs, c.get(0), regular, Palette.TEXT, x(0) + PAD_X + Theme.LIGHT_PT + 4, ey);
                lines(cs, c.get(2), regular, Palette.TEXT, x(2) + PAD_X, ey);
                trend(cs, e, c.get(4), x(4) + PAD_X, ey);
                ey -= Math.max(1, maxLines(c)) * lead;
            }
        } else {
            PackPlan.AnnexRow a = r.annex();
            lines(cs, wrap(regular, a.name(), 0), regular, Palette.TEXT, x(0) + PAD_X, top);
            lines(cs, wrap(regular, a.target(), 3), regular, Palette.TEXT, x(3) + PAD_X, top);
            float ey = top;
            List<List<List<String>>> cells = entryCells(r);
            for (int i = 0; i < cells.size(); i++) {
                PackPlan.AnnexEntry e = a.entries().get(i);
                List<List<String>> c = cells.get(i);
                lines(cs, c.get(1), regular, Palette.TEXT, x(1) + PAD_X, ey);
                lines(cs, c.get(2), regular, Palette.TEXT, x(2) + PAD_X, ey);
                w.light(cs, e.status().light(), x(4) + PAD_X + Theme.LIGHT_PT / 2, ey - lead / 2 - 0.5f,
                        Math.min(Theme.LIGHT_PT, lead - 1));
                lines(cs, c.get(4), regular, Palette.TEXT, x(4) + PAD_X + Theme.LIGHT_PT + 4, ey);
                lines(cs, c.get(5), regular, Palette.TEXT, x(5) + PAD_X, ey);
                lines(cs, c.get(6), regular, Palette.TEXT, x(6) + PAD_X, ey);
                ey -= Math.max(1, maxLines(c)) * lead;
            }
        }
        w.rule(cs, y - h, Palette.TABLE_RULE);
        return y - h;
    }

    /** The trend cell: the arrow in its tone's colour, the word in text colour. */
    private void trend(PDPageContentStream cs, StatusEntry e, List<String> wrapped, float x, float top)
            throws IOException {
        String arrow = e.trend().arrow();
        float base = top - size;
        w.text(cs, arrow, bold, size, e.trend().tone().colour(), x, base);
        float aw = PdfText.width(bold, size, arrow + " ");
        List<String> words = wrap(regular, e.trend().word(), inner(4) - aw);
        lines(cs, words, regular, Palette.TEXT, x + aw, top);
    }

    private void lines(PDPageContentStream cs, List<String> ls, PDFont font, Color colour, float x, float top)
            throws IOException {
        float base = top - size;
        for (String l : ls) {
            w.text(cs, l, font, size, colour, x, base);
            base -= lead;
        }
    }


    /** A table row: an objective heading across the table, a status line, or an annex row. */
    record Row(String group, StatusLine status, PackPlan.AnnexRow annex) {
        static Row group(String heading) {
            return new Row(heading, null, null);
        }

        static Row status(StatusLine l) {
            return new Row(null, l, null);
        }

        static Row annex(PackPlan.AnnexRow r) {
            return new Row(null, null, r);
        }
    }

    /** The largest table font from the theme's size down whose rows fit in {@code available} points. */
    static float fit(PdfPackWriter w, PDFont regular, PDFont bold, List<Row> rows, String[] heads, float[] widths,
                     float available) {
        for (float size = Theme.TABLE_PT; size >= PdfPackWriter.MIN_TABLE_PT; size -= 0.2f) {
            StatusTable t = new StatusTable(w, regular, bold, widths, heads, size);
            float h = t.headerHeight();
            for (Row r : rows) {
                h += t.height(r);
            }
            if (h <= available) {
                return size;
            }
        }
        return PdfPackWriter.MIN_TABLE_PT;
    }

    /** Starts a continuation page: draws its frame and returns the y below it. */
    interface PageFrame {
        float draw(PDPageContentStream cs) throws IOException;
    }

    /**
     * Draws the header and the rows from {@code y} down. A row that would pass {@code bottom}, or an objective
     * heading whose first row would, goes to a new page with its frame and the header again.
     *
     * @return the content stream of the last page, still open: the caller draws what follows and closes it
     */
    PDPageContentStream drawRows(PDPageContentStream first, List<Row> rows, float y, float bottom, PageFrame frame)
            throws IOException {
        PDPageContentStream cs = first;
        y = header(cs, y);
        for (int i = 0; i < rows.size(); i++) {
            Row r = rows.get(i);
            float h = height(r) + (r.group() != null && i + 1 < rows.size() ? height(rows.get(i + 1)) : 0);
            if (y - h < bottom) {
                cs.close();
                cs = new PDPageContentStream(w.document(), w.newPage());
                y = header(cs, frame.draw(cs) - 4);
            }
            y = draw(cs, r, y);
        }
        return cs;
    }
}
