package vn.binhdang.charts.pack;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.binhdang.charts.Lang;
import vn.binhdang.charts.release.IndicatorDef;
import vn.binhdang.charts.release.Release;
import vn.binhdang.charts.release.ReleaseReader;
import vn.binhdang.charts.spec.ChartKind;
import vn.binhdang.charts.spec.PackPlan;
import vn.binhdang.charts.spec.PackPlanner;
import vn.binhdang.charts.testing.Catalogue;
import vn.binhdang.charts.testing.SyntheticRelease;

/**
 * The whole pack of a complete synthetic release (all 20 indicators, 7 communes, every mart and optional
 * table), Vietnamese and English. The PDFs are left in {@code target/chart-pack-sample/} for people to
 * look at ({@code pdftoppm -png -r 60 …}).
 */
class PackStructureTest {

    @TempDir
    static Path tmp;

    static Release release;
    static ChartPackResult vi;
    static ChartPackResult en;
    static List<String> viPages;
    static List<String> enPages;

    @BeforeAll
    static void render() throws IOException {
        Path dir = SyntheticRelease.write(tmp.resolve("releases/20231211T031542Z-demo"), SyntheticRelease.Options.all());
        release = ReleaseReader.read(dir);
        Path out = Paths.get("target/chart-pack-sample").toAbsolutePath();
        vi = ChartPack.render(release, out, Lang.VI, 2023, LocalDate.of(2023, 12, 11));
        en = ChartPack.render(release, out, Lang.EN, 2023, LocalDate.of(2023, 12, 11));
        System.out.printf("Sample pack: vi %d ms, en %d ms (%d pages, %d charts)%n", vi.renderTime().toMillis(),
                en.renderTime().toMillis(), vi.pageCount(), vi.charts().size());
        viPages = pages(vi.pdf());
        enPages = pages(en.pdf());
    }

