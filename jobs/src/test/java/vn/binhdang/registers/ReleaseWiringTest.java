package vn.binhdang.registers;

import static org.apache.spark.sql.functions.col;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.binhdang.testing.SharedSpark;
import vn.binhdang.warehouse.Tables;
import vn.binhdang.warehouse.Warehouse;

/**
 * The registers as a run wires them: staged tables and rejects written to a release (empty
 * registers included), read back with their declared schemas, counts aggregated from what was
 * written, and every file accounted for from the written tables alone.
 */
class ReleaseWiringTest {

  @Test
  void stagedTablesWrittenAndReadBackGiveTheSameCountsAndAccounts(@TempDir Path tmp) {
    SparkSession spark = SharedSpark.session();
    RegisterFixtures.write(tmp, "births/2023.csv", "birth_id,area_code,birth_date,sex,mother_age,outcome",
        "B1,23482,2023-01-01,F,17,live", "B2,23482,2023-01-02,M,25,live", "B3,23482,2023-01-03,M,7,live");
    RegisterFixtures.write(tmp, "maternal_deaths/2023.csv", "death_id,area_code,death_date,age,timing");
    StageRegistersJob.Staged staged = RegisterFixtures.stage(tmp);

    Warehouse.Release release = new Warehouse(tmp.resolve("out/warehouse")).begin("test-run");
    for (StageRegistersJob.StagedRegister s : staged.registers()) release.write(s.register().table(), s.rows());
    release.write(Tables.REJECTS, staged.rejects());

    Map<Register, Dataset<Row>> back = new LinkedHashMap<>();
    for (Register r : Register.values()) {
      back.put(r, spark.read().schema(r.table().schema()).parquet(release.tablePath(r.table()).toString()));
    }
    assertThat(back.get(Register.SCHOOL_COMPLETION).count()).as("an empty register reads back empty").isZero();
    assertThat(release.tablePath(Tables.STG_BIRTHS).resolve("year=2023")).isDirectory();

    Dataset<Row> counts = RegisterCountsJob.run(back, staged.files());
    assertThat(RegisterFixtures.counts(counts)).isEqualTo(RegisterFixtures.counts(staged.counts()))
        .containsEntry("23482|2023|live_births|T|all", 2.0)
        .containsEntry("23482|2023|live_births_mothers_15_19|T|all", 1.0)
        .containsEntry("23482|2023|maternal_deaths|T|all", 0.0);

    Map<String, Long> stagedByFile = new TreeMap<>();
    for (Dataset<Row> t : back.values()) {
      for (Row r : t.groupBy("source_file").count().collectAsList()) stagedByFile.merge(r.getString(0), r.getLong(1), Long::sum);
    }
    Dataset<Row> rejects = spark.read().schema(Tables.REJECTS.schema()).parquet(release.tablePath(Tables.REJECTS).toString());
    List<Row> files = staged.files().orderBy("source_file").collectAsList();
    assertThat(files).extracting(r -> r.<String>getAs("source_file"))
        .containsExactly("registers/births/2023.csv", "registers/maternal_deaths/2023.csv");
    for (Row f : files) {
      String name = f.getAs("source_file");
      long rejected = rejects.where(col("source_file").equalTo(name)).count();
      assertThat(stagedByFile.getOrDefault(name, 0L) + rejected).as(name).isEqualTo(f.<Long>getAs("rows_read"));
    }
    assertThat(files.get(0).<Long>getAs("rows_read")).isEqualTo(3L);

    // the same from the helper, with a count-level reject of an aggregate in the rejects (not a record of the file)
    Row countReject = RowFactory.create("register_births", "registers/births/2023.csv", "aggregate of 3 records", null,
        null, null, "23482", "value", "2", "duplicate_row", "…", "sha");
    Dataset<Row> allRejects = rejects.unionByName(spark.createDataFrame(List.of(countReject), Tables.REJECTS.schema()));
    List<Row> acc = StageRegistersJob.accounting(staged.files(), back.values(), allRejects).orderBy("source_file")
        .collectAsList();
    assertThat(acc).extracting(r -> r.getAs("source_file") + " " + r.getAs("rows_read") + " = " + r.getAs("rows_staged")
        + " + " + r.getAs("rows_rejected"))
        .containsExactly("registers/births/2023.csv 3 = 2 + 1", "registers/maternal_deaths/2023.csv 0 = 0 + 0");
    assertThat(files.get(0).<String>getAs("input_kind")).isEqualTo("register_births");
    release.abandon();
  }
}
