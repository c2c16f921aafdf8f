package vn.binhdang.charts.pack;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import javax.imageio.ImageIO;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.binhdang.charts.Lang;
import vn.binhdang.charts.testing.Fixtures;

class ChartPackTest {

    @TempDir
    static Path tmp;

    static ChartPackResult vi;
    static ChartPackResult en;

    @BeforeAll
    static void render() {
        Path release = Fixtures.small(tmp.resolve("releases/20231210-120000"));
        vi = ChartPack.render(release, tmp.resolve("out"), Lang.VI, 2023);
        en = ChartPack.render(release, tmp.resolve("out"), Lang.EN, 2023);
    }

    private static String text(Path pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            // Wrapped headings: compare words, not line breaks.
            return new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
        }
    }

    /**
     * Cover + summary + status matrix + one page per indicator (3) + one per commune (7) + data and methods
     * (this release has no mart_completeness, so no completeness grid).
     */
    @Test
    void writesOnePdfPerLanguageWithCoverSummaryIndicatorsCommunesAndData() throws IOException {
        assertThat(vi.pdf()).isEqualTo(tmp.resolve("out/chart-pack-2023-vi.pdf")).isRegularFile();
        assertThat(en.pdf()).isEqualTo(tmp.resolve("out/chart-pack-2023-en.pdf")).isRegularFile();
        assertThat(vi.pageCount()).isEqualTo(1 + 2 + 3 + 7 + 1);
        assertThat(vi.sections()).isEqualTo(new vn.binhdang.charts.render.PackSections(1, 2, 3, 7, 1));
        try (PDDocument doc = Loader.loadPDF(vi.pdf().toFile())) {
            assertThat(doc.getNumberOfPages()).isEqualTo(14);
        }
    }

    @Test
    void pagesFollowTheCatalogueOrder() {
        assertThat(vi.dataPoints().keySet()).containsExactly("LAB_WAGE_SHARE_F", "HLT_SRB", "HLT_MMR");
    }

    @Test
    void reportsPlottedPointsWithoutSuppressedOnes() {
        // LAB_WAGE_SHARE_F: women and men, 9 years each; MMR: 9 years less the suppressed 2019.
        assertThat(vi.dataPoints()).containsEntry("LAB_WAGE_SHARE_F", 18).containsEntry("HLT_MMR", 8)
                .containsEntry("HLT_SRB", 9);
        assertThat(vi.charts()).filteredOn(c -> c.indicatorCode().equals("HLT_MMR"))
                .singleElement().extracting(ChartPackResult.RenderedChart::suppressedPoints).isEqualTo(1);
    }

    @Test
    void pdfTextHasVietnameseNamesWithDiacritics() throws IOException {
        String text = text(vi.pdf());
        assertThat(text).contains("Huyện Kon Rẫy, tỉnh Kon Tum")
                .contains("Báo cáo thực hiện Chiến lược quốc gia về bình đẳng giới năm 2023")
                .contains("Tỷ số giới tính khi sinh")
                .contains("Tỷ số tử vong mẹ liên quan đến thai sản")
                .contains("Tỷ lệ lao động nữ làm công hưởng lương")
                .contains("Mục tiêu 4. Trong lĩnh vực y tế")
                .contains("Tỷ số giới tính khi sinh năm 2023: 108,2 bé trai/100 bé gái (KTC 95 %: 101,3–115,6)"
                        + " — chưa đánh giá so với chỉ tiêu 100.")
                .contains("20231210-120000");
    }

    @Test
    void chartTextIsRealTextInThePdf() throws IOException {
        String text = text(vi.pdf());
        // Drawn by JFreeChart through pdfbox-graphics2d: target label, legend, notes and tick labels.
        assertThat(text).contains("Chỉ tiêu 2023: ≈ 100")
                .contains("Chỉ tiêu 2023 (nữ): ≥ 50 %")
                .contains("Khoảng tin cậy 95 %")
                .contains("Năm 2019: số liệu bị ẩn để bảo vệ danh tính")
                .contains("2015").contains("2023");
    }

    @Test
    void englishPackUsesEnglishNamesAndNumbers() throws IOException {
        String text = text(en.pdf());
        assertThat(text).contains("Kon Rẫy district, Kon Tum province")
                .contains("Sex ratio at birth")
                .contains("Sex ratio at birth in 2023: 108.2 boys per 100 girls (95% CI: 101.3–115.6)"
                        + " — not yet assessed against the target 100.")
                .contains("2023 target (female): ≥ 50 %")
                .doesNotContain("Tỷ số giới tính khi sinh");
    }

    @Test
    void suppressedValuesAppearNowhere() throws IOException {
        for (ChartPackResult r : new ChartPackResult[] {vi, en}) {
            String text = text(r.pdf());
            assertThat(text).doesNotContain("77,7").doesNotContain("77.7")
                    .doesNotContain("2.574").doesNotContain("2,574").doesNotContain("2574");
        }
    }

    @Test
    void pngsExistPerLanguageAndAreNotTrivial() throws IOException {
        // A trend per indicator, the sex ratio's communes, women and men for the wage share.
        assertThat(vi.charts()).extracting(c -> c.png().getFileName().toString()).containsExactlyInAnyOrder(
                "LAB_WAGE_SHARE_F.png", "LAB_WAGE_SHARE_F-sexes.png", "HLT_SRB.png", "HLT_SRB-communes.png",
                "HLT_MMR.png");
        for (Path png : vi.pngs()) {
            assertThat(png.getParent()).isEqualTo(tmp.resolve("out/charts/vi"));
            assertThat(Files.size(png)).isGreaterThan(20_000);
            BufferedImage img = ImageIO.read(png.toFile());
            assertThat(img.getWidth()).isEqualTo(1800);
            assertThat(img.getHeight()).isGreaterThanOrEqualTo(640);
            assertThat(distinctColours(img)).isGreaterThan(50);
        }
        assertThat(en.pngs()).allSatisfy(p -> assertThat(p).startsWith(tmp.resolve("out/charts/en")).isRegularFile());
        assertThat(tmp.resolve("out/charts/vi/HLT_MMR.png")).isRegularFile();
    }

    /** The HTML report is written with the pack, from the same plan, with copies of the same PNGs. */
    @Test
    void writesTheHtmlReportBesideThePdfWithCopiesOfThePngs() throws IOException {
        assertThat(vi.report()).isEqualTo(tmp.resolve("out/report/vi/index.html")).isRegularFile();
        assertThat(en.report()).isEqualTo(tmp.resolve("out/report/en/index.html")).isRegularFile();
        for (ChartPackResult r : new ChartPackResult[] {vi, en}) {
            for (Path png : r.pngs()) {
                Path copy = r.report().resolveSibling("img").resolve(png.getFileName());
                assertThat(Files.mismatch(png, copy)).as(copy.toString()).isEqualTo(-1L);
            }
        }
        assertThat(Files.readString(vi.report())).contains("<html lang=\"vi\"")
                .contains("Tỷ số giới tính khi sinh");
        assertThat(Files.readString(en.report())).contains("<html lang=\"en\"").contains("Sex ratio at birth");
    }

    private static int distinctColours(BufferedImage img) {
        java.util.Set<Integer> colours = new java.util.HashSet<>();
        for (int y = 0; y < img.getHeight(); y += 3) {
            for (int x = 0; x < img.getWidth(); x += 3) {
                colours.add(img.getRGB(x, y));
            }
        }
        return colours.size();
    }
}
