package vn.binhdang.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.withinPercentage;

import java.nio.file.Path;
import java.util.List;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import vn.binhdang.charts.Lang;
import vn.binhdang.testing.SharedSpark;

/**
 * A counts file written by hand in the documented format (test resources fixtures/literature), run
 * through the whole pipeline: fct_indicator must hold the intervals published for those counts.
 *
 * <p>Published: Newcombe RG (1998), "Two-sided confidence intervals for the single proportion",
 * Stat Med 17:857-872, Table I, Wilson score method (4 decimals); exact Poisson limits for d = 0, 1,
 * 10 (Garwood 1936; e.g. Ulm 1990, Am J Epidemiol 131:373). Full precision: R 4.2.2,
 * {@code prop.test(x, n, correct = FALSE)$conf.int} and {@code poisson.test(d)$conf.int}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LiteratureFixtureTest {
  @TempDir static Path out;
  private List<Row> rows;

  @BeforeAll
  void run() {
    Path input = SharedSpark.repoRoot().resolve("jobs/src/test/resources/fixtures/literature");
    RunPipeline.Outcome o = RunPipeline.run(SharedSpark.session(),
        new RunPipeline.Options(input, out, null, 2023, "local[2]", Lang.VI), Progress.silent());
    assertThat(o.rowsRejected()).isZero();
    rows = SharedSpark.session().read().parquet(o.release().resolve("fct_indicator").toString()).collectAsList();
  }

  private Row row(String indicator, String area, String sex) {
    return rows.stream()
        .filter(r -> r.getAs("indicator_code").equals(indicator) && r.getAs("area_code").equals(area)
            && r.getAs("sex").equals(sex))
        .findFirst().orElseThrow(() -> new AssertionError("no row " + indicator + " " + area + " " + sex));
  }

  /** Value and limits against R to 1e-9 relative (zero exactly). */
  private static void check(Row r, double value, double lower, double upper) {
    close(r, "value", value);
    close(r, "ci_lower", lower);
    close(r, "ci_upper", upper);
  }

  private static void close(Row r, String column, double expected) {
    Double actual = r.getAs(column);
    if (expected == 0) assertThat(actual).as(column).isZero();
    else assertThat(actual).as(column).isCloseTo(expected, withinPercentage(1e-7));
  }

  @Test
  void wilsonIntervalsOfNewcombesExamples() {
    check(row("LAB_WAGE_SHARE_F", "23482", "F"), 100.0 * 81 / 263, 25.5288519878274, 36.62095769828); // 0.2553-0.3662
    check(row("LAB_WAGE_SHARE_F", "23485", "F"), 100.0 * 15 / 148, 6.23863995307363, 16.0487241723308); // 0.0624-0.1605
    check(row("LAB_WAGE_SHARE_F", "23488", "F"), 0, 0, 16.1125158052819); // 0-0.1611
    check(row("LAB_WAGE_SHARE_F", "23491", "F"), 100.0 / 29, 0.611321429276265, 17.1755218793203); // 0.0061-0.1718
    assertThat(row("LAB_WAGE_SHARE_F", "23482", "F").<Double>getAs("ci_lower") / 100).isCloseTo(0.2553,
        org.assertj.core.data.Offset.offset(5e-5));
  }

  @Test
  void districtIsComputedFromTheSummedCounts() {
    // (81 + 15 + 0 + 1) / (263 + 148 + 20 + 29) = 97 / 460; prop.test(97, 460, correct = FALSE)
    Row d = row("LAB_WAGE_SHARE_F", "614", "F");
    assertThat(d.<Double>getAs("numerator")).isEqualTo(97.0);
    assertThat(d.<Double>getAs("denominator")).isEqualTo(460.0);
    check(d, 21.0869565217391, 17.6063813647792, 25.0464378385109);
    assertThat(d.<String>getAs("flags")).contains("incomplete"); // 4 of 7 communes reported
  }

  @Test
  void exactPoissonRates() {
    check(row("HLT_MMR", "23482", "T"), 100000.0 / 600, 0.0253178079842899 / 600 * 1e5, 5.5716433909389 / 600 * 1e5);
    check(row("HLT_MMR", "23488", "T"), 0, 0, 3.68887945411394 / 500 * 1e5);
    check(row("HLT_MMR", "614", "T"), 90.9090909090909, 2.30161890766272, 506.5130355399);
    check(row("HLT_ABR", "23485", "T"), 50, 23.9769434806622, 91.9517802100889);
    assertThat(row("HLT_MMR", "23482", "T").<Boolean>getAs("suppressed")).isTrue();
  }

  @Test
  void sexRatioAtBirthFromTheDerivedTotal() {
    // 310 boys, 290 girls: prop.test(310, 600, correct = FALSE)$conf.int, then 100 p / (1 - p)
    check(row("HLT_SRB", "23482", "T"), 106.896551724138, 91.0958955392588, 125.437844404162);
  }
}
