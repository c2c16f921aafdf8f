package vn.binhdang.charts.render;

import java.awt.Color;
import java.awt.geom.Rectangle2D;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.List;
import java.util.function.IntFunction;

import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.util.Matrix;
import org.jfree.chart.JFreeChart;

import de.rototor.pdfbox.graphics2d.PdfBoxGraphics2D;
import de.rototor.pdfbox.graphics2d.PdfBoxGraphics2DFontTextDrawer;
import vn.binhdang.charts.spec.PackPlan;
import vn.binhdang.charts.spec.StatusEntry;
import vn.binhdang.charts.spec.StatusLine;
import vn.binhdang.charts.theme.Light;
import vn.binhdang.charts.theme.Palette;
import vn.binhdang.charts.theme.Theme;
import vn.binhdang.charts.theme.ThemeFonts;

/**
 * Draws the pages of a chart pack with PDFBox: A4 landscape, the shipped font embedded once (as a
 * subset) and shared by page text and charts. Charts are drawn through pdfbox-graphics2d into form
 * XObjects, so they stay vector and their text stays real, extractable text in the same font.
 *
 * <p>Pages are drawn in order; the cover, which lists the pages of each section, is drawn last and put
 * first, and the footers ("Trang 3/30") once the page count is known.
 */
final class PdfPackWriter implements Closeable {

    static final PDRectangle PAGE = new PDRectangle(PDRectangle.A4.getHeight(), PDRectangle.A4.getWidth());
    static final float MARGIN_X = 42;
    static final float MARGIN_TOP = 34;
    static final float MARGIN_BOTTOM = 28;
    static final float CONTENT_WIDTH = PAGE.getWidth() - 2 * MARGIN_X;
    /** Top of the footer rule: page content stays above it. */
    static final float CONTENT_BOTTOM = MARGIN_BOTTOM + Theme.FOOTER_PT + 10;
    /** Smallest table font the fitting may reach before a table continues on a new page. */
    static final float MIN_TABLE_PT = 6.8f;
    static final float CHART_GAP = 14;

    private final PDDocument doc = new PDDocument();
    private final PDFont regular;
    private final PDFont bold;
    private final PdfBoxGraphics2DFontTextDrawer chartText = new PdfBoxGraphics2DFontTextDrawer();
    private final List<TrueTypeFont> fonts = new ArrayList<>();

    PdfPackWriter(Theme theme) throws IOException {
        regular = load(ThemeFonts.Face.REGULAR);
        bold = load(ThemeFonts.Face.BOLD);
        // Chart text in the theme font maps to the embedded font, by java.awt.Font#getFontName.
        chartText.registerFont(theme.regular(10).getFontName(), regular);
        chartText.registerFont(theme.bold(10).getFontName(), bold);
    }

    private PDFont load(ThemeFonts.Face face) throws IOException {
        try (InputStream in = ThemeFonts.open(face)) {
            TrueTypeFont ttf = new TTFParser().parse(new RandomAccessReadBuffer(in));
            fonts.add(ttf);
            // No ligatures: PDFBox would draw "ff", "fi" as one glyph that text extraction and search
            // read as U+FB00/U+FB01 ("diﬀerence"), not the letters. Vietnamese text is precomposed (NFC).
            ttf.setEnableGsub(false);
            return PDType0Font.load(doc, ttf, true);
        }
    }

    void info(String title, String subject, java.util.Locale language) {
        doc.getDocumentCatalog().setLanguage(language.toLanguageTag());
        PDDocumentInformation info = doc.getDocumentInformation();
        info.setTitle(title);
        info.setSubject(subject);
        info.setCreator("Bình Đẳng charts");
        info.setProducer("Apache PDFBox, JFreeChart");
        info.setCreationDate(Calendar.getInstance());
    }

    int pageCount() {
        return doc.getNumberOfPages();
    }

    PDPage newPage() {
        PDPage page = new PDPage(PAGE);
        doc.addPage(page);
        return page;
    }

    // ------------------------------------------------------------------ cover

