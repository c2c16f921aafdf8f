package vn.binhdang.charts.html;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.binhdang.charts.html.ReportFiles.everything;
import static vn.binhdang.charts.html.ReportFiles.parse;
import static vn.binhdang.charts.html.ReportFiles.select;
import static vn.binhdang.charts.html.ReportFiles.text;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

import vn.binhdang.charts.Lang;
import vn.binhdang.charts.release.IndicatorDef;
import vn.binhdang.charts.release.Release;
import vn.binhdang.charts.release.ReleaseReader;
import vn.binhdang.charts.spec.ChartDescriptions;
import vn.binhdang.charts.spec.ChartSpec;
import vn.binhdang.charts.spec.PackPlan;
import vn.binhdang.charts.spec.PackPlanner;
import vn.binhdang.charts.spec.StatusEntry;
import vn.binhdang.charts.spec.StatusLine;
import vn.binhdang.charts.testing.Catalogue;
import vn.binhdang.charts.testing.SyntheticRelease;

/**
 * The HTML report of the complete synthetic release (20 indicators, 7 communes, every optional table),
 * checked without a browser: files, well-formed markup, links, tables, alt texts, languages. The
 * Vietnamese and English reports are left in {@code target/html-report-sample/report/} for people to
 * look at.
 */
class HtmlReportTest {

    static final LocalDate RUN_DATE = LocalDate.of(2023, 12, 11);

    @TempDir
    static Path tmp;

    static Release release;
    static PackPlan plan;
    static HtmlReportResult vi;
    static HtmlReportResult en;
    static Map<String, Document> viPages = new LinkedHashMap<>();
    static Map<String, Document> enPages = new LinkedHashMap<>();

    @BeforeAll
    static void render() {
        release = ReleaseReader.read(SyntheticRelease.write(tmp.resolve("releases/20231211T031542Z-demo"),
                SyntheticRelease.Options.all()));
        plan = new PackPlanner(release, Lang.VI, 2023, RUN_DATE, "614").plan();
        Path out = Paths.get("target/html-report-sample").toAbsolutePath();
        vi = HtmlReport.render(release, out, Lang.VI, 2023, RUN_DATE);
        en = HtmlReport.render(release, out, Lang.EN, 2023, RUN_DATE);
        System.out.printf("Sample HTML report (charts drawn): vi %d ms, en %d ms (%d pages, %d images)%n",
                vi.renderTime().toMillis(), en.renderTime().toMillis(), vi.pages().size(), vi.images().size());
        vi.pages().forEach(p -> viPages.put(p.getFileName().toString(), parse(p)));
        en.pages().forEach(p -> enPages.put(p.getFileName().toString(), parse(p)));
    }

    @Test
    void writesSummaryObjectivesCommunesDataImagesAndAssets() {
        assertThat(vi.dir()).isEqualTo(Paths.get("target/html-report-sample/report/vi").toAbsolutePath());
        assertThat(vi.index()).isEqualTo(vi.dir().resolve("index.html")).isRegularFile();
        List<String> expected = new ArrayList<>(List.of("index.html"));
        for (int o = 1; o <= 6; o++) {
            expected.add("objective-" + o + ".html");
        }
        release.children("614").forEach(a -> expected.add("commune-" + a.code() + ".html"));
        expected.add("data.html");
        assertThat(vi.pages()).extracting(p -> p.getFileName().toString()).containsExactlyElementsOf(expected);
        assertThat(expected).hasSize(1 + 6 + 7 + 1);
        assertThat(ReportFiles.pages(vi.dir())).hasSameSizeAs(expected);
        // One image per chart of the pack, named by the chart's id.
        assertThat(vi.images()).hasSize(plan.charts().size()).hasSize(42)
                .allSatisfy(p -> assertThat(p).isRegularFile().hasParent(vi.dir().resolve("img")));
        assertThat(ReportFiles.files(vi.dir())).contains("assets/report.css", "assets/report.js",
                "assets/DejaVuSans.ttf", "assets/DejaVuSans-Bold.ttf", "assets/LICENSE-DejaVu.txt", "img/HLT_SRB.png",
                "img/HLT_SRB-funnel.png");
        // Nothing left over from the swap.
        assertThat(ReportFiles.files(vi.dir().getParent())).allSatisfy(f ->
                assertThat(f).matches("(vi|en)/.*"));
    }

