package vn.binhdang.generate.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import vn.binhdang.generate.MapReformGenerator;
import vn.binhdang.generate.ReformShape;
import vn.binhdang.generate.WorldBankSeries;
import vn.binhdang.generate.PlantedFault;
import vn.binhdang.generate.PlantedRegisterFault;
import vn.binhdang.generate.RegisterOptions;
import vn.binhdang.generate.RegisterSummary;
import vn.binhdang.generate.SampleGenerator;
import vn.binhdang.cli.Defaults;
import vn.binhdang.ingest.CountsCsvParser;

/**
 * {@code binhdang generate}: writes SYNTHETIC counts files. With the defaults and {@code --out
 * data/sample} it reproduces the committed sample exactly; with {@code --communes N} it writes a
 * large synthetic district and its catalogue, for benchmarks.
 */
@Command(
    name = "generate",
    mixinStandardHelpOptions = true,
    description = {
        "Write SYNTHETIC counts files: one per commune (or town) and year, plus the district's own, for every "
            + "measure of the catalogue. Same options and seed, same bytes.",
        "Also writes the unit-record registers of the last years (DIR/registers/<register>/<year>.csv), whose "
            + "records add up to the counts files' values.",
        "Defaults reproduce the committed sample: 'generate --out data/sample --force'.",
        "With --communes N: N synthetic communes and a catalogue folder (OUT/catalogue) for 'run --catalogue'."})
public final class GenerateCommand implements Callable<Integer> {

  @Option(names = "--out", paramLabel = "DIR", defaultValue = "out/sample",
      description = "output folder; counts go to DIR/counts (default: ${DEFAULT-VALUE})")
  Path out;

  @Option(names = "--seed", paramLabel = "N", defaultValue = "" + SampleGenerator.DEFAULT_SEED,
      description = "random seed (default: ${DEFAULT-VALUE}, the one of the committed sample)")
  long seed;

  @Option(names = "--communes", paramLabel = "N",
      description = "write N synthetic communes with generated codes (from " + 100_001 + ") and a matching "
          + "catalogue, instead of Kon Rẫy's 7 real communes")
  Integer communes;

  @Option(names = "--from-year", paramLabel = "YEAR", defaultValue = "" + SampleGenerator.DEFAULT_FROM_YEAR,
      description = "first year (default: ${DEFAULT-VALUE})")
  int fromYear;

  @Option(names = "--to-year", paramLabel = "YEAR", defaultValue = "" + SampleGenerator.DEFAULT_TO_YEAR,
      description = "last year, the plan year (default: ${DEFAULT-VALUE})")
  int toYear;

  @Option(names = "--faults", negatable = true, defaultValue = "true", fallbackValue = "true",
      description = "plant the sample's realistic faults (late report, missing quarter, typo, misspelt measure, "
          + "F + M ≠ T, duplicate line, area by name); --no-faults for clean data (default: on)")
  boolean faults;

  @Option(names = "--force", description = "replace the CSV files of an existing DIR/counts (and the files of DIR/registers)")
  boolean force;

  @Option(names = "--registers", negatable = true, defaultValue = "true", fallbackValue = "true",
      description = "also write the unit-record registers (births, maternal deaths, school completion, labour-force "
          + "survey) to DIR/registers, consistent with the counts; --no-registers for the counts only (default: on)")
  boolean registers;

  @Option(names = "--registers-from-year", paramLabel = "YEAR",
      description = "first year of the registers (default: the last " + RegisterOptions.DEFAULT_YEARS
          + " years, TO-YEAR - " + (RegisterOptions.DEFAULT_YEARS - 1) + ")")
  Integer registersFromYear;

  @Option(names = "--survey-sample", paramLabel = "N", defaultValue = "" + RegisterOptions.DEFAULT_SURVEY_SAMPLE,
      description = "labour-force survey respondents per commune and year (default: ${DEFAULT-VALUE})")
  int surveySample;

  @Option(names = "--register-part-rows", paramLabel = "N", defaultValue = "" + RegisterOptions.DEFAULT_PART_ROWS,
      description = "most records in one register file; a larger year goes on in YEAR-2.csv, ... "
          + "(default: ${DEFAULT-VALUE})")
  long registerPartRows;

  @Option(names = "--catalogue", paramLabel = "DIR",
      description = "catalogue folder to follow (default: the one packaged from data/catalogue)")
  Path catalogue;

  @Option(names = "--reference", paramLabel = "DIR",
      description = "folder with the World Bank national series and its mapping; their published-series file is "
          + "written to OUT/published (default: data/reference)")
  Path reference;

