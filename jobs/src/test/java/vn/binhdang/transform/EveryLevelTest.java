package vn.binhdang.transform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.binhdang.catalogue.Area;
import vn.binhdang.catalogue.AreaAncestry;
import vn.binhdang.catalogue.Catalogue;
import vn.binhdang.ingest.IngestRows;
import vn.binhdang.ingest.StagedCount;
import vn.binhdang.testing.Province;
import vn.binhdang.testing.SharedSpark;
import vn.binhdang.warehouse.Tables;

/** Aggregation at every level of a province on both maps (issue 8, point 2). */
class EveryLevelTest {
  private final SparkSession spark = SharedSpark.session();
  private final Catalogue province = Province.catalogue();

  private static final List<String> OLD = List.of("23479", "23482", "23485", "23488", "23491", "23494", "23497",
      "99901", "99902");
  private static final List<String> NEW = List.of("99911", "99912", "99913");

  /** Live births F and M for every commune of each map; a commune's value is a function of its code and year. */
  private Dataset<Row> staged() {
    List<Row> rows = new ArrayList<>();
    for (int year : List.of(2023, 2024, 2025)) {
      for (String area : year < 2025 ? OLD : NEW) {
        int base = Integer.parseInt(area) % 97 + year % 10;
        rows.add(IngestRows.staged(count(area, year, "live_births", "F", base)));
        rows.add(IngestRows.staged(count(area, year, "live_births", "M", base + 3)));
        rows.add(IngestRows.staged(count(area, year, "live_births_mothers_15_19", "T", base / 5)));
      }
    }
    // a commune merged on 1 July 2025 that still sent a 2025 report: kept as its own, not summed into 2025
    rows.add(IngestRows.staged(count("23482", 2025, "live_births", "F", 7)));
    return spark.createDataFrame(rows, Tables.STG_COUNTS.schema());
  }

  private static StagedCount count(String area, int year, String measure, String sex, double value) {
    return new StagedCount(area, year, "Y", measure, sex, "all", value, null, null, "counts_csv", "a.csv", "line 2",
        2L, "sha");
  }

  @Test
  void ancestryFollowsEachMap() {
    Map<String, List<AreaAncestry.Link>> byCode = province.ancestry().stream()
        .collect(Collectors.groupingBy(AreaAncestry.Link::code));
    assertThat(province.scope().code()).isEqualTo("62");
    assertThat(byCode.get("23482")).extracting(AreaAncestry.Link::ancestorCode, AreaAncestry.Link::toYear)
        .containsExactly(tuple("23482", 2025), tuple("614", 2024),
            tuple("62", 2024));
    assertThat(byCode.get("99911")).extracting(AreaAncestry.Link::ancestorCode, AreaAncestry.Link::fromYear)
        .containsExactly(tuple("99911", 2025), tuple("62", 2025));
  }

