package vn.binhdang.charts.render;

import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.jfree.chart.JFreeChart;

import vn.binhdang.charts.spec.PackPlan;
import vn.binhdang.charts.spec.StatusEntry;
import vn.binhdang.charts.theme.Light;
import vn.binhdang.charts.theme.Palette;
import vn.binhdang.charts.theme.Theme;

/**
 * One indicator's page of the pack: the heading, the status strip (light, value with interval, target and
 * trend per judged sex), the charts in the slots {@link PageGrid} gives them, the notes and the sentences.
 * Draws on a {@link PdfPackWriter}, like {@link GridPageWriter}.
 */
final class IndicatorPageWriter extends PageWriter {
    IndicatorPageWriter(PdfPackWriter w) {
        super(w);
    }

    void draw(PackPlan.IndicatorPage p, PdfPackWriter.ChartMaker maker) throws IOException {
        List<vn.binhdang.charts.spec.ChartKind> kinds = p.charts().stream()
                .map(vn.binhdang.charts.spec.ChartSpec::kind).toList();
        PDPage page = w.newPage();
        try (PDPageContentStream cs = new PDPageContentStream(w.document(), page)) {
            float y = w.frame(cs, p.header(), p.code(), p.heading());
            y = statusStrip(cs, p, y - 4);
            float body = Theme.BODY_PT - 0.5f;
            List<List<String>> sentences = new ArrayList<>();
            float sentencesH = 0;
            for (String s : p.sentences()) {
                List<String> l = PdfText.wrap(regular, body, s, PdfPackWriter.CONTENT_WIDTH - 10);
                sentences.add(l);
                sentencesH += l.size() * body * Theme.LEADING + 3;
            }
            // Without any chart, the remark fills the charts' place as a notice; otherwise it is a line under them.
            List<String> remark = p.remark() == null || p.charts().isEmpty() ? List.of()
                    : PdfText.wrap(regular, body, p.remark(), PdfPackWriter.CONTENT_WIDTH);
            float remarkH = remark.size() * body * Theme.LEADING + (remark.isEmpty() ? 0 : 4);
            float noteSize = Theme.NOTE_PT - 1;
            float notesH = 0;
            for (String n : p.notes()) {
                notesH += PdfText.wrap(regular, noteSize, n, PdfPackWriter.CONTENT_WIDTH).size() * noteSize * Theme.LEADING;
            }
            notesH += p.notes().isEmpty() ? 0 : 6;
            float chartsBottom = PdfPackWriter.CONTENT_BOTTOM + sentencesH + remarkH + notesH + 8;
            float chartsTop = y - 8;
            List<Rectangle2D.Float> slots = PageGrid.slots(kinds, PdfPackWriter.MARGIN_X, chartsBottom, PdfPackWriter.CONTENT_WIDTH,
                    chartsTop - chartsBottom, PdfPackWriter.CHART_GAP);
            float scale = kinds.size() > 1 ? Theme.PAGE_CHART_SCALE_SMALL : Theme.PAGE_CHART_SCALE;
            for (int i = 0; i < kinds.size(); i++) {
                Rectangle2D.Float r = slots.get(i);
                JFreeChart chart = maker.make(p.charts().get(i), r.width / scale, r.height / scale);
                w.drawChart(cs, chart, r.x, r.y, r.width, r.height, scale);
            }
            if (kinds.isEmpty() && p.remark() != null) {
                notice(cs, p.remark(), PdfPackWriter.MARGIN_X, chartsBottom, PdfPackWriter.CONTENT_WIDTH, chartsTop - chartsBottom);
            }
            float ty = chartsBottom - 4;
            for (String n : p.notes()) {
                ty = w.paragraph(cs, n, regular, noteSize, Palette.MUTED_TEXT, PdfPackWriter.MARGIN_X, ty, PdfPackWriter.CONTENT_WIDTH);
            }
            ty -= p.notes().isEmpty() ? 2 : 6;
            if (!remark.isEmpty()) {
                ty = w.paragraph(cs, p.remark(), regular, body, Palette.MUTED_TEXT, PdfPackWriter.MARGIN_X, ty, PdfPackWriter.CONTENT_WIDTH) - 4;
            }
            for (int i = 0; i < p.sentences().size(); i++) {
                // A small square bullet, the sentence beside it.
                w.fillRect(cs, PdfPackWriter.MARGIN_X, ty - body * 0.95f, 3.2f, 3.2f, Palette.BLUE);
                ty = w.paragraph(cs, p.sentences().get(i), regular, body, Palette.TEXT, PdfPackWriter.MARGIN_X + 10, ty,
                        PdfPackWriter.CONTENT_WIDTH - 10) - 3;
            }
        }
    }

