package vn.binhdang.generate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SortedMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.binhdang.catalogue.Area;
import vn.binhdang.catalogue.Catalogue;
import vn.binhdang.catalogue.CatalogueLoader;
import vn.binhdang.catalogue.Measure;
import vn.binhdang.catalogue.Sex;
import vn.binhdang.catalogue.RejectRule;
import vn.binhdang.ingest.StagedCount;

/** The generator's contract: determinism, completeness, the planted faults and nothing else, scale mode. */
class SampleGeneratorTest {
  @TempDir Path tmp;

  private SampleGenerator.Summary generate(Path out, long seed, Integer communes, int from, int to, boolean faults) {
    return SampleGenerator.generate(new SampleGenerator.Options(out, seed, communes, from, to, faults, false, null));
  }

  private SampleGenerator.Summary defaults(Path out) {
    return SampleGenerator.generate(SampleGenerator.Options.defaults(out));
  }

  @Test
  void sameSeedGivesIdenticalBytes() {
    defaults(tmp.resolve("a"));
    defaults(tmp.resolve("b"));
    SortedMap<String, byte[]> a = GeneratedFiles.read(tmp.resolve("a"));
    SortedMap<String, byte[]> b = GeneratedFiles.read(tmp.resolve("b"));
    assertThat(a.keySet()).isEqualTo(b.keySet());
    a.forEach((file, bytes) -> assertThat(b.get(file)).as(file).isEqualTo(bytes));
  }

  @Test
  void differentSeedGivesDifferentValues() {
    defaults(tmp.resolve("a"));
    generate(tmp.resolve("b"), SampleGenerator.DEFAULT_SEED + 1, null, 2015, 2023, true);
    SortedMap<String, byte[]> a = GeneratedFiles.read(tmp.resolve("a"));
    SortedMap<String, byte[]> b = GeneratedFiles.read(tmp.resolve("b"));
    assertThat(b.keySet()).isEqualTo(a.keySet());
    long same = a.keySet().stream().filter(f -> java.util.Arrays.equals(a.get(f), b.get(f))).count();
    assertThat(same).as("files identical under another seed").isZero();
  }

  @Test
  void committedSampleIsExactlyWhatTheGeneratorWritesNow() {
    defaults(tmp);
    SortedMap<String, byte[]> fresh = GeneratedFiles.read(tmp);
    SortedMap<String, byte[]> committed = GeneratedFiles.read(GeneratedFiles.COMMITTED_SAMPLE);
    assertThat(committed.keySet()).as("files in data/sample/counts").isEqualTo(fresh.keySet());
    fresh.forEach((file, bytes) -> assertThat(committed.get(file))
        .as("data/sample/%s differs from the generator's output: regenerate it (see data/README.md)", file)
        .isEqualTo(bytes));
  }

  @Test
  void defaultSampleHasOneFilePerUnitAndYear() {
    SampleGenerator.Summary s = defaults(tmp);
    assertThat(s.files()).isEqualTo(9 * 8);
    assertThat(s.communes()).isEqualTo(7);
    assertThat(s.districtCode()).isEqualTo("614");
    assertThat(GeneratedFiles.read(tmp).keySet())
        .contains("counts/2015/23479.csv", "counts/2023/23497.csv", "counts/2023/614.csv")
        .hasSize(72);
    long lines = GeneratedFiles.read(tmp).values().stream()
        .mapToLong(b -> new String(b, java.nio.charset.StandardCharsets.UTF_8).lines().count() - 1).sum();
    assertThat(lines).isEqualTo(s.rows());
    assertThat(GeneratedFiles.read(tmp).values().stream().mapToLong(b -> b.length).sum()).isEqualTo(s.bytes());
  }

  @Test
  void everyMeasureUnitYearPeriodGroupAndSexIsPresentWithoutFaults() {
    generate(tmp, SampleGenerator.DEFAULT_SEED, null, 2015, 2023, false);
    Catalogue c = GeneratedFiles.catalogue();
    GeneratedFiles.Validated v = GeneratedFiles.validate(tmp, c, 2023);
    assertThat(v.rejects()).isEmpty();
    assertThat(keys(v.kept())).isEqualTo(expectedKeys(c, 2015, 2023));
  }

  @Test
  void defaultSampleLacksOnlyWhatTheFaultsRemoved() {
    SampleGenerator.Summary s = defaults(tmp);
    Catalogue c = GeneratedFiles.catalogue();
    Set<String> missing = new HashSet<>(expectedKeys(c, 2015, 2023));
    missing.removeAll(keys(GeneratedFiles.validate(tmp, c, 2023).kept()));
    assertThat(missing).containsExactlyInAnyOrder(
        "23497|2023|Q3|ge_news_items|T|all",                 // missing quarter
        "23491|2021|Y|women_15_19|T|all",                     // typo
        "23482|2019|Y|schools_gender_curriculum|T|all",       // misspelt measure
        "23488|2018|Y|employed_agri|F|all", "23488|2018|Y|employed_agri|M|all",
        "23488|2018|Y|employed_agri|T|all");                  // F + M ≠ T
    assertThat(s.faults()).hasSize(FaultKind.values().length);
  }

