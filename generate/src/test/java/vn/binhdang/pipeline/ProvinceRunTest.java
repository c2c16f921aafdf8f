package vn.binhdang.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.binhdang.charts.Lang;
import vn.binhdang.generate.MapReformGenerator;
import vn.binhdang.generate.ReformShape;
import vn.binhdang.testing.SharedSpark;

/**
 * Issue 8's "done when", on {@code generate --preset province}: one run publishes the province, its districts and
 * communes for 2015–2024 and the province and its new communes for 2025; the province is the sum of its communes'
 * counts in every year (recomputed in DuckDB SQL over fct_counts); each new commune has a continuous 2015–2025
 * series, the years resting on a split commune flagged apportioned, re-expressed exactly from the old counts.
 */
class ProvinceRunTest {

  @Test
  void aSyntheticProvinceRunsOnBothMaps(@TempDir Path tmp) throws Exception {
    Path in = tmp.resolve("province");
    MapReformGenerator.generate(ReformShape.PROVINCE, in, 20231373L, true, false);
    RunPipeline.Options o = new RunPipeline.Options(in, tmp.resolve("out"), in.resolve("catalogue"), 2025,
        "local[2]", Lang.VI);
    RunPipeline.Outcome r = RunPipeline.run(SharedSpark.session(), o, Progress.silent());
    assertThat(r.manifest().parameters()).containsEntry("area", "990").containsEntry("plan", "none");
    assertThat(r.chartPack()).exists();

    try (Connection db = DriverManager.getConnection("jdbc:duckdb:"); Statement st = db.createStatement()) {
      for (String t : List.of("fct_counts", "fct_indicator", "mart_trend", "stg_counts")) {
        st.execute("CREATE VIEW " + t + " AS SELECT * FROM read_parquet('" + r.release().resolve(t)
            + "/**/*.parquet', hive_partitioning = true, union_by_name = true)");
      }
      assertThat(rows(st, """
          SELECT new_map, string_agg(lvl, ',' ORDER BY lvl) FROM (SELECT DISTINCT year = 2025 AS new_map,
            CASE WHEN level IN ('commune', 'town', 'ward') THEN 'commune' ELSE level END AS lvl
            FROM fct_indicator WHERE NOT pooled) GROUP BY ALL ORDER BY 1
          """)).containsExactly("false commune,district,province", "true commune,province");

      // the province is the sum of the communes that report, on each year's map
      assertThat(rows(st, """
          WITH p AS (SELECT year, value FROM fct_counts WHERE area_code = '990' AND measure = 'live_births' AND sex = 'T'),
               c AS (SELECT year, sum(value) AS value, count(*) AS n FROM fct_counts WHERE measure = 'live_births'
                 AND sex = 'T' AND derivation IN ('reported', 'sum_of_sexes') AND level IN ('commune', 'town', 'ward')
                 GROUP BY year)
          SELECT count(*), sum(CASE WHEN p.value = c.value THEN 1 ELSE 0 END), min(n), max(n)
          FROM p JOIN c USING (year)
          """)).containsExactly("11 11 24 80");

      // each new commune: every year 2015-2025 of the sex ratio at birth, and its trend
      assertThat(rows(st, """
          SELECT count(DISTINCT area_code), min(years), max(years) FROM (SELECT area_code, count(DISTINCT year) AS years
            FROM fct_indicator WHERE indicator_code = 'HLT_SRB' AND NOT pooled AND area_code LIKE '2000__'
            GROUP BY area_code)
          """)).containsExactly("24 11 11");
      assertThat(rows(st, "SELECT count(DISTINCT area_code) FROM mart_trend WHERE area_code LIKE '2000__'"))
          .containsExactly("24");

      // a split: 200002 is 40 % of 100003 and the whole of 100004-100006 (MapReformGenerator.merge)
      assertThat(rows(st, """
          SELECT round(x.value, 9) = round(0.4 * s.a + s.b, 9), x.apportioned, x.derivation FROM fct_counts x,
            (SELECT sum(CASE WHEN area_code = '100003' THEN value END) AS a,
                    sum(CASE WHEN area_code IN ('100004', '100005', '100006') THEN value END) AS b
             FROM fct_counts WHERE year = 2024 AND measure = 'live_births' AND sex = 'F'
               AND derivation IN ('reported', 'sum_of_sexes')) s
          WHERE x.area_code = '200002' AND x.year = 2024 AND x.measure = 'live_births' AND x.sex = 'F'
          """)).containsExactly("true true crosswalk");
      assertThat(rows(st, """
          SELECT string_agg(DISTINCT area_code, ',' ORDER BY area_code) FROM fct_indicator
          WHERE flags LIKE '%apportioned%'
          """)).containsExactly("200001,200002,200007,200008,200013,200014,200019,200020");
    }
    assertThat(Files.size(r.chartPack())).isPositive();
    // the pack speaks of the province and its communes and wards, not of a district
    assertThat(Files.readString(r.chartPack().resolveSibling("report/vi/index.html")))
        .contains("Giá trị năm 2025 của toàn tỉnh").contains("từng xã, phường").doesNotContain("toàn huyện");
  }

  private static List<String> rows(Statement st, String sql) throws Exception {
    List<String> out = new ArrayList<>();
    try (ResultSet rs = st.executeQuery(sql)) {
      int n = rs.getMetaData().getColumnCount();
      while (rs.next()) {
        List<String> cells = new ArrayList<>();
        for (int i = 1; i <= n; i++) cells.add(String.valueOf(rs.getObject(i)));
        out.add(String.join(" ", cells));
      }
    }
    return out;
  }
}
