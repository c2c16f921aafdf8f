package vn.binhdang.charts.pack;

import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import vn.binhdang.charts.render.PackSections;
import vn.binhdang.charts.spec.ChartKind;

/**
 * What {@link ChartPack#render} wrote: the PDF, its page count and sections, one entry per chart, and
 * the HTML report.
 *
 * @param charts     in page order
 * @param sections   pages per part of the pack
 * @param renderTime wall time of the whole render (reading the release excluded)
 * @param report     the HTML report's summary page, {@code report/<lang>/index.html}; its folder is
 *                   {@code report.getParent()}
 * @param summary    the editable summary workbook, {@code summary-<year>-<lang>.xlsx} beside the PDF
 */
public record ChartPackResult(Path pdf, int pageCount, List<RenderedChart> charts, PackSections sections,
                              Duration renderTime, Path report, Path summary) {

    /**
     * One chart: its PNG and how many values it plots (suppressed ones are never plotted).
     *
     * @param suppressedPoints values hidden by disclosure control on this chart (years × sexes of a trend,
     *                         communes of a commune chart)
     */
    public record RenderedChart(String indicatorCode, Path png, int dataPoints, int suppressedPoints, ChartKind kind) {

        /** A trend chart (the one chart per indicator before the commune charts came). */
        public RenderedChart(String indicatorCode, Path png, int dataPoints, int suppressedPoints) {
            this(indicatorCode, png, dataPoints, suppressedPoints, ChartKind.TREND);
        }
    }

    public ChartPackResult {
        charts = List.copyOf(charts);
    }

    public List<Path> pngs() {
        return charts.stream().map(RenderedChart::png).toList();
    }

    /** Plotted values of each indicator's trend chart, by indicator code, in page order. */
    public Map<String, Integer> dataPoints() {
        Map<String, Integer> m = new LinkedHashMap<>();
        charts.stream().filter(c -> c.kind() == ChartKind.TREND).forEach(c -> m.put(c.indicatorCode(), c.dataPoints()));
        return m;
    }

    /** The charts of one kind, in page order. */
    public List<RenderedChart> charts(ChartKind kind) {
        return charts.stream().filter(c -> c.kind() == kind).toList();
    }
}
