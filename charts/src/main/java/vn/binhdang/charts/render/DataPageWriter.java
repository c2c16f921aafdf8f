package vn.binhdang.charts.render;

import java.io.IOException;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;

import vn.binhdang.charts.spec.PackPlan;
import vn.binhdang.charts.theme.Palette;
import vn.binhdang.charts.theme.Theme;

/**
 * The data and methods page of the pack: two columns of headed sections (sources, rejects, suppression,
 * methods) and a remark; the font shrinks until everything fits on the one page. Draws on a
 * {@link PdfPackWriter}, like {@link GridPageWriter}.
 */
final class DataPageWriter extends PageWriter {
    DataPageWriter(PdfPackWriter w) {
        super(w);
    }

    void draw(PackPlan.DataPage d) throws IOException {
        PDPage page = w.newPage();
        try (PDPageContentStream cs = new PDPageContentStream(w.document(), page)) {
            float y = w.frame(cs, null, null, d.title()) - 4;
            float gap = 24;
            float colW = (PdfPackWriter.CONTENT_WIDTH - gap) / 2;
            List<String> remark = d.remark() == null ? List.of() : List.of(d.remark());
            float size = Theme.BODY_PT - 1;
            int split = splitPoint(d.sections());
            for (; size > 6.5f; size -= 0.25f) {
                float remarkH = remark.isEmpty() ? 0
                        : PdfText.wrap(regular, size - 1, d.remark(), PdfPackWriter.CONTENT_WIDTH).size() * (size - 1) * Theme.LEADING + 6;
                float avail = y - PdfPackWriter.CONTENT_BOTTOM - remarkH;
                if (columnHeight(d.sections().subList(0, split), size, colW) <= avail
                        && columnHeight(d.sections().subList(split, d.sections().size()), size, colW) <= avail) {
                    break;
                }
            }
            column(cs, d.sections().subList(0, split), size, PdfPackWriter.MARGIN_X, y, colW);
            column(cs, d.sections().subList(split, d.sections().size()), size, PdfPackWriter.MARGIN_X + colW + gap, y, colW);
            if (!remark.isEmpty()) {
                List<String> l = PdfText.wrap(regular, size - 1, d.remark(), PdfPackWriter.CONTENT_WIDTH);
                w.paragraph(cs, d.remark(), regular, size - 1, Palette.MUTED_TEXT, PdfPackWriter.MARGIN_X,
                        PdfPackWriter.CONTENT_BOTTOM + l.size() * (size - 1) * Theme.LEADING + 2, PdfPackWriter.CONTENT_WIDTH);
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
            y = w.paragraph(cs, s.heading(), bold, size + 1, Palette.BLUE, x, y, width) - 3;
            for (String l : s.lines()) {
                if (s.bullets()) {
                    w.fillRect(cs, x + 1, y - size * 0.95f, 3, 3, Palette.MUTED_TEXT);
                    y = w.paragraph(cs, l, regular, size, Palette.TEXT, x + 10, y, width - 10) - 2;
                } else {
                    y = w.paragraph(cs, l, regular, size, Palette.TEXT, x, y, width) - 2;
                }
            }
            y -= 10;
        }
    }
}
