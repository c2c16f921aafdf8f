package vn.binhdang.generate;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import vn.binhdang.catalogue.Catalogue;
import vn.binhdang.catalogue.Measure;
import vn.binhdang.catalogue.Sex;

/**
 * Writes SYNTHETIC counts files (DESIGN §4.1): one file per reporting unit and year, like the real
 * yearly reports ({@code counts/2023/23482.csv} for a commune, {@code counts/2023/614.csv} for the
 * district's own measures), for every measure of the catalogue. The same options and seed give
 * byte-identical files: every report draws from its own stream ({@link Rng}), so files do not depend
 * on each other, on the order they are written in, or on the machine.
 *
 * <p>By default it writes Kon Rẫy's seven communes for 2015–2023 with a handful of planted faults
 * (the committed {@code data/sample}); with {@code communes} set it writes that many synthetic
 * communes and a matching catalogue folder, for benchmarks. Files are written one at a time and
 * years in parallel; only one report is ever held in memory per thread.
 */
public final class SampleGenerator {
  public static final long DEFAULT_SEED = 20231373L;
  public static final int DEFAULT_FROM_YEAR = 2015;
  public static final int DEFAULT_TO_YEAR = 2023;
  public static final int MIN_YEAR = 1900;
  public static final int MAX_YEAR = 2100;

  private static final List<String> GROUP_ORDER = List.of(CommuneModel.ALL, CommuneModel.ETHNIC);
  private static final List<Sex> SEX_ORDER = List.of(Sex.F, Sex.M, Sex.T);
  private static final Set<String> HEALTH =
      Set.of("live_births", "maternal_deaths", "women_15_19", "live_births_mothers_15_19");

  /**
   * What to generate.
   *
   * @param out output folder; counts go to {@code out/counts}, a scaled run's catalogue to {@code out/catalogue}
   * @param communes null for Kon Rẫy's real communes; otherwise the number of synthetic communes
   * @param force replace the CSV files of an existing {@code out/counts} (nothing else is deleted)
   * @param catalogue catalogue folder to follow, null for the packaged one
   */
  public record Options(Path out, long seed, Integer communes, int fromYear, int toYear, boolean faults,
      boolean force, Path catalogue, RegisterOptions registers) {

    /** Counts and, by default, the registers of the last three years. */
    public Options(Path out, long seed, Integer communes, int fromYear, int toYear, boolean faults, boolean force,
        Path catalogue) {
      this(out, seed, communes, fromYear, toYear, faults, force, catalogue, RegisterOptions.defaults());
    }

    /** Throws {@link IllegalArgumentException} with a one-line message for options that cannot work. */
    public Options {
      if (out == null) throw new IllegalArgumentException("--out is required");
      if (fromYear < MIN_YEAR || toYear > MAX_YEAR) {
        throw new IllegalArgumentException("years must lie within " + MIN_YEAR + "–" + MAX_YEAR + "; got "
            + fromYear + "–" + toYear);
      }
      if (fromYear > toYear) {
        throw new IllegalArgumentException("--from-year " + fromYear + " is after --to-year " + toYear);
      }
      if (communes != null && (communes < 1 || communes > Profiles.MAX_SYNTHETIC)) {
        throw new IllegalArgumentException("--communes must be from 1 to " + Profiles.MAX_SYNTHETIC + "; got " + communes);
      }
      if (registers == null) registers = RegisterOptions.defaults();
      if (registers.enabled() && registers.fromYear() != null
          && (registers.fromYear() < fromYear || registers.fromYear() > toYear)) {
        throw new IllegalArgumentException("--registers-from-year must lie within --from-year and --to-year ("
            + fromYear + "–" + toYear + "); got " + registers.fromYear());
      }
    }

    /** The options that reproduce the committed sample when {@code out} is {@code data/sample}. */
    public static Options defaults(Path out) {
      return new Options(out, DEFAULT_SEED, null, DEFAULT_FROM_YEAR, DEFAULT_TO_YEAR, true, false, null);
    }

    public boolean synthetic() {
      return communes != null;
    }
  }

  /**
   * What was written.
   *
   * @param catalogueFiles the catalogue files of a scaled run (empty otherwise)
   * @param registers what was written of the registers; null when they were switched off
   */
  public record Summary(Path counts, int files, long rows, long bytes, int communes, String districtCode,
      int fromYear, int toYear, long seed, List<PlantedFault> faults, List<Path> catalogueFiles,
      RegisterSummary registers) {

    public Summary {
      faults = List.copyOf(faults);
      catalogueFiles = List.copyOf(catalogueFiles);
    }

    /** Rows the pipeline must reject because of the planted faults. */
    public long rejectedRows() {
      return faults.stream().mapToLong(f -> f.rejectedLines().size()).sum();
    }
  }

  private final Options options;
  private final Catalogue catalogue;
  private final SourceCatalogue source;
  private final List<CommuneProfile> communes;
  private final String districtCode;
  private final List<Measure> communeMeasures;
  private final List<Measure> districtMeasures;
  private final CommuneModel communeModel;
  private final DistrictModel districtModel;
  private final List<Faults.Placement> faults;

