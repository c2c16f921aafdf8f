package vn.binhdang.charts.pack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import vn.binhdang.charts.html.Downloads;
import vn.binhdang.charts.html.HtmlReport;
import vn.binhdang.charts.workbook.SummaryWorkbook;
import vn.binhdang.charts.html.HtmlReportResult;
import vn.binhdang.charts.release.Release;
import vn.binhdang.charts.release.ReleaseException;
import vn.binhdang.charts.release.ReleaseReader;
import vn.binhdang.charts.Lang;
import vn.binhdang.charts.render.PackLayout;
import vn.binhdang.charts.render.PackSections;
import vn.binhdang.charts.spec.ChartSpec;
import vn.binhdang.charts.spec.CommuneBar;
import vn.binhdang.charts.spec.CommuneBarSpec;
import vn.binhdang.charts.spec.PackPlan;
import vn.binhdang.charts.spec.PackPlanner;
import vn.binhdang.charts.spec.SexPairSpec;
import vn.binhdang.charts.spec.TrendChartSpec;

/**
 * Entry point: renders the charts and the PDF chart pack of a warehouse release. Called by the Spark jobs
 * after they write a release, and by the {@code charts} command on an existing one.
 *
 * <p>Outputs under {@code outDir}: {@code charts/<lang>/<id>.png} for every chart (the trend as
 * {@code <INDICATOR_CODE>.png}, the commune charts as {@code …-communes.png}, {@code …-funnel.png},
 * {@code …-sexes.png}), {@code chart-pack-<planYear>-<lang>.pdf}: cover, summary, one page per
 * indicator (by objective), one page per commune, data and methods; {@code summary-<planYear>-<lang>.xlsx}
 * ({@link SummaryWorkbook}); and the static HTML report
 * {@code report/<lang>/} ({@link HtmlReport}) from the same plan, with copies of the same PNGs.
 */
public final class ChartPack {

    private ChartPack() {
    }

    public static ChartPackResult render(Path releaseDir, Path outDir, Lang lang, int planYear) {
        return render(ReleaseReader.read(releaseDir), outDir, lang, planYear, LocalDate.now());
    }

    /**
     * The pack of another area of the release than the one it reports on ({@code charts --area}), written to
     * {@code outDir} = the release's {@code outputs/areas/<code>/}.
     *
     * @throws ReleaseException when the release has no such area or no commune under it
     */
    public static ChartPackResult render(Path releaseDir, Path outDir, Lang lang, int planYear, String area) {
        Release release = ReleaseReader.read(releaseDir);
        if (release.area(area).isEmpty()) {
            throw new ReleaseException("area " + area + " is not in release " + release.id() + " (dim_area)");
        }
        if (!release.within(area, release.scope())) {
            throw new ReleaseException("area " + area + " is not under " + release.scope() + ", the area release "
                    + release.id() + " reports on, so the release has no figures for it: run with --area " + area);
        }
        if (release.children(area).isEmpty()) {
            throw new ReleaseException("area " + area + " has no commune, ward or town under it in release "
                    + release.id() + ": a pack is for an area above communes");
        }
        return render(release, outDir, lang, planYear, LocalDate.now(), area, AREA_PACK_TO_OUTPUTS);
    }

    /** From an area pack's folder, {@code outputs/areas/<code>/}, up to {@code outputs/}. */
    static final String AREA_PACK_TO_OUTPUTS = "../../";

    /** Same, on a release already read, with the date printed on the cover given. */
    public static ChartPackResult render(Release release, Path outDir, Lang lang, int planYear, LocalDate runDate) {
        return render(release, outDir, lang, planYear, runDate, release.scope(), "");
    }

    private static ChartPackResult render(Release release, Path outDir, Lang lang, int planYear, LocalDate runDate,
            String area, String toOutputs) {
        long start = System.nanoTime();
        PackPlan plan = new PackPlanner(release, lang, planYear, runDate, area).plan();
        List<ChartSpec> specs = plan.charts();
        Path pngDir = outDir.resolve("charts").resolve(lang.code());
        Path pdf = outDir.resolve(Downloads.packName(planYear, lang));
        PackLayout layout = new PackLayout(lang);
        try {
            // PNGs in parallel (independent charts); the PDF is drawn in page order.
            Map<String, Path> pngs = new ConcurrentHashMap<>();
            specs.parallelStream().forEach(s -> pngs.put(s.id(), layout.png(s, pngDir.resolve(s.id() + ".png"))));
            PackSections sections = layout.pdf(plan, pdf);
            Path summary = SummaryWorkbook.write(plan, release, lang, planYear, outDir);
            // The HTML report from the same plan, with copies of the same PNGs.
            Downloads downloads = Downloads.of(release.dir(), pdf.getFileName().toString(),
                    summary.getFileName().toString(), toOutputs);
            HtmlReportResult report = HtmlReport.write(plan, pngs, outDir, lang, planYear, downloads);
            List<ChartPackResult.RenderedChart> charts = new ArrayList<>();
            for (ChartSpec spec : specs) {
                charts.add(new ChartPackResult.RenderedChart(spec.indicatorCode(), pngs.get(spec.id()),
                        spec.pointCount(), hidden(spec), spec.kind()));
            }
            return new ChartPackResult(pdf, sections.total(), charts, sections,
                    Duration.ofNanos(System.nanoTime() - start), report.index(), summary);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the chart pack to " + outDir, e);
        }
    }

    /** Values a chart leaves out because they are suppressed. */
    static int hidden(ChartSpec spec) {
        if (spec instanceof TrendChartSpec t) {
            return t.series().stream().mapToInt(s -> s.suppressedYears().size()).sum();
        }
        if (spec instanceof CommuneBarSpec c) {
            return (int) c.communes().stream().filter(b -> b.state() == CommuneBar.State.SUPPRESSED).count();
        }
        if (spec instanceof SexPairSpec s) {
            return (int) s.pairs().stream().filter(SexPairSpec.Pair::suppressed).count();
        }
        return 0;
    }
}
