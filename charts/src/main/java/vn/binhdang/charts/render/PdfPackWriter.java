package vn.binhdang.charts.render;

import java.awt.Color;
import java.awt.geom.Rectangle2D;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Calendar;
import java.util.List;

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
import vn.binhdang.charts.theme.Palette;
import vn.binhdang.charts.theme.Theme;
import vn.binhdang.charts.theme.ThemeFonts;

/**
 * Lays out the pages of a chart pack with PDFBox: A4 landscape, the shipped font embedded once (as a
 * subset) and shared by page text and charts. Charts are drawn through pdfbox-graphics2d into form
 * XObjects, so they stay vector and their text stays real, extractable text in the same font.
 */
final class PdfPackWriter implements Closeable {

    static final PDRectangle PAGE = new PDRectangle(PDRectangle.A4.getHeight(), PDRectangle.A4.getWidth());
    static final float MARGIN_X = 42;
    static final float MARGIN_TOP = 34;
    static final float MARGIN_BOTTOM = 28;
    static final float CONTENT_WIDTH = PAGE.getWidth() - 2 * MARGIN_X;

    private static final float HEADER_PT = 10;
    private static final float HEADING_PT = 15;
    private static final float BODY_PT = 11;
    private static final float FOOTER_PT = 8.5f;
    private static final float LEADING = 1.3f;

    private final PDDocument doc = new PDDocument();
    private final PDFont regular;
    private final PDFont bold;
    private final PdfBoxGraphics2DFontTextDrawer chartText = new PdfBoxGraphics2DFontTextDrawer();

    PdfPackWriter(Theme theme) throws IOException {
        regular = load(ThemeFonts.Face.REGULAR);
        bold = load(ThemeFonts.Face.BOLD);
        // Chart text in the theme font maps to the embedded font, by java.awt.Font#getFontName.
        chartText.registerFont(theme.regular(10).getFontName(), regular);
        chartText.registerFont(theme.bold(10).getFontName(), bold);
    }

    private PDFont load(ThemeFonts.Face face) throws IOException {
        try (InputStream in = ThemeFonts.open(face)) {
            return PDType0Font.load(doc, in, true);
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

    /** A text block: lines drawn from the top down, with their font, size and colour. */
    record Line(String text, boolean boldFace, float size, Color color, boolean rightAligned) {
        static Line of(String text, boolean bold, float size, Color color) {
            return new Line(text, bold, size, color, false);
        }
    }

    /** The cover: district, title, subtitle, contents with pages, run date and release. */
    void coverPage(String district, String title, String subtitle, List<String[]> contents, String contentsHeading,
                   List<String> meta, String note) throws IOException {
        PDPage page = new PDPage(PAGE);
        doc.addPage(page);
        try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
            float left = MARGIN_X + 18;
            float width = CONTENT_WIDTH - 18;
            // Accent bar: the one splash of colour on the cover.
            fillRect(cs, MARGIN_X, MARGIN_BOTTOM + 40, 6, PAGE.getHeight() - MARGIN_TOP - MARGIN_BOTTOM - 80,
                    Palette.BLUE);
            float y = PAGE.getHeight() - MARGIN_TOP - 60;
            y = paragraph(cs, district, regular, 14, Palette.MUTED_TEXT, left, y, width);
            y -= 14;
            y = paragraph(cs, title, bold, 24, Palette.TEXT, left, y, width * 0.85f);
            y -= 6;
            y = paragraph(cs, subtitle, regular, 15, Palette.TEXT, left, y, width);
            y -= 34;
            y = paragraph(cs, contentsHeading, bold, 12, Palette.TEXT, left, y, width);
            y -= 4;
            float pagesColumn = left + width * 0.75f;
            for (String[] row : contents) {
                List<String> lines = PdfText.wrap(regular, BODY_PT, row[0], pagesColumn - left - 20);
                float top = y;
                y = paragraph(cs, row[0], regular, BODY_PT, Palette.TEXT, left, y, pagesColumn - left - 20);
                text(cs, row[1], regular, BODY_PT, Palette.MUTED_TEXT,
                        pagesColumn + 120 - PdfText.width(regular, BODY_PT, row[1]), top - BODY_PT);
                y -= lines.size() > 1 ? 3 : 2;
            }
            float bottom = MARGIN_BOTTOM + 44;
            List<String> noteLines = PdfText.wrap(regular, 9, note, width * 0.8f);
            float metaTop = bottom + noteLines.size() * 9 * LEADING + 10 + meta.size() * BODY_PT * LEADING;
            float my = metaTop;
            for (String m : meta) {
                my = paragraph(cs, m, regular, BODY_PT, Palette.TEXT, left, my, width);
            }
            paragraph(cs, note, regular, 9, Palette.MUTED_TEXT, left, my - 10, width * 0.8f);
        }
    }

    /**
     * A chart page: objective header and indicator code, the indicator name as heading, the chart,
     * the plan-year line under it, and the footer.
     */
    void chartPage(String header, String code, String heading, JFreeChart chart, String valueLine, String footer,
                   String pageLabel) throws IOException {
        PDPage page = new PDPage(PAGE);
        doc.addPage(page);
        try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
            float top = PAGE.getHeight() - MARGIN_TOP;
            text(cs, header, bold, HEADER_PT, Palette.BLUE, MARGIN_X, top - HEADER_PT);
            text(cs, code, regular, HEADER_PT - 1, Palette.MUTED_TEXT,
                    MARGIN_X + CONTENT_WIDTH - PdfText.width(regular, HEADER_PT - 1, code), top - HEADER_PT);
            float y = top - HEADER_PT - 6;
            rule(cs, y);
            y -= 10;
            y = paragraph(cs, heading, bold, HEADING_PT, Palette.TEXT, MARGIN_X, y, CONTENT_WIDTH);

            List<String> valueLines = PdfText.wrap(regular, BODY_PT, valueLine, CONTENT_WIDTH);
            float footerTop = MARGIN_BOTTOM + FOOTER_PT + 8;
            float valueHeight = valueLines.size() * BODY_PT * LEADING;
            float chartBottom = footerTop + valueHeight + 14;
            float chartTop = y - 8;
            drawChart(cs, chart, MARGIN_X, chartBottom, CONTENT_WIDTH, chartTop - chartBottom);
            paragraph(cs, valueLine, regular, BODY_PT, Palette.TEXT, MARGIN_X, chartBottom - 6, CONTENT_WIDTH);
            footer(cs, footer, pageLabel);
        }
    }

