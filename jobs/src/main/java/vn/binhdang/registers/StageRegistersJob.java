package vn.binhdang.registers;

import static org.apache.spark.sql.functions.array;
import static org.apache.spark.sql.functions.array_join;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.concat_ws;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.filter;
import static org.apache.spark.sql.functions.first;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.row_number;
import static org.apache.spark.sql.functions.size;
import static org.apache.spark.sql.functions.slice;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.transform;
import static org.apache.spark.sql.functions.try_element_at;
import static org.apache.spark.sql.functions.when;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.expressions.WindowSpec;
import vn.binhdang.catalogue.Catalogue;
import vn.binhdang.ingest.BinaryFiles;
import vn.binhdang.ingest.CountsCsvParser;
import vn.binhdang.catalogue.RejectRule;
import vn.binhdang.warehouse.Tables;

/**
 * Stages the unit-record registers (DESIGN §4.3): reads {@code DIR/registers/<register>/**}
 * ({@code *.csv} and {@code *.parquet}), validates every field, removes duplicate records and gives
 * one staged table per register ({@link Register#table()}), the rejects and one accounting row per
 * file. Nothing is dropped: every record read is staged or rejected, exactly once.
 *
 * <p>How the work is split: CSV files are read whole ({@code binaryFile}) and split into records on
 * the executors by {@link RegisterCsvParser}, one task per file, which gives exact line numbers
 * (Spark's CSV reader has none, skips blank lines and cannot tell a record's position once a file
 * is split), checks the encoding line by line, and computes the checksum from the same bytes; a
 * file is held in memory once, so a register should come as files of up to a few hundred MB (one
 * per year, say), which also gives the parallelism. Parquet files are read by Spark itself, located
 * by {@code _metadata.row_index} ({@link ParquetRegisterReader}). Everything after that (parsing,
 * validation, duplicates) is Spark SQL: expressions, one window over the record ids, no collect.
 */
public final class StageRegistersJob {
  private StageRegistersJob() {}

  /** The folder below the input folder that holds the registers. */
  public static final String FOLDER = "registers";

  /** One register's staged records, in the schema of its table. */
  public record StagedRegister(Register register, Dataset<Row> rows) {}

  /**
   * What staging gave: the four staged tables (empty when a register has no files, in {@link
   * Register} order), every rejected record in the schema of {@link Tables#REJECTS}, and one row per
   * input file in the schema of {@link vn.binhdang.ingest.BinaryFiles#FILE_SCHEMA}. All lazy; the records of each
   * register are cached once classified ({@link #unpersist()} frees them).
   */
  public static final class Staged {
    private final List<StagedRegister> registers;
    private final Dataset<Row> rejects;
    private final Dataset<Row> files;
    private final List<Dataset<Row>> cached;

    Staged(List<StagedRegister> registers, Dataset<Row> rejects, Dataset<Row> files, List<Dataset<Row>> cached) {
      this.registers = List.copyOf(registers);
      this.rejects = rejects;
      this.files = files;
      this.cached = List.copyOf(cached);
    }

    /** The four staged tables, in {@link Register} order. */
    public List<StagedRegister> registers() {
      return registers;
    }

    /** Every rejected record, in the schema of {@link Tables#REJECTS}. */
    public Dataset<Row> rejects() {
      return rejects;
    }

    /** One row per register file: source_file, input_kind, file_sha256, bytes, rows_read. */
    public Dataset<Row> files() {
      return files;
    }

    public Dataset<Row> table(Register r) {
      return registers.stream().filter(s -> s.register() == r).findFirst().orElseThrow().rows();
    }

    /** The staged tables by register, for {@link RegisterCountsJob#run}. */
    public Map<Register, Dataset<Row>> tables() {
      Map<Register, Dataset<Row>> m = new LinkedHashMap<>();
      for (StagedRegister s : registers) m.put(s.register(), s.rows());
      return m;
    }

    /** The aggregated counts of these staged records (see {@link RegisterCountsJob}). */
    public Dataset<Row> counts() {
      return RegisterCountsJob.run(tables(), files);
    }

