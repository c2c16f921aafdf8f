package vn.binhdang.charts.pack;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.binhdang.charts.Lang;
import vn.binhdang.charts.release.Release;
import vn.binhdang.charts.release.ReleaseReader;
import vn.binhdang.charts.spec.ChartKind;
import vn.binhdang.charts.spec.PackPlan;
import vn.binhdang.charts.spec.PackPlanner;
import vn.binhdang.charts.spec.TrendChartSpec;
import vn.binhdang.charts.testing.SyntheticRelease;

/** A release without the optional tables (or without any mart) still gives a whole pack, minus what they show. */
class OptionalTablesTest {

    @TempDir
    Path tmp;

    @Test
    void withoutPublishedSeriesAndCompletenessThereIsNoNationalLineAndTheDataPageSaysSo() throws IOException {
        Release r = ReleaseReader.read(SyntheticRelease.write(tmp.resolve("run"),
                SyntheticRelease.Options.all().withoutPublishedAndCompleteness()));
        assertThat(r.extras().missingTables()).containsExactlyInAnyOrder("published_series", "mart_completeness");
        PackPlan plan = new PackPlanner(r, Lang.VI, 2023, LocalDate.of(2023, 12, 11), "614").plan();
        assertThat(plan.charts()).filteredOn(c -> c instanceof TrendChartSpec)
                .allSatisfy(c -> assertThat(((TrendChartSpec) c).comparisons()).isEmpty());
        ChartPackResult result = ChartPack.render(r, tmp.resolve("out"), Lang.VI, 2023, LocalDate.of(2023, 12, 11));
        assertThat(result.pageCount()).as("no completeness grid").isEqualTo(31);
        List<String> pages = PackStructureTest.pages(result.pdf());
        assertThat(pages.get(30)).contains("Bản dữ liệu này chưa có bảng theo dõi việc nộp báo cáo.")
                .contains("Bản dữ liệu này chưa có chuỗi số liệu toàn quốc để so sánh.")
                .contains("Bảng chưa có trong bản dữ liệu, phần tương ứng được bỏ qua: published_series, mart_completeness.");
        assertThat(String.join(" ", pages)).doesNotContain("Toàn quốc").doesNotContain("Báo cáo năm 2023: đã nhận");
    }

    @Test
    void withFactsOnlyEveryStatusIsNotAssessedAndNothingFails() throws IOException {
        Release r = ReleaseReader.read(SyntheticRelease.write(tmp.resolve("run"), SyntheticRelease.Options.factsOnly()));
        assertThat(r.extras().missingTables()).contains("mart_target_status", "mart_trend", "mart_commune_compare",
                "mart_gender_gap", "rejects");
        assertThat(r.extras().manifest()).isNull();
        ChartPackResult result = ChartPack.render(r, tmp.resolve("out"), Lang.VI, 2023, LocalDate.of(2023, 12, 11));
        assertThat(result.pageCount()).as("the status matrix, no completeness grid").isEqualTo(31);
        // Commune charts come from fct_indicator; the funnel classifies communes against its own exact limits.
        assertThat(result.charts(ChartKind.FUNNEL)).isNotEmpty();
        assertThat(result.charts(ChartKind.SEXES)).isNotEmpty();
        List<String> pages = PackStructureTest.pages(result.pdf());
        assertThat(pages.get(1)).contains("Chưa đánh giá");
        PackPlan plan = new PackPlanner(r, Lang.VI, 2023, LocalDate.of(2023, 12, 11), "614").plan();
        assertThat(plan.summary().groups()).flatExtracting(PackPlan.Group::lines)
                .flatExtracting(l -> l.entries().stream().map(e -> e.status().word()).toList())
                .containsOnly("Chưa đánh giá", "Bị ẩn");
        // Nothing to say about inputs without stg_counts, rejects or manifest: no line, rather than a wrong 0.
        assertThat(pages.get(0)).contains("Tình trạng số liệu").contains("Bản dữ liệu: run")
                .doesNotContain("dòng bị loại");
        assertThat(pages.get(4)).contains("chưa đánh giá so với chỉ tiêu");
    }
}
