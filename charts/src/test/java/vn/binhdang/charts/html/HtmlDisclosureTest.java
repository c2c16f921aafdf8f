package vn.binhdang.charts.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.binhdang.charts.Lang;
import vn.binhdang.charts.release.Release;
import vn.binhdang.charts.release.ReleaseReader;
import vn.binhdang.charts.spec.PackPlanner;
import vn.binhdang.charts.testing.Fixtures;
import vn.binhdang.charts.testing.SyntheticRelease;

/**
 * The HTML report shows no suppressed value, interval or count: not in its text, not in an attribute
 * (alt texts, sort keys, titles), not in an image. As for the PDF ({@code pack.DisclosureTest}), the
 * strongest form: two releases that differ only in their suppressed cells (and in what the marts derive
 * from them) give the same report, file by file and byte by byte.
 */
class HtmlDisclosureTest {

    @TempDir
    static Path tmp;

    static final LocalDate RUN_DATE = LocalDate.of(2023, 12, 11);

    @Test
    void reportDoesNotDependOnSuppressedValues() throws IOException {
        Release plain = ReleaseReader.read(SyntheticRelease.write(tmp.resolve("a/run"), SyntheticRelease.Options.all()));
        Release shifted = ReleaseReader.read(SyntheticRelease.write(tmp.resolve("b/run"),
                SyntheticRelease.Options.all().shifted(1.37)));
        // Vietnamese: every file, images included.
        HtmlReportResult a = HtmlReport.render(plain, tmp.resolve("out-a"), Lang.VI, 2023, RUN_DATE);
        HtmlReportResult b = HtmlReport.render(shifted, tmp.resolve("out-b"), Lang.VI, 2023, RUN_DATE);
        List<String> files = ReportFiles.files(a.dir());
        assertThat(ReportFiles.files(b.dir())).isEqualTo(files);
        assertThat(files).hasSizeGreaterThan(15 + 42);
        for (String f : files) {
            byte[] x = Files.readAllBytes(a.dir().resolve(f));
            byte[] y = Files.readAllBytes(b.dir().resolve(f));
            if (f.endsWith(".html")) {
                assertThat(new String(y, StandardCharsets.UTF_8)).as(f).isEqualTo(new String(x, StandardCharsets.UTF_8));
            } else {
                assertThat(y).as(f).isEqualTo(x);
            }
        }
        // English: the pages (the charts are drawn from the specs, whose equality pack.DisclosureTest shows).
        assertThat(pages(shifted, Lang.EN)).isEqualTo(pages(plain, Lang.EN));
    }

    private static Map<String, String> pages(Release r, Lang lang) {
        return new ReportWriter(new PackPlanner(r, lang, 2023, RUN_DATE, "614").plan(), lang, 2023, Downloads.none()).pages();
    }

    /** The small fixture's hidden maternal mortality of 2019: its value and its births appear nowhere. */
    @Test
    void theSuppressedCellOfTheSmallFixtureAppearsNowhere() throws IOException {
        Release release = ReleaseReader.read(Fixtures.small(tmp.resolve("small/run")));
        for (Lang lang : Lang.values()) {
            HtmlReportResult r = HtmlReport.render(release, tmp.resolve("small-out"), lang, 2023, RUN_DATE);
            for (Path page : r.pages()) {
                String html = Files.readString(page, StandardCharsets.UTF_8);
                assertThat(html).as(page.toString()).doesNotContain("77,7").doesNotContain("77.7")
                        .doesNotContain("2.574").doesNotContain("2,574").doesNotContain("2574");
            }
            // The page of the hidden year says it is hidden, and the trend has no verdict.
            String health = ReportFiles.everything(ReportFiles.parse(r.dir().resolve("objective-4.html")));
            assertThat(health).contains(lang == Lang.VI ? "Năm 2019: số liệu bị ẩn" : "2019: data suppressed");
        }
    }
}