    /** Frees the cached records once every output has been written. */
    public void unpersist() {
      for (Dataset<Row> d : cached) d.unpersist();
    }
  }

  /**
   * Stages every register found below {@code registersDir}. Lazy: nothing is read until an output
   * is used; each register's classified records are cached, so the tables, the rejects and the files
   * read the inputs once.
   *
   * @param registersDir the {@code registers} folder (a Hadoop path); a missing folder gives empty outputs
   * @param maxYear the plan year: dates and years after it are out of range, as are those before 2000
   */
  public static Staged run(SparkSession spark, String registersDir, Catalogue catalogue, int maxYear) {
    Dataset<Row> areas = AreaLookup.table(spark, catalogue);
    List<StagedRegister> tables = new ArrayList<>();
    List<Dataset<Row>> cached = new ArrayList<>();
    Dataset<Row> rejects = null;
    Dataset<Row> files = null;
    for (Register r : Register.values()) {
      Dataset<Row> classified = classify(read(spark, registersDir, r), RegisterChecks.of(r, CountsCsvParser.MIN_YEAR,
          maxYear), areas).cache();
      cached.add(classified);
      tables.add(new StagedRegister(r, staged(classified, r)));
      rejects = rejects == null ? rejects(classified, r) : rejects.unionByName(rejects(classified, r));
      files = files == null ? files(classified, r) : files.unionByName(files(classified, r));
    }
    return new Staged(tables, rejects, files, cached);
  }

  /**
   * Per register file: rows read, staged and rejected, for the manifest's reconciliation (read =
   * staged + rejected). Staged rows are counted in the staged register tables; rejected rows are the
   * register's record rejects only: a reject of an aggregated count (a {@code stg_counts} row whose
   * {@code source_location} is "aggregate of ...", rejected later by the count rules) carries the file's
   * name too but is not a record of it.
   *
   * @param files {@link Staged#files()}
   * @param stagedTables the staged register tables (e.g. read back from the release)
   * @param rejects the run's rejects table (any input kinds)
   * @return source_file, input_kind, file_sha256, bytes, rows_read, rows_staged, rows_rejected
   */
  public static Dataset<Row> accounting(Dataset<Row> files, java.util.Collection<Dataset<Row>> stagedTables,
      Dataset<Row> rejects) {
    Dataset<Row> staged = null;
    for (Dataset<Row> t : stagedTables) {
      Dataset<Row> s = t.select(col("source_file"));
      staged = staged == null ? s : staged.unionByName(s);
    }
    Dataset<Row> stagedCounts = staged.groupBy("source_file").agg(count(lit(1)).as("rows_staged"));
    Dataset<Row> rejectedCounts = rejects
        .where(col("input_kind").startsWith("register_").and(col("source_location").startsWith("aggregate ").unary_$bang()))
        .groupBy("source_file").agg(count(lit(1)).as("rows_rejected"));
    return files.join(stagedCounts, new String[] {"source_file"}, "left")
        .join(rejectedCounts, new String[] {"source_file"}, "left")
        .select(col("source_file"), col("input_kind"), col("file_sha256"), col("bytes"), col("rows_read"),
            coalesce(col("rows_staged"), lit(0L)).as("rows_staged"), coalesce(col("rows_rejected"), lit(0L)).as("rows_rejected"));
  }

  // ---- reading -----------------------------------------------------------------------------

  /** The raw records of one register, from its CSV and Parquet files. */
  static Dataset<Row> read(SparkSession spark, String registersDir, Register r) {
    String dir = trimSlash(registersDir) + "/" + r.folder();
    String prefix = BinaryFiles.rootPrefix(registersDir);
    if (!BinaryFiles.exists(spark, dir)) return spark.createDataFrame(List.of(), RawRecords.schema(r));
    RegisterCsvParser parser = new RegisterCsvParser(r);
    FlatMapFunction<Row, Row> perFile = f -> parser.parse(
        BinaryFiles.relativeName((String) f.getAs("path"), prefix), f.getAs("content"));
    Dataset<Row> csv = spark.read().format("binaryFile")
        .option("pathGlobFilter", "*.[cC][sS][vV]").option("recursiveFileLookup", "true").load(dir)
        .select("path", "content")
        .flatMap(perFile, Encoders.row(RawRecords.schema(r)));
    return csv.unionByName(ParquetRegisterReader.read(spark, dir, prefix, r));
  }



