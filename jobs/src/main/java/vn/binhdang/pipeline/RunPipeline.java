package vn.binhdang.pipeline;

import static org.apache.spark.sql.functions.col;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Stream;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import vn.binhdang.catalogue.Catalogue;
import vn.binhdang.charts.pack.ChartPack;
import vn.binhdang.charts.pack.ChartPackResult;
import vn.binhdang.charts.Lang;
import vn.binhdang.catalogue.CatalogueLoader;
import vn.binhdang.crosswalk.StageCrosswalkJob;
import vn.binhdang.disclosure.DisclosureJob;
import vn.binhdang.exports.ExportsJob;
import vn.binhdang.transform.SurveyIntervals;
import vn.binhdang.transform.SurveyMeanIntervals;
import vn.binhdang.marts.MartCommuneCompareJob;
import vn.binhdang.marts.MartGenderGapJob;
import vn.binhdang.marts.MartTargetStatusJob;
import vn.binhdang.marts.MartRevisionsJob;
import vn.binhdang.marts.MartTrendJob;
import vn.binhdang.published.StagePublishedSeriesJob;
import vn.binhdang.registers.Register;
import vn.binhdang.registers.RegisterCountsJob;
import vn.binhdang.registers.StageRegistersJob;
import vn.binhdang.quality.DataQualityJob;
import vn.binhdang.quality.MartCompletenessJob;
import vn.binhdang.quality.OutlierJob;
import vn.binhdang.quality.RejectsReport;
import vn.binhdang.ingest.InputInventory;
import vn.binhdang.staging.StageCountsJob;
import vn.binhdang.transform.AreaLinks;
import vn.binhdang.transform.CrosswalkLinks;
import vn.binhdang.transform.DimensionsJob;
import vn.binhdang.transform.FactCountsJob;
import vn.binhdang.transform.FactIndicatorJob;
import vn.binhdang.warehouse.Manifest;
import vn.binhdang.warehouse.RunLock;
import vn.binhdang.warehouse.ParquetFooters;
import vn.binhdang.warehouse.TableSpec;
import vn.binhdang.warehouse.Tables;
import vn.binhdang.warehouse.Warehouse;

/**
 * The whole run, from the input folder to a published release: catalogue → staging and validation
 * → facts → release with manifest. Each job is a {@code Dataset -> Dataset} function; this class
 * holds the I/O and the order. Downstream jobs read the Parquet just written, so no step recomputes
 * another's lineage.
 */
public final class RunPipeline {
  private RunPipeline() {}

  /**
   * @param catalogueDir null to use the catalogue packaged in the jar
   * @param year the plan year under review: rows after it are out of range
   */
  public record Options(Path input, Path out, Path catalogueDir, int year, String master, Lang lang,
      boolean allowShrink, boolean strict, String area) {
    /** A run that refuses to replace the current release with far fewer rows, and publishes incomplete reports marked. */
    public Options(Path input, Path out, Path catalogueDir, int year, String master, Lang lang) {
      this(input, out, catalogueDir, year, master, lang, false, false, null);
    }

    /** A run on the catalogue's default scope. */
    public Options(Path input, Path out, Path catalogueDir, int year, String master, Lang lang, boolean allowShrink,
        boolean strict) {
      this(input, out, catalogueDir, year, master, lang, allowShrink, strict, null);
    }
  }

  /** A published run: the release folder, its manifest and the chart pack rendered from it. */
  public record Outcome(String runId, Path release, Manifest manifest, Path chartPack) {
    public long rowsRead() {
      return manifest.inputs().stream().mapToLong(Manifest.Input::rowsRead).sum();
    }

    public long rowsRejected() {
      return manifest.inputs().stream().mapToLong(Manifest.Input::rowsRejected).sum();
    }
  }

  /** The run's catalogue, reporting on {@code --area} when it is given, with the targets of the plan in force. */
  public static Catalogue catalogue(Options o) {
    Catalogue c = o.catalogueDir() == null ? CatalogueLoader.fromClasspath() : CatalogueLoader.fromDirectory(o.catalogueDir());
    return (o.area() == null ? c : c.withScope(o.area())).inForce(o.year());
  }

  /** Runs the pipeline holding the output folder's lock: a second run on the same {@code --out} is refused. */
  public static Outcome run(SparkSession spark, Options o, Progress progress) {
    try (RunLock lock = RunLock.acquire(o.out())) {
      return runLocked(spark, o, progress);
    }
  }