    /** The text of each page, whitespace collapsed (wrapped lines compare as words). */
    static List<String> pages(Path pdf) throws IOException {
        List<String> out = new ArrayList<>();
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            PDFTextStripper s = new PDFTextStripper();
            for (int i = 1; i <= doc.getNumberOfPages(); i++) {
                s.setStartPage(i);
                s.setEndPage(i);
                out.add(s.getText(doc).replaceAll("\\s+", " "));
            }
        }
        return out;
    }

    static String all(List<String> pages) {
        return String.join(" ", pages);
    }

    /**
     * Page count = 1 cover + 1 summary + 1 status matrix + one per indicator + one per commune + 1
     * completeness grid + 1 data and methods.
     */
    @Test
    void pageCountIsCoverSummaryIndicatorsCommunesAndData() {
        int indicators = release.indicators().size();
        int communes = release.children("614").size();
        assertThat(indicators).isEqualTo(20);
        assertThat(communes).isEqualTo(7);
        int expected = 1 + 2 + indicators + communes + 2;
        assertThat(vi.pageCount()).isEqualTo(expected).isEqualTo(32);
        assertThat(vi.sections()).isEqualTo(new vn.binhdang.charts.render.PackSections(1, 2, indicators, communes, 2));
        assertThat(viPages).hasSize(expected);
        assertThat(enPages).hasSize(expected);
    }

    @Test
    void coverHasDistrictYearRunDateDataStatusAndContents() {
        String cover = viPages.get(0);
        assertThat(cover).contains("Huyện Kon Rẫy, tỉnh Kon Tum")
                .contains("Báo cáo thực hiện Chiến lược quốc gia về bình đẳng giới năm 2023")
                .contains("Ngày lập: 11/12/2023")
                .contains("Tình trạng số liệu")
                .contains("Bản dữ liệu 20231211T031542Z-demo, tạo lúc 11/12/2023 03:15")
                .contains("72 tệp đầu vào, 4.689 dòng số liệu; 6 dòng bị loại khi kiểm tra.")
                .contains("Báo cáo năm 2023: đã nhận 8/8, đúng hạn 6.")
                .contains("Tóm tắt các chỉ tiêu trang 2")
                .contains("Tình trạng các chỉ tiêu theo xã, thị trấn năm 2023 trang 3")
                .contains("Mục tiêu 1. Trong lĩnh vực chính trị trang 4")
                .contains("Phụ lục: các xã, thị trấn trang 24–30")
                .contains("Mức độ đầy đủ của báo cáo, 2015–2023 trang 31")
                .contains("Số liệu và phương pháp trang 32");
    }

    @Test
    void summaryPageListsEveryIndicatorWithObjectiveStatusAndTrend() {
        String summary = viPages.get(1);
        assertThat(summary).contains("Tóm tắt: các chỉ tiêu năm 2023").contains("Giá trị 2023 (KTC 95 %)");
        for (int o = 1; o <= 6; o++) {
            assertThat(summary).contains("Mục tiêu " + o + ". ");
        }
        for (IndicatorDef ind : release.indicators()) {
            assertThat(summary).contains(firstWords(ind.nameVi(), 6));
        }
        assertThat(summary).contains("Đạt").contains("Chưa đạt").contains("Chưa đủ cơ sở kết luận");
        assertThat(summary).containsPattern("[↑↓→–] (Cải thiện|Xấu đi|Chưa rõ xu hướng|Không đánh giá)");
    }

    static String firstWords(String s, int n) {
        String[] w = s.split(" ");
        return String.join(" ", java.util.Arrays.copyOf(w, Math.min(n, w.length)));
    }

    @Test
    void eachIndicatorPageHasItsObjectiveNameStatusLineChartsAndSentences() {
        PackPlan plan = new PackPlanner(release, Lang.VI, 2023, LocalDate.of(2023, 12, 11), "614").plan();
        for (int i = 0; i < plan.indicators().size(); i++) {
            PackPlan.IndicatorPage p = plan.indicators().get(i);
            String text = viPages.get(3 + i);
            IndicatorDef ind = release.indicator(p.code()).orElseThrow();
            assertThat(text).as(p.code()).contains(ind.nameVi()).contains(p.code())
                    .contains("Mục tiêu " + ind.objective() + ". ").contains("Năm 2023").contains("Chỉ tiêu");
            assertThat(p.sentences()).as(p.code()).hasSizeBetween(2, 3);
            for (String s : p.sentences()) {
                assertThat(text).as(p.code()).contains(s.replaceAll("\\s+", " "));
            }
            assertThat(p.charts().isEmpty() ? p.remark() : "charts").as(p.code()).isNotNull();
        }
    }

    @Test
    void sectionPagesCarryTheirVietnameseText() {
        assertThat(viPages.get(23)).contains("Phụ lục: các xã, thị trấn")
                .contains("Thị trấn Đắk Rve: các chỉ số so với toàn huyện năm 2023")
                .contains("Giá trị của xã (KTC 95 %)").contains("So với huyện").contains("Xếp hạng");
        for (int i = 0; i < 7; i++) {
            assertThat(viPages.get(23 + i)).contains("so với toàn huyện năm 2023");
        }
        assertThat(viPages.get(29)).contains("Xã Tân Lập");
        assertThat(viPages.get(2)).contains("Tình trạng các chỉ tiêu theo xã, thị trấn năm 2023")
                .contains("Chỉ số Huyện Kon Rẫy Thị trấn Đắk Rve Xã Đắk Kôi")
                .contains("Tỷ số giới tính khi sinh (bé trai/100 bé gái)")
                .contains("6 chỉ tiêu chỉ có số liệu cấp huyện nên không có trong bảng này");
        assertThat(viPages.get(30)).contains("Mức độ đầy đủ của báo cáo, 2015–2023")
                .contains("Địa bàn 2015 2016").contains("Huyện Kon Rẫy");
        String data = viPages.get(31);
        assertThat(data).contains("Số liệu và phương pháp").contains("Nguồn số liệu")
                .contains("72 tệp đầu vào: 4.689 dòng đọc được, 4.683 dòng được nhận, 6 dòng bị loại.")
                .contains("Mức độ đầy đủ của báo cáo")
                .contains("Năm 2023: đã nhận 8/8 báo cáo, đúng hạn (trước 10/12) 6, muộn 2, thiếu 0.")
                .contains("Dòng số liệu bị loại khi kiểm tra").contains("Nữ + nam khác tổng (sex_total_mismatch): 3")
                .contains("counts/2023/23491.csv (3)")
                .contains("Số liệu bị ẩn và lý do").contains("Số đếm từ 1 đến 4")
                .contains("Phương pháp").contains("Wilson").contains("Spiegelhalter")
                .contains("World Bank, World Development Indicators");
    }

    @Test
    void theNewChartKindsAreInThePack() {
        assertThat(vi.charts(ChartKind.TREND)).hasSize(20);
        assertThat(vi.charts(ChartKind.FUNNEL)).extracting(ChartPackResult.RenderedChart::indicatorCode)
                .contains("HLT_SRB", "HLT_ABR", "LAB_WAGE_SHARE_F", "EDU_PRIMARY_COMPLETION_EM");
        assertThat(vi.charts(ChartKind.COMMUNES)).extracting(ChartPackResult.RenderedChart::indicatorCode)
                .contains("HLT_SRB", "EDU_GENDER_CURRICULUM", "MED_COMMUNE_NEWS");
        // Complete enumerations: bars, no funnel.
        assertThat(vi.charts(ChartKind.FUNNEL)).extracting(ChartPackResult.RenderedChart::indicatorCode)
                .doesNotContain("EDU_GENDER_CURRICULUM", "MED_ORGS_INFORMED", "MED_COMMUNE_NEWS");
        assertThat(vi.charts(ChartKind.SEXES)).extracting(ChartPackResult.RenderedChart::indicatorCode)
                .containsExactly("LAB_WAGE_SHARE_F", "LAB_AGRI_SHARE_F", "EDU_PRIMARY_COMPLETION_EM",
                        "EDU_LOWSEC_COMPLETION_EM", "MED_GE_KNOWLEDGE");
        String text = all(viPages);
        assertThat(text).contains("Biểu đồ phễu: các xã so với toàn huyện").contains("Giới hạn 99,8 %")
                .contains("Nữ và nam năm 2023").contains("Các xã, thị trấn, 2021–2023")
                .contains("Toàn quốc (nét đứt)");
    }

    /** Every chart plots something; a page without a chart says why. */
    @Test
    void everyChartHasData() {
        assertThat(vi.charts()).allSatisfy(c -> assertThat(c.dataPoints()).as(c.png().toString()).isPositive());
        assertThat(en.charts()).allSatisfy(c -> assertThat(c.dataPoints()).isPositive());
        assertThat(vi.charts()).allSatisfy(c -> assertThat(c.png()).isRegularFile());
    }

    @Test
    void vietnameseNumbersDatesAndDiacritics() {
        String text = all(viPages);
        // Decimal comma, thousands dot, dd/MM/yyyy; never a decimal point before a unit.
        assertThat(text).containsPattern("\\d+,\\d %").containsPattern("\\d{1,3}\\.\\d{3}").contains("11/12/2023");
        assertThat(Pattern.compile("\\d\\.\\d %").matcher(text).find()).isFalse();
        assertThat(text).contains("Tỷ số giới tính khi sinh năm 2023:").contains("bé trai/100 bé gái (KTC 95 %: ")
                .contains("Xã Đắk Tơ Lung").contains("Huyện Kon Rẫy").contains("điểm phần trăm");
        for (var row : Catalogue.indicators()) {
            assertThat(text).contains(row.get("name_vi"));
        }
    }

    @Test
    void englishPackIsInEnglish() {
        String text = all(enPages);
        assertThat(enPages.get(0)).contains("Kon Rẫy district, Kon Tum province")
                .contains("Implementation of the National Strategy on Gender Equality in 2023")
                .contains("Prepared on 11 December 2023").contains("72 input files, 4,689 data rows");
        assertThat(enPages.get(1)).contains("Summary: the 2023 targets").contains("Objective 4. Health");
        assertThat(text).contains("Sex ratio at birth in 2023:").contains("boys per 100 girls (95% CI: ")
                .contains("Funnel plot: communes against the district").contains("Women and men in 2023")
                .contains("Data and methods").contains("Đắk Tơ Lung").contains("Đắk Tờ Re")
                .containsPattern("\\d+\\.\\d %");
        assertThat(text).doesNotContain("Mục tiêu").doesNotContain("Tỷ lệ").doesNotContain("bị ẩn")
                .doesNotContain("Năm 2023").doesNotContain("Toàn huyện");
        // No Vietnamese letter anywhere (English names come from the release's *_en columns).
        // place names keep their Vietnamese spelling in English (Đắk Tơ Lung and Đắk Tờ Re differ only by it)
        String withoutPlaces = text;
        for (var a : release.areas()) {
            withoutPlaces = withoutPlaces.replace(vn.binhdang.charts.spec.CommuneView.shortName(a, Lang.EN), "");
        }
        assertThat(Pattern.compile("[ăâđêôơưĂÂĐÊÔƠƯạ-ỹ]").matcher(withoutPlaces).find()).as(withoutPlaces).isFalse();
    }

    /**
     * Letters, not ligature glyphs: a glyph for "ff" maps back to U+FB00, which pdftotext, search and copy
     * give as "diﬀerence". PDFTextStripper hides this (it normalises presentation forms), so the glyphs'
     * own Unicode values are checked.
     */
    @Test
    void textIsDrawnAsLettersNotLigatures() throws IOException {
        assertThat(all(enPages)).contains("confidence interval").contains("differ");
        StringBuilder ligatures = new StringBuilder();
        try (PDDocument doc = Loader.loadPDF(en.pdf().toFile())) {
            new PDFTextStripper() {
                @Override
                protected void processTextPosition(org.apache.pdfbox.text.TextPosition t) {
                    String u = t.getUnicode();
                    if (u != null && u.chars().anyMatch(c -> c >= 0xFB00 && c <= 0xFB06)) {
                        ligatures.append(u);
                    }
                    super.processTextPosition(t);
                }
            }.getText(doc);
        }
        assertThat(ligatures).as("ligature glyphs").isEmpty();
    }

    @Test
    void theRejectedRawValueIsNotPrinted() {
        assertThat(all(viPages)).doesNotContain(SyntheticRelease.REJECTED_RAW_VALUE);
    }
}