  @Test
  void everyLevelIsTheSumOfItsCommunesOnTheMapOfTheYear(@TempDir Path dir) throws Exception {
    Dataset<Row> fct = FactCountsJob.run(staged(), province);
    Path out = dir.resolve("fct_counts");
    fct.write().parquet(out.toString());
    Map<String, Row> f = fct.collectAsList().stream().collect(Collectors.toMap(
        r -> r.getAs("area_code") + "/" + r.getAs("year") + "/" + r.getAs("measure") + "/" + r.getAs("sex"), r -> r));

    Row district = f.get("614/2024/live_births/T");
    assertThat(district.<String>getAs("level")).isEqualTo("district");
    assertThat(district.<Integer>getAs("areas_reporting")).isEqualTo(7);
    assertThat(district.<Integer>getAs("areas_expected")).isEqualTo(7);
    Row old = f.get("62/2024/live_births/T");
    assertThat(old.<String>getAs("level")).isEqualTo("province");
    assertThat(old.<Integer>getAs("areas_expected")).as("nine communes on the old map").isEqualTo(9);
    Row merged = f.get("62/2025/live_births/F");
    assertThat(merged.<Integer>getAs("areas_expected")).as("three communes on the new map").isEqualTo(3);
    assertThat(f).doesNotContainKey("614/2025/live_births/F");
    assertThat(f.get("23482/2025/live_births/F").<String>getAs("level")).isEqualTo("commune");

    // independently: DuckDB walks dim_area's parents (valid on 31 December of the year) and sums the communes
    Path dim = dir.resolve("dim_area");
    DimensionsJob.areas(spark, province).write().parquet(dim.toString());
    try (Connection db = DriverManager.getConnection("jdbc:duckdb:"); Statement st = db.createStatement()) {
      st.execute("CREATE VIEW f AS SELECT * FROM read_parquet('" + out + "/**/*.parquet', hive_partitioning = true)");
      st.execute("CREATE VIEW a AS SELECT * FROM read_parquet('" + dim + "/*.parquet')");
      // an area is on the map of a year when it exists on 31 December
      st.execute("CREATE MACRO on_map(x_from, x_to, y) AS (x_from IS NULL OR x_from <= make_date(y, 12, 31))"
          + " AND (x_to IS NULL OR x_to >= make_date(y, 12, 31))");
      ResultSet rs = st.executeQuery("""
          WITH RECURSIVE up(area_code, year, ancestor) AS (
            SELECT DISTINCT c.area_code, c.year, x.parent_code FROM f c
              JOIN a x ON x.area_code = c.area_code AND on_map(x.valid_from, x.valid_to, c.year)
            WHERE c.derivation IN ('reported', 'sum_of_sexes') AND c.level IN ('commune', 'ward', 'town')
            UNION ALL
            SELECT u.area_code, u.year, x.parent_code FROM up u
              JOIN a x ON x.area_code = u.ancestor AND on_map(x.valid_from, x.valid_to, u.year)
            WHERE x.parent_code IS NOT NULL AND u.ancestor <> '62'),
          mine AS (SELECT u.ancestor, c.year, c.measure, c.sex, sum(c.value) AS v, count(*) AS n
            FROM up u JOIN f c ON c.area_code = u.area_code AND c.year = u.year
              AND c.derivation IN ('reported', 'sum_of_sexes')
            GROUP BY ALL)
          SELECT count(*), sum(CASE WHEN f.value = mine.v AND f.areas_reporting = mine.n THEN 1 ELSE 0 END)
          FROM mine JOIN f ON f.area_code = mine.ancestor AND f.year = mine.year AND f.measure = mine.measure
            AND f.sex = mine.sex AND f.derivation = 'sum_of_communes'
          """);
      rs.next();
      long compared = rs.getLong(1);
      // 2023-2024: district 614, district 699, province × 3 measure-sexes (F, M, T; mothers 15-19 T) × 2 years
      // 2025: province × 4
      assertThat(compared).isEqualTo(3 * 4 * 2 + 4);
      assertThat(rs.getLong(2)).as("every sum recomputed independently").isEqualTo(compared);
      ResultSet all = st.executeQuery("SELECT count(*) FROM f WHERE derivation = 'sum_of_communes'");
      all.next();
      assertThat(all.getLong(1)).as("no sum the independent walk did not find").isEqualTo(compared);
    }
  }

  @Test
  void indicatorsOfEveryLevelComeFromSummedParts() {
    Dataset<Row> ind = FactIndicatorJob.run(spark, FactCountsJob.run(staged(), province), province);
    Map<String, Row> f = ind.where("pooled = false").collectAsList().stream().collect(Collectors.toMap(
        r -> r.getAs("indicator_code") + "/" + r.getAs("area_code") + "/" + r.getAs("year") + "/" + r.getAs("sex"),
        r -> r));
    Row srb2024 = f.get("HLT_SRB/62/2024/T");
    double boys = 0, girls = 0;
    for (String a : OLD) {
      int base = Integer.parseInt(a) % 97 + 4;
      girls += base;
      boys += base + 3;
    }
    assertThat(srb2024.<String>getAs("level")).isEqualTo("province");
    assertThat(srb2024.<Double>getAs("numerator")).isEqualTo(boys);
    assertThat(srb2024.<Double>getAs("denominator")).isEqualTo(girls);
    assertThat(srb2024.<Integer>getAs("areas_reporting")).isEqualTo(9);
    assertThat(srb2024.<Integer>getAs("areas_expected")).isEqualTo(9);
    assertThat(f.get("HLT_SRB/62/2025/T").<Integer>getAs("areas_expected")).isEqualTo(3);
    assertThat(f.get("HLT_SRB/699/2023/T").<String>getAs("level")).isEqualTo("district");
    assertThat(f.get("HLT_SRB/99912/2025/T").<Integer>getAs("areas_reporting")).isEqualTo(1);
    assertThat(f).doesNotContainKey("HLT_SRB/614/2025/T");
    List<Area> communes2025 = province.areas().stream().filter(a -> a.onMapOf(2025) && a.level().isReportingUnit())
        .toList();
    assertThat(communes2025).extracting(Area::code).containsExactlyElementsOf(NEW);
  }
}
