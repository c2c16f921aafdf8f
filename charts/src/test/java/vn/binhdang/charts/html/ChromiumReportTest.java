package vn.binhdang.charts.html;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.binhdang.charts.Lang;
import vn.binhdang.charts.release.Release;
import vn.binhdang.charts.release.ReleaseReader;
import vn.binhdang.charts.testing.SyntheticRelease;

/**
 * The report in a real browser: headless Chromium opens pages of the synthetic release's report from
 * {@code file://} and dumps the DOM after load. The page's own script ({@code report.js}) writes on
 * {@code <body>} what it saw: script errors and failed resources ({@code data-errors},
 * {@code data-error-count}), images loaded ({@code data-images}, {@code data-images-loaded}) and
 * {@code data-ready}. Chromium's console output (stderr, {@code --enable-logging}) must be empty of
 * page messages. A copy of the summary page with a few lines of script clicks the sort buttons.
 *
 * <p>Chromium: {@code $CHROMIUM} if set, else {@code /usr/bin/chromium} (or chromium-browser, google-chrome).
 * Without it the test is skipped, unless {@code BINHDANG_REQUIRE_CHROMIUM=1} (CI), where it fails.
 */
class ChromiumReportTest {

    static final String REQUIRE = "BINHDANG_REQUIRE_CHROMIUM";
    static final List<String> CANDIDATES = List.of("/usr/bin/chromium", "/usr/bin/chromium-browser",
            "/usr/bin/google-chrome", "/usr/bin/google-chrome-stable");

    @TempDir
    static Path tmp;

    static Path chromium;
    static HtmlReportResult report;
    /** Page → the DOM Chromium serialised after load. */
    static final Map<String, String> dom = new LinkedHashMap<>();
    /** Page → Chromium's console lines about it. */
    static final Map<String, List<String>> console = new LinkedHashMap<>();
    static String firstCommune;

    static Path findChromium() {
        // $CHROMIUM, when set, is the only candidate: a wrong path is reported, not replaced by another browser.
        String env = System.getenv("CHROMIUM");
        List<String> candidates = env != null && !env.isBlank() ? List.of(env) : CANDIDATES;
        for (String c : candidates) {
            Path p = Path.of(c);
            if (Files.isRegularFile(p) && Files.isExecutable(p)) {
                return p;
            }
        }
        String missing = "Chromium not found (tried " + String.join(", ", candidates) + ").";
        String install = "Install it with 'apt-get install -y chromium' or set CHROMIUM to its path.";
        if ("1".equals(System.getenv(REQUIRE))) {
            fail(missing + " " + REQUIRE + "=1 requires the browser check of the HTML report. " + install);
        }
        skipped = missing + " The browser check of the HTML report is skipped. " + install;
        System.out.println("ChromiumReportTest: " + skipped);
        return null;
    }

    /** Why the tests are skipped (no Chromium), or null. */
    static String skipped;

    @BeforeEach
    void needsChromium() {
        Assumptions.assumeTrue(skipped == null, skipped);
    }

