package vn.binhdang.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.binhdang.charts.Lang;
import vn.binhdang.charts.release.ReleaseException;
import vn.binhdang.testing.SharedSpark;

/**
 * {@code run --area} and {@code charts --area} (issue 8, point 5): the sample run on its province, Kon Tum, then
 * the pack of Kon Rẫy rendered from that release.
 */
class AreaScopeRunTest {

  @Test
  void aRunReportsOnTheAreaItIsGivenAndAPackIsRenderedForAnAreaUnderIt(@TempDir Path tmp) throws Exception {
    Path out = tmp.resolve("out");
    RunPipeline.Options o = new RunPipeline.Options(SharedSpark.repoRoot().resolve("data/sample"), out, null, 2023,
        "local[2]", Lang.VI, false, false, "62");
    RunPipeline.Outcome r = RunPipeline.run(SharedSpark.session(), o, Progress.silent());

    assertThat(r.manifest().parameters()).containsEntry("area", "62");
    List<Row> top = SharedSpark.session().read().parquet(r.release().resolve("fct_indicator").toString())
        .where("area_code = '62' AND indicator_code = 'HLT_SRB' AND year = 2023 AND pooled = false")
        .select("level", "areas_reporting", "areas_expected").collectAsList();
    assertThat(top).singleElement().satisfies(x -> {
      assertThat(x.getString(0)).isEqualTo("province");
      assertThat(x.getInt(1)).isEqualTo(7); // the province holds Kon Rẫy's 7 communes in the catalogue
      assertThat(x.getInt(2)).isEqualTo(7);
    });

    Path pdf = ChartOutputs.renderAndInstall(r.release(), out, Lang.EN, 2023, "614");
    assertThat(pdf).isEqualTo(r.release().resolve("outputs/areas/614/chart-pack-2023-en.pdf"));
    assertThat(Files.size(pdf)).isPositive();
    String index = Files.readString(pdf.resolveSibling("report/en/index.html"));
    assertThat(index).contains("Kon Rẫy").contains("href=\"../../../../rejects/rejects-2023.xlsx\"");
    assertThat(r.release().resolve("outputs/chart-pack-2023-vi.pdf")).as("the release's own pack stays").exists();
    // each pack in the words of its area: the province compares its districts, Kon Rẫy its communes
    assertThat(Files.readString(r.release().resolve("outputs/report/vi/index.html")))
        .contains("Giá trị năm 2023 của toàn tỉnh").contains("của từng huyện").doesNotContain("toàn huyện");
    assertThat(index).contains("District value in 2023").doesNotContain("province value");

    assertThatThrownBy(() -> ChartOutputs.renderAndInstall(r.release(), out, Lang.EN, 2023, "23482"))
        .isInstanceOf(ReleaseException.class).hasMessageContaining("a pack is for an area above communes");
    assertThatThrownBy(() -> RunPipeline.catalogue(new RunPipeline.Options(o.input(), out, null, 2023, "local[2]",
        Lang.VI, false, false, "23482")))
        .hasMessage("area 23482 is a commune: a run reports on an area above communes (its figures are in the pack"
            + " of 614)");
    assertThatThrownBy(() -> RunPipeline.catalogue(new RunPipeline.Options(o.input(), out, null, 2023, "local[2]",
        Lang.VI, false, false, "99")))
        .hasMessage("area 99 is not in the catalogue (areas.csv); areas a run can report on: VN, 62, 51, 614");
  }

  @Test
  void aPackIsNotRenderedForAnAreaAboveTheRelease() {
    Path release = vn.binhdang.testing.SampleRun.outcome().release();
    assertThatThrownBy(() -> ChartOutputs.renderAndInstall(release, vn.binhdang.testing.SampleRun.outcomeDir(),
        Lang.EN, 2023, "62"))
        .isInstanceOf(ReleaseException.class).hasMessageContaining("area 62 is not under 614");
  }
}
