package vn.binhdang.pipeline;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.when;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.binhdang.charts.Lang;
import vn.binhdang.testing.SharedSpark;

/**
 * Two runs with a corrected commune file in between: the first sends back a line of commune 23485 (its
 * count of wage employees is "15x") and counts 263 employed women in commune 23482; the commune resubmits
 * the file with 15 and 260. {@code mart_revisions} of the second release lists exactly the published
 * values that differ between the two releases (found here by set difference of the two {@code fct_indicator},
 * not the job's join), each for the resubmitted file with a cleared reject, and the reject as cleared.
 */
class RevisionsRunTest {
  @TempDir static Path dir;
  static RunPipeline.Outcome first;
  static RunPipeline.Outcome second;

  @BeforeAll
  static void twoRuns() throws IOException {
    Path original = SharedSpark.repoRoot().resolve("jobs/src/test/resources/fixtures/literature/counts/examples-2023.csv");
    List<String> lines = Files.readAllLines(original);
    Path input = dir.resolve("input");
    Path file = input.resolve("counts/examples-2023.csv");
    Files.createDirectories(file.getParent());
    Files.write(file, lines.stream()
        .map(l -> l.replace("23485,2023,Y,employed_wage,F,all,15,", "23485,2023,Y,employed_wage,F,all,15x,")).toList());
    RunPipeline.Options o = new RunPipeline.Options(input, dir.resolve("out"), null, 2023, "local[2]", Lang.VI);
    first = RunPipeline.run(SharedSpark.session(), o, Progress.silent());
    Files.write(file, lines.stream()
        .map(l -> l.replace("23482,2023,Y,employed,F,all,263,", "23482,2023,Y,employed,F,all,260,")).toList());
    second = RunPipeline.run(SharedSpark.session(), o, Progress.silent());
  }

  private static Dataset<Row> table(RunPipeline.Outcome run, String name) {
    return SharedSpark.session().read().parquet(run.release().resolve(name).toString());
  }

  private static Set<String> keys(Dataset<Row> rows) {
    return rows.collectAsList().stream()
        .map(r -> r.getAs("indicator_code") + "|" + r.getAs("area_code") + "|" + r.getAs("year") + "|"
            + r.getAs("sex") + "|" + r.getAs("period_label"))
        .collect(Collectors.toSet());
  }

  @Test
  void theFirstReleaseHasNoRevisions() {
    assertThat(table(first, "mart_revisions").count()).isZero();
  }

  @Test
  void exactlyThePublishedValuesThatDifferAreListed() {
    Dataset<Row> before = published(table(first, "fct_indicator"));
    Dataset<Row> after = published(table(second, "fct_indicator"));
    Set<String> differ = keys(before.exceptAll(after).unionByName(after.exceptAll(before)));
    Dataset<Row> values = table(second, "mart_revisions").where(col("change").startsWith("value_"));
    assertThat(differ).as("the correction changes some values").isNotEmpty();
    assertThat(keys(values)).isEqualTo(differ);
    assertThat(values.select("reason").distinct().collectAsList()).extracting(r -> r.getString(0))
        .containsExactly("reject_corrected");
    assertThat(values.select("source_file").distinct().collectAsList()).extracting(r -> r.getString(0))
        .containsExactly("counts/examples-2023.csv");
    assertThat(values.select("previous_release").distinct().collectAsList()).extracting(r -> r.getString(0))
        .containsExactly(first.runId());
    // the wage share of 23485 is new (its count was sent back), that of 23482 revised (its denominator moved)
    Row added = values.where(col("area_code").equalTo("23485").and(col("indicator_code").equalTo("LAB_WAGE_SHARE_F")))
        .first();
    assertThat((String) added.getAs("change")).isEqualTo("value_added");
    assertThat((Object) added.getAs("old_value")).isNull();
    Row revised = values.where(col("area_code").equalTo("23482").and(col("indicator_code").equalTo("LAB_WAGE_SHARE_F")))
        .first();
    assertThat((String) revised.getAs("change")).isEqualTo("value_revised");
    assertThat((Double) revised.getAs("old_value")).isCloseTo(100.0 * 81 / 263, org.assertj.core.data.Offset.offset(1e-9));
    assertThat((Double) revised.getAs("new_value")).isCloseTo(100.0 * 81 / 260, org.assertj.core.data.Offset.offset(1e-9));
  }

  @Test
  void theCorrectedRejectIsCleared() {
    List<Row> rejects = table(second, "mart_revisions").where(col("change").startsWith("reject_")).collectAsList();
    assertThat(rejects).hasSize(1);
    assertThat((String) rejects.get(0).getAs("change")).isEqualTo("reject_cleared");
    assertThat((String) rejects.get(0).getAs("source_file")).isEqualTo("counts/examples-2023.csv");
    assertThat((String) rejects.get(0).getAs("source_location")).isEqualTo("line 5");
    assertThat((String) rejects.get(0).getAs("area_code")).isEqualTo("23485");
  }

  @Test
  void thePacksRevisionsPageAndTheReportShowTheChangedValues() throws IOException {
    long values = table(second, "mart_revisions").where(col("change").startsWith("value_")).count();
    String page;
    try (var pdf = org.apache.pdfbox.Loader.loadPDF(second.chartPack().toFile())) {
      var text = new org.apache.pdfbox.text.PDFTextStripper();
      page = null;
      for (int i = 1; i <= pdf.getNumberOfPages() && page == null; i++) {
        text.setStartPage(i);
        text.setEndPage(i);
        String t = text.getText(pdf).replaceAll("\\s+", " ");
        if (t.contains("So với bản phát hành ")) page = t;
      }
    }
    assertThat(page).as("the pack has a revisions page").isNotNull()
        .contains("So với bản phát hành " + first.runId() + ": " + values + " giá trị đã công bố thay đổi")
        .contains("1 lỗi đã được sửa")
        // 23482's share of women in wage work, 81/263 before and 81/260 now
        .contains("30,8 % 31,2 % sửa đổi lỗi đã được sửa trong tệp nộp lại: examples-2023.csv")
        .contains("chưa công bố")
        .contains("mới công bố");
    String report = Files.readString(ChartOutputs.report(dir.resolve("out"), Lang.VI).resolveSibling("data.html"));
    assertThat(report).contains("revisions-grid").contains("Những gì đã thay đổi so với bản phát hành trước");
  }

  /** fct_indicator's values as published: null where suppressed. */
  private static Dataset<Row> published(Dataset<Row> fct) {
    return fct.select(col("indicator_code"), col("area_code"), col("year"), col("sex"), col("period_label"),
        when(col("suppressed"), null).otherwise(col("value")).as("value"));
  }
}
