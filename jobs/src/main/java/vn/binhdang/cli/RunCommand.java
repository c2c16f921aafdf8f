package vn.binhdang.cli;

import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import vn.binhdang.charts.Lang;
import vn.binhdang.pipeline.ChartOutputs;
import vn.binhdang.pipeline.Progress;
import vn.binhdang.pipeline.RunPipeline;
import vn.binhdang.pipeline.SparkSessions;
import vn.binhdang.quality.RejectsReport;

/** {@code binhdang run}: input folder → validated warehouse release → chart pack. */
@Command(
    name = "run",
    mixinStandardHelpOptions = true,
    description = "Ingest and validate the input folder, compute every indicator, publish a warehouse release "
        + "under OUT/warehouse (atomically) and render the chart pack.")
final class RunCommand implements Callable<Integer> {

  @Option(names = "--input", paramLabel = "DIR", description = "input folder with counts/ (default: the embedded sample, data/sample)")
  Path input;

  @Option(names = "--out", paramLabel = "DIR", defaultValue = "out", description = "output folder (default: ${DEFAULT-VALUE})")
  Path out;

  @Option(names = "--year", paramLabel = "YEAR", defaultValue = "2023", description = "plan year under review (default: ${DEFAULT-VALUE})")
  int year;

  @Option(names = "--catalogue", paramLabel = "DIR", description = "catalogue folder (default: the one packaged from data/catalogue)")
  Path catalogue;

  @Option(names = "--master", paramLabel = "URL", defaultValue = "local[*]",
      description = "Spark master (default: ${DEFAULT-VALUE}); 'submit' to take spark-submit's")
  String master;

  @Option(names = "--lang", paramLabel = "vi|en", defaultValue = "vi", converter = LangConverter.class,
      description = "language of the chart pack (default: ${DEFAULT-VALUE})")
  Lang lang;

  @Option(names = "--allow-shrink",
      description = "publish even if this run stages less than half the rows of the current release")
  boolean allowShrink;

  @Option(names = "--strict",
      description = "fail, publishing nothing, when a report of the plan year is missing or incomplete")
  boolean strict;

  @Option(names = "--area", paramLabel = "CODE",
      description = "the area to report on, e.g. a district or a province code of areas.csv"
          + " (default: the lowest area holding every commune of the catalogue)")
  String area;

  @Option(names = {"-q", "--quiet"}, description = "print only where the results are")
  boolean quiet;

  @Option(names = "--profile", description = "add to each step the Spark jobs, stages, tasks and task time it took")
  boolean profile;

  @Override
  public Integer call() {
    Path in = input != null ? input : Defaults.sampleInput();
    Path log = LogFile.start(out, "run", "--input", in.toString(), "--out", out.toString(), "--year", String.valueOf(year));
    Progress progress = FaultInjection.progress(System.out, quiet);
    progress.info("Bình Đẳng run: input " + in.toAbsolutePath().normalize() + ", year " + year);
    RunPipeline.Options options = new RunPipeline.Options(in, out, catalogue, year, "submit".equals(master) ? null : master, lang,
        allowShrink, strict, area);
    RunPipeline.catalogue(options); // a broken catalogue fails before Spark starts
    progress.step("starting Spark");
    SparkSession spark = SparkSessions.create(options.master());
    if (profile) {
      vn.binhdang.pipeline.SparkWork work = new vn.binhdang.pipeline.SparkWork();
      spark.sparkContext().addSparkListener(work);
      progress.profile(work);
    }
    try {
      RunPipeline.Outcome r = RunPipeline.run(spark, options, progress);
      progress.info(String.format("Read %d rows from %d files; rejected %d.", r.rowsRead(), r.manifest().inputs().size(),
          r.rowsRejected()));
      for (Map.Entry<String, Long> e : r.manifest().rejectsByRule().entrySet()) {
        progress.info(String.format("  %-22s %d", e.getKey(), e.getValue()));
      }
      progress.result("Warehouse release " + r.runId() + ": " + r.release());
      progress.result("  (also " + out.resolve("warehouse/current") + "; rejects in the table 'rejects')");
      progress.result("Chart pack: " + r.chartPack().toAbsolutePath().normalize());
      progress.result("HTML report: " + ChartOutputs.report(out, lang).toAbsolutePath().normalize());
      progress.result("Rejects report (Vietnamese, for the communes): "
          + out.resolve(RejectsReport.FOLDER).resolve(RejectsReport.xlsxName(year)).toAbsolutePath().normalize()
          + " and .csv; one workbook per commune in " + RejectsReport.BY_AREA + "/");
      if (log != null) progress.info("Log of Spark and Hadoop: " + log);
      progress.info(String.format("Done in %.1f s.", progress.elapsedSeconds()));
      return ExitCodes.OK;
    } finally {
      spark.stop();
    }
  }
}
