package vn.binhdang.transform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import vn.binhdang.catalogue.Catalogue;
import vn.binhdang.crosswalk.StageCrosswalkJob;
import vn.binhdang.disclosure.DisclosureJob;
import vn.binhdang.ingest.IngestRows;
import vn.binhdang.ingest.StagedCount;
import vn.binhdang.testing.Province;
import vn.binhdang.testing.SharedSpark;
import vn.binhdang.warehouse.Tables;

/**
 * A new map's history re-expressed from the old one through a hand-made crosswalk (issue 8, point 3): 99911 is
 * the town 23479, commune 23482 and 40 % of 23485 (a split by population); 99912 the other 60 % of 23485 and the
 * last four communes of Kon Rẫy; 99913 the two communes of district 699, whole. The expected values below are
 * worked by hand from the counts, which are a function of the commune's code and year.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HistoryOnNewMapTest {
  private final SparkSession spark = SharedSpark.session();
  private final Catalogue province = Province.catalogue();

  private static final List<String> OLD = List.of("23479", "23482", "23485", "23488", "23491", "23494", "23497",
      "99901", "99902");
  private static final List<String> NEW = List.of("99911", "99912", "99913");
  private static final String CROSSWALK = """
      old_code,new_code,effective_date,share,basis
      23479,99911,2025-07-01,1,whole
      23482,99911,2025-07-01,1,whole
      23485,99911,2025-07-01,0.4,population
      23485,99912,2025-07-01,0.6,population
      23488,99912,2025-07-01,1,whole
      23491,99912,2025-07-01,1,whole
      23494,99912,2025-07-01,1,whole
      23497,99912,2025-07-01,1,whole
      99901,99913,2025-07-01,1,whole
      99902,99913,2025-07-01,1,whole
      """;

  private Map<String, Row> counts;
  private Map<String, Row> indicators;

  /** Girls born: the last two digits of the code plus the year's last digit; boys 3 more. */
  private static int girls(String area, int year) {
    return Integer.parseInt(area) % 100 + year % 10;
  }

  @BeforeAll
  void run(@TempDir Path dir) throws Exception {
    List<Row> rows = new ArrayList<>();
    for (int year : List.of(2023, 2024, 2025)) {
      for (String area : year < 2025 ? OLD : NEW) {
        if (area.equals("23497") && year == 2023) continue; // one old commune silent in 2023
        rows.add(IngestRows.staged(count(area, year, "live_births", "F", girls(area, year))));
        rows.add(IngestRows.staged(count(area, year, "live_births", "M", girls(area, year) + 3)));
        boolean few = area.equals("99901") && year == 2024; // 3 victims supported: hidden
        rows.add(IngestRows.staged(count(area, year, "gbv_victims", "T", few ? 20 : 40)));
        rows.add(IngestRows.staged(count(area, year, "gbv_victims_supported", "T", few ? 3 : 30)));
      }
    }
    Files.createDirectories(dir.resolve("crosswalk"));
    Files.writeString(dir.resolve("crosswalk/2025.csv"), CROSSWALK);
    StageCrosswalkJob.Result staged = StageCrosswalkJob.run(spark, dir.toString(), province);
    assertThat(staged.rejects().count()).isZero();
    Dataset<Row> crosswalk = CrosswalkLinks.of(written(staged.crosswalk(), dir.resolve("dim_area_crosswalk")));

    Dataset<Row> fct = written(FactCountsJob.run(spark.createDataFrame(rows, Tables.STG_COUNTS.schema()), province,
        crosswalk), dir.resolve("fct_counts"));
    counts = fct.collectAsList().stream().collect(Collectors.toMap(
        r -> r.getAs("area_code") + "/" + r.getAs("year") + "/" + r.getAs("measure") + "/" + r.getAs("sex"), r -> r));
    Dataset<Row> ind = DisclosureJob.apply(FactIndicatorJob.run(spark, fct, province, crosswalk), province, crosswalk);
    indicators = ind.where("pooled = false").collectAsList().stream().collect(Collectors.toMap(
        r -> r.getAs("indicator_code") + "/" + r.getAs("area_code") + "/" + r.getAs("year") + "/" + r.getAs("sex"),
        r -> r));
  }

  /**
   * A table as the pipeline reads it, from its Parquet: jobs that take it in several joins would otherwise carry
   * the plan that made it into each of them.
   */
  private Dataset<Row> written(Dataset<Row> table, Path where) {
    table.write().parquet(where.toString());
    return spark.read().parquet(where.toString());
  }

  private static StagedCount count(String area, int year, String measure, String sex, double value) {
    return new StagedCount(area, year, "Y", measure, sex, "all", value, null, null, "counts_csv", "a.csv", "line 2",
        2L, "sha");
  }

  /**
   * A run on a new province whose communes come from another province of the old map: the sample's illustrative
   * crosswalk, Kon Rẫy's communes (Kon Tum, 62) into Quảng Ngãi's (51). The old communes' rows come into the run,
   * so the new communes have their history; Kon Rẫy and Kon Tum, outside the run, do not.
   */
  @Test
  void aNewProvinceTakesInTheOldCommunesOfAnotherProvince(@TempDir Path dir) {
    Catalogue quangNgai = vn.binhdang.catalogue.CatalogueLoader.fromDirectory(SharedSpark.repoRoot()
        .resolve("data/catalogue")).withScope("51").inForce(2024);
    List<Row> rows = new ArrayList<>();
    for (String area : OLD.subList(0, 7)) {
      rows.add(IngestRows.staged(count(area, 2024, "live_births", "F", girls(area, 2024))));
    }
    StageCrosswalkJob.Result staged = StageCrosswalkJob.run(spark, SharedSpark.repoRoot().resolve("data/sample")
        .toString(), quangNgai);
    Map<String, Row> fct = FactCountsJob.run(spark.createDataFrame(rows, Tables.STG_COUNTS.schema()), quangNgai,
            CrosswalkLinks.of(written(staged.crosswalk(), dir.resolve("dim_area_crosswalk")))).collectAsList().stream()
        .collect(Collectors.toMap(r -> r.<String>getAs("area_code"), r -> r));
    assertThat(fct.keySet()).containsExactlyInAnyOrder("23479", "23482", "23485", "23488", "23491", "23494", "23497",
        "51X01", "51X02", "51X03");
    assertThat(fct.get("23479").<String>getAs("level")).isEqualTo("town");
    // Đắk Rve (illustration) = the town 23479 and Đắk Tơ Lung 23485, whole
    assertThat(fct.get("51X01").<Double>getAs("value")).isEqualTo(girls("23479", 2024) + girls("23485", 2024));
    assertThat(fct.get("51X03").<Integer>getAs("areas_expected")).isEqualTo(3);
  }

  @Test
  void wholeMergesAreExactSumsOfTheOldCommunes() {
    Row r = counts.get("99913/2024/live_births/F");
    assertThat(r.<Double>getAs("value")).isEqualTo(girls("99901", 2024) + girls("99902", 2024)); // 5 + 6
    assertThat(r.<String>getAs("derivation")).isEqualTo("crosswalk");
    assertThat(r.<String>getAs("level")).isEqualTo("commune");
    assertThat(r.<Boolean>getAs("apportioned")).isFalse();
    assertThat(r.<Integer>getAs("areas_reporting")).isEqualTo(2);
    assertThat(r.<Integer>getAs("areas_expected")).isEqualTo(2);
    // T = F + M of each old commune, summed the same way
    assertThat(counts.get("99913/2024/live_births/T").<Double>getAs("value"))
        .isEqualTo(2.0 * (girls("99901", 2024) + girls("99902", 2024)) + 6);
  }

  @Test
  void splitsAreApportionedByShareAndFlagged() {
    // 23479 → 79+4, 23482 → 82+4, 40 % of 23485 → 0.4 × (85+4)
    Row r = counts.get("99911/2024/live_births/F");
    assertThat(r.<Double>getAs("value")).isCloseTo(83 + 86 + 0.4 * 89, within(1e-9));
    assertThat(r.<Boolean>getAs("apportioned")).isTrue();
    assertThat(r.<Integer>getAs("areas_expected")).isEqualTo(3);
    // 60 % of 23485 and 23488, 23491, 23494, 23497 whole: 0.6 × 89 + 92 + 95 + 98 + 101
    assertThat(counts.get("99912/2024/live_births/F").<Double>getAs("value"))
        .isCloseTo(0.6 * 89 + 92 + 95 + 98 + 101, within(1e-9));
    // the two parts of the split add up to the old commune: nothing lost, nothing invented
    double split = counts.get("99911/2024/live_births/F").<Double>getAs("value")
        + counts.get("99912/2024/live_births/F").<Double>getAs("value");
    double old = OLD.stream().limit(7).mapToDouble(a -> counts.get(a + "/2024/live_births/F").<Double>getAs("value")).sum();
    assertThat(split).isCloseTo(old, within(1e-9));
  }

  @Test
  void aSilentOldCommuneMakesItsNewCommuneIncomplete() {
    Row r = counts.get("99912/2023/live_births/F");
    assertThat(r.<Integer>getAs("areas_reporting")).isEqualTo(4);
    assertThat(r.<Integer>getAs("areas_expected")).isEqualTo(5);
    assertThat(indicators.get("HLT_SRB/99912/2023/T").<String>getAs("flags")).contains("incomplete");
  }

  @Test
  void theOldMapKeepsItsRowsAndIsNotCountedTwice() {
    assertThat(counts.get("23485/2024/live_births/F").<String>getAs("derivation")).isEqualTo("reported");
    // the province's 2024 is its nine old communes, not also the three new ones' history
    Row p = counts.get("62/2024/live_births/F");
    assertThat(p.<Integer>getAs("areas_reporting")).isEqualTo(9);
    assertThat(p.<Double>getAs("value")).isEqualTo(OLD.stream().mapToDouble(a -> girls(a, 2024)).sum());
    // the new communes' own 2025 is theirs alone
    assertThat(counts.get("99913/2025/live_births/F").<String>getAs("derivation")).isEqualTo("reported");
  }

  @Test
  void everyNewCommuneHasAContinuousSeries() {
    for (String area : NEW) {
      for (int year : List.of(2023, 2024, 2025)) {
        assertThat(indicators).as(area + " " + year).containsKey("HLT_SRB/" + area + "/" + year + "/T");
      }
    }
    Row srb = indicators.get("HLT_SRB/99913/2024/T"); // boys per 100 girls: (8 + 9) / (5 + 6)
    assertThat(srb.<Double>getAs("numerator")).isEqualTo(17.0);
    assertThat(srb.<Double>getAs("denominator")).isEqualTo(11.0);
    assertThat(srb.<Double>getAs("value")).isCloseTo(100.0 * 17 / 11, within(1e-9));
    assertThat(srb.<String>getAs("flags")).doesNotContain("apportioned");
    Row approx = indicators.get("HLT_SRB/99911/2024/T");
    assertThat(approx.<String>getAs("flags")).contains("apportioned");
    assertThat(approx.<Double>getAs("ci_lower")).as("an interval on the apportioned counts").isNotNull();
  }

  @Test
  void aNewCommuneDoesNotGiveAwayAHiddenOldOne() {
    assertThat(indicators.get("GBV_VICTIMS_SUPPORTED/99901/2024/T").<Boolean>getAs("suppressed")).isTrue();
    Row merged = indicators.get("GBV_VICTIMS_SUPPORTED/99913/2024/T"); // 33 of 60: shown, 99902's 30 gives 3
    assertThat(merged.<Double>getAs("numerator")).isEqualTo(33.0);
    assertThat(merged.<Boolean>getAs("suppressed")).isTrue();
    assertThat(merged.<String>getAs("flags")).contains("complementary_suppression");
    assertThat(indicators.get("GBV_VICTIMS_SUPPORTED/99913/2023/T").<Boolean>getAs("suppressed")).isFalse();
    assertThat(indicators.get("GBV_VICTIMS_SUPPORTED/99911/2024/T").<Boolean>getAs("suppressed")).isFalse();
  }
}