  private static String trimSlash(String s) {
    return s.endsWith("/") ? s.substring(0, s.length() - 1) : s;
  }

  // ---- validation and duplicates -----------------------------------------------------------

  /**
   * Every row of the register with its status: {@code file} (a file's summary), {@code structural}
   * (the line could not be split into fields), {@code invalid} (a field check failed),
   * {@code conflict} and {@code duplicate} (see {@link RejectRule#DUPLICATE_ID_CONFLICT} and
   * {@link RejectRule#DUPLICATE_RECORD}) or {@code staged}.
   */
  static Dataset<Row> classify(Dataset<Row> raw, RegisterChecks.Spec spec, Dataset<Row> areas) {
    Register r = spec.register;
    Map<String, Column> cleaned = new LinkedHashMap<>();
    for (String c : r.columns()) cleaned.put("c_" + c, Sql.clean(Sql.raw(c)));
    Dataset<Row> d = raw.withColumns(cleaned)
        .withColumn("area_key", AreaLookup.key(Sql.c("area_code")))
        .join(areas, new String[] {"area_key"}, "left");
    for (Map<String, Column> stage : spec.typed()) d = d.withColumns(stage);

    List<RegisterChecks.Check> checks = spec.checks();
    Column[] found = new Column[checks.size()];
    for (int i = 0; i < found.length; i++) {
      RegisterChecks.Check c = checks.get(i);
      found[i] = when(c.bad(), struct(lit(c.field()).as("field"), lit(c.rule().code()).as("rule"),
          Sql.raw(c.field()).as("raw"), c.message().as("message")));
    }
    d = d.withColumn("_problems", filter(array(found), p -> p.isNotNull()));

    Column valid = col("is_file").equalTo(false).and(col("problem_rule").isNull()).and(size(col("_problems")).equalTo(0));
    Column id = concat_ws("\u0001", spec.identity().stream().map(c -> coalesce(c.cast("string"), lit(""))).toArray(Column[]::new));
    Column content = concat_ws("\u0001", spec.content().stream().map(c -> coalesce(c.cast("string"), lit("\u2205")))
        .toArray(Column[]::new));
    // invalid rows and file rows get a key of their own, so the window only groups valid records by id
    Column key = when(valid, concat(lit("\u0001"), id)).otherwise(concat(lit("\u0002"), col("source_file"), lit("\u0003"),
        coalesce(col("source_location"), lit("file")), col("is_file").cast("string")));
    WindowSpec ordered = Window.partitionBy(col("_key")).orderBy(col("source_file"), col("line_number"), col("row_index"));
    WindowSpec whole = ordered.rowsBetween(Window.unboundedPreceding(), Window.unboundedFollowing());
    d = d.withColumn("_key", key).withColumn("_content", content)
        .withColumn("_n", count(lit(1)).over(whole))
        .withColumn("_cmin", min(col("_content")).over(whole))
        .withColumn("_cmax", max(col("_content")).over(whole))
        .withColumn("_rank", row_number().over(ordered))
        .withColumn("_first_loc", first(concat(col("source_file"), lit(" "), col("source_location"))).over(whole));
    Column status = when(col("is_file"), lit("file"))
        .when(col("problem_rule").isNotNull(), lit("structural"))
        .when(size(col("_problems")).gt(0), lit("invalid"))
        .when(col("_n").gt(1).and(col("_cmin").notEqual(col("_cmax"))), lit("conflict"))
        .when(col("_n").gt(1).and(col("_rank").gt(1)), lit("duplicate"))
        .otherwise(lit("staged"));
    // only what the outputs read is cached: the typed values, lineage, problems and duplicate details
    List<Column> keep = new ArrayList<>();
    for (String c : List.of("is_file", "source_file", "file_sha256", "bytes", "rows_read", "line_number", "row_index",
        "source_location", "problem_rule", "problem_field", "problem_raw", "problem_message", "a_code", "_problems",
        "_n", "_first_loc", RawRecords.PREFIX + r.idColumns().get(0))) {
      keep.add(col(c));
    }
    for (String c : d.columns()) if (c.startsWith("v_")) keep.add(col(c));
    keep.add(status.as("_status"));
    return d.select(keep.toArray(Column[]::new));
  }

