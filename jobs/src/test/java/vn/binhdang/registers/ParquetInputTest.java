package vn.binhdang.registers;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Date;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import vn.binhdang.testing.SharedSpark;

/**
 * Parquet registers: the documented types, text where a type was expected (bad values rejected per
 * row), a missing column, a file that is not Parquet, positions by row index, and duplicates across
 * a CSV and a Parquet file of the same register.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ParquetInputTest {
  private StageRegistersJob.Staged staged;
  private List<RegisterFixtures.Found> rejects;
  private Map<String, Double> counts;

  @BeforeAll
  void stage(@TempDir Path tmp) throws IOException {
    SparkSession spark = SharedSpark.session();
    StructType births = ParquetRegisterReader.declaredSchema(Register.BIRTHS);
    writeParquet(spark, tmp, "births/typed.parquet", births,
        RowFactory.create("T1", "23482", date("2023-05-01"), "F", null, 18, "live"),   // row 0: mother 15-19
        RowFactory.create("T2", "23482", date("2023-05-02"), "M", date("2000-05-03"), null, "live"), // row 1: 22
        RowFactory.create("T3", "23482", date("2023-05-03"), "M", null, 7, "live"),    // row 2: out_of_range
        RowFactory.create("C1", "23482", date("2023-06-01"), "F", null, 30, "live"));  // row 3: repeats a.csv line 2
    StructType text = new StructType();
    for (String c : Register.BIRTHS.columns()) text = text.add(c, DataTypes.StringType);
    writeParquet(spark, tmp, "births/strings.parquet", text,
        RowFactory.create("S1", "Xã Tân Lập", "2023-07-01", "M", null, "25", "live"),  // row 0: valid
        RowFactory.create("S2", "23497", "2023-02-30", "F", null, "25", "live"),       // row 1: bad_date
        RowFactory.create("S3", "23497", "2023-07-02", "F", null, "2O", "live"));      // row 2: not_a_number
    StructType noOutcome = new StructType().add("birth_id", DataTypes.StringType).add("area_code", DataTypes.StringType)
        .add("birth_date", DataTypes.DateType).add("sex", DataTypes.StringType).add("mother_age", DataTypes.IntegerType);
    writeParquet(spark, tmp, "births/no_outcome.parquet", noOutcome,
        RowFactory.create("N1", "23482", date("2023-01-01"), "F", 20),
        RowFactory.create("N2", "23482", date("2023-01-02"), "F", 21));
    Files.writeString(tmp.resolve("registers/births/broken.parquet"), "this is not a Parquet file");
    RegisterFixtures.write(tmp, "births/a.csv", "birth_id,area_code,birth_date,sex,mother_birth_date,mother_age,outcome",
        "C1,23482,2023-06-01,F,,30,live");
    writeParquet(spark, tmp, "labour_survey/2023.parquet", ParquetRegisterReader.declaredSchema(Register.LABOUR_SURVEY),
        RowFactory.create("P1", "23482", 2023, "F", 30, true, "wage", "services", 10.25),
        RowFactory.create("P2", "23482", 2023, "F", 40, true, "own_account", "agriculture", 20.5),
        RowFactory.create("P3", "23482", 2023, "M", 50, true, "wage", "agriculture", 5.25),
        RowFactory.create("P4", "23482", 2023, "M", 12, false, null, null, 7.0));
    writeParquet(spark, tmp, "school_completion/2023.parquet", ParquetRegisterReader.declaredSchema(Register.SCHOOL_COMPLETION),
        RowFactory.create("E1", "23482", "primary", 2023, "F", "Xơ Đăng", true));
    staged = RegisterFixtures.stage(tmp);
    rejects = RegisterFixtures.rejects(staged);
    counts = RegisterFixtures.counts(staged.counts());
  }

  /** Writes one Parquet file at {@code registers/<name>} with Spark (one part file, renamed). */
  static void writeParquet(SparkSession spark, Path root, String name, StructType schema, Row... rows) throws IOException {
    Path out = root.resolve("spark-out-" + name.replace('/', '-'));
    spark.createDataFrame(Arrays.asList(rows), schema).coalesce(1).write().parquet(out.toString());
    Path part;
    try (Stream<Path> files = Files.list(out)) {
      part = files.filter(p -> p.getFileName().toString().endsWith(".parquet")).findFirst().orElseThrow();
    }
    Path target = root.resolve("registers").resolve(name);
    Files.createDirectories(target.getParent());
    Files.move(part, target);
  }

  private static Date date(String s) {
    return Date.valueOf(s);
  }

  private Map<String, String> rulesOf(String file) {
    Map<String, String> m = new TreeMap<>();
    for (RegisterFixtures.Found f : rejects) if (f.file().equals("registers/" + file)) m.put(f.location(), f.rule());
    return m;
  }

  @Test
  void badValuesAreRejectedAtTheirRowIndex() {
    assertThat(rulesOf("births/typed.parquet")).containsExactlyInAnyOrderEntriesOf(Map.of(
        "row 2", "out_of_range", "row 3", "duplicate_record"));
    assertThat(rulesOf("births/strings.parquet")).containsExactlyInAnyOrderEntriesOf(Map.of(
        "row 1", "bad_date", "row 2", "not_a_number"));
    RegisterFixtures.Found dup = rejects.stream().filter(f -> f.location().equals("row 3")).findFirst().orElseThrow();
    assertThat(dup.message()).isEqualTo("repeats registers/births/a.csv line 2 (same birth_id C1, same content); kept once");
  }

  @Test
  void aMissingColumnRejectsEveryRowAndAFileThatIsNotParquetIsOneReject() {
    assertThat(rulesOf("births/no_outcome.parquet")).containsExactlyInAnyOrderEntriesOf(Map.of(
        "row 0", "bad_header", "row 1", "bad_header"));
    assertThat(rejects.stream().filter(f -> f.file().endsWith("no_outcome.parquet")).findFirst().orElseThrow().message())
        .startsWith("the birth register lacks column outcome;");
    assertThat(rulesOf("births/broken.parquet")).containsExactly(Map.entry("file", "file_unreadable"));
    assertThat(rejects.stream().filter(f -> f.file().endsWith("broken.parquet")).findFirst().orElseThrow().message())
        .startsWith("not a readable Parquet file: ");
  }

  @Test
  void stagedRecordsCarryRowIndexOrLineNumber() {
    Map<String, Row> byId = new TreeMap<>();
    for (Row r : staged.table(Register.BIRTHS).collectAsList()) byId.put(r.getAs("birth_id"), r);
    assertThat(byId).containsOnlyKeys("C1", "T1", "T2", "S1");
    assertThat(byId.get("T2").<Long>getAs("row_index")).isEqualTo(1L);
    assertThat(byId.get("T2").<Object>getAs("line_number")).isNull();
    assertThat(byId.get("T2").<String>getAs("source_location")).isEqualTo("row 1");
    assertThat(byId.get("T2").<Integer>getAs("mother_age")).isEqualTo(22);
    assertThat(byId.get("T2").<String>getAs("file_sha256")).hasSize(64);
    assertThat(byId.get("C1").<Long>getAs("line_number")).isEqualTo(2L);
    assertThat(byId.get("C1").<Object>getAs("row_index")).isNull();
    assertThat(byId.get("S1").<String>getAs("area_code")).isEqualTo("23497");
  }

  @Test
  void stagedPlusRejectedEqualsReadForEveryFile() {
    Map<String, RegisterFixtures.Accounting> acc = RegisterFixtures.accounting(staged);
    assertThat(acc.keySet()).containsExactlyInAnyOrder("registers/births/a.csv", "registers/births/broken.parquet",
        "registers/births/no_outcome.parquet", "registers/births/strings.parquet", "registers/births/typed.parquet",
        "registers/labour_survey/2023.parquet", "registers/school_completion/2023.parquet");
    acc.forEach((file, a) -> assertThat(a.staged() + a.rejected()).as(file).isEqualTo(a.read()));
    assertThat(acc.get("registers/births/typed.parquet")).isEqualTo(new RegisterFixtures.Accounting(4, 2, 2));
    assertThat(acc.get("registers/births/broken.parquet")).isEqualTo(new RegisterFixtures.Accounting(1, 0, 1));
  }

  @Test
  void parquetRecordsAreCountedLikeCsvOnes() {
    // live births 23482 2023: C1 F, T1 F, T2 M; mothers 15-19: T1
    assertThat(counts).containsEntry("23482|2023|live_births|F|all", 2.0).containsEntry("23482|2023|live_births|M|all", 1.0)
        .containsEntry("23482|2023|live_births_mothers_15_19|T|all", 1.0);
    // F: employed 10.25 + 20.5 = 30.75 -> 31, wage 10.25 -> 10, agriculture 20.5 -> 21; M: 5.25 -> 5 (P4 is 12)
    assertThat(counts).containsEntry("23482|2023|employed|F|all", 31.0).containsEntry("23482|2023|employed_wage|F|all", 10.0)
        .containsEntry("23482|2023|employed_agri|F|all", 21.0).containsEntry("23482|2023|employed|M|all", 5.0)
        .containsEntry("23482|2023|employed|T|all", 36.0);
    assertThat(counts).containsEntry("23482|2023|primary_completers|F|ethnic_minority", 1.0);
  }
}
