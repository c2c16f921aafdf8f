package vn.binhdang.charts.html;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import vn.binhdang.charts.Lang;

/**
 * The files a reader of the HTML report downloads beside it: the chart pack (PDF), the editable summary
 * workbook, the rejects report and the exports, linked from every page's footer.
 *
 * <p>A release's rendered outputs sit together in {@code <release>/outputs/}: the pack
 * {@code chart-pack-<year>-<lang>.pdf}, {@code report/<lang>/}, {@code rejects/} and {@code exports/} (a link
 * to the release's exports folder), and {@code out/} shows each of them by the same name. So one relative
 * path from {@code report/<lang>/} ({@code ../../rejects/rejects-2023.xlsx}) works both through {@code out/}
 * and inside the release. The list is what the release holds when the report is written: a release without
 * a rejects report links none.
 */
public record Downloads(List<Item> items) {

    /** The folder of a release that holds its rendered outputs. */
    public static final String OUTPUTS = "outputs";
    /** The name, in {@link #OUTPUTS}, that shows the release's exports folder. */
    public static final String EXPORTS = "exports";
    static final String REJECTS = "rejects";

    /** What a download is: its label is a message key. */
    public enum Kind { PACK, SUMMARY, REJECTS, EXPORTS }

    /** One file: {@code href} relative to the report's pages. */
    public record Item(Kind kind, String name, String href) {
    }

    public Downloads {
        items = List.copyOf(items);
    }

    public static Downloads none() {
        return new Downloads(List.of());
    }

    /**
     * The pack and summary workbook being written beside the report (their names; null for a report
     * without them) and the rejects and exports files {@code releaseDir} holds (xlsx and csv files at the top
     * of each folder, by name).
     */
    public static Downloads of(Path releaseDir, String packName, String summaryName) {
        return of(releaseDir, packName, summaryName, "");
    }

    /**
     * Same, for a report written below {@code outputs/}: {@code toOutputs} leads from the pack's folder up to
     * it ({@code "../../"} for the pack of another area, in {@code outputs/areas/<code>/}); the release's
     * rejects and exports are there.
     */
    public static Downloads of(Path releaseDir, String packName, String summaryName, String toOutputs) {
        List<Item> out = new ArrayList<>();
        if (packName != null) out.add(new Item(Kind.PACK, packName, "../../" + packName));
        if (summaryName != null) out.add(new Item(Kind.SUMMARY, summaryName, "../../" + summaryName));
        if (releaseDir != null) {
            for (String f : files(releaseDir.resolve(OUTPUTS).resolve(REJECTS))) {
                out.add(new Item(Kind.REJECTS, f, "../../" + toOutputs + REJECTS + "/" + f));
            }
            for (String f : files(releaseDir.resolve(EXPORTS))) {
                out.add(new Item(Kind.EXPORTS, f, "../../" + toOutputs + EXPORTS + "/" + f));
            }
        }
        return new Downloads(out);
    }

    /** The chart pack's file name: {@code chart-pack-2023-vi.pdf}. */
    public static String packName(int planYear, Lang lang) {
        return "chart-pack-" + planYear + "-" + lang.code() + ".pdf";
    }

    private static List<String> files(Path dir) {
        if (!Files.isDirectory(dir)) return List.of();
        try (Stream<Path> list = Files.list(dir)) {
            // the workbook first (what most readers open), then the CSVs
            return list.filter(Files::isRegularFile).map(p -> p.getFileName().toString())
                    .filter(n -> n.endsWith(".xlsx") || n.endsWith(".csv"))
                    .sorted((a, b) -> a.endsWith(".xlsx") == b.endsWith(".xlsx") ? a.compareTo(b)
                            : a.endsWith(".xlsx") ? -1 : 1)
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + dir + ": " + e.getMessage(), e);
        }
    }
}