  private static Outcome runLocked(SparkSession spark, Options o, Progress progress) {
    progress.step("catalogue");
    Catalogue catalogue = catalogue(o);
    Path inputDir = checkInput(o.input());

    Warehouse warehouse = new Warehouse(o.out().resolve("warehouse"), spark.sparkContext().hadoopConfiguration());
    Optional<Path> previous = warehouse.current(); // what this run replaces: its revisions are against it
    String runId = newRunId();
    Warehouse.Release release = warehouse.begin(runId);
    try {
      progress.step("dimensions");
      release.write(Tables.DIM_AREA, DimensionsJob.areas(spark, catalogue));
      release.write(Tables.DIM_INDICATOR, DimensionsJob.indicators(spark, catalogue, o.year()));
      release.write(Tables.DIM_PLAN_TARGET, DimensionsJob.planTargets(spark, catalogue, o.year()));
      StageCrosswalkJob.Result crosswalk = StageCrosswalkJob.run(spark, inputDir.toString(), catalogue);
      release.write(Tables.DIM_AREA_CROSSWALK, crosswalk.crosswalk());

      progress.step("staging registers");
      StageRegistersJob.Staged registers =
          StageRegistersJob.run(spark, inputDir.resolve(StageRegistersJob.FOLDER).toString(), catalogue, o.year());
      Map<Register, Dataset<Row>> registerTables = new LinkedHashMap<>();
      for (StageRegistersJob.StagedRegister r : registers.registers()) {
        TableSpec table = r.register().table();
        release.write(table, r.rows());
        registerTables.put(r.register(), spark.read().schema(table.schema()).parquet(release.tablePath(table).toString()));
      }
      Dataset<Row> registerCounts = RegisterCountsJob.run(registerTables, registers.files());

      progress.step("staging and validating counts");
      StageCountsJob.Result staged =
          StageCountsJob.run(spark, inputDir.toString(), catalogue, o.year(), registerCounts);
      // the rules of dq_rules.csv, on the values the facts use (a report that agrees with a register is not re-checked)
      Dataset<Row> used = staged.staged().where(col("used"));
      release.write(Tables.DQ_RESULTS, DataQualityJob.results(used, catalogue));
      DataQualityJob.Checked dq = // values failing an error rule move from the staged rows to rejects
          DataQualityJob.enforce(used, read(spark, release, Tables.DQ_RESULTS), catalogue);
      StagePublishedSeriesJob.Result series =
          StagePublishedSeriesJob.run(spark, inputDir.toString(), catalogue, o.year());
      release.write(Tables.STG_COUNTS, dq.kept().unionByName(staged.staged().where(col("used").equalTo(false))));
      ReleaseGuard.requireDataForYear(o.year(), ReleaseGuard.stagedByYear(release.tablePath(Tables.STG_COUNTS)),
          o.input());
      release.write(Tables.PUBLISHED_SERIES, series.series());
      List<InputInventory.Unread> unread = InputInventory.list(spark.sparkContext().hadoopConfiguration(),
          inputDir.toString(),
          java.util.Arrays.stream(Register.values()).map(Register::folder).collect(java.util.stream.Collectors.toSet()));
      release.write(Tables.REJECTS, staged.rejects().unionByName(dq.rejects()).unionByName(series.rejects())
          .unionByName(registers.rejects()).unionByName(crosswalk.rejects())
          .unionByName(InputInventory.rejects(spark, unread)));
      registers.unpersist();
      // one row per input file: small, bounded by the number of files
      List<Row> files = staged.files().unionByName(series.files()).unionByName(crosswalk.files()).collectAsList();
      List<Row> registerFiles = StageRegistersJob.accounting(registers.files(), registerTables.values(),
          read(spark, release, Tables.REJECTS)).collectAsList();

      progress.step("fct_counts");
      Dataset<Row> stg = read(spark, release, Tables.STG_COUNTS);
      // the crosswalk is published either way; the facts take it in only when a new area of the run can have history
      Dataset<Row> crosswalkLinks = crosswalk.present() && catalogue.hasNewAreas()
          ? CrosswalkLinks.of(read(spark, release, Tables.DIM_AREA_CROSSWALK)) : CrosswalkLinks.none(spark);
      release.write(Tables.FCT_COUNTS, FactCountsJob.run(stg, catalogue, crosswalkLinks));

      progress.step("fct_indicator");
      Dataset<Row> fctCounts = read(spark, release, Tables.FCT_COUNTS);
      Dataset<Row> indicators = SurveyMeanIntervals.apply(
          SurveyIntervals.apply(FactIndicatorJob.run(spark, fctCounts, catalogue, crosswalkLinks),
              registerTables.get(Register.LABOUR_SURVEY), catalogue),
          fctCounts, catalogue);
      release.write(Tables.FCT_INDICATOR, DisclosureJob.apply(indicators, catalogue, crosswalkLinks));

      progress.step("data quality: outliers, completeness, rejects report");
      release.write(Tables.DQ_OUTLIERS, OutlierJob.run(read(spark, release, Tables.FCT_INDICATOR), catalogue));
      release.write(Tables.MART_COMPLETENESS, MartCompletenessJob.run(spark, read(spark, release, Tables.STG_COUNTS),
          read(spark, release, Tables.REJECTS), catalogue, o.year()));
      if (o.strict()) ReleaseGuard.requireCompleteReports(read(spark, release, Tables.MART_COMPLETENESS), catalogue, o.year());
      Path outputs = OutputLinks.of(release.dir()); // published with the tables, in the same switch
      RejectsReport.write(read(spark, release, Tables.REJECTS), catalogue, o.year(), outputs.resolve(RejectsReport.FOLDER));

      progress.step("marts");
      Dataset<Row> fctIndicator = read(spark, release, Tables.FCT_INDICATOR);
      release.write(Tables.MART_TREND, MartTrendJob.run(fctIndicator, catalogue));
      release.write(Tables.MART_TARGET_STATUS, MartTargetStatusJob.run(spark, fctIndicator, catalogue, o.year()));
      release.write(Tables.MART_GENDER_GAP, MartGenderGapJob.run(fctIndicator, catalogue));
      release.write(Tables.MART_COMMUNE_COMPARE, MartCommuneCompareJob.run(fctIndicator, catalogue));

      release.write(Tables.MART_REVISIONS, revisions(spark, previous, release, catalogue));

      progress.step("exports");
      ExportsJob.run(spark, release.dir());
      OutputLinks.linkExports(release.dir());

      progress.step("manifest");
      Manifest manifest = manifest(spark, release, o, catalogue, files, registerFiles, unread);
      ReleaseGuard.requireNotShrinking(manifest.inputs().stream().mapToLong(Manifest.Input::rowsStaged).sum(),
          ReleaseGuard.currentManifest(warehouse.current()), o.allowShrink());
      release.writeManifest(manifest.toJson());

      // Rendered from the staged release before it is published: a chart failure publishes nothing.
      progress.step("chart pack");
      spark.catalog().clearCache(); // the staging caches are done with; the renderer needs the heap
      ChartPackResult charts = ChartPack.render(release.dir(), outputs, o.lang(), o.year());

      progress.step("publishing");
      Path published = release.publish(table -> progress.checkpoint("commit " + table));
      OutputLinks.refresh(o.out(), warehouse);
      progress.finishStep();
      return new Outcome(runId, published, manifest, o.out().resolve(outputs.relativize(charts.pdf())));
    } catch (RuntimeException | Error e) {
      release.abandon();
      throw e;
    }
  }

