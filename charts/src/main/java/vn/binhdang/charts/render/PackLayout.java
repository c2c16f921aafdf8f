package vn.binhdang.charts.render;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import vn.binhdang.charts.Lang;
import vn.binhdang.charts.factory.Charts;
import vn.binhdang.charts.spec.ChartSpec;
import vn.binhdang.charts.spec.PackPlan;
import vn.binhdang.charts.theme.Messages;
import vn.binhdang.charts.theme.Theme;

/**
 * Draws a {@link PackPlan}: the PNG of every chart, and the PDF in page order (summary, indicator pages
 * by objective, commune annex, data and methods), then the cover with the contents and the footers.
 */
public final class PackLayout {

    private final Lang lang;
    private final Theme theme = Theme.standard();
    private final Charts charts = new Charts(theme);
    private final Messages msg;

    public PackLayout(Lang lang) {
        this.lang = lang;
        this.msg = Messages.of(lang);
    }

    public Charts charts() {
        return charts;
    }

    /** Writes the stand-alone PNG of a chart (with the indicator's name as title). */
    public Path png(ChartSpec spec, Path file) {
        double[] size = Charts.pngSize(spec);
        return PngWriter.write(charts.create(spec, true, size[0], size[1]), file, size[0], size[1],
                PngWriter.scaleFor(size[0], size[1]));
    }

    /** Writes the PDF of a plan; returns its pages per part. */
    public PackSections pdf(PackPlan plan, Path file) throws IOException {
        try (PdfPackWriter w = new PdfPackWriter(theme)) {
            w.info(plan.cover().title(), plan.cover().district(), lang.locale());
            int before = w.pageCount();
            w.summary(plan.summary());
            int summaryPages = w.pageCount() - before;
            before = w.pageCount();
            if (plan.statusMatrix() != null) {
                w.grid(plan.statusMatrix());
            }
            int matrixPages = w.pageCount() - before;
            int matrixFirst = before + 2;

            Map<Integer, int[]> objectivePages = new LinkedHashMap<>();
            before = w.pageCount();
            for (PackPlan.IndicatorPage p : plan.indicators()) {
                w.indicatorPage(p, (spec, width, height) -> charts.create(spec, false, width, height));
                int page = w.pageCount() + 1; // + the cover
                objectivePages.merge(p.objective(), new int[] {page, page}, (a, b) -> new int[] {a[0], b[1]});
            }
            int indicatorPages = w.pageCount() - before;

            before = w.pageCount();
            String annex = plan.cover().contents().communes();
            for (PackPlan.CommunePage c : plan.communes()) {
                w.communePage(c, annex);
            }
            int communePages = w.pageCount() - before;
            int communeFirst = before + 2;

            before = w.pageCount();
            int gridFirst = before + 2;
            if (plan.completeness() != null) {
                w.grid(plan.completeness());
            }
            int gridPages = w.pageCount() - before;
            before = w.pageCount();
            int revisionsFirst = before + 2;
            if (plan.revisions() != null) {
                w.grid(plan.revisions());
            }
            int revisionPages = w.pageCount() - before;
            before = w.pageCount();
            w.dataPage(plan.data());
            int dataPages = w.pageCount() - before;
            int dataFirst = before + 2;

            List<String[]> contents = new ArrayList<>();
            PackPlan.Contents c = plan.cover().contents();
            contents.add(new String[] {c.summary(), pages(2, 1 + summaryPages)});
            if (matrixPages > 0) {
                contents.add(new String[] {plan.statusMatrix().title(), pages(matrixFirst, matrixFirst + matrixPages - 1)});
            }
            int i = 0;
            for (Map.Entry<Integer, int[]> e : objectivePages.entrySet()) {
                contents.add(new String[] {c.objectives().get(i++), pages(e.getValue()[0], e.getValue()[1])});
            }
            if (c.communes() != null && communePages > 0) {
                contents.add(new String[] {c.communes(), pages(communeFirst, communeFirst + communePages - 1)});
            }
            if (gridPages > 0) {
                contents.add(new String[] {plan.completeness().title(), pages(gridFirst, gridFirst + gridPages - 1)});
            }
            if (revisionPages > 0) {
                contents.add(new String[] {plan.revisions().title(),
                        pages(revisionsFirst, revisionsFirst + revisionPages - 1)});
            }
            contents.add(new String[] {c.data(), pages(dataFirst, dataFirst + dataPages - 1)});
            w.cover(plan.cover(), contents);
            int total = w.pageCount();
            w.footers(plan.footer(), page -> msg.get("pack.page", "page", page, "pages", total));
            w.save(file);
            return new PackSections(1, summaryPages + matrixPages, indicatorPages, communePages,
                    gridPages + revisionPages + dataPages);
        }
    }

    private String pages(int first, int last) {
        return first == last ? msg.get("pack.contents.page", "first", first)
                : msg.get("pack.contents.pages", "first", first, "last", last);
    }
}