    @Test
    void everyPageIsWellFormedWithLanguageTitleStyleSheetAndScript() {
        for (Map.Entry<String, Document> e : viPages.entrySet()) {
            Element html = e.getValue().getDocumentElement();
            assertThat(html.getTagName()).isEqualTo("html");
            assertThat(html.getAttribute("lang")).as(e.getKey()).isEqualTo("vi");
            assertThat(select(html, "head/meta[@charset='utf-8']")).hasSize(1);
            assertThat(select(html, "head/meta[@name='viewport']")).hasSize(1);
            assertThat(text(select(html, "head/title").get(0))).isNotBlank();
            assertThat(select(html, "head/link[@rel='stylesheet']")).hasSize(1);
            assertThat(select(html, "head/link[@href='assets/report.css']")).hasSize(1);
            assertThat(select(html, "head/script[@src='assets/report.js']")).hasSize(1);
            assertThat(select(html, "body//main[@id='main']")).hasSize(1);
            assertThat(select(html, "body//h1")).as(e.getKey()).hasSize(1);
            // A page works offline: no address outside the report.
            assertThat(select(html, "//*[starts-with(@href, 'http') or starts-with(@src, 'http') or starts-with(@href, '//')"
                    + " or starts-with(@src, '//')]")).as(e.getKey()).isEmpty();
        }
        for (Document d : enPages.values()) {
            assertThat(d.getDocumentElement().getAttribute("lang")).isEqualTo("en");
        }
    }

    /** href and src (pages, images, style sheet, script, anchors) and the style sheet's url()s all exist. */
    @Test
    void everyLinkAndImageResolvesToAFileOrAnAnchorOfTheReport() throws IOException {
        for (HtmlReportResult r : new HtmlReportResult[] {vi, en}) {
            int checked = 0;
            Map<Path, Document> parsed = new java.util.HashMap<>();
            for (Path page : r.pages()) {
                Document d = parsed.computeIfAbsent(page, ReportFiles::parse);
                for (Element e : select(d, "//*[@href or @src]")) {
                    String ref = e.hasAttribute("href") ? e.getAttribute("href") : e.getAttribute("src");
                    assertThat(ref).as(page + ": " + ref).isNotBlank().doesNotContain("\\").doesNotStartWith("/");
                    URI uri = URI.create(ref);
                    assertThat(uri.getScheme()).as(ref).isNull();
                    Path target = uri.getPath().isEmpty() ? page : page.resolveSibling(uri.getPath()).normalize();
                    assertThat(target).as(page.getFileName() + " → " + ref).isRegularFile().startsWith(r.dir());
                    if (uri.getFragment() != null) {
                        Document t = parsed.computeIfAbsent(target, ReportFiles::parse);
                        assertThat(select(t, "//*[@id='" + uri.getFragment() + "']")).as(page.getFileName() + " → " + ref)
                                .hasSize(1);
                    }
                    checked++;
                }
                // ids are unique on a page
                List<String> ids = select(d, "//*[@id]").stream().map(x -> x.getAttribute("id")).toList();
                assertThat(ids).as(page.toString()).doesNotHaveDuplicates();
            }
            assertThat(checked).isGreaterThan(400);
            Path css = r.dir().resolve("assets/report.css");
            List<String> urls = ReportFiles.cssUrls(Files.readString(css, StandardCharsets.UTF_8));
            assertThat(urls).containsExactly("DejaVuSans.ttf", "DejaVuSans-Bold.ttf");
            urls.forEach(u -> assertThat(css.resolveSibling(u)).isRegularFile());
        }
    }

