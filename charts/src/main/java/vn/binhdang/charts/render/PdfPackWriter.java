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

    /**
     * The cover, put in front of the pages drawn so far ({@link CoverPageWriter}).
     *
     * @param contents rows of (section, pages)
     */
    void cover(PackPlan.Cover c, List<String[]> contents) throws IOException {
        new CoverPageWriter(this).draw(c, contents);
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

    // ------------------------------------------------------------------ pages

    /** The summary page: every indicator's status line by objective, then the legend of the lights. */
    void summary(PackPlan.Summary sm) throws IOException {
        new SummaryPageWriter(this).draw(sm);
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
        new IndicatorPageWriter(this).draw(p, maker);
    }

    /** A commune's page: its summary, then its annex table of every commune-level indicator. */
    void communePage(PackPlan.CommunePage c, String header) throws IOException {
        new CommunePageWriter(this).draw(c, header);
    }

    /** A grid (status matrix, completeness) on its own page or pages. */
    void grid(PackPlan.Grid g) throws IOException {
        new GridPageWriter(this).draw(g);
    }

    PDFont regular() {
        return regular;
    }

    PDFont bold() {
        return bold;
    }

    PDDocument document() {
        return doc;
    }

    /** The data and methods page: two columns of headed sections. */
    void dataPage(PackPlan.DataPage d) throws IOException {
        new DataPageWriter(this).draw(d);
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
    void drawChart(PDPageContentStream cs, JFreeChart chart, float x, float y, float w, float h, float scale)
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

    void rule(PDPageContentStream cs, float y, Color colour) throws IOException {
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
