package vn.binhdang.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.withinPercentage;

import java.nio.file.Path;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import vn.binhdang.charts.Lang;
import vn.binhdang.testing.SharedSpark;

/**
 * Count series written by hand (test resources fixtures/series), run through the whole pipeline; the
 * marts must hold what independent tools give for those counts. References, with their calls:
 *
 * <pre>
 * rate &lt;- 1000 * c(20,18,19,15,16,16,12,13,10) / 200; yr &lt;- 2015:2023        # R 4.2.2
 * f &lt;- lm(rate ~ yr); coef(f)[2]; confint(f)[2, ]; summary(f)$coefficients[2, 4]
 * cor.test(yr, rate, method = "kendall", exact = FALSE, continuity = TRUE)  # tau-b and Z, p (= Mann-Kendall)
 * S = sum of sign(rate[j] - rate[i]); Var(S) = (n(n-1)(2n+5) - sum t(t-1)(2t+5)) / 18 with the tie t = 2
 * scipy.stats.theilslopes(rate, yr)                                       # SciPy 1.10.1: Sen slope, intercept
 * Spiegelhalter limits: r &lt;- qbinom(p, n, th); (r - (pbinom(r, n, th) - p) / dbinom(r, n, th)) / n
 * </pre>
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MartsFixtureTest {
  @TempDir static Path out;
  private Path release;

  @BeforeAll
  void run() {
    Path input = SharedSpark.repoRoot().resolve("jobs/src/test/resources/fixtures/series");
    RunPipeline.Outcome o = RunPipeline.run(SharedSpark.session(),
        new RunPipeline.Options(input, out, null, 2023, "local[2]", Lang.VI), Progress.silent());
    assertThat(o.rowsRejected()).isZero();
    release = o.release();
  }

  private Row one(String table, String where) {
    SparkSession spark = SharedSpark.session();
    List<Row> rows = spark.read().parquet(release.resolve(table).toString()).where(where).collectAsList();
    assertThat(rows).as(table + " where " + where).hasSize(1);
    return rows.get(0);
  }

  private static void close(Row r, String column, double expected) {
    Object v = r.getAs(column);
    double actual = ((Number) v).doubleValue();
    if (expected == 0) assertThat(actual).as(column).isZero();
    else assertThat(actual).as(column).isCloseTo(expected, withinPercentage(1e-7));
  }

  @Test
  void trendOfASeriesWithATie() {
    Row t = one("mart_trend", "indicator_code = 'HLT_ABR' and area_code = '23482' and sex = 'T'");
    assertThat(t.<Integer>getAs("n_points")).isEqualTo(9);
    close(t, "ols_slope", -5.66666666666667);
    close(t, "ols_slope_lower", -7.59353970626508);
    close(t, "ols_slope_upper", -3.73979362706825);
    close(t, "ols_p_value", 0.000220398066412119);
    assertThat(t.<Long>getAs("mk_s")).isEqualTo(-27L);
    close(t, "mk_var_s", 91);
    close(t, "mk_z", -2.72554057547699);
    close(t, "mk_p_value", 0.00641962854143367);
    close(t, "kendall_tau", -0.760638829255665);
    close(t, "sen_slope", -5.357142857142858);
    close(t, "sen_intercept", 10896.07142857143);
    close(t, "projected_2030", 21.0714285714275);
    close(t, "avg_annual_change", (50.0 - 100.0) / 8);
    assertThat(t.<Integer>getAs("year_target_reached")).as("50 per 1,000 already meets <= 60").isEqualTo(2023);
    assertThat(t.<String>getAs("direction_of_change")).isEqualTo("improving");
  }

  @Test
  void trendOverUnevenYears() {
    Row t = one("mart_trend", "indicator_code = 'HLT_ABR' and area_code = '23485' and sex = 'T'");
    assertThat(t.<Integer>getAs("first_year")).isEqualTo(2015);
    close(t, "ols_slope", -5.19607843137245);
    close(t, "ols_slope_lower", -7.91805852105977);
    close(t, "ols_slope_upper", -2.47409834168512);
    close(t, "ols_p_value", 0.0089535502475608);
    close(t, "sen_slope", -5);
    close(t, "sen_intercept", 10156.6666666667);
    assertThat(t.<Long>getAs("mk_s")).isEqualTo(-8L);
    close(t, "mk_var_s", 16.6666666666667);
    close(t, "mk_z", -1.71464281994822);
    close(t, "mk_p_value", 0.0864107329737);
    close(t, "kendall_tau", -0.8);
    assertThat(t.<String>getAs("direction_of_change")).isEqualTo("no_clear_trend");
  }

  @Test
  void targetStatusAndProgress() {
    Row s = one("mart_target_status", "indicator_code = 'HLT_ABR' and area_code = '23482' and year = 2023");
    close(s, "value", 50);
    // poisson.test(10)$conf.int / 200 * 1000 = 23.98-91.95 straddles the target 60
    assertThat(s.<String>getAs("status")).isEqualTo("cannot_tell");
    assertThat(s.<Boolean>getAs("interval_decides")).isTrue();
    assertThat(s.<Integer>getAs("base_year")).isEqualTo(2015);
    // ((50/100)^(1/8) - 1) / ((60/100)^(1/8) - 1): observed over required compound annual growth
    close(s, "progress_ratio", 1.34173274336225);
    assertThat(s.<String>getAs("progress_class")).isEqualTo("on_track");
  }

  @Test
  void funnelLimitsAndZScoresAgainstTheDistrict() {
    String[] areas = {"23479", "23482", "23485", "23488", "23491", "23494", "23497"};
    double[][] r = {
      {-0.0236969485982077, 0.200251596803595, 0.221435162692672, 0.298393425230906, 0.321442029476259},
      {0.244741032738117, 0.182953333931078, 0.209940791794218, 0.309241342330129, 0.339270124983272},
      {-1.14277905028566, 0.165749089982645, 0.198194995068013, 0.319851765178721, 0.357150834261703},
      {0.662349849061403, 0.193173089323607, 0.216750216502933, 0.302784115929888, 0.328692116876696},
      {-0.737276014077775, 0.175686696102863, 0.204935428515272, 0.313842111865488, 0.346859421335148},
      {0.467333970155334, 0.188667876873448, 0.213694603185046, 0.305632123225363, 0.333416107883207},
      {0.173058043883722, 0.151249178063911, 0.188325223831783, 0.328988879978828, 0.372093779653749}};
    for (int i = 0; i < areas.length; i++) {
      Row c = one("mart_commune_compare",
          "indicator_code = 'LAB_WAGE_SHARE_F' and year = 2023 and sex = 'F' and area_code = '" + areas[i] + "'");
      close(c, "district_value", 100 * 0.26046511627907);
      close(c, "funnel_z", r[i][0]);
      close(c, "limit998_lower", 100 * r[i][1]);
      close(c, "limit95_lower", 100 * r[i][2]);
      close(c, "limit95_upper", 100 * r[i][3]);
      close(c, "limit998_upper", 100 * r[i][4]);
      assertThat(c.<String>getAs("funnel_band")).isEqualTo("inside");
      assertThat(c.<String>getAs("overdispersion")).as("phi well below 1").isEqualTo("none");
    }
    // shares 26.0, 26.7, 22.5, 27.5, 24.0, 27.1, 26.7 %: higher is better (target >= 50 %), ties share a rank
    int[] ranks = {5, 3, 7, 1, 6, 2, 3};
    for (int i = 0; i < areas.length; i++) {
      Row c = one("mart_commune_compare",
          "indicator_code = 'LAB_WAGE_SHARE_F' and year = 2023 and sex = 'F' and area_code = '" + areas[i] + "'");
      assertThat(c.<Integer>getAs("rank")).as(areas[i]).isEqualTo(ranks[i]);
      assertThat(c.<Integer>getAs("communes_ranked")).isEqualTo(7);
    }
  }
}