  @Test
  void validatingTheDefaultSampleRejectsExactlyThePlantedFaults() {
    SampleGenerator.Summary s = defaults(tmp);
    GeneratedFiles.Validated v = GeneratedFiles.validate(tmp, GeneratedFiles.catalogue(), 2023);
    assertThat(v.rejects()).isEqualTo(GeneratedFiles.promised(s.faults()));
    assertThat(v.rejects()).hasSize(6);
    assertThat(v.rejects().stream().map(GeneratedFiles.Found::rule).collect(Collectors.toSet()))
        .containsExactlyInAnyOrder(RejectRule.NOT_A_NUMBER, RejectRule.UNKNOWN_MEASURE, RejectRule.SEX_TOTAL_MISMATCH,
            RejectRule.DUPLICATE_ROW);
  }

  @Test
  void theValidFaultsShowWhereTheyShould() {
    defaults(tmp);
    List<StagedCount> kept = GeneratedFiles.validate(tmp, GeneratedFiles.catalogue(), 2023).kept();
    // the report written by name is staged under the commune's code
    assertThat(kept.stream().filter(k -> k.sourceFile().equals("counts/2016/23482.csv")))
        .hasSize(71).allSatisfy(k -> assertThat(k.areaCode()).isEqualTo("23482"));
    String byName = new String(GeneratedFiles.read(tmp).get("counts/2016/23482.csv"), java.nio.charset.StandardCharsets.UTF_8);
    assertThat(byName.lines().skip(1)).allSatisfy(l -> assertThat(l).startsWith("Xã Đăk Kôi,2016,"));
    // the late report: every row after the deadline, every other report before it
    for (StagedCount k : kept) {
      LocalDate deadline = LocalDate.of(k.year(), 12, 10);
      if (k.sourceFile().equals("counts/2023/23494.csv")) {
        assertThat(k.submittedOn()).isEqualTo(LocalDate.of(2023, 12, 18));
      } else {
        assertThat(k.submittedOn()).isBefore(deadline).isAfter(deadline.minusDays(20));
      }
    }
  }

  @Test
  void faultsCanBeSwitchedOff() {
    SampleGenerator.Summary s = generate(tmp, SampleGenerator.DEFAULT_SEED, null, 2015, 2023, false);
    assertThat(s.faults()).isEmpty();
    assertThat(s.rejectedRows()).isZero();
  }

