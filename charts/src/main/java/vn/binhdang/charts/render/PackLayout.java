package vn.binhdang.charts.render;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jfree.chart.JFreeChart;

import vn.binhdang.charts.Lang;
import vn.binhdang.charts.release.IndicatorDef;
import vn.binhdang.charts.release.Release;
import vn.binhdang.charts.spec.IndicatorTexts;
import vn.binhdang.charts.spec.TrendChartSpec;
import vn.binhdang.charts.spec.TrendSpecs;
import vn.binhdang.charts.factory.TrendChartFactory;
import vn.binhdang.charts.theme.Messages;
import vn.binhdang.charts.theme.Theme;

/**
 * Composes the chart pack of one release and language: which page shows what, in which words.
 * {@link PdfPackWriter} does the drawing; this class decides the content and the page order
 * (cover, then the indicators grouped by objective in catalogue order).
 */
public final class PackLayout {

    private final Release release;
    private final Lang lang;
    private final int planYear;
    private final LocalDate runDate;
    private final String areaCode;
    private final Theme theme = Theme.standard();
    private final TrendChartFactory factory = new TrendChartFactory(theme);
    private final IndicatorTexts texts;
    private final Messages msg;

    public PackLayout(Release release, Lang lang, int planYear, LocalDate runDate, String areaCode) {
        this.release = release;
        this.lang = lang;
        this.planYear = planYear;
        this.runDate = runDate;
        this.areaCode = areaCode;
        this.texts = new IndicatorTexts(lang);
        this.msg = texts.messages();
    }

    /** Writes the stand-alone PNG of a chart (with its title). */
    public Path png(TrendChartSpec spec, Path file) {
        return PngWriter.write(factory.create(spec, true), file);
    }

    /** Writes the PDF pack of the given charts (one per indicator, in order); returns its page count. */
    public int pdf(List<TrendChartSpec> specs, Path file) throws IOException {
        String district = TrendSpecs.areaWithParent(release, areaCode, lang);
        int pages = 1 + specs.size();
        try (PdfPackWriter w = new PdfPackWriter(theme)) {
            String title = msg.get("pack.title", "year", planYear);
            w.info(title, district, lang.locale());
            w.coverPage(district, title, msg.get("pack.subtitle", "year", planYear), contents(specs),
                    msg.get("pack.contents"),
                    List.of(msg.get("pack.date", "date", texts.formats().date(runDate)),
                            msg.get("pack.release", "release", release.id())),
                    msg.get("pack.note"));
            String footer = msg.get("pack.footer", "district", district, "year", planYear, "release", release.id());
            int page = 2;
            for (TrendChartSpec spec : specs) {
                IndicatorDef ind = indicator(spec);
                JFreeChart chart = factory.create(spec, false);
                w.chartPage(objectiveHeader(ind), ind.code(), ind.name(lang), chart,
                        texts.valueLine(release, ind, areaCode, planYear), footer,
                        msg.get("pack.page", "page", page, "pages", pages));
                page++;
            }
            w.save(file);
            return w.pageCount();
        }
    }

    private IndicatorDef indicator(TrendChartSpec spec) {
        return release.indicator(spec.id())
                .orElseThrow(() -> new IllegalArgumentException("No indicator " + spec.id() + " in the release"));
    }

    private String objectiveHeader(IndicatorDef ind) {
        return msg.get("pack.objective", "objective", ind.objective(), "name", ind.objectiveName(lang));
    }

    /** One contents row per objective: its name and the pages of its indicators. */
    private List<String[]> contents(List<TrendChartSpec> specs) {
        Map<Integer, int[]> pagesByObjective = new LinkedHashMap<>();
        Map<Integer, String> names = new LinkedHashMap<>();
        int page = 2;
        for (TrendChartSpec spec : specs) {
            IndicatorDef ind = indicator(spec);
            int p = page++;
            pagesByObjective.merge(ind.objective(), new int[] {p, p}, (a, b) -> new int[] {a[0], b[1]});
            names.putIfAbsent(ind.objective(), ind.objectiveName(lang));
        }
        List<String[]> rows = new ArrayList<>();
        pagesByObjective.forEach((objective, range) -> rows.add(new String[] {
                msg.get("pack.contents.line", "objective", objective, "name", names.get(objective)),
                range[0] == range[1]
                        ? msg.get("pack.contents.page", "first", range[0])
                        : msg.get("pack.contents.pages", "first", range[0], "last", range[1])}));
        return rows;
    }
}
