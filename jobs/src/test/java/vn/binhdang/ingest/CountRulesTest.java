package vn.binhdang.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import vn.binhdang.testing.SharedSpark;
import vn.binhdang.warehouse.Tables;

class CountRulesTest {
  private final SparkSession spark = SharedSpark.session();

  static StagedCount row(String file, long line, String area, String measure, String sex, double value) {
    return new StagedCount(area, 2023, "Y", measure, sex, "all", value, null, null, "counts_csv", file,
        "line " + line, line, "sha");
  }

  private Dataset<Row> staged(StagedCount... rows) {
    List<Row> r = java.util.Arrays.stream(rows).map(IngestRows::staged).toList();
    return spark.createDataFrame(r, Tables.STG_COUNTS.schema());
  }

  @Test
  void conflictingDuplicatesAreAllRejected() {
    CountRules.Checked c = CountRules.apply(staged(
        row("a.csv", 2, "23482", "schools", "T", 5),
        row("b.csv", 7, "23482", "schools", "T", 6),
        row("a.csv", 3, "23485", "schools", "T", 4)), SharedSpark.catalogue());
    assertThat(c.kept().collectAsList()).extracting(r -> r.<String>getAs("area_code")).containsExactly("23485");
    List<Row> rejects = c.rejects().orderBy("source_file").collectAsList();
    assertThat(rejects).hasSize(2).allSatisfy(r -> {
      assertThat(r.<String>getAs("rule")).isEqualTo("duplicate_conflict");
      assertThat(r.<String>getAs("message")).contains("a.csv line 2 = 5.00").contains("b.csv line 7 = 6.00");
    });
    assertThat(rejects.get(0).<Long>getAs("line_number")).isEqualTo(2L);
  }

  @Test
  void repeatedRowIsKeptOnce() {
    CountRules.Checked c = CountRules.apply(staged(
        row("b.csv", 9, "23482", "schools", "T", 5),
        row("a.csv", 4, "23482", "schools", "T", 5)), SharedSpark.catalogue());
    assertThat(c.kept().collectAsList()).singleElement()
        .satisfies(r -> assertThat(r.<String>getAs("source_file")).isEqualTo("a.csv"));
    assertThat(c.rejects().collectAsList()).singleElement().satisfies(r -> {
      assertThat(r.<String>getAs("rule")).isEqualTo("duplicate_row");
      assertThat(r.<String>getAs("source_file")).isEqualTo("b.csv");
      assertThat(r.<String>getAs("message")).contains("repeats a.csv line 4");
    });
  }

  @Test
  void registerTakesPrecedenceOverACountReport() {
    StagedCount reported = row("counts/a.csv", 5, "23482", "live_births", "F", 45);
    StagedCount register = new StagedCount("23482", 2023, "Y", "live_births", "F", "all", 47, null, null,
        "register_births", "registers/births/b.csv", "aggregate of 47 records", null, "sha");
    StagedCount sameAsRegister = row("counts/c.csv", 9, "23482", "live_births", "F", 47);
    CountRules.Checked c = CountRules.apply(staged(reported, register, sameAsRegister), SharedSpark.catalogue());
    // the register is used; the report that agrees with it is staged but not used; the one that disagrees is rejected
    List<Row> kept = c.kept().orderBy("source_file").collectAsList();
    assertThat(kept).extracting(r -> r.<String>getAs("input_kind") + " " + r.<Boolean>getAs("used"))
        .containsExactly("counts_csv false", "register_births true");
    List<Row> rejects = c.rejects().orderBy("source_file").collectAsList();
    assertThat(rejects).extracting(r -> r.<String>getAs("rule")).containsExactly("superseded");
    assertThat(rejects.get(0).<String>getAs("message"))
        .startsWith("registers/births/b.csv aggregate of 47 records gives 47.00 for the same key");
  }

  @Test
  void totalThatIsNotTheSumOfTheSexesRejectsTheThreeRows() {
    CountRules.Checked c = CountRules.apply(staged(
        row("a.csv", 2, "23482", "live_births", "F", 41),
        row("a.csv", 3, "23482", "live_births", "M", 44),
        row("a.csv", 4, "23482", "live_births", "T", 86),
        row("a.csv", 5, "23485", "live_births", "F", 20),
        row("a.csv", 6, "23485", "live_births", "M", 22),
        row("a.csv", 7, "23485", "live_births", "T", 42)), SharedSpark.catalogue());
    assertThat(c.kept().count()).isEqualTo(3);
    List<Row> rejects = c.rejects().collectAsList();
    assertThat(rejects).hasSize(3).allSatisfy(r -> {
      assertThat(r.<String>getAs("rule")).isEqualTo("sex_total_mismatch");
      assertThat(r.<String>getAs("message")).startsWith("F 41 + M 44 = 85 but T = 86");
    });
  }

  @Test
  void sexesWithoutATotalAreFine() {
    CountRules.Checked c = CountRules.apply(staged(
        row("a.csv", 2, "23482", "live_births", "F", 41),
        row("a.csv", 3, "23482", "live_births", "M", 44)), SharedSpark.catalogue());
    assertThat(c.kept().count()).isEqualTo(2);
    assertThat(c.rejects().count()).isZero();
  }
}
