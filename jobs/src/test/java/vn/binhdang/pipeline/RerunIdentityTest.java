package vn.binhdang.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.binhdang.charts.Lang;
import vn.binhdang.testing.SharedSpark;
import vn.binhdang.warehouse.Manifest;

/**
 * Two runs of the same input publish the same tables, row for row and value for value (the tables
 * hold no run id or time: those are in the manifest only), and the second run leaves the first
 * release readable beside it.
 */
class RerunIdentityTest {
  @TempDir static Path out;

  @Test
  void twoRunsOfTheSameInputPublishIdenticalTables() {
    Path input = SharedSpark.repoRoot().resolve("jobs/src/test/resources/fixtures/literature");
    RunPipeline.Options o = new RunPipeline.Options(input, out, null, 2023, "local[2]", Lang.VI);
    RunPipeline.Outcome first = RunPipeline.run(SharedSpark.session(), o, Progress.silent());
    RunPipeline.Outcome second = RunPipeline.run(SharedSpark.session(), o, Progress.silent());
    assertThat(second.runId()).isNotEqualTo(first.runId());
    assertThat(second.manifest().tables()).isEqualTo(first.manifest().tables());
    assertThat(second.manifest().inputs()).isEqualTo(first.manifest().inputs());

    SparkSession spark = SharedSpark.session();
    for (Manifest.Table t : first.manifest().tables()) {
      Dataset<Row> a = spark.read().parquet(first.release().resolve(t.name()).toString());
      Dataset<Row> b = spark.read().parquet(second.release().resolve(t.name()).toString());
      assertThat(b.columns()).as(t.name()).isEqualTo(a.columns());
      assertThat(a.exceptAll(b).isEmpty() && b.exceptAll(a).isEmpty()).as(t.name() + " is the same in both releases").isTrue();
    }
  }
}