  private SampleGenerator(Options o) {
    this.options = o;
    this.source = SourceCatalogue.load(o.catalogue());
    // the district of the last year's map: Kon Rẫy, not the nation its communes' successors would share
    this.catalogue = source.catalogue().inForce(o.toYear());
    this.districtCode = catalogue.scope().code();
    this.communes = o.synthetic() ? Profiles.synthetic(o.communes(), o.seed()) : Profiles.konRay(catalogue, o.seed());
    this.communeMeasures = catalogue.measures().stream().filter(Measure::communeLevel).toList();
    this.districtMeasures = catalogue.measures().stream().filter(m -> !m.communeLevel()).toList();
    Calibration calibration = Calibration.KON_RAY;
    this.communeModel = new CommuneModel(calibration);
    double population = communes.stream().mapToDouble(CommuneProfile::population2023).sum();
    this.districtModel = new DistrictModel(calibration, o.seed(), communes.size(), population);
    this.faults = o.faults() ? Faults.plan(communes, districtCode, o.fromYear(), o.toYear()) : List.of();
  }

  /** Generates everything the options ask for and says what was written. */
  public static Summary generate(Options options) {
    return new SampleGenerator(options).run();
  }

  private Summary run() {
    Path counts = options.out().resolve("counts");
    checkModelCoversCatalogue();
    prepare(counts);
    if (options.registers().enabled()) {
      prepare(options.out().resolve(RegisterWriter.FOLDER), List.of(".csv", ".parquet"), "register files");
    }
    List<Path> catalogueFiles = List.of();
    if (options.synthetic()) {
      Path dir = options.out().resolve("catalogue");
      try {
        catalogueFiles = CatalogueWriter.write(dir, source, communes, catalogue.scope());
      } catch (IOException e) {
        throw cannotWrite(dir, e);
      }
    }
    List<YearResult> years;
    try {
      years = IntStream.rangeClosed(options.fromYear(), options.toYear()).parallel()
          .mapToObj(y -> writeYear(counts, y)).toList();
    } catch (UncheckedIOException e) {
      throw cannotWrite(counts, ioCause(e));
    }
    List<PlantedFault> planted = years.stream().flatMap(y -> y.faults().stream())
        .sorted(Comparator.comparing(PlantedFault::kind)).toList();
    RegisterSummary registers = null;
    if (options.registers().enabled()) {
      Path dir = options.out().resolve(RegisterWriter.FOLDER);
      try {
        registers = new RegisterWriter(options.out(), options.seed(), communes, Calibration.KON_RAY, options.registers(),
            options.fromYear(), options.toYear(), options.faults()).write();
      } catch (UncheckedIOException e) {
        throw cannotWrite(dir, ioCause(e));
      }
    }
    return new Summary(counts, years.stream().mapToInt(YearResult::files).sum(),
        years.stream().mapToLong(YearResult::rows).sum(), years.stream().mapToLong(YearResult::bytes).sum(),
        communes.size(), districtCode, options.fromYear(), options.toYear(), options.seed(), planted, catalogueFiles,
        registers);
  }

  /**
   * Builds one report of each kind before anything is written, in this thread: a measure without a
   * model then fails with its own message, not wrapped by the parallel stream, and leaves no half-written output.
   */
  private void checkModelCoversCatalogue() {
    CommuneProfile first = communes.get(0);
    int year = options.fromYear();
    java.util.function.Supplier<Report> commune = () -> report(first.code(), year, communeMeasures,
        communeModel.simulate(first, year, Rng.of(0, "check", "", 0)), m -> communeSource(m, first));
    java.util.function.Supplier<Report> district = () -> report(districtCode, year, districtMeasures,
        districtModel.simulate(districtCode, year, Rng.of(0, "check", "", 0)), SampleGenerator::districtSource);
    commune.get();
    district.get();
    for (Faults.Placement p : faults) {
      Report r = p.unitCode().equals(districtCode) ? district.get() : commune.get();
      Faults.plant(List.of(new Faults.Placement(p.kind(), r.unitCode(), r.year())), r, first.nameVi());
    }
  }