    private void drawChart(PDPageContentStream cs, JFreeChart chart, float x, float y, float w, float h)
            throws IOException {
        PdfBoxGraphics2D g2 = new PdfBoxGraphics2D(doc, w, h);
        g2.setFontTextDrawer(chartText);
        try {
            chart.draw(g2, new Rectangle2D.Double(0, 0, w, h));
        } finally {
            g2.dispose();
        }
        PDFormXObject form = g2.getXFormObject();
        cs.saveGraphicsState();
        cs.transform(Matrix.getTranslateInstance(x, y));
        cs.drawForm(form);
        cs.restoreGraphicsState();
    }

    void footer(PDPageContentStream cs, String left, String right) throws IOException {
        float y = MARGIN_BOTTOM;
        rule(cs, y + FOOTER_PT + 4);
        text(cs, left, regular, FOOTER_PT, Palette.MUTED_TEXT, MARGIN_X, y);
        text(cs, right, regular, FOOTER_PT, Palette.MUTED_TEXT,
                MARGIN_X + CONTENT_WIDTH - PdfText.width(regular, FOOTER_PT, right), y);
    }

    /** Draws wrapped text whose first line's top is at {@code top}; returns the y below the last line. */
    private float paragraph(PDPageContentStream cs, String s, PDFont font, float size, Color color, float x, float top,
                            float width) throws IOException {
        float y = top;
        for (String line : PdfText.wrap(font, size, s, width)) {
            y -= size * LEADING;
            text(cs, line, font, size, color, x, y + (LEADING - 1) * size);
        }
        return y;
    }

    private void text(PDPageContentStream cs, String s, PDFont font, float size, Color color, float x, float baseline)
            throws IOException {
        cs.beginText();
        cs.setFont(font, size);
        cs.setNonStrokingColor(color);
        cs.newLineAtOffset(x, baseline);
        cs.showText(s);
        cs.endText();
    }

    private void rule(PDPageContentStream cs, float y) throws IOException {
        cs.setStrokingColor(Palette.RULE);
        cs.setLineWidth(0.6f);
        cs.moveTo(MARGIN_X, y);
        cs.lineTo(MARGIN_X + CONTENT_WIDTH, y);
        cs.stroke();
    }

    private void fillRect(PDPageContentStream cs, float x, float y, float w, float h, Color c) throws IOException {
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
        }
    }
}
