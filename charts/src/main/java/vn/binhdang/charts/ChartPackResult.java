package vn.binhdang.charts;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What {@link ChartPack#render} wrote: the PDF, its page count, and one entry per chart.
 *
 * @param charts in page order
 */
public record ChartPackResult(Path pdf, int pageCount, List<RenderedChart> charts) {

    /**
     * One chart: its PNG and how many values it plots (suppressed ones are never plotted).
     *
     * @param suppressedPoints years × sexes hidden by disclosure control on this chart
     */
    public record RenderedChart(String indicatorCode, Path png, int dataPoints, int suppressedPoints) {
    }

    public ChartPackResult {
        charts = List.copyOf(charts);
    }

    public List<Path> pngs() {
        return charts.stream().map(RenderedChart::png).toList();
    }

    /** Plotted values per indicator code, in page order. */
    public Map<String, Integer> dataPoints() {
        Map<String, Integer> m = new LinkedHashMap<>();
        charts.forEach(c -> m.put(c.indicatorCode(), c.dataPoints()));
        return m;
    }
}