  /** The IOException behind an UncheckedIOException, which the parallel stream may have wrapped again. */
  private static Throwable ioCause(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof IOException) return t;
    }
    return e;
  }

  private record YearResult(int files, long rows, long bytes, List<PlantedFault> faults) {}

  private YearResult writeYear(Path counts, int year) {
    Path dir = counts.resolve(String.valueOf(year));
    try {
      Files.createDirectories(dir);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    long rows = 0;
    long bytes = 0;
    List<PlantedFault> planted = new ArrayList<>();
    for (CommuneProfile p : communes) {
      Values v = communeModel.simulate(p, year, Rng.of(options.seed(), "report", p.code(), year));
      Report r = report(p.code(), year, communeMeasures, v, m -> communeSource(m, p));
      planted.addAll(Faults.plant(faults, r, p.nameVi()));
      rows += r.rows().size();
      bytes += write(dir, r);
    }
    if (districtMeasures.isEmpty()) return new YearResult(communes.size(), rows, bytes, planted);
    Values v = districtModel.simulate(districtCode, year, Rng.of(options.seed(), "report", districtCode, year));
    Report d = report(districtCode, year, districtMeasures, v, SampleGenerator::districtSource);
    planted.addAll(Faults.plant(faults, d, catalogue.scope().nameVi()));
    rows += d.rows().size();
    bytes += write(dir, d);
    return new YearResult(communes.size() + 1, rows, bytes, planted);
  }

  static long write(Path dir, Report r) {
    byte[] content = r.content();
    try {
      Files.write(dir.resolve(r.unitCode() + ".csv"), content);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return content.length;
  }

  /** The rows of one report, in catalogue order: measure, period, group (all first), sex (F, M, T). */
  private Report report(String unit, int year, List<Measure> measures, Values v,
      java.util.function.Function<String, String> sourceOf) {
    return report(options.seed(), unit, year, measures, v, sourceOf);
  }

  /** The same, for any generator of this package (the province preset). */
  static Report report(long seed, String unit, int year, List<Measure> measures, Values v,
      java.util.function.Function<String, String> sourceOf) {
    String submitted = submittedOn(seed, unit, year);
    List<ReportRow> rows = new ArrayList<>(measures.size() * 4);
    for (Measure m : measures) {
      String src = sourceOf.apply(m.code());
      for (String period : m.period().periods()) {
        for (String group : GROUP_ORDER) {
          if (!m.populationGroups().contains(group)) continue;
          for (Sex sex : SEX_ORDER) {
            if (!m.sexes().contains(sex)) continue;
            String value = v.get(m.code(), period, group, sex);
            if (value == null) {
              throw new IllegalArgumentException("measures.csv has " + m.code() + " (" + period + ", " + group + ", "
                  + sex + "), for which the generator has no model; add one in vn.binhdang.generate");
            }
            rows.add(new ReportRow(unit, year, period, m.code(), sex.name(), group, value, submitted, src));
          }
        }
      }
    }
    return new Report("counts/" + year + "/" + unit + ".csv", unit, year, rows);
  }

  /** Reports reach the district 1–13 days before the 10 December deadline, most in the first week of December. */
  private static String submittedOn(long seed, String unit, int year) {
    long daysBefore = 1 + Rng.of(seed, "submitted", unit, year).binomial(12, 0.35);
    return LocalDate.of(year, 12, 10).minusDays(daysBefore).toString();
  }

  static String communeSource(String measure, CommuneProfile p) {
    return (HEALTH.contains(measure) ? "Trạm Y tế " : "UBND ") + p.nameAfterOffice();
  }

  /** The district office that reports each district-level measure (the plan's section on responsibilities). */
  static String districtSource(String measure) {
    if (measure.startsWith("agencies")) return "Phòng Nội vụ";
    if (measure.startsWith("enterprise")) return "Phòng Tài chính - Kế hoạch";
    if (measure.startsWith("ge_media")) return "Trung tâm VH-TT-DL&TT huyện";
    return "Phòng LĐ-TB&XH";
  }

  /** Refuses to mix with existing counts unless forced; with force, removes only the old CSV files. */
  private void prepare(Path counts) {
    Path out = options.out();
    if (Files.exists(out) && !Files.isDirectory(out)) {
      throw new IllegalArgumentException("--out " + out + " is a file, not a folder");
    }
    prepare(counts, List.of(".csv"), "CSV files");
  }

  /** Refuses to mix with files of the given endings already in {@code dir} unless forced; with force, removes them. */
  private void prepare(Path dir, List<String> endings, String what) {
    prepare(dir, endings, what, options.force());
  }

  /** The same for any generator of this package (the province preset). */
  static void prepare(Path dir, List<String> endings, String what, boolean force) {
    if (!Files.isDirectory(dir)) return;
    try (Stream<Path> walk = Files.walk(dir)) {
      List<Path> old = walk.filter(p -> Files.isRegularFile(p)
          && endings.stream().anyMatch(e -> p.getFileName().toString().endsWith(e))).toList();
      if (old.isEmpty()) return;
      if (!force) {
        throw new IllegalArgumentException(dir + " already holds " + old.size()
            + " " + what + "; add --force to replace them, or choose another --out");
      }
      for (Path p : old) Files.delete(p);
    } catch (IOException e) {
      throw cannotWrite(dir, e);
    }
    removeEmptyFolders(dir);
  }

  private static void removeEmptyFolders(Path counts) {
    try (Stream<Path> walk = Files.walk(counts)) {
      for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
        if (!p.equals(counts) && Files.isDirectory(p)) {
          try (Stream<Path> inside = Files.list(p)) {
            if (inside.findAny().isEmpty()) Files.delete(p);
          }
        }
      }
    } catch (IOException e) {
      throw cannotWrite(counts, e);
    }
  }

  private static IllegalArgumentException cannotWrite(Path where, Throwable e) {
    String reason = e instanceof java.nio.file.AccessDeniedException ? "permission denied"
        : e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    return new IllegalArgumentException("cannot write " + where + ": " + reason, e);
  }
}