    /** A notice where the charts would be: a light panel with the reason there is nothing to draw. */
    private void notice(PDPageContentStream cs, String text, float x, float y, float width, float h) throws IOException {
        float panelH = Math.min(h, 120);
        float top = y + h - (h - panelH) / 2;
        w.fillRect(cs, x + width * 0.12f, top - panelH, width * 0.76f, panelH, Palette.SUPPRESSED);
        float size = Theme.BODY_PT + 1;
        List<String> lines = PdfText.wrap(regular, size, text, width * 0.66f);
        float textH = lines.size() * size * Theme.LEADING;
        w.light(cs, Light.NO_DATA, x + width / 2, top - panelH / 2 + textH / 2 + 14, 16);
        float ty = top - panelH / 2 + textH / 2;
        for (String l : lines) {
            ty -= size * Theme.LEADING;
            w.text(cs, l, regular, size, Palette.TEXT, x + (width - PdfText.width(regular, size, l)) / 2,
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
        w.fillRect(cs, PdfPackWriter.MARGIN_X, top - h, PdfPackWriter.CONTENT_WIDTH, h, Palette.TABLE_GROUP);
        float x0 = PdfPackWriter.MARGIN_X + 8;
        float[] xs = new float[STRIP_COLUMNS.length];
        float acc = x0;
        for (int i = 0; i < xs.length; i++) {
            xs[i] = acc;
            acc += STRIP_COLUMNS[i];
        }
        float base = top - 4 - size;
        float small = size - 1;
        w.text(cs, p.valueHeading(), regular, small, Palette.MUTED_TEXT, xs[1], base);
        w.text(cs, p.targetHeading(), regular, small, Palette.MUTED_TEXT, xs[2], base);
        w.text(cs, p.trendHeading(), regular, small, Palette.MUTED_TEXT, xs[3], base);
        base -= lead;
        for (StatusEntry e : entries) {
            w.light(cs, e.status().light(), xs[0] + Theme.LIGHT_PT / 2, base + size * 0.33f, Theme.LIGHT_PT + 1);
            w.text(cs, PdfText.fit(bold, size, e.status().word(), STRIP_COLUMNS[0] - Theme.LIGHT_PT - 10), bold, size,
                    Palette.TEXT, xs[0] + Theme.LIGHT_PT + 6, base);
            w.text(cs, PdfText.fit(regular, size, PdfPackWriter.entryValue(e.sexLabel(), e.value(), e.interval()), STRIP_COLUMNS[1] - 8),
                    regular, size, Palette.TEXT, xs[1], base);
            w.text(cs, e.trend().arrow(), bold, size, e.trend().tone().colour(), xs[3], base);
            w.text(cs, PdfText.fit(regular, size, e.trend().word(), STRIP_COLUMNS[3] - 20), regular, size, Palette.TEXT,
                    xs[3] + PdfText.width(bold, size, e.trend().arrow() + " "), base);
            base -= lead;
        }
        w.text(cs, PdfText.fit(regular, size, p.status().target(), STRIP_COLUMNS[2] - 8), regular, size, Palette.TEXT,
                xs[2], top - 4 - size - lead);
        return top - h;
    }
}