  @Option(names = "--preset", paramLabel = "province|nation",
      description = {"province: a SYNTHETIC province of 8 districts and 80 communes on the old map (2015-2024),"
          + " merged on 2025-07-01 into 24 communes that report 2025, with its crosswalk (a few splits) and catalogue"
          + " (OUT/catalogue).",
          "nation: the country's shape, SYNTHETIC: 63 provinces, 693 districts and 10,395 communes before; 34"
          + " provinces (11 unchanged, 52 merged into 23) and 3,465 communes after (about 114,000 files).",
          "--seed, --faults and --force apply"})
  String preset;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    long start = System.nanoTime();
    if (preset != null) return preset(start);
    RegisterOptions reg = new RegisterOptions(registers, registersFromYear, surveySample, registerPartRows);
    SampleGenerator.Options options =
        new SampleGenerator.Options(out, seed, communes, fromYear, toYear, faults, force, catalogue, reg);
    SampleGenerator.Summary s = SampleGenerator.generate(options);
    Path ref = reference != null ? reference : Defaults.home().resolve("data/reference");
    int published = Files.isRegularFile(ref.resolve(WorldBankSeries.DATA)) ? WorldBankSeries.write(ref, out, toYear) : 0;
    PrintWriter w = spec == null ? new PrintWriter(System.out, true) : spec.commandLine().getOut();
    print(w, s, (System.nanoTime() - start) / 1e9);
    if (published > 0) {
      w.println(String.format(Locale.ROOT, "  national series (real, World Bank): %d values in %s", published,
          out.resolve(WorldBankSeries.OUTPUT)));
    }
    w.flush();
    return 0;
  }

  private Integer preset(long start) {
    ReformShape shape = ReformShape.named(preset);
    MapReformGenerator.Summary s = MapReformGenerator.generate(shape, out, seed, faults, force);
    Path ref = reference != null ? reference : Defaults.home().resolve("data/reference");
    if (Files.isRegularFile(ref.resolve(WorldBankSeries.DATA))) {
      WorldBankSeries.write(ref, out, MapReformGenerator.TO_YEAR);
    }
    PrintWriter w = spec == null ? new PrintWriter(System.out, true) : spec.commandLine().getOut();
    w.println("SYNTHETIC " + shape.preset() + " written to " + out);
    w.println(String.format(Locale.ROOT, "  %,d files, %,d rows; 2015-2024: %d province(s), %,d districts, %,d communes;"
        + " from 2025-07-01: %d province(s), %,d communes; crosswalk %,d lines; %d faults planted; %.1f s", s.files(),
        s.rows(), shape.provinces(), shape.districts(), s.oldCommunes(), shape.newProvinces(), s.newCommunes(),
        s.crosswalkLines(), s.faults().size(), (System.nanoTime() - start) / 1e9));
    w.println("  use: run --input " + out + " --catalogue " + out.resolve("catalogue") + " --year 2025");
    w.flush();
    return 0;
  }

  static void print(PrintWriter w, SampleGenerator.Summary s, double seconds) {
    w.println("SYNTHETIC counts written to " + s.counts());
    w.println(String.format(Locale.ROOT, "  %,d files, %,d rows, %,d bytes; years %d-%d; %,d communes + district %s; "
        + "seed %d", s.files(), s.rows(), s.bytes(), s.fromYear(), s.toYear(), s.communes(), s.districtCode(), s.seed()));
    if (!s.catalogueFiles().isEmpty()) {
      w.println("  catalogue for these communes: " + s.catalogueFiles().get(0).getParent()
          + " (use: run --input " + s.counts().getParent() + " --catalogue " + s.catalogueFiles().get(0).getParent() + ")");
    }
    if (s.faults().isEmpty()) {
      w.println("  no faults planted");
    } else {
      w.println(String.format(Locale.ROOT, "  %d faults planted; %d rows must be rejected:", s.faults().size(),
          s.rejectedRows()));
      for (PlantedFault f : s.faults()) {
        String rule = f.rule() == null ? "valid" : f.rule().code();
        w.println(String.format(Locale.ROOT, "    %-18s %-22s %-16s %s", f.kind().name().toLowerCase(Locale.ROOT),
            f.file(), f.where().isEmpty() ? "(line removed)" : f.where().replace('–', '-'), rule));
      }
    }
    if (s.registers() != null) print(w, s.registers());
    if (s.fromYear() < CountsCsvParser.MIN_YEAR) {
      w.println("  note: the counts parser rejects years before " + CountsCsvParser.MIN_YEAR + " (year_out_of_range)");
    }
    w.println(String.format(Locale.ROOT, "  done in %.1f s", seconds));
  }

  static void print(PrintWriter w, RegisterSummary r) {
    w.println("SYNTHETIC registers written to " + r.dir());
    StringBuilder per = new StringBuilder();
    r.records().forEach((k, v) -> per.append(per.length() == 0 ? "" : ", ").append(k).append(' ')
        .append(String.format(Locale.ROOT, "%,d", v)));
    w.println(String.format(Locale.ROOT, "  %,d files, %,d records, %,d bytes; years %d-%d: %s", r.files(),
        r.totalRecords(), r.bytes(), r.fromYear(), r.toYear(), per));
    if (!r.faults().isEmpty()) {
      w.println(String.format(Locale.ROOT, "  %d register faults planted; %d records must be rejected:", r.faults().size(),
          r.rejectedRecords()));
      for (PlantedRegisterFault f : r.faults()) {
        w.println(String.format(Locale.ROOT, "    %-22s %-40s %-16s %s", f.kind().name().toLowerCase(Locale.ROOT),
            f.file(), f.where(), f.rule().code()));
      }
    }
  }
}