  @Test
  void scaledRunWritesTheRequestedCommunesAndACatalogueThePipelineAccepts() {
    SampleGenerator.Summary s = generate(tmp, 7L, 60, 2021, 2023, true);
    assertThat(s.files()).isEqualTo(3 * 61);
    assertThat(s.catalogueFiles()).hasSize(7); // with dq_rules.csv, plans.csv and targets.csv
    Catalogue c = CatalogueLoader.fromDirectory(tmp.resolve("catalogue"));
    assertThat(c.communes()).hasSize(60);
    assertThat(c.communes().get(0).code()).isEqualTo("100001");
    assertThat(c.communes().get(0).level()).isEqualTo(Area.Level.TOWN);
    assertThat(c.scope().code()).isEqualTo("614");
    assertThat(c.measures()).isEqualTo(GeneratedFiles.catalogue().measures());
    assertThat(c.indicators()).isEqualTo(GeneratedFiles.catalogue().indicators());
    assertThat(c.dqRules()).isEqualTo(GeneratedFiles.catalogue().dqRules());
    try {
      assertThat(Files.readAllBytes(tmp.resolve("catalogue/measures.csv")))
          .isEqualTo(Files.readAllBytes(GeneratedFiles.REPO_CATALOGUE.resolve("measures.csv")));
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    GeneratedFiles.Validated v = GeneratedFiles.validate(tmp, c, 2023);
    assertThat(v.rejects()).isEqualTo(GeneratedFiles.promised(s.faults()));
    Set<String> areas = v.kept().stream().map(StagedCount::areaCode).collect(Collectors.toSet());
    assertThat(areas).hasSize(61);
  }

  @Test
  void scaledRunWithoutFaultsIsCompleteAndClean() {
    generate(tmp, 11L, 12, 2022, 2023, false);
    Catalogue c = CatalogueLoader.fromDirectory(tmp.resolve("catalogue"));
    GeneratedFiles.Validated v = GeneratedFiles.validate(tmp, c, 2023);
    assertThat(v.rejects()).isEmpty();
    assertThat(keys(v.kept())).isEqualTo(expectedKeys(c, 2022, 2023));
  }

  @Test
  void oneCommuneAndOneYearStillHoldsEveryFault() {
    SampleGenerator.Summary s = generate(tmp, 3L, 1, 2023, 2023, true);
    assertThat(s.faults()).hasSize(FaultKind.values().length);
    GeneratedFiles.Validated v =
        GeneratedFiles.validate(tmp, CatalogueLoader.fromDirectory(tmp.resolve("catalogue")), 2023);
    assertThat(v.rejects()).isEqualTo(GeneratedFiles.promised(s.faults()));
  }

  @Test
  void existingCountsAreKeptUnlessForced() throws IOException {
    defaults(tmp);
    Path stale = tmp.resolve("counts/1999/stale.csv");
    Files.createDirectories(stale.getParent());
    Files.writeString(stale, "x");
    Path other = tmp.resolve("counts/notes.txt");
    Files.writeString(other, "kept");
    assertThatThrownBy(() -> defaults(tmp))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("already holds 73 CSV files; add --force");
    SampleGenerator.generate(new SampleGenerator.Options(tmp, SampleGenerator.DEFAULT_SEED, null, 2015, 2023, true,
        true, null));
    assertThat(stale).doesNotExist();
    assertThat(stale.getParent()).doesNotExist();
    assertThat(other).hasContent("kept");
    assertThat(GeneratedFiles.read(tmp)).hasSize(73); // 72 reports and the unrelated notes.txt
  }

  @Test
  void badOptionsFailWithOneLineMessages() {
    Path out = tmp;
    assertThatThrownBy(() -> new SampleGenerator.Options(out, 1, null, 2024, 2023, true, false, null))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("--from-year 2024 is after --to-year 2023");
    assertThatThrownBy(() -> new SampleGenerator.Options(out, 1, 0, 2015, 2023, true, false, null))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("--communes must be from 1 to 100000");
    assertThatThrownBy(() -> new SampleGenerator.Options(out, 1, null, 1800, 2023, true, false, null))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("years must lie within");
    assertThatThrownBy(() -> new SampleGenerator.Options(null, 1, null, 2015, 2023, true, false, null))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void outputThatIsAFileIsRefused() throws IOException {
    Path file = Files.writeString(tmp.resolve("f"), "x");
    assertThatThrownBy(() -> defaults(file)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("is a file, not a folder");
  }

  @Test
  void aCatalogueWithAnUnknownRealCommuneIsRefusedClearly() throws IOException {
    Path cat = tmp.resolve("cat");
    Files.createDirectories(cat);
    for (String f : CatalogueLoader.FILES) Files.copy(GeneratedFiles.REPO_CATALOGUE.resolve(f), cat.resolve(f));
    Files.writeString(cat.resolve("areas.csv"), "99999,614,commune,Xã Mới,New commune,,,2025-06-30\n",
        java.nio.file.StandardOpenOption.APPEND);
    assertThatThrownBy(() -> SampleGenerator.generate(new SampleGenerator.Options(tmp.resolve("o"), 1, null, 2023,
        2023, false, false, cat)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("commune 99999 (Xã Mới) in areas.csv has no calibration profile");
  }

  @Test
  void aMeasureWithoutAModelIsRefusedClearly() throws IOException {
    Path cat = tmp.resolve("cat");
    Files.createDirectories(cat);
    for (String f : CatalogueLoader.FILES) Files.copy(GeneratedFiles.REPO_CATALOGUE.resolve(f), cat.resolve(f));
    Files.writeString(cat.resolve("measures.csv"), "new_thing,Mới,New,count,T,all,Y,commune,false\n",
        java.nio.file.StandardOpenOption.APPEND);
    assertThatThrownBy(() -> SampleGenerator.generate(new SampleGenerator.Options(tmp.resolve("o"), 1, null, 2023,
        2023, false, false, cat)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("measures.csv has new_thing (Y, all, T), for which the generator has no model");
    assertThat(tmp.resolve("o")).as("nothing written").doesNotExist();
  }

  // ---- helpers ------------------------------------------------------------------------------

  private static Set<String> keys(List<StagedCount> rows) {
    return rows.stream().map(s -> s.areaCode() + "|" + s.year() + "|" + s.period() + "|" + s.measure() + "|" + s.sex()
        + "|" + s.populationGroup()).collect(Collectors.toSet());
  }

  /** Every (unit, year, period, measure, sex, group) the catalogue says should be reported. */
  static Set<String> expectedKeys(Catalogue catalogue, int from, int to) {
    Catalogue c = catalogue.inForce(to); // Kon Rẫy on the map of the last year, without the new map's communes
    Set<String> out = new HashSet<>();
    for (int y = from; y <= to; y++) {
      for (Measure m : c.measures()) {
        List<String> units = m.communeLevel() ? c.communes().stream().map(Area::code).toList()
            : List.of(c.scope().code());
        for (String unit : units) {
          for (String p : m.period().periods()) {
            for (String g : m.populationGroups()) {
              for (Sex s : m.sexes()) out.add(unit + "|" + y + "|" + p + "|" + m.code() + "|" + s + "|" + g);
            }
          }
        }
      }
    }
    return out;
  }

}