    /**
     * The cover, put in front of the pages drawn so far: district, title, contents with pages, run date,
     * data status and the note on intervals and suppression.
     *
     * @param contents rows of (section, pages)
     */
    void cover(PackPlan.Cover c, List<String[]> contents) throws IOException {
        PDPage page = new PDPage(PAGE);
        if (doc.getNumberOfPages() == 0) {
            doc.addPage(page);
        } else {
            doc.getPages().insertBefore(page, doc.getPage(0));
        }
        try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
            float left = MARGIN_X + 18;
            float width = CONTENT_WIDTH - 18;
            fillRect(cs, MARGIN_X, MARGIN_BOTTOM + 20, 6, PAGE.getHeight() - MARGIN_TOP - MARGIN_BOTTOM - 40,
                    Palette.BLUE);
            float y = PAGE.getHeight() - MARGIN_TOP - 30;
            y = paragraph(cs, c.district(), regular, 13, Palette.MUTED_TEXT, left, y, width);
            y -= 10;
            y = paragraph(cs, c.title(), bold, 22, Palette.TEXT, left, y, width * 0.88f);
            y -= 4;
            y = paragraph(cs, c.subtitle(), regular, 14, Palette.TEXT, left, y, width);
            for (String m : c.meta()) {
                y -= 2;
                y = paragraph(cs, m, regular, Theme.BODY_PT, Palette.MUTED_TEXT, left, y, width);
            }
            y -= 20;
            // Two columns: contents on the left, data status on the right.
            float colGap = 30;
            float colW = (width - colGap) / 2;
            float top = y;
            y = paragraph(cs, c.contentsHeading(), bold, 12, Palette.TEXT, left, y, colW);
            y -= 4;
            float pagesW = 70;
            for (String[] row : contents) {
                List<String> lines = PdfText.wrap(regular, Theme.BODY_PT, row[0], colW - pagesW - 8);
                float rowTop = y;
                y = paragraph(cs, row[0], regular, Theme.BODY_PT, Palette.TEXT, left, y, colW - pagesW - 8);
                text(cs, row[1], regular, Theme.BODY_PT, Palette.MUTED_TEXT,
                        left + colW - PdfText.width(regular, Theme.BODY_PT, row[1]),
                        rowTop - Theme.BODY_PT * Theme.LEADING + (Theme.LEADING - 1) * Theme.BODY_PT);
                y -= lines.size() > 1 ? 3 : 2;
            }
            float rx = left + colW + colGap;
            float ry = top;
            ry = paragraph(cs, c.statusHeading(), bold, 12, Palette.TEXT, rx, ry, colW);
            ry -= 4;
            for (String s : c.status()) {
                ry = paragraph(cs, s, regular, Theme.BODY_PT, Palette.TEXT, rx, ry, colW);
                ry -= 4;
            }
            List<String> noteLines = PdfText.wrap(regular, 9, c.note(), width);
            float noteTop = MARGIN_BOTTOM + 20 + noteLines.size() * 9 * Theme.LEADING;
            paragraph(cs, c.note(), regular, 9, Palette.MUTED_TEXT, left, noteTop, width);
        }
    }

    // ------------------------------------------------------------------ page frame

    /**
     * Section header (blue, bold) with a code at the right and a rule, then the page heading; without a
     * header the heading starts at the top. Returns the y below the heading.
     */
    float frame(PDPageContentStream cs, String header, String code, String heading) throws IOException {
        float top = PAGE.getHeight() - MARGIN_TOP;
        if (header == null) {
            return paragraph(cs, heading, bold, Theme.PAGE_HEADING_PT + 1, Palette.TEXT, MARGIN_X, top + 4,
                    CONTENT_WIDTH);
        }
        float hp = Theme.PAGE_HEADER_PT;
        float codeW = code == null ? 0 : PdfText.width(regular, hp - 1, code) + 12;
        String head = PdfText.fit(bold, hp, header, CONTENT_WIDTH - codeW);
        text(cs, head, bold, hp, Palette.BLUE, MARGIN_X, top - hp);
        if (code != null) {
            text(cs, code, regular, hp - 1, Palette.MUTED_TEXT,
                    MARGIN_X + CONTENT_WIDTH - PdfText.width(regular, hp - 1, code), top - hp);
        }
        float y = top - hp - 6;
        rule(cs, y, Palette.RULE);
        y -= 8;
        return paragraph(cs, heading, bold, Theme.PAGE_HEADING_PT, Palette.TEXT, MARGIN_X, y, CONTENT_WIDTH);
    }

    // ------------------------------------------------------------------ summary

    /** Column widths of the summary table, in points: status, indicator, value, target, trend. */
    static final float[] SUMMARY_COLUMNS = {112, 350, 140, 52, 104};

    void summary(PackPlan.Summary s) throws IOException {
        PDPage page = newPage();
        PDPageContentStream cs = new PDPageContentStream(doc, page);
        try {
            float y = frame(cs, null, null, s.title());
            y = paragraph(cs, s.intro(), regular, Theme.BODY_PT - 1, Palette.MUTED_TEXT, MARGIN_X, y - 2, CONTENT_WIDTH);
            y -= 6;
            float legendH = legendHeight(s.legend());
            float available = y - CONTENT_BOTTOM - legendH - 6;
            List<Row> rows = new ArrayList<>();
            for (PackPlan.Group g : s.groups()) {
                rows.add(Row.group(g.heading()));
                for (StatusLine l : g.lines()) {
                    rows.add(Row.status(l));
                }
            }
            String[] heads = {s.columns().status(), s.columns().indicator(), s.columns().value(), s.columns().target(),
                    s.columns().trend()};
            float size = fit(rows, heads, SUMMARY_COLUMNS, available);
            Table t = new Table(SUMMARY_COLUMNS, heads, size);
            float bottom = CONTENT_BOTTOM + legendH + 6;
            y = t.header(cs, y);
            for (int i = 0; i < rows.size(); i++) {
                Row r = rows.get(i);
                float h = t.height(r) + (r.group() != null && i + 1 < rows.size() ? t.height(rows.get(i + 1)) : 0);
                if (y - h < bottom) {
                    cs.close();
                    page = newPage();
                    cs = new PDPageContentStream(doc, page);
                    y = frame(cs, null, null, s.title());
                    y = t.header(cs, y - 4);
                }
                y = t.draw(cs, r, y);
            }
            legend(cs, s.lights(), s.legend(), CONTENT_BOTTOM + legendH);
        } finally {
            cs.close();
        }
    }

    /** The lights line, then the status rules wrapped (both rules are stated: estimates and complete counts). */
    private float legendHeight(String rule) {
        float size = Theme.TABLE_PT + 0.5f;
        int lines = PdfText.wrap(regular, size - 0.5f, rule, CONTENT_WIDTH).size();
        return (1 + lines) * (Theme.TABLE_PT + 1) * Theme.LEADING + 4;
    }

    /** The lights with their words on one line, and the rule they follow on the next. */
    private void legend(PDPageContentStream cs, List<PackPlan.LegendItem> items, String rule, float top)
            throws IOException {
        float size = Theme.TABLE_PT + 0.5f;
        float x = MARGIN_X;
        float baseline = top - size;
        for (PackPlan.LegendItem i : items) {
            light(cs, i.light(), x + Theme.LIGHT_PT / 2, baseline + size * 0.33f, Theme.LIGHT_PT);
            x += Theme.LIGHT_PT + 4;
            text(cs, i.word(), regular, size, Palette.TEXT, x, baseline);
            x += PdfText.width(regular, size, i.word()) + 18;
        }
        float y = baseline - size * Theme.LEADING - 1;
        for (String line : PdfText.wrap(regular, size - 0.5f, rule, CONTENT_WIDTH)) {
            text(cs, line, regular, size - 0.5f, Palette.MUTED_TEXT, MARGIN_X, y);
            y -= (size - 0.5f) * Theme.LEADING;
        }
    }

    // ------------------------------------------------------------------ tables

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
    private float fit(List<Row> rows, String[] heads, float[] widths, float available) {
        for (float size = Theme.TABLE_PT; size >= MIN_TABLE_PT; size -= 0.2f) {
            Table t = new Table(widths, heads, size);
            float h = t.headerHeight();
            for (Row r : rows) {
                h += t.height(r);
            }
            if (h <= available) {
                return size;
            }
        }
        return MIN_TABLE_PT;
    }

    /** Draws rows of fixed columns at one font size; cells wrap; entries of a row (one per sex) stack. */
    final class Table {
        final float[] widths;
        final String[] heads;
        final float size;
        final float lead;
        static final float PAD_X = 4;
        static final float PAD_Y = 2.0f;

        Table(float[] widths, String[] heads, float size) {
            this.widths = widths;
            this.heads = heads;
            this.size = size;
            this.lead = size * 1.24f;
        }

        float x(int col) {
            float x = MARGIN_X;
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
            rule(cs, y - h + 1, Palette.AXIS);
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
                    cells.add(wrap(regular, entryValue(e.sexLabel(), e.value(), e.interval()), 2));
                    cells.add(List.of());
                    cells.add(wrap(regular, e.trend().arrow() + " " + e.trend().word(), 4));
                    out.add(cells);
                }
            } else if (r.annex() != null) {
                for (PackPlan.AnnexEntry e : r.annex().entries()) {
                    List<List<String>> cells = new ArrayList<>();
                    cells.add(List.of());
                    cells.add(wrap(regular, entryValue(e.sexLabel(), e.value(), e.interval()), 1));
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
                fillRect(cs, MARGIN_X, y - h + 1, CONTENT_WIDTH, h - 2, Palette.TABLE_GROUP);
                text(cs, PdfText.fit(bold, size, r.group(), CONTENT_WIDTH - 2 * PAD_X), bold, size, Palette.TEXT,
                        MARGIN_X + PAD_X, y - PAD_Y - 1 - size);
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
                    light(cs, e.status().light(), x(0) + PAD_X + Theme.LIGHT_PT / 2, ey - lead / 2 - 0.5f,
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
                    light(cs, e.status().light(), x(4) + PAD_X + Theme.LIGHT_PT / 2, ey - lead / 2 - 0.5f,
                            Math.min(Theme.LIGHT_PT, lead - 1));
                    lines(cs, c.get(4), regular, Palette.TEXT, x(4) + PAD_X + Theme.LIGHT_PT + 4, ey);
                    lines(cs, c.get(5), regular, Palette.TEXT, x(5) + PAD_X, ey);
                    lines(cs, c.get(6), regular, Palette.TEXT, x(6) + PAD_X, ey);
                    ey -= Math.max(1, maxLines(c)) * lead;
                }
            }
            rule(cs, y - h, Palette.TABLE_RULE);
            return y - h;
        }

        /** The trend cell: the arrow in its tone's colour, the word in text colour. */
        private void trend(PDPageContentStream cs, StatusEntry e, List<String> wrapped, float x, float top)
                throws IOException {
            String arrow = e.trend().arrow();
            float base = top - size;
            text(cs, arrow, bold, size, e.trend().tone().colour(), x, base);
            float aw = PdfText.width(bold, size, arrow + " ");
            List<String> words = wrap(regular, e.trend().word(), inner(4) - aw);
            lines(cs, words, regular, Palette.TEXT, x + aw, top);
        }

        private void lines(PDPageContentStream cs, List<String> ls, PDFont font, Color colour, float x, float top)
                throws IOException {
            float base = top - size;
            for (String l : ls) {
                text(cs, l, font, size, colour, x, base);
                base -= lead;
            }
        }
    }

    static String entryValue(String sex, String value, String interval) {
        return StatusEntry.valueText(sex, value, interval);
    }

    // ------------------------------------------------------------------ indicator page

    /** Makes the chart of a spec for a box of the given size, in the chart's points. */
    interface ChartMaker {
        JFreeChart make(vn.binhdang.charts.spec.ChartSpec spec, double widthPt, double heightPt);
    }

    void indicatorPage(PackPlan.IndicatorPage p, ChartMaker maker) throws IOException {
        List<vn.binhdang.charts.spec.ChartKind> kinds = p.charts().stream()
                .map(vn.binhdang.charts.spec.ChartSpec::kind).toList();
        PDPage page = newPage();
        try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
            float y = frame(cs, p.header(), p.code(), p.heading());
            y = statusStrip(cs, p, y - 4);
            float body = Theme.BODY_PT - 0.5f;
            List<List<String>> sentences = new ArrayList<>();
            float sentencesH = 0;
            for (String s : p.sentences()) {
                List<String> l = PdfText.wrap(regular, body, s, CONTENT_WIDTH - 10);
                sentences.add(l);
                sentencesH += l.size() * body * Theme.LEADING + 3;
            }
            // Without any chart, the remark fills the charts' place as a notice; otherwise it is a line under them.
            List<String> remark = p.remark() == null || p.charts().isEmpty() ? List.of()
                    : PdfText.wrap(regular, body, p.remark(), CONTENT_WIDTH);
            float remarkH = remark.size() * body * Theme.LEADING + (remark.isEmpty() ? 0 : 4);
            float noteSize = Theme.NOTE_PT - 1;
            float notesH = 0;
            for (String n : p.notes()) {
                notesH += PdfText.wrap(regular, noteSize, n, CONTENT_WIDTH).size() * noteSize * Theme.LEADING;
            }
            notesH += p.notes().isEmpty() ? 0 : 6;
            float chartsBottom = CONTENT_BOTTOM + sentencesH + remarkH + notesH + 8;
            float chartsTop = y - 8;
            List<Rectangle2D.Float> slots = PageGrid.slots(kinds, MARGIN_X, chartsBottom, CONTENT_WIDTH,
                    chartsTop - chartsBottom, CHART_GAP);
            float scale = kinds.size() > 1 ? Theme.PAGE_CHART_SCALE_SMALL : Theme.PAGE_CHART_SCALE;
            for (int i = 0; i < kinds.size(); i++) {
                Rectangle2D.Float r = slots.get(i);
                JFreeChart chart = maker.make(p.charts().get(i), r.width / scale, r.height / scale);
                drawChart(cs, chart, r.x, r.y, r.width, r.height, scale);
            }
            if (kinds.isEmpty() && p.remark() != null) {
                notice(cs, p.remark(), MARGIN_X, chartsBottom, CONTENT_WIDTH, chartsTop - chartsBottom);
            }
            float ty = chartsBottom - 4;
            for (String n : p.notes()) {
                ty = paragraph(cs, n, regular, noteSize, Palette.MUTED_TEXT, MARGIN_X, ty, CONTENT_WIDTH);
            }
            ty -= p.notes().isEmpty() ? 2 : 6;
            if (!remark.isEmpty()) {
                ty = paragraph(cs, p.remark(), regular, body, Palette.MUTED_TEXT, MARGIN_X, ty, CONTENT_WIDTH) - 4;
            }
            for (int i = 0; i < p.sentences().size(); i++) {
                // A small square bullet, the sentence beside it.
                fillRect(cs, MARGIN_X, ty - body * 0.95f, 3.2f, 3.2f, Palette.BLUE);
                ty = paragraph(cs, p.sentences().get(i), regular, body, Palette.TEXT, MARGIN_X + 10, ty,
                        CONTENT_WIDTH - 10) - 3;
            }
        }
    }

    /** A notice where the charts would be: a light panel with the reason there is nothing to draw. */
    private void notice(PDPageContentStream cs, String text, float x, float y, float w, float h) throws IOException {
        float panelH = Math.min(h, 120);
        float top = y + h - (h - panelH) / 2;
        fillRect(cs, x + w * 0.12f, top - panelH, w * 0.76f, panelH, Palette.SUPPRESSED);
        float size = Theme.BODY_PT + 1;
        List<String> lines = PdfText.wrap(regular, size, text, w * 0.66f);
        float textH = lines.size() * size * Theme.LEADING;
        light(cs, Light.NO_DATA, x + w / 2, top - panelH / 2 + textH / 2 + 14, 16);
        float ty = top - panelH / 2 + textH / 2;
        for (String l : lines) {
            ty -= size * Theme.LEADING;
            text(cs, l, regular, size, Palette.TEXT, x + (w - PdfText.width(regular, size, l)) / 2,
                    ty + (Theme.LEADING - 1) * size);
        }
    }

    /** Column widths of the status strip: status, value, target, trend. */
    static final float[] STRIP_COLUMNS = {170, 330, 120, 138};

    /** The status line under the heading: per judged sex, light and word, value with interval, target, trend. */
    private float statusStrip(PDPageContentStream cs, PackPlan.IndicatorPage p, float top) throws IOException {
        float size = Theme.BODY_PT - 1f;
        float lead = size * 1.3f;
        List<StatusEntry> entries = p.status().entries();
        float h = 6 + 2 * lead + (entries.size() - 1) * lead + 4;
        fillRect(cs, MARGIN_X, top - h, CONTENT_WIDTH, h, Palette.TABLE_GROUP);
        float x0 = MARGIN_X + 8;
        float[] xs = new float[STRIP_COLUMNS.length];
        float acc = x0;
        for (int i = 0; i < xs.length; i++) {
            xs[i] = acc;
            acc += STRIP_COLUMNS[i];
        }
        float base = top - 4 - size;
        float small = size - 1;
        text(cs, p.valueHeading(), regular, small, Palette.MUTED_TEXT, xs[1], base);
        text(cs, p.targetHeading(), regular, small, Palette.MUTED_TEXT, xs[2], base);
        text(cs, p.trendHeading(), regular, small, Palette.MUTED_TEXT, xs[3], base);
        base -= lead;
        for (StatusEntry e : entries) {
            light(cs, e.status().light(), xs[0] + Theme.LIGHT_PT / 2, base + size * 0.33f, Theme.LIGHT_PT + 1);
            text(cs, PdfText.fit(bold, size, e.status().word(), STRIP_COLUMNS[0] - Theme.LIGHT_PT - 10), bold, size,
                    Palette.TEXT, xs[0] + Theme.LIGHT_PT + 6, base);
            text(cs, PdfText.fit(regular, size, entryValue(e.sexLabel(), e.value(), e.interval()), STRIP_COLUMNS[1] - 8),
                    regular, size, Palette.TEXT, xs[1], base);
            text(cs, e.trend().arrow(), bold, size, e.trend().tone().colour(), xs[3], base);
            text(cs, PdfText.fit(regular, size, e.trend().word(), STRIP_COLUMNS[3] - 20), regular, size, Palette.TEXT,
                    xs[3] + PdfText.width(bold, size, e.trend().arrow() + " "), base);
            base -= lead;
        }
        text(cs, PdfText.fit(regular, size, p.status().target(), STRIP_COLUMNS[2] - 8), regular, size, Palette.TEXT,
                xs[2], top - 4 - size - lead);
        return top - h;
    }

    // ------------------------------------------------------------------ commune page

    /** Column widths of the annex table: indicator, commune value, district, target, status, compare, rank. */
    static final float[] ANNEX_COLUMNS = {236, 140, 70, 52, 104, 110, 46};

    void communePage(PackPlan.CommunePage c, String header) throws IOException {
        PDPage page = newPage();
        PDPageContentStream cs = new PDPageContentStream(doc, page);
        try {
            float y = frame(cs, header, null, c.title());
            y = paragraph(cs, c.summary(), regular, Theme.BODY_PT - 1, Palette.TEXT, MARGIN_X, y - 2, CONTENT_WIDTH);
            y -= 6;
            List<String> foot = PdfText.wrap(regular, Theme.TABLE_PT - 0.5f, c.footnote(), CONTENT_WIDTH);
            float footH = foot.size() * (Theme.TABLE_PT - 0.5f) * Theme.LEADING + 4;
            List<Row> rows = new ArrayList<>();
            for (PackPlan.AnnexGroup g : c.groups()) {
                rows.add(Row.group(g.heading()));
                g.rows().forEach(r -> rows.add(Row.annex(r)));
            }
            PackPlan.AnnexColumns k = c.columns();
            String[] heads = {k.indicator(), k.commune(), k.district(), k.target(), k.status(), k.compare(), k.rank()};
            float bottom = CONTENT_BOTTOM + footH + 4;
            float size = fit(rows, heads, ANNEX_COLUMNS, y - bottom);
            Table t = new Table(ANNEX_COLUMNS, heads, size);
            y = t.header(cs, y);
            for (int i = 0; i < rows.size(); i++) {
                Row r = rows.get(i);
                float h = t.height(r) + (r.group() != null && i + 1 < rows.size() ? t.height(rows.get(i + 1)) : 0);
                if (y - h < bottom) {
                    cs.close();
                    page = newPage();
                    cs = new PDPageContentStream(doc, page);
                    y = frame(cs, header, null, c.title());
                    y = t.header(cs, y - 4);
                }
                y = t.draw(cs, r, y);
            }
            paragraph(cs, c.footnote(), regular, Theme.TABLE_PT - 0.5f, Palette.MUTED_TEXT, MARGIN_X,
                    CONTENT_BOTTOM + footH, CONTENT_WIDTH);
        } finally {
            cs.close();
        }
    }

    // ------------------------------------------------------------------ data and methods

    /** Two columns of headed sections; the font shrinks until everything fits on the page. */
    /** A grid (status matrix, completeness) on its own page or pages. */
    void grid(PackPlan.Grid g) throws IOException {
        new GridPageWriter(this, regular, bold).draw(g);
    }

    PDDocument document() {
        return doc;
    }

    void dataPage(PackPlan.DataPage d) throws IOException {
        PDPage page = newPage();
        try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
            float y = frame(cs, null, null, d.title()) - 4;
            float gap = 24;
            float colW = (CONTENT_WIDTH - gap) / 2;
            List<String> remark = d.remark() == null ? List.of() : List.of(d.remark());
            float size = Theme.BODY_PT - 1;
            int split = splitPoint(d.sections());
            for (; size > 6.5f; size -= 0.25f) {
                float remarkH = remark.isEmpty() ? 0
                        : PdfText.wrap(regular, size - 1, d.remark(), CONTENT_WIDTH).size() * (size - 1) * Theme.LEADING + 6;
                float avail = y - CONTENT_BOTTOM - remarkH;
                if (columnHeight(d.sections().subList(0, split), size, colW) <= avail
                        && columnHeight(d.sections().subList(split, d.sections().size()), size, colW) <= avail) {
                    break;
                }
            }
            column(cs, d.sections().subList(0, split), size, MARGIN_X, y, colW);
            column(cs, d.sections().subList(split, d.sections().size()), size, MARGIN_X + colW + gap, y, colW);
            if (!remark.isEmpty()) {
                List<String> l = PdfText.wrap(regular, size - 1, d.remark(), CONTENT_WIDTH);
                paragraph(cs, d.remark(), regular, size - 1, Palette.MUTED_TEXT, MARGIN_X,
                        CONTENT_BOTTOM + l.size() * (size - 1) * Theme.LEADING + 2, CONTENT_WIDTH);
            }
        }
    }

    /** Sections before the suppression section go left, the rest right. */
    private static int splitPoint(List<PackPlan.Section> sections) {
        return Math.min(sections.size(), Math.max(1, sections.size() - 2));
    }

    private float columnHeight(List<PackPlan.Section> sections, float size, float width) {
        float h = 0;
        for (PackPlan.Section s : sections) {
            h += PdfText.wrap(bold, size + 1, s.heading(), width).size() * (size + 1) * Theme.LEADING + 3;
            for (String l : s.lines()) {
                h += PdfText.wrap(regular, size, l, s.bullets() ? width - 10 : width).size() * size * Theme.LEADING + 2;
            }
            h += 10;
        }
        return h;
    }

    private void column(PDPageContentStream cs, List<PackPlan.Section> sections, float size, float x, float y,
                        float width) throws IOException {
        for (PackPlan.Section s : sections) {
            y = paragraph(cs, s.heading(), bold, size + 1, Palette.BLUE, x, y, width) - 3;
            for (String l : s.lines()) {
                if (s.bullets()) {
                    fillRect(cs, x + 1, y - size * 0.95f, 3, 3, Palette.MUTED_TEXT);
                    y = paragraph(cs, l, regular, size, Palette.TEXT, x + 10, y, width - 10) - 2;
                } else {
                    y = paragraph(cs, l, regular, size, Palette.TEXT, x, y, width) - 2;
                }
            }
            y -= 10;
        }
    }

    // ------------------------------------------------------------------ footers and drawing helpers

    /** Footer on every page but the cover: text at the left, the page label at the right. */
    void footers(String footer, IntFunction<String> pageLabel) throws IOException {
        int n = doc.getNumberOfPages();
        for (int i = 1; i < n; i++) {
            try (PDPageContentStream cs = new PDPageContentStream(doc, doc.getPage(i),
                    PDPageContentStream.AppendMode.APPEND, true, true)) {
                float y = MARGIN_BOTTOM;
                rule(cs, y + Theme.FOOTER_PT + 4, Palette.RULE);
                String label = pageLabel.apply(i + 1);
                float lw = PdfText.width(regular, Theme.FOOTER_PT, label);
                text(cs, PdfText.fit(regular, Theme.FOOTER_PT, footer, CONTENT_WIDTH - lw - 20), regular,
                        Theme.FOOTER_PT, Palette.MUTED_TEXT, MARGIN_X, y);
                text(cs, label, regular, Theme.FOOTER_PT, Palette.MUTED_TEXT, MARGIN_X + CONTENT_WIDTH - lw, y);
            }
        }
    }

    /**
     * Draws a chart as vector graphics into the box; {@code scale} below 1 lays the chart out in a larger
     * box and shrinks it, so that a small chart keeps a usable plot (its text shrinks with it).
     */
    private void drawChart(PDPageContentStream cs, JFreeChart chart, float x, float y, float w, float h, float scale)
            throws IOException {
        PdfBoxGraphics2D g2 = new PdfBoxGraphics2D(doc, w, h);
        g2.setFontTextDrawer(chartText);
        try {
            g2.scale(scale, scale);
            chart.draw(g2, new Rectangle2D.Double(0, 0, w / scale, h / scale));
        } finally {
            g2.dispose();
        }
        PDFormXObject form = g2.getXFormObject();
        cs.saveGraphicsState();
        cs.transform(Matrix.getTranslateInstance(x, y));
        cs.drawForm(form);
        cs.restoreGraphicsState();
    }

    /**
     * A traffic light centred at (cx, cy): the light's shape in its colour and its symbol inside, so that
     * status never rests on colour alone.
     */
    void light(PDPageContentStream cs, Light l, float cx, float cy, float size) throws IOException {
        float r = size / 2;
        cs.setNonStrokingColor(l.colour());
        cs.setStrokingColor(l.colour());
        switch (l.shape()) {
            case CIRCLE -> {
                circle(cs, cx, cy, r);
                cs.fill();
            }
            case DIAMOND -> {
                float d = r * 1.18f;
                cs.moveTo(cx, cy + d);
                cs.lineTo(cx + d, cy);
                cs.lineTo(cx, cy - d);
                cs.lineTo(cx - d, cy);
                cs.closePath();
                cs.fill();
            }
            case SQUARE -> {
                float s = r * 0.9f;
                cs.addRect(cx - s, cy - s, 2 * s, 2 * s);
                cs.fill();
            }
            case RING -> {
                cs.setLineWidth(1.1f);
                circle(cs, cx, cy, r - 0.55f);
                cs.stroke();
            }
        }
        float symbolSize = size * 0.78f;
        PDFont f = bold;
        float w = PdfText.width(f, symbolSize, l.symbol());
        text(cs, l.symbol(), f, symbolSize, l.symbolColour(), cx - w / 2, cy - symbolSize * 0.36f);
    }

    private static void circle(PDPageContentStream cs, float cx, float cy, float r) throws IOException {
        float k = 0.5523f * r;
        cs.moveTo(cx + r, cy);
        cs.curveTo(cx + r, cy + k, cx + k, cy + r, cx, cy + r);
        cs.curveTo(cx - k, cy + r, cx - r, cy + k, cx - r, cy);
        cs.curveTo(cx - r, cy - k, cx - k, cy - r, cx, cy - r);
        cs.curveTo(cx + k, cy - r, cx + r, cy - k, cx + r, cy);
        cs.closePath();
    }

    /** Draws wrapped text whose first line's top is at {@code top}; returns the y below the last line. */
    float paragraph(PDPageContentStream cs, String s, PDFont font, float size, Color color, float x, float top,
                            float width) throws IOException {
        float y = top;
        for (String line : PdfText.wrap(font, size, s, width)) {
            y -= size * Theme.LEADING;
            text(cs, line, font, size, color, x, y + (Theme.LEADING - 1) * size);
        }
        return y;
    }

    void text(PDPageContentStream cs, String s, PDFont font, float size, Color color, float x, float baseline)
            throws IOException {
        if (s == null || s.isEmpty()) {
            return;
        }
        cs.beginText();
        cs.setFont(font, size);
        cs.setNonStrokingColor(color);
        cs.newLineAtOffset(x, baseline);
        cs.showText(s);
        cs.endText();
    }

    /** A thin horizontal line from {@code x0} to {@code x1}. */
    void hline(PDPageContentStream cs, float x0, float x1, float y, Color colour) throws IOException {
        cs.setStrokingColor(colour);
        cs.setLineWidth(0.4f);
        cs.moveTo(x0, y);
        cs.lineTo(x1, y);
        cs.stroke();
    }

    private void rule(PDPageContentStream cs, float y, Color colour) throws IOException {
        cs.setStrokingColor(colour);
        cs.setLineWidth(0.6f);
        cs.moveTo(MARGIN_X, y);
        cs.lineTo(MARGIN_X + CONTENT_WIDTH, y);
        cs.stroke();
    }

    void fillRect(PDPageContentStream cs, float x, float y, float w, float h, Color c) throws IOException {
        cs.setNonStrokingColor(c);
        cs.addRect(x, y, w, h);
        cs.fill();
    }

    /** Saves to a temporary file next to {@code target}, then moves it in place: readers never see half a PDF. */
    void save(Path target) throws IOException {
        Path dir = target.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Path tmp = dir.resolve("." + target.getFileName() + ".tmp");
        try {
            doc.save(tmp.toFile());
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    @Override
    public void close() throws IOException {
        try {
            doc.close();
        } finally {
            chartText.close();
            for (TrueTypeFont f : fonts) {
                f.close();
            }
        }
    }
}