  /** Changes since the previous release; none for the first release, or when it lacks a table they need. */
  static Dataset<Row> revisions(SparkSession spark, Optional<Path> previous, Warehouse.Release release,
      Catalogue catalogue) {
    if (previous.isEmpty()
        || !MartRevisionsJob.Side.TABLES.stream().allMatch(t -> Files.isDirectory(previous.get().resolve(t.name())))) {
      return spark.createDataFrame(List.of(), Tables.MART_REVISIONS.schema());
    }
    return MartRevisionsJob.run(previous.get().getFileName().toString(),
        MartRevisionsJob.Side.of(t -> spark.read().parquet(previous.get().resolve(t.name()).toString())),
        MartRevisionsJob.Side.of(t -> read(spark, release, t)),
        AreaLinks.of(spark, catalogue));
  }

  static Dataset<Row> read(SparkSession spark, Warehouse.Release release, TableSpec table) {
    return spark.read().parquet(release.tablePath(table).toString());
  }

  /** The input folder, checked so that a wrong path is a clear message. */
  static Path checkInput(Path input) {
    if (!Files.isDirectory(input)) throw new UserException("input folder not found: " + input);
    List<Path> sources = List.of(input.resolve(StageCountsJob.COUNTS), input.resolve(StageCountsJob.FORMS),
        input.resolve(StageRegistersJob.FOLDER), input.resolve(StagePublishedSeriesJob.FOLDER),
        input.resolve(StageCrosswalkJob.FOLDER));
    if (sources.stream().limit(3).noneMatch(Files::isDirectory)) {
      throw new UserException("no counts/, forms/ or registers/ folder in " + input
          + " (count reports go in counts/*.csv, commune forms in forms/*.xlsx, unit records in registers/<register>/)");
    }
    for (Path dir : sources) {
      if (!Files.isDirectory(dir)) continue;
      try (Stream<Path> walk = Files.walk(dir)) {
        for (Path p : walk.filter(Files::isRegularFile).toList()) {
          if (!Files.isReadable(p)) throw new UserException("cannot read input file " + p + " (permission denied)");
        }
      } catch (IOException e) {
        throw new UserException("cannot list " + dir + ": " + e.getMessage(), e);
      }
    }
    return input.toAbsolutePath();
  }