    @BeforeAll
    static void renderAndOpen() throws Exception {
        chromium = findChromium();
        if (chromium == null) {
            return;
        }
        Release release = ReleaseReader.read(SyntheticRelease.write(tmp.resolve("releases/20231211T031542Z-demo"),
                SyntheticRelease.Options.all()));
        report = HtmlReport.render(release, tmp.resolve("out"), Lang.VI, 2023, LocalDate.of(2023, 12, 11));
        firstCommune = "commune-" + release.children("614").get(0).code() + ".html";
        Files.writeString(report.dir().resolve("sort-check.html"), sortCheckPage(), StandardCharsets.UTF_8);

        List<String> pages = new ArrayList<>(List.of("index.html", "objective-4.html", firstCommune, "data.html",
                "sort-check.html"));
        Map<String, Integer> widths = new LinkedHashMap<>();
        for (int width : FIT_WIDTHS) { // issue 12, point 9: a phone and a laptop
            for (String page : List.of("index.html", firstCommune)) {
                String name = "fit-" + width + "-" + page;
                Files.writeString(report.dir().resolve(name), fitCheckPage(page), StandardCharsets.UTF_8);
                pages.add(name);
                widths.put(name, width);
            }
        }
        long start = System.nanoTime();
        Map<String, Process> running = new LinkedHashMap<>();
        for (String page : pages) {
            running.put(page, open(page, widths.getOrDefault(page, 1280)));
        }
        for (Map.Entry<String, Process> e : running.entrySet()) {
            Process p = e.getValue();
            if (!p.waitFor(60, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                fail("Chromium did not finish " + e.getKey() + " within 60 s");
            }
            Path dir = tmp.resolve("chromium").resolve(e.getKey());
            dom.put(e.getKey(), Files.readString(dir.resolve("dom.html"), StandardCharsets.UTF_8));
            console.put(e.getKey(), Files.readAllLines(dir.resolve("stderr.txt"), StandardCharsets.UTF_8).stream()
                    .filter(l -> l.contains(":CONSOLE")).toList());
            assertThat(p.exitValue()).as("chromium exit code for " + e.getKey()).isZero();
        }
        System.out.printf("Chromium: %d pages in %d ms%n", pages.size(), (System.nanoTime() - start) / 1_000_000);
    }

    /** Starts headless Chromium on a page of the report, dumping the DOM after load (virtual time). */
    static Process open(String page, int width) throws IOException {
        Path dir = Files.createDirectories(tmp.resolve("chromium").resolve(page));
        List<String> cmd = new ArrayList<>(Arrays.asList(chromium.toString(), "--headless", "--no-sandbox",
                "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking",
                "--disable-component-update", "--disable-sync",
                "--no-first-run", "--user-data-dir=" + dir.resolve("profile"), "--enable-logging=stderr", "--v=0",
                "--window-size=" + width + ",2000", "--virtual-time-budget=5000", "--dump-dom",
                report.dir().resolve(page).toUri().toString()));
        return new ProcessBuilder(cmd).redirectOutput(dir.resolve("dom.html").toFile())
                .redirectError(dir.resolve("stderr.txt").toFile()).start();
    }

    /**
     * The summary page with a script that, once loaded, sorts the summary table by status (twice: up,
     * then down) and by name, and loads the shipped font, writing what it saw on {@code <body>}.
     */
    static String sortCheckPage() throws IOException {
        String index = Files.readString(report.index(), StandardCharsets.UTF_8);
        String script = """
                <script>
                window.addEventListener('load', function () {
                  var t = document.getElementById('summary-table');
                  var heads = t.tHead.rows[0].cells;
                  function keys(col) {
                    var out = [];
                    for (var i = 0; i < t.tBodies[0].rows.length; i++) {
                      var c = t.tBodies[0].rows[i].cells[col];
                      out.push(c.getAttribute('data-sort'));
                    }
                    return out.join(',');
                  }
                  function codes() {
                    var out = [];
                    for (var i = 0; i < t.tBodies[0].rows.length; i++) out.push(t.tBodies[0].rows[i].getAttribute('data-code'));
                    return out.join(',');
                  }
                  var b = document.body;
                  b.setAttribute('data-before', codes());
                  heads[2].querySelector('button').click();
                  b.setAttribute('data-status-asc', keys(2));
                  b.setAttribute('data-status-asc-aria', heads[2].getAttribute('aria-sort'));
                  heads[2].querySelector('button').click();
                  b.setAttribute('data-status-desc', keys(2));
                  b.setAttribute('data-status-desc-aria', heads[2].getAttribute('aria-sort'));
                  heads[1].querySelector('button').click();
                  b.setAttribute('data-name-asc', codes());
                  heads[1].querySelector('button').click();
                  b.setAttribute('data-name-desc', codes());
                  heads[0].querySelector('button').click();
                  b.setAttribute('data-objective-asc', codes());
                  b.setAttribute('data-group-starts', String(t.querySelectorAll('tbody tr.group-start').length));
                  document.fonts.load('16px "Binh Dang DejaVu Sans"', 'Đắk Tơ Lung').then(function (f) {
                    b.setAttribute('data-font', f.length ? f[0].status : 'none');
                  }, function (e) { b.setAttribute('data-font', 'error ' + e); });
                });
                </script>
                """;
        return index.replace("</body>", script + "</body>");
    }

    static final int[] FIT_WIDTHS = {390, 1280};

    /**
     * A page with a script that, once loaded, counts the tables whose content is wider than their box
     * (a column the reader must scroll to find) and the cells of the status and annex tables without a
     * column label (a card on a phone would show a value without saying what it is).
     */
    static String fitCheckPage(String page) throws IOException {
        String html = Files.readString(report.dir().resolve(page), StandardCharsets.UTF_8);
        String script = """
                <script>
                window.addEventListener('load', function () {
                  var clipped = [];
                  var wraps = document.querySelectorAll('.table-wrap');
                  for (var i = 0; i < wraps.length; i++) {
                    if (wraps[i].scrollWidth > wraps[i].clientWidth + 1) clipped.push(wraps[i].querySelector('table').id);
                  }
                  var cells = document.querySelectorAll('table.status-table tbody tr > *:not([colspan]),'
                      + ' table.annex-table tbody tr > *:not([colspan]), table.count-table tbody tr > *:not([colspan])');
                  var unlabelled = 0;
                  for (var j = 0; j < cells.length; j++) if (!cells[j].getAttribute('data-label')) unlabelled++;
                  document.body.setAttribute('data-clipped', clipped.join(' '));
                  document.body.setAttribute('data-cells', String(cells.length));
                  document.body.setAttribute('data-unlabelled', String(unlabelled));
                  document.body.setAttribute('data-page-overflow',
                      String(document.documentElement.scrollWidth > window.innerWidth + 1));
                });
                </script>
                """;
        return html.replace("</body>", script + "</body>");
    }

    @Test
    void summaryAndCommuneTablesFitAPhoneAndALaptopWithoutAColumnOutOfView() {
        for (String page : dom.keySet()) {
            if (!page.startsWith("fit-")) {
                continue;
            }
            Map<String, String> body = bodyAttributes(page);
            assertThat(body.get("data-clipped")).as(page + ": tables wider than their box").isEmpty();
            assertThat(body.get("data-page-overflow")).as(page + ": page wider than the window").isEqualTo("false");
            assertThat(Integer.parseInt(body.get("data-cells"))).as(page).isGreaterThan(20);
            assertThat(body.get("data-unlabelled")).as(page + ": cells without a column label").isEqualTo("0");
        }
    }

    static Map<String, String> bodyAttributes(String page) {
        Matcher m = Pattern.compile("<body([^>]*)>").matcher(dom.get(page));
        assertThat(m.find()).as("<body> in the DOM of " + page).isTrue();
        Map<String, String> out = new LinkedHashMap<>();
        Matcher a = Pattern.compile("([\\w-]+)=\"([^\"]*)\"").matcher(m.group(1));
        while (a.find()) {
            out.put(a.group(1), a.group(2).replace("&amp;", "&").replace("&quot;", "\""));
        }
        return out;
    }

    @Test
    void pagesLoadWithoutErrorsAndEveryImageLoads() throws IOException {
        for (String page : dom.keySet()) {
            Map<String, String> body = bodyAttributes(page);
            assertThat(body).as(page).containsEntry("data-ready", "true").containsEntry("data-error-count", "0")
                    .doesNotContainKey("data-errors");
            int images = count(Files.readString(report.dir().resolve(page), StandardCharsets.UTF_8), "<img ");
            assertThat(body.get("data-images")).as(page).isEqualTo(String.valueOf(images));
            assertThat(body.get("data-images-loaded")).as(page).isEqualTo(String.valueOf(images));
            assertThat(console.get(page)).as("console messages of " + page).isEmpty();
        }
        assertThat(bodyAttributes("objective-4.html").get("data-images")).isEqualTo("8");
    }

    @Test
    void summaryTableHasOneRowPerIndicatorAndSortButtons() {
        String index = dom.get("index.html");
        String table = index.substring(index.indexOf("<table id=\"summary-table\""), index.indexOf("</table>",
                index.indexOf("<table id=\"summary-table\"")));
        String body = table.substring(table.indexOf("<tbody>"), table.indexOf("</tbody>"));
        assertThat(count(body, "<tr ")).isEqualTo(20);
        // report.js ran: rows numbered, sortable headings turned into buttons
        assertThat(count(body, "data-index=\"")).isEqualTo(20);
        String head = table.substring(table.indexOf("<thead>"), table.indexOf("</thead>"));
        assertThat(count(head, "<button type=\"button\" class=\"sort\">")).isEqualTo(6);
        assertThat(index).contains("class=\"status-table sortable-ready\"");
    }

    @Test
    void clickingAHeadingSortsTheTableBothWays() {
        Map<String, String> b = bodyAttributes("sort-check.html");
        assertThat(b).containsEntry("data-error-count", "0");
        List<Integer> asc = Arrays.stream(b.get("data-status-asc").split(",")).map(Integer::parseInt).toList();
        List<Integer> desc = Arrays.stream(b.get("data-status-desc").split(",")).map(Integer::parseInt).toList();
        assertThat(asc).hasSize(20).isSorted();
        assertThat(desc).hasSize(20).isSortedAccordingTo(java.util.Comparator.reverseOrder());
        assertThat(asc.get(0)).isLessThan(asc.get(19));
        assertThat(b).containsEntry("data-status-asc-aria", "ascending").containsEntry("data-status-desc-aria", "descending");
        List<String> before = List.of(b.get("data-before").split(","));
        List<String> byName = List.of(b.get("data-name-asc").split(","));
        List<String> byNameDesc = new ArrayList<>(List.of(b.get("data-name-desc").split(",")));
        assertThat(byName).hasSize(20).containsExactlyInAnyOrderElementsOf(before).isNotEqualTo(before);
        java.util.Collections.reverse(byNameDesc);
        assertThat(byNameDesc).isEqualTo(byName);
        // Back to the objective column: the catalogue order, groups marked again (one per objective).
        assertThat(List.of(b.get("data-objective-asc").split(","))).isEqualTo(before);
        assertThat(b).containsEntry("data-group-starts", "6");
        // The shipped font loads from the report's assets.
        assertThat(b).containsEntry("data-font", "loaded");
    }

    @Test
    void linksInTheLoadedPagesResolveToFiles() {
        int checked = 0;
        for (String page : List.of("index.html", "objective-4.html", firstCommune, "data.html")) {
            Matcher m = Pattern.compile("(?:href|src)=\"([^\"#]*)(#[^\"]*)?\"").matcher(dom.get(page));
            while (m.find()) {
                if (m.group(1).isEmpty()) {
                    continue;
                }
                assertThat(m.group(1)).as(page).doesNotContain(":");
                assertThat(report.dir().resolve(m.group(1).replace("&amp;", "&"))).as(page + " → " + m.group(1))
                        .isRegularFile();
                checked++;
            }
        }
        assertThat(checked).isGreaterThan(100);
    }

    static int count(String s, String part) {
        int n = 0;
        for (int i = s.indexOf(part); i >= 0; i = s.indexOf(part, i + part.length())) {
            n++;
        }
        return n;
    }
}