    @Test
    void summaryTableHasOneRowPerIndicatorInCatalogueOrderLinkingToItsObjectivePage() {
        Document index = viPages.get("index.html");
        List<Element> rows = select(index, "//table[@id='summary-table']/tbody/tr");
        assertThat(rows).hasSize(release.indicators().size()).hasSize(20);
        List<IndicatorDef> inds = release.indicators();
        for (int i = 0; i < rows.size(); i++) {
            Element row = rows.get(i);
            IndicatorDef ind = inds.get(i);
            assertThat(row.getAttribute("data-code")).isEqualTo(ind.code());
            assertThat(row.getAttribute("data-group")).isEqualTo(String.valueOf(ind.objective()));
            String page = "objective-" + ind.objective() + ".html";
            assertThat(select(row, "td[1]/a").get(0).getAttribute("href")).isEqualTo(page);
            Element name = select(row, "th[@scope='row']/a").get(0);
            assertThat(name.getAttribute("href")).isEqualTo(page + "#" + ind.code());
            assertThat(text(name)).isEqualTo(ind.nameVi());
            // status (light + word), value with interval, target, trend: the plan's status line, word for word
            StatusLine line = plan.summary().groups().stream().flatMap(g -> g.lines().stream())
                    .filter(l -> l.indicatorCode().equals(ind.code())).findFirst().orElseThrow();
            List<Element> cells = select(row, "td");
            assertThat(cells).hasSize(5);
            List<Element> values = select(cells.get(2), "span[@class='entry']");
            assertThat(values).hasSameSizeAs(line.entries());
            for (int e = 0; e < values.size(); e++) {
                StatusEntry entry = line.entries().get(e);
                assertThat(text(values.get(e))).isEqualTo(entry.valueText());
                assertThat(text(cells.get(1))).contains(entry.status().word());
                assertThat(select(cells.get(1), ".//*[name()='svg']")).hasSizeGreaterThanOrEqualTo(1);
                assertThat(text(cells.get(4))).contains(entry.trend().arrow() + " " + entry.trend().word());
            }
            assertThat(text(cells.get(3))).isEqualTo(line.target());
        }
        // Grouped by objective: the rows of an objective follow each other.
        List<String> groups = rows.stream().map(r -> r.getAttribute("data-group")).toList();
        assertThat(groups).isSortedAccordingTo(java.util.Comparator.comparingInt(Integer::parseInt));
        // And each objective has a card that links to its page.
        assertThat(select(index, "//ul[@class='cards']/li/a[starts-with(@href, 'objective-')]")).hasSize(6);
    }

    @Test
    void sortableTablesDeclareTheirSortContract() {
        int tables = 0;
        for (Map.Entry<String, Document> e : viPages.entrySet()) {
            for (Element t : select(e.getValue(), "//table[@data-sortable='true']")) {
                tables++;
                List<Element> heads = select(t, "thead/tr/th");
                assertThat(select(t, "thead/tr/th[@data-sort-type]")).as(e.getKey()).isNotEmpty();
                for (Element th : select(t, "thead/tr/th[@data-sort-type]")) {
                    assertThat(th.getAttribute("data-sort-type")).isIn("number", "text");
                }
                for (Element row : select(t, "tbody/tr")) {
                    assertThat(select(row, "th|td")).as(e.getKey()).hasSameSizeAs(heads);
                    // numeric sort keys are numbers (or empty: no value)
                    for (int c = 0; c < heads.size(); c++) {
                        Element cell = select(row, "th|td").get(c);
                        if ("number".equals(heads.get(c).getAttribute("data-sort-type"))
                                && !cell.getAttribute("data-sort").isEmpty()) {
                            assertThat(cell.getAttribute("data-sort")).matches("-?\\d+(\\.\\d+)?");
                        }
                    }
                }
            }
        }
        // summary, communes, 6 objective tables, one commune table per commune-level indicator, 7 commune pages
        assertThat(tables).isGreaterThan(2 + 6 + 7 + 10);
    }

    @Test
    void tablesHaveCaptionsAndHeaderScopes() {
        for (Map.Entry<String, Document> e : viPages.entrySet()) {
            for (Element t : select(e.getValue(), "//table")) {
                List<Element> caption = select(t, "caption");
                assertThat(caption).as(e.getKey()).hasSize(1);
                assertThat(text(caption.get(0))).isNotBlank();
                assertThat(select(t, "thead//th[not(@scope='col')]")).as(e.getKey()).isEmpty();
                assertThat(select(t, "tbody//th[not(@scope='row')]")).as(e.getKey()).isEmpty();
                assertThat(select(t, "tfoot//th[not(@scope='row')]")).as(e.getKey()).isEmpty();
            }
            // A scrollable table region is named by its table's caption.
            for (Element w : select(e.getValue(), "//div[@class='table-wrap']")) {
                assertThat(select(e.getValue(), "//caption[@id='" + w.getAttribute("aria-labelledby") + "']")).hasSize(1);
            }
        }
    }

