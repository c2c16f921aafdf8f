package vn.binhdang.generate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.binhdang.catalogue.Catalogue;
import vn.binhdang.catalogue.CatalogueLoader;
import vn.binhdang.ingest.StagedCount;
import vn.binhdang.registers.StageRegistersJob;
import vn.binhdang.testing.SharedSpark;

/**
 * The registers the generator writes: deterministic, committed as generated, aggregating (through
 * the pipeline's own staging and aggregation, in Spark) to exactly the values of the counts files
 * of the same run, with exactly the planted faults rejected.
 */
class RegisterGeneratorTest {
  static final Set<String> REGISTER_MEASURES = Set.of("live_births", "live_births_mothers_15_19", "maternal_deaths",
      "primary_completers", "lowsec_completers", "employed", "employed_wage", "employed_agri");

  @TempDir Path tmp;

  /** Every file below {@code root/registers}, by path relative to {@code root}. */
  static SortedMap<String, byte[]> registers(Path root) {
    SortedMap<String, byte[]> out = new TreeMap<>();
    try (Stream<Path> walk = Files.walk(root.resolve("registers"))) {
      for (Path p : walk.filter(Files::isRegularFile).toList()) {
        out.put(root.relativize(p).toString().replace('\\', '/'), Files.readAllBytes(p));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }

  private SampleGenerator.Summary generate(Path out, long seed, Integer communes, int from, int to, boolean faults,
      RegisterOptions registers) {
    return SampleGenerator.generate(new SampleGenerator.Options(out, seed, communes, from, to, faults, false, null,
        registers));
  }

  @Test
  void sameSeedGivesIdenticalRegistersAndAnotherSeedOtherOnes() {
    SampleGenerator.generate(SampleGenerator.Options.defaults(tmp.resolve("a")));
    SampleGenerator.generate(SampleGenerator.Options.defaults(tmp.resolve("b")));
    generate(tmp.resolve("c"), SampleGenerator.DEFAULT_SEED + 1, null, 2015, 2023, true, RegisterOptions.defaults());
    SortedMap<String, byte[]> a = registers(tmp.resolve("a"));
    SortedMap<String, byte[]> b = registers(tmp.resolve("b"));
    SortedMap<String, byte[]> c = registers(tmp.resolve("c"));
    assertThat(b.keySet()).isEqualTo(a.keySet());
    a.forEach((f, bytes) -> assertThat(b.get(f)).as(f).isEqualTo(bytes));
    assertThat(c.keySet()).isEqualTo(a.keySet());
    assertThat(a.keySet().stream().filter(f -> !f.contains("maternal") && java.util.Arrays.equals(a.get(f), c.get(f))))
        .as("files identical under another seed").isEmpty();
  }

  @Test
  void committedRegistersAreExactlyWhatTheGeneratorWritesNow() {
    SampleGenerator.generate(SampleGenerator.Options.defaults(tmp));
    SortedMap<String, byte[]> fresh = registers(tmp);
    SortedMap<String, byte[]> committed = registers(GeneratedFiles.COMMITTED_SAMPLE);
    assertThat(committed.keySet()).as("files in data/sample/registers").isEqualTo(fresh.keySet());
    fresh.forEach((file, bytes) -> assertThat(committed.get(file))
        .as("data/sample/%s differs from the generator's output: regenerate it (see data/README.md)", file)
        .isEqualTo(bytes));
  }

  @Test
  void theDefaultSampleHasFourRegistersOfThreeYears() {
    SampleGenerator.Summary s = SampleGenerator.generate(SampleGenerator.Options.defaults(tmp));
    RegisterSummary r = s.registers();
    assertThat(r.fromYear()).isEqualTo(2021);
    assertThat(r.toYear()).isEqualTo(2023);
    assertThat(r.files()).isEqualTo(12);
    assertThat(registers(tmp).keySet()).contains("registers/births/2021.csv", "registers/maternal_deaths/2023.csv",
        "registers/school_completion/2022.csv", "registers/labour_survey/2023.csv").hasSize(12);
    assertThat(registers(tmp).values().stream().mapToLong(b -> b.length).sum()).isEqualTo(r.bytes());
    long lines = registers(tmp).values().stream()
        .mapToLong(b -> new String(b, java.nio.charset.StandardCharsets.UTF_8).lines().count() - 1).sum();
    assertThat(lines).isEqualTo(r.totalRecords());
    assertThat(r.totalRecords()).as("a few thousand records").isBetween(3_000L, 9_000L);
    assertThat(r.faults()).extracting(PlantedRegisterFault::kind).containsExactly(RegisterFaultKind.values());
    assertThat(r.rejectedRecords()).isEqualTo(5);
  }

  @Test
  void theDefaultRegistersAggregateToTheCountsFilesAndRejectExactlyThePlantedFaults() {
    SampleGenerator.Summary s = SampleGenerator.generate(SampleGenerator.Options.defaults(tmp));
    StageRegistersJob.Staged staged = StageRegistersJob.run(SharedSpark.session(), tmp.resolve("registers").toString(),
        SharedSpark.catalogue(), 2023);
    assertThat(rejects(staged)).isEqualTo(promised(s.registers().faults()));
    assertThat(registerCounts(staged)).isEqualTo(countsFiles(tmp, GeneratedFiles.catalogue(), 2021, 2023));
  }

  @Test
  void aScaledRunWithoutFaultsSplitsLargeYearsAndStillAddsUp() {
    SampleGenerator.Summary s = generate(tmp, 5L, 12, 2021, 2023, false, new RegisterOptions(true, 2022, 25, 400));
    RegisterSummary r = s.registers();
    assertThat(r.faults()).isEmpty();
    assertThat(r.fromYear()).isEqualTo(2022);
    assertThat(registers(tmp).keySet()).contains("registers/births/2022.csv", "registers/births/2022-2.csv",
        "registers/school_completion/2023-2.csv", "registers/labour_survey/2023.csv")
        .doesNotContain("registers/births/2021.csv");
    for (byte[] b : registers(tmp).values()) {
      assertThat(new String(b, java.nio.charset.StandardCharsets.UTF_8).lines().count() - 1).isLessThanOrEqualTo(400);
    }
    Catalogue c = CatalogueLoader.fromDirectory(tmp.resolve("catalogue"));
    StageRegistersJob.Staged staged = StageRegistersJob.run(SharedSpark.session(), tmp.resolve("registers").toString(), c, 2023);
    assertThat(rejects(staged)).isEmpty();
    Map<String, Double> fromRegisters = registerCounts(staged);
    assertThat(fromRegisters).isEqualTo(countsFiles(tmp, c, 2022, 2023));
    assertThat(fromRegisters.keySet().stream().map(k -> k.split("\\|")[0]).distinct()).hasSize(12);
  }

  @Test
  void registersCanBeSwitchedOffOrStartLaterAndBadOptionsAreOneLine() {
    SampleGenerator.Summary s = generate(tmp, 1L, null, 2022, 2023, true, RegisterOptions.none());
    assertThat(s.registers()).isNull();
    assertThat(tmp.resolve("registers")).doesNotExist();
    assertThatThrownBy(() -> new SampleGenerator.Options(tmp, 1, null, 2020, 2023, true, false, null,
        new RegisterOptions(true, 2019, 60, 10)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("--registers-from-year must lie within --from-year and --to-year (2020–2023); got 2019");
    assertThatThrownBy(() -> new RegisterOptions(true, null, 0, 10)).hasMessageContaining("--survey-sample");
    assertThatThrownBy(() -> new RegisterOptions(true, null, 10, 0)).hasMessageContaining("--register-part-rows");
  }

  @Test
  void existingRegistersAreKeptUnlessForced() throws IOException {
    generate(tmp, 1L, null, 2023, 2023, false, RegisterOptions.defaults());
    try (Stream<Path> counts = Files.walk(tmp.resolve("counts"))) {
      for (Path p : counts.sorted(Comparator.reverseOrder()).toList()) Files.delete(p);
    }
    Path note = Files.writeString(tmp.resolve("registers/notes.txt"), "kept");
    assertThatThrownBy(() -> generate(tmp, 1L, null, 2023, 2023, false, RegisterOptions.defaults()))
        .hasMessageContaining("registers already holds 4 register files; add --force");
    SampleGenerator.generate(new SampleGenerator.Options(tmp, 1L, null, 2023, 2023, false, true, null,
        RegisterOptions.defaults()));
    assertThat(note).hasContent("kept");
    assertThat(registers(tmp)).hasSize(5);
  }

  // ---- helpers --------------------------------------------------------------------------------

  record Found(String file, long line, String rule) {}

  static List<Found> rejects(StageRegistersJob.Staged s) {
    List<Found> out = new ArrayList<>();
    for (Row r : s.rejects().collectAsList()) out.add(new Found(r.getAs("source_file"), r.getAs("line_number"), r.getAs("rule")));
    out.sort(Comparator.comparing(Found::file).thenComparing(Found::line));
    return out;
  }

  static List<Found> promised(List<PlantedRegisterFault> faults) {
    List<Found> out = new ArrayList<>();
    for (PlantedRegisterFault f : faults) for (long l : f.rejectedLines()) out.add(new Found(f.file(), l, f.rule().code()));
    out.sort(Comparator.comparing(Found::file).thenComparing(Found::line));
    return out;
  }

  /** The registers' counts as "area|year|measure|sex|group" → value. */
  static Map<String, Double> registerCounts(StageRegistersJob.Staged s) {
    Map<String, Double> out = new TreeMap<>();
    for (Row r : s.counts().collectAsList()) {
      Double was = out.put(r.getAs("area_code") + "|" + r.getAs("year") + "|" + r.getAs("measure") + "|" + r.getAs("sex")
          + "|" + r.getAs("population_group"), r.getAs("value"));
      assertThat(was).as("one count per key").isNull();
    }
    return out;
  }

  /** The counts files' values of the register measures, for the communes and the given years. */
  static Map<String, Double> countsFiles(Path root, Catalogue c, int from, int to) {
    Set<String> communes = c.communes().stream().map(a -> a.code()).collect(Collectors.toSet());
    return GeneratedFiles.validate(root, c, 2023).kept().stream()
        .filter(k -> REGISTER_MEASURES.contains(k.measure()) && k.year() >= from && k.year() <= to
            && communes.contains(k.areaCode()))
        .collect(Collectors.toMap(k -> k.areaCode() + "|" + k.year() + "|" + k.measure() + "|" + k.sex() + "|"
            + k.populationGroup(), StagedCount::value, (a, b) -> a, TreeMap::new));
  }
}
