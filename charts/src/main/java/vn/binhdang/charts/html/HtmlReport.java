package vn.binhdang.charts.html;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import vn.binhdang.charts.Lang;
import vn.binhdang.charts.release.Release;
import vn.binhdang.charts.release.ReleaseReader;
import vn.binhdang.charts.render.PackLayout;
import vn.binhdang.charts.spec.ChartSpec;
import vn.binhdang.charts.spec.PackPlan;
import vn.binhdang.charts.spec.PackPlanner;
import vn.binhdang.charts.theme.ThemeFonts;

/**
 * The static HTML report of a release: the chart pack's content as web pages that open from disk
 * ({@code file://}), offline, with no server and nothing fetched from elsewhere.
 *
 * <p>Written from the same {@link PackPlan} as the PDF, so both say the same: under
 * {@code <outDir>/report/<lang>/}
 * <pre>
 *   index.html            summary: every indicator with light, value and interval, target, trend; objectives; communes
 *   objective-&lt;n&gt;.html     the indicators of objective n: status, charts, notes, sentences, commune table
 *   commune-&lt;code&gt;.html   one commune against the district (the pack's annex)
 *   data.html             sources, completeness, rejects, the suppression rule, methods
 *   img/&lt;chart id&gt;.png     the charts (the pack's PNGs)
 *   assets/report.css     the one style sheet; report.js: table sorting and a load check; DejaVu Sans
 * </pre>
 * The folder is written beside the old one and swapped in when complete.
 */
public final class HtmlReport {

    /** Folder of the report under the output folder. */
    public static final String FOLDER = "report";
    static final String IMG = "img";
    static final String ASSETS = "assets";

    private HtmlReport() {
    }

    /** Reads a release and writes its report (charts rendered into the report). */
    public static HtmlReportResult render(Path releaseDir, Path outDir, Lang lang, int planYear) {
        return render(ReleaseReader.read(releaseDir), outDir, lang, planYear, LocalDate.now());
    }

    /** Same, on a release already read, with the date printed on the summary page given. */
    public static HtmlReportResult render(Release release, Path outDir, Lang lang, int planYear, LocalDate runDate) {
        PackPlan plan = new PackPlanner(release, lang, planYear, runDate, release.scope()).plan();
        return write(plan, Map.of(), outDir, lang, planYear, Downloads.of(release.dir(), null, null));
    }

    /** The folder of one language's report. */
    public static Path dir(Path outDir, Lang lang) {
        return outDir.resolve(FOLDER).resolve(lang.code());
    }

    /**
     * Writes the report of a plan. Charts already drawn as PNG ({@code rendered}: chart id → file, as
     * {@code ChartPack} writes them) are copied into the report; the others are drawn.
     */
    public static HtmlReportResult write(PackPlan plan, Map<String, Path> rendered, Path outDir, Lang lang,
                                         int planYear, Downloads downloads) {
        long start = System.nanoTime();
        Path target = dir(outDir, lang);
        Path parent = target.toAbsolutePath().getParent();
        String tag = ProcessHandle.current().pid() + "-" + Long.toHexString(System.nanoTime());
        Path tmp = parent.resolve("." + lang.code() + "-" + tag + ".tmp");
        try {
            Files.createDirectories(tmp.resolve(IMG));
            Files.createDirectories(tmp.resolve(ASSETS));
            List<Path> images = images(plan, rendered, tmp.resolve(IMG), lang);
            assets(tmp.resolve(ASSETS));
            List<Path> pages = new ArrayList<>();
            for (Map.Entry<String, String> page : new ReportWriter(plan, lang, planYear, downloads).pages().entrySet()) {
                Path file = tmp.resolve(page.getKey());
                Files.writeString(file, page.getValue(), StandardCharsets.UTF_8);
                pages.add(target.resolve(page.getKey()));
            }
            swap(tmp, target);
            List<Path> installed = images.stream().map(p -> target.resolve(IMG).resolve(p.getFileName())).toList();
            return new HtmlReportResult(target, target.resolve(ReportWriter.INDEX), pages, installed,
                    Duration.ofNanos(System.nanoTime() - start));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the HTML report to " + target, e);
        } finally {
            try {
                deleteTree(tmp);
            } catch (IOException ignored) {
                // a leftover temporary folder is harmless (hidden, replaced by the next run)
            }
        }
    }

    /** File name of a chart's image, relative to the report folder. */
    static String imagePath(ChartSpec spec) {
        return IMG + "/" + spec.id() + ".png";
    }

    private static List<Path> images(PackPlan plan, Map<String, Path> rendered, Path dir, Lang lang)
            throws IOException {
        List<ChartSpec> toDraw = new ArrayList<>();
        List<Path> out = new ArrayList<>();
        for (ChartSpec spec : plan.charts()) {
            Path file = dir.resolve(spec.id() + ".png");
            Path done = rendered.get(spec.id());
            if (done != null && Files.isRegularFile(done)) {
                Files.copy(done, file, StandardCopyOption.REPLACE_EXISTING);
            } else {
                toDraw.add(spec);
            }
            out.add(file);
        }
        if (!toDraw.isEmpty()) {
            PackLayout layout = new PackLayout(lang);
            toDraw.parallelStream().forEach(s -> layout.png(s, dir.resolve(s.id() + ".png")));
        }
        return out;
    }

    /** The style sheet (theme colours, then the rules), the script, and the shipped font with its licence. */
    private static void assets(Path dir) throws IOException {
        Files.writeString(dir.resolve("report.css"), Assets.css(), StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("report.js"), Assets.resource("report.js"), StandardCharsets.UTF_8);
        for (ThemeFonts.Face face : ThemeFonts.Face.values()) {
            String name = face.resource().substring(face.resource().lastIndexOf('/') + 1);
            try (InputStream in = ThemeFonts.open(face)) {
                Files.copy(in, dir.resolve(name), StandardCopyOption.REPLACE_EXISTING);
            }
        }
        try (InputStream in = HtmlReport.class.getResourceAsStream("/fonts/LICENSE-DejaVu.txt")) {
            if (in != null) {
                Files.copy(in, dir.resolve("LICENSE-DejaVu.txt"), StandardCopyOption.REPLACE_EXISTING);
            }
        }
    }

    /** Puts the new folder in place of the old one: readers see the old report or the new one. */
    private static void swap(Path tmp, Path target) throws IOException {
        Path old = target.resolveSibling("." + target.getFileName() + "-old-" + ProcessHandle.current().pid());
        deleteTree(old);
        if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
            Files.move(target, old);
        }
        try {
            Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(tmp, target);
        }
        deleteTree(old);
    }

    static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