    /** Every image: the chart title and a one-line summary as alternative text, its size given. */
    @Test
    void everyImageHasAltTextWithTheChartTitleAndSummary() {
        Map<String, ChartSpec> specs = new LinkedHashMap<>();
        plan.charts().forEach(s -> specs.put("img/" + s.id() + ".png", s));
        int images = 0;
        for (Map.Entry<String, Document> e : viPages.entrySet()) {
            for (Element img : select(e.getValue(), "//img")) {
                images++;
                ChartSpec spec = specs.get(img.getAttribute("src"));
                assertThat(spec).as(img.getAttribute("src")).isNotNull();
                String alt = img.getAttribute("alt");
                assertThat(alt).isEqualTo(ChartDescriptions.describe(spec))
                        .startsWith(ChartDescriptions.title(spec) + ". ").doesNotContain("{").hasSizeLessThan(400);
                assertThat(ChartDescriptions.summary(spec)).isNotBlank();
                assertThat(img.getAttribute("width")).matches("\\d+");
                assertThat(img.getAttribute("height")).matches("\\d+");
            }
        }
        assertThat(images).isEqualTo(specs.size());
        // Lights are drawn, not read: the word beside them is the text.
        for (Document d : viPages.values()) {
            assertThat(select(d, "//*[name()='svg'][not(@aria-hidden='true')]")).isEmpty();
        }
    }

    @Test
    void pagesSayWhatThePackSaysInVietnamese() {
        String index = everything(viPages.get("index.html"));
        assertThat(index).contains("Huyện Kon Rẫy, tỉnh Kon Tum")
                .contains("Báo cáo thực hiện Chiến lược quốc gia về bình đẳng giới năm 2023")
                .contains("Tóm tắt: các chỉ tiêu năm 2023").contains("Giá trị 2023 (KTC 95 %)")
                .contains("Tình trạng số liệu").contains("72 tệp đầu vào, 4.689 dòng số liệu; 6 dòng bị loại khi kiểm tra.")
                .contains("Chưa đủ cơ sở kết luận").contains("Xã Đắk Tơ Lung").contains("Ngày lập: 11/12/2023");
        for (PackPlan.IndicatorPage p : plan.indicators()) {
            String page = everything(viPages.get("objective-" + p.objective() + ".html"));
            assertThat(page).as(p.code()).contains(p.heading()).contains(p.header()).contains(p.code());
            p.sentences().forEach(s -> assertThat(page).as(p.code()).contains(s.replaceAll("\\s+", " ")));
            p.notes().forEach(s -> assertThat(page).as(p.code()).contains(s.replaceAll("\\s+", " ")));
            if (p.remark() != null) {
                assertThat(page).contains(p.remark().replaceAll("\\s+", " "));
            }
        }
        for (PackPlan.CommunePage c : plan.communes()) {
            String page = everything(viPages.get("commune-" + c.areaCode() + ".html"));
            assertThat(page).contains(c.title()).contains(c.summary()).contains(c.footnote());
            for (PackPlan.AnnexGroup g : c.groups()) {
                for (PackPlan.AnnexRow r : g.rows()) {
                    assertThat(page).contains(r.name()).contains(r.target());
                    r.entries().forEach(x -> assertThat(page).contains(x.compare()).contains(x.rank())
                            .contains(x.status().word()).contains(x.value()));
                }
            }
        }
        String data = everything(viPages.get("data.html"));
        for (PackPlan.Section s : plan.data().sections()) {
            assertThat(data).contains(s.heading());
            s.lines().forEach(l -> assertThat(data).contains(l.replaceAll("\\s+", " ")));
        }
        assertThat(data).contains("Số đếm từ 1 đến 4").contains("Spiegelhalter").contains("counts/2023/23491.csv (3)")
                .doesNotContain(SyntheticRelease.REJECTED_RAW_VALUE);
        for (var row : Catalogue.indicators()) {
            assertThat(index).contains(row.get("name_vi"));
        }
        // Decimal comma, thousands dot, as in the PDF
        assertThat(text(viPages.get("objective-4.html").getDocumentElement())).containsPattern("\\d+,\\d bé trai/100 bé gái");
    }