  /**
   * @param files counts, forms and published files (file facts only)
   * @param registerFiles register files with their own accounting (records staged and rejected; a
   *     count aggregated from a register carries the file's name but is not one of its records)
   */
  private static Manifest manifest(SparkSession spark, Warehouse.Release release, Options o, Catalogue catalogue,
      List<Row> files,
      List<Row> registerFiles, List<InputInventory.Unread> unread) {
    Column notRegister = col("input_kind").startsWith("register_").equalTo(false);
    Map<String, Long> staged = countBy(read(spark, release, Tables.STG_COUNTS).where(notRegister), "source_file");
    countBy(read(spark, release, Tables.PUBLISHED_SERIES), "source_file").forEach(staged::put);
    countBy(read(spark, release, Tables.DIM_AREA_CROSSWALK), "source_file").forEach(staged::put);
    Dataset<Row> rejects = read(spark, release, Tables.REJECTS);
    Map<String, Long> rejected = countBy(rejects.where(notRegister), "source_file");
    List<Manifest.Input> inputs = new ArrayList<>();
    for (Row f : files) {
      String name = f.getAs("source_file");
      inputs.add(new Manifest.Input(name, f.getAs("input_kind"), f.getAs("file_sha256"), f.<Long>getAs("bytes"),
          f.<Long>getAs("rows_read"), staged.getOrDefault(name, 0L), rejected.getOrDefault(name, 0L)));
    }
    for (Row f : registerFiles) {
      inputs.add(new Manifest.Input(f.getAs("source_file"), f.getAs("input_kind"), f.getAs("file_sha256"),
          f.<Long>getAs("bytes"), f.<Long>getAs("rows_read"), f.<Long>getAs("rows_staged"),
          f.<Long>getAs("rows_rejected")));
    }
    for (InputInventory.Unread u : unread) {
      long rejectedRows = u.rule() == null ? 0 : 1;
      inputs.add(new Manifest.Input(u.file(), u.kind(), u.sha256(), u.bytes(), rejectedRows, 0, rejectedRows, u.note()));
    }
    inputs.sort(java.util.Comparator.comparing(Manifest.Input::file));
    for (Manifest.Input in : inputs) {
      if (!in.reconciled()) {
        throw new IllegalStateException("rows lost in " + in.file() + ": read " + in.rowsRead() + ", staged "
            + in.rowsStaged() + ", rejected " + in.rowsRejected());
      }
    }
    List<Manifest.Table> tables = new ArrayList<>();
    for (TableSpec t : Tables.ALL) {
      Path dir = release.tablePath(t);
      if (Files.isDirectory(dir)) {
        tables.add(new Manifest.Table(t.name(), t.grain(), t.owner(), ParquetFooters.rowCount(dir), t.columns(),
            t.partitionBy()));
      }
    }
    Map<String, String> parameters = new LinkedHashMap<>();
    parameters.put("input", o.input().toAbsolutePath().toString());
    parameters.put("catalogue", o.catalogueDir() == null ? "packaged" : o.catalogueDir().toAbsolutePath().toString());
    parameters.put("year", String.valueOf(o.year()));
    parameters.put("area", catalogue.scope().code()); // the pack's area; charts --area renders another
    parameters.put("plan", catalogue.plan(o.year()).map(vn.binhdang.catalogue.Plan::code).orElse("none"));
    parameters.put("master", spark.sparkContext().master());
    return new Manifest(release.runId(), Instant.now().toString(), codeVersion(spark), parameters, inputs, tables,
        new java.util.TreeMap<>(countBy(rejects, "rule")));
  }

  /** A count per value of a low-cardinality column (files, rules): a small result, safe to collect. */
  static Map<String, Long> countBy(Dataset<Row> rows, String column) {
    Map<String, Long> out = new HashMap<>();
    for (Row r : rows.groupBy(col(column)).count().collectAsList()) out.put(r.getString(0), r.getLong(1));
    return out;
  }

  static Manifest.CodeVersion codeVersion(SparkSession spark) {
    Properties git = new Properties();
    try (InputStream in = RunPipeline.class.getClassLoader().getResourceAsStream("binhdang-git.properties")) {
      if (in != null) git.load(in);
    } catch (IOException e) {
      // no build information: the manifest says "unknown"
    }
    String version = RunPipeline.class.getPackage().getImplementationVersion();
    return new Manifest.CodeVersion(version == null ? "0.1.0-SNAPSHOT" : version,
        git.getProperty("git.commit.id.abbrev", "unknown"), Boolean.parseBoolean(git.getProperty("git.dirty", "false")),
        spark.version(), System.getProperty("java.version"));
  }

  /** Sortable and unique: UTC time to the second plus 4 random hex digits. */
  static String newRunId() {
    String time = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC).format(Instant.now());
    return time + "-" + String.format("%04x", ThreadLocalRandom.current().nextInt(0x10000));
  }
}
