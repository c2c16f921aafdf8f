package vn.binhdang.charts.html;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * What {@link HtmlReport} wrote under {@code <outDir>/report/<lang>/}.
 *
 * @param dir        the language's folder
 * @param index      the summary page, {@code index.html}
 * @param pages      every HTML page: index, objectives, communes, data
 * @param images     the chart images under {@code img/}
 * @param renderTime wall time of writing the report (reading the release excluded)
 */
public record HtmlReportResult(Path dir, Path index, List<Path> pages, List<Path> images, Duration renderTime) {

    public HtmlReportResult {
        pages = List.copyOf(pages);
        images = List.copyOf(images);
    }
}