  // ---- outputs -----------------------------------------------------------------------------

  private static List<Column> lineage(Register r) {
    return List.of(lit(r.inputKind()).as("input_kind"), col("source_file"), col("source_location"), col("line_number"),
        col("row_index"), col("file_sha256"));
  }

  static Dataset<Row> staged(Dataset<Row> classified, Register r) {
    RegisterChecks.Spec spec = RegisterChecks.of(r, 0, 0);
    List<Column> cols = new ArrayList<>(spec.staged());
    cols.addAll(lineage(r));
    return r.table().conform(classified.where(col("_status").equalTo("staged")).select(cols.toArray(Column[]::new)));
  }

  static Dataset<Row> rejects(Dataset<Row> classified, Register r) {
    Column first = try_element_at(col("_problems"), lit(1));
    Column also = when(size(col("_problems")).gt(1), concat(lit(" (also: "),
        array_join(transform(slice(col("_problems"), 2, 100), p -> p.getField("message")), "; "), lit(")")))
        .otherwise(lit(""));
    Column idText = idDescription(r);
    Column status = col("_status");
    Column rule = when(status.equalTo("structural"), col("problem_rule"))
        .when(status.equalTo("invalid"), first.getField("rule"))
        .when(status.equalTo("conflict"), lit(RejectRule.DUPLICATE_ID_CONFLICT.code()))
        .otherwise(lit(RejectRule.DUPLICATE_RECORD.code()));
    String idField = r.idColumns().get(0);
    Column field = when(status.equalTo("structural"), col("problem_field"))
        .when(status.equalTo("invalid"), first.getField("field"))
        .otherwise(lit(idField));
    Column rawValue = when(status.equalTo("structural"), col("problem_raw"))
        .when(status.equalTo("invalid"), first.getField("raw"))
        .otherwise(Sql.raw(idField));
    Column message = when(status.equalTo("structural"), col("problem_message"))
        .when(status.equalTo("invalid"), concat(first.getField("message"), also))
        .when(status.equalTo("conflict"), concat(idText, lit(" is used by "), col("_n").cast("string"),
            lit(" records with different content (first: "), col("_first_loc"),
            lit("); none is kept: give each record its own id, or remove the wrong one")))
        .otherwise(concat(lit("repeats "), col("_first_loc"), lit(" (same "), idText,
            lit(", same content); kept once")));
    return Tables.REJECTS.conform(classified.where(status.isin("structural", "invalid", "conflict", "duplicate")).select(
        lit(r.inputKind()).as("input_kind"), col("source_file"), coalesce(col("source_location"), lit("file")).as("source_location"),
        col("line_number"), lit(null).cast("string").as("sheet"), lit(null).cast("string").as("cell"),
        col("a_code").as("area_code"), field.as("field"), rawValue.as("raw_value"), rule.as("rule"),
        message.as("message"), col("file_sha256")));
  }

  private static Column idDescription(Register r) {
    List<String> ids = r.idColumns();
    Column out = concat(lit(ids.get(0) + " "), col("v_" + ids.get(0)));
    if (ids.size() > 1) out = concat(out, lit(" in " + ids.get(1).replace('_', ' ') + " "), col("v_" + ids.get(1)).cast("string"));
    return out;
  }

  static Dataset<Row> files(Dataset<Row> classified, Register r) {
    return classified.where(col("_status").equalTo("file")).select(col("source_file"), lit(r.inputKind()).as("input_kind"),
        coalesce(col("file_sha256"), lit(ParquetRegisterReader.UNKNOWN_SHA)).as("file_sha256"), col("bytes"),
        col("rows_read"));
  }
}