    @Test
    void englishReportIsInEnglish() {
        // (the project's name, "Bình Đẳng", names the generator in every language)
        String all = String.join(" ", enPages.values().stream().map(ReportFiles::everything).toList())
                .replace("Bình Đẳng", "");
        assertThat(all).contains("Summary: the 2023 targets").contains("Objective 4. Health").contains("Đắk Tơ Lung").contains("Đắk Tờ Re")
                .contains("Data and methods").contains("boys per 100 girls (95% CI: ");
        assertThat(all).doesNotContain("Mục tiêu").doesNotContain("bị ẩn").doesNotContain("Toàn huyện");
        // place names keep their Vietnamese spelling in English (Đắk Tơ Lung and Đắk Tờ Re differ only by it)
        String withoutPlaces = all;
        for (var a : release.areas()) {
            withoutPlaces = withoutPlaces.replace(vn.binhdang.charts.spec.CommuneView.shortName(a, Lang.EN), "");
        }
        assertThat(Pattern.compile("[ăâđêôơưĂÂĐÊÔƠƯạ-ỹ]").matcher(withoutPlaces).find()).as(withoutPlaces).isFalse();
    }

    /** Text from the release goes through escaping: markup characters in it stay text. */
    @Test
    void textFromTheReleaseIsEscaped() {
        String nasty = "<script>alert('x')</script> & \"quoted\" <b>bold</b> \u0007bell";
        PackPlan p = new PackPlan(plan.cover(), plan.summary(), plan.statusMatrix(), plan.indicators(), plan.communes(),
                plan.completeness(), plan.revisions(), plan.data(), nasty, plan.wording());
        Map<String, String> pages = new ReportWriter(p, Lang.VI, 2023, Downloads.none()).pages();
        for (Map.Entry<String, String> e : pages.entrySet()) {
            assertThat(e.getValue()).as(e.getKey()).doesNotContain("<script>alert").doesNotContain("<b>bold");
            Document d = parse(e.getValue());
            assertThat(select(d, "//footer/div/p").stream().map(ReportFiles::text))
                    .contains("<script>alert('x')</script> & \"quoted\" <b>bold</b> bell");
            assertThat(select(d, "//script[not(@src)]")).isEmpty();
        }
        assertThat(Html.escapeAttribute("a\"b'c<d>&")).isEqualTo("a&quot;b&#39;c&lt;d&gt;&amp;");
        assertThat(Html.escape("x\uD800y")).isEqualTo("x y");
        assertThat(Html.escape("😀")).isEqualTo("😀");
    }

    /** The charts of the Vietnamese report, as ChartPack has them drawn. */
    static Map<String, Path> drawn() {
        Map<String, Path> drawn = new LinkedHashMap<>();
        plan.charts().forEach(s -> drawn.put(s.id(), vi.dir().resolve("img").resolve(s.id() + ".png")));
        return drawn;
    }

    /** With the charts already drawn (as ChartPack has them), the report copies them: cheap. */
    @Test
    void reusesChartsAlreadyDrawn() throws IOException {
        HtmlReportResult copy = HtmlReport.write(plan, drawn(), tmp.resolve("copy"), Lang.VI, 2023, Downloads.none());
        System.out.printf("Sample HTML report (charts copied): %d ms%n", copy.renderTime().toMillis());
        assertThat(copy.images()).hasSize(42);
        for (Path img : copy.images()) {
            assertThat(Files.mismatch(img, vi.dir().resolve("img").resolve(img.getFileName()))).isEqualTo(-1L);
        }
        for (Path page : copy.pages()) {
            assertThat(Files.readString(page)).isEqualTo(Files.readString(vi.dir().resolve(page.getFileName())));
        }
    }

    @Test
    void aSecondRenderReplacesTheFirst() throws IOException {
        Path out = tmp.resolve("twice");
        HtmlReport.write(plan, drawn(), out, Lang.VI, 2023, Downloads.none());
        Path stray = HtmlReport.dir(out, Lang.VI).resolve("img/stale.png");
        Files.writeString(stray, "x");
        HtmlReportResult again = HtmlReport.write(plan, drawn(), out, Lang.VI, 2023, Downloads.none());
        assertThat(stray).doesNotExist();
        assertThat(again.index()).isRegularFile();
        assertThat(ReportFiles.files(out.resolve("report"))).allSatisfy(f -> assertThat(f).startsWith("vi/"));
    }
}
