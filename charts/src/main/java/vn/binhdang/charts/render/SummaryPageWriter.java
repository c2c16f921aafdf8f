package vn.binhdang.charts.render;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDPageContentStream;

import vn.binhdang.charts.spec.PackPlan;
import vn.binhdang.charts.spec.StatusLine;
import vn.binhdang.charts.theme.Palette;
import vn.binhdang.charts.theme.Theme;

/**
 * The summary page of the pack: every indicator's status line (status, indicator, value, target, trend) by
 * objective, continued on a second page when long, and the legend of the lights with both status rules.
 * Draws on a {@link PdfPackWriter}.
 */
final class SummaryPageWriter extends PageWriter {
    /** Column widths of the summary table, in points: status, indicator, value, target, trend. */
    static final float[] SUMMARY_COLUMNS = {112, 350, 140, 52, 104};

    SummaryPageWriter(PdfPackWriter w) {
        super(w);
    }

    void draw(PackPlan.Summary s) throws IOException {
        PDPageContentStream cs = new PDPageContentStream(w.document(), w.newPage());
        try {
            float y = w.frame(cs, null, null, s.title());
            y = w.paragraph(cs, s.intro(), regular, Theme.BODY_PT - 1, Palette.MUTED_TEXT, PdfPackWriter.MARGIN_X,
                    y - 2, PdfPackWriter.CONTENT_WIDTH);
            y -= 6;
            float legendH = legendHeight(s.legend());
            List<StatusTable.Row> rows = new ArrayList<>();
            for (PackPlan.Group g : s.groups()) {
                rows.add(StatusTable.Row.group(g.heading()));
                for (StatusLine l : g.lines()) {
                    rows.add(StatusTable.Row.status(l));
                }
            }
            String[] heads = {s.columns().status(), s.columns().indicator(), s.columns().value(), s.columns().target(),
                    s.columns().trend()};
            float bottom = PdfPackWriter.CONTENT_BOTTOM + legendH + 6;
            float size = StatusTable.fit(w, regular, bold, rows, heads, SUMMARY_COLUMNS, y - bottom);
            StatusTable t = new StatusTable(w, regular, bold, SUMMARY_COLUMNS, heads, size);
            cs = t.drawRows(cs, rows, y, bottom, next -> w.frame(next, null, null, s.title()));
            legend(cs, s.lights(), s.legend(), PdfPackWriter.CONTENT_BOTTOM + legendH);
        } finally {
            cs.close();
        }
    }

    /** The lights line, then the status rules wrapped (both rules are stated: estimates and complete counts). */
    private float legendHeight(String rule) {
        float size = Theme.TABLE_PT + 0.5f;
        int lines = PdfText.wrap(regular, size - 0.5f, rule, PdfPackWriter.CONTENT_WIDTH).size();
        return (1 + lines) * (Theme.TABLE_PT + 1) * Theme.LEADING + 4;
    }

    /** The lights with their words on one line, and the rule they follow on the next. */
    private void legend(PDPageContentStream cs, List<PackPlan.LegendItem> items, String rule, float top)
            throws IOException {
        float size = Theme.TABLE_PT + 0.5f;
        float x = PdfPackWriter.MARGIN_X;
        float baseline = top - size;
        for (PackPlan.LegendItem i : items) {
            w.light(cs, i.light(), x + Theme.LIGHT_PT / 2, baseline + size * 0.33f, Theme.LIGHT_PT);
            x += Theme.LIGHT_PT + 4;
            w.text(cs, i.word(), regular, size, Palette.TEXT, x, baseline);
            x += PdfText.width(regular, size, i.word()) + 18;
        }
        float y = baseline - size * Theme.LEADING - 1;
        for (String line : PdfText.wrap(regular, size - 0.5f, rule, PdfPackWriter.CONTENT_WIDTH)) {
            w.text(cs, line, regular, size - 0.5f, Palette.MUTED_TEXT, PdfPackWriter.MARGIN_X, y);
            y -= (size - 0.5f) * Theme.LEADING;
        }
    }
}
