package vn.binhdang.charts;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import vn.binhdang.charts.release.IndicatorDef;
import vn.binhdang.charts.release.Release;
import vn.binhdang.charts.release.ReleaseReader;
import vn.binhdang.charts.render.PackLayout;
import vn.binhdang.charts.spec.TrendChartSpec;
import vn.binhdang.charts.spec.TrendSpecs;

/**
 * Entry point: renders the charts and the PDF chart pack of a published warehouse release. Called by
 * the Spark jobs after they publish a release, and by the {@code charts} command on an existing one.
 *
 * <p>Outputs under {@code outDir}: {@code charts/<lang>/<INDICATOR_CODE>.png} and
 * {@code chart-pack-<planYear>-<lang>.pdf} (cover, then one page per indicator in catalogue order).
 */
public final class ChartPack {

    /** The district whose values the pack shows (Kon Rẫy). */
    public static final String DISTRICT = "614";

    private ChartPack() {
    }

    public static ChartPackResult render(Path releaseDir, Path outDir, Lang lang, int planYear) {
        return render(ReleaseReader.read(releaseDir), outDir, lang, planYear, LocalDate.now());
    }

    /** Same, on a release already read, with the date printed on the cover given. */
    public static ChartPackResult render(Release release, Path outDir, Lang lang, int planYear, LocalDate runDate) {
        List<TrendChartSpec> specs = new ArrayList<>();
        for (IndicatorDef ind : release.indicators()) {
            specs.add(TrendSpecs.trend(release, ind, DISTRICT, lang, planYear));
        }
        Map<String, Path> pngs = new LinkedHashMap<>();
        Path pngDir = outDir.resolve("charts").resolve(lang.code());
        Path pdf = outDir.resolve("chart-pack-" + planYear + "-" + lang.code() + ".pdf");
        try {
            PackLayout layout = new PackLayout(release, lang, planYear, runDate, DISTRICT);
            for (TrendChartSpec spec : specs) {
                pngs.put(spec.id(), layout.png(spec, pngDir.resolve(spec.id() + ".png")));
            }
            int pages = layout.pdf(specs, pdf);
            List<ChartPackResult.RenderedChart> charts = new ArrayList<>();
            for (TrendChartSpec spec : specs) {
                int hidden = spec.series().stream().mapToInt(s -> s.suppressedYears().size()).sum();
                charts.add(new ChartPackResult.RenderedChart(spec.id(), pngs.get(spec.id()), spec.pointCount(), hidden));
            }
            return new ChartPackResult(pdf, pages, charts);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the chart pack to " + outDir, e);
        }
    }
}
