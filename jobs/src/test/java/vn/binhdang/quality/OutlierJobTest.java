package vn.binhdang.quality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import vn.binhdang.testing.SharedSpark;
import vn.binhdang.warehouse.Tables;

/** Outliers over each area's series and across the communes of a year; flagged, never dropped. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OutlierJobTest {
  static final String[] COMMUNES = {"23479", "23482", "23485", "23488", "23491", "23494", "23497"};
  private final List<Row> input = new ArrayList<>();
  private List<Row> out;

  private void value(String indicator, String area, int year, Double v, boolean pooled) {
    input.add(RowFactory.create(indicator, area, area.equals("614") ? "district" : "commune", year, "T",
        pooled ? (year - 2) + "-" + year : "" + year, pooled, null, null, v, null, null, "none",
        area.equals("23491") ? "small_denominator" : "", area.equals("23485"), 1, 1));
  }

  @BeforeAll
  void run() {
    // X: every commune near 50-62 over 2015-2023; Đắk Kôi jumps to 90 in 2020, Đắk Pne drops to 30 in 2023
    double[] base = {50, 51, 49, 52, 50, 51, 51, 50, 52};
    for (int c = 0; c < COMMUNES.length; c++) {
      for (int y = 0; y < 9; y++) {
        double v = base[y] + c;
        if (COMMUNES[c].equals("23482") && y == 5) v = 90;
        if (COMMUNES[c].equals("23491") && y == 8) v = 30;
        value("X", COMMUNES[c], 2015 + y, v, false);
      }
    }
    for (int y = 0; y < 9; y++) value("X", "614", 2015 + y, 55.0 + (y % 2), false);
    value("X", "23482", 2023, 500.0, true); // a pooled value: not a yearly point
    value("X", "23479", 2014, null, false); // no value
    // Y: four years only, and a flat series
    for (int y = 0; y < 4; y++) value("Y", "23479", 2020 + y, y == 3 ? 99.0 : 10.0 + y, false);
    for (int y = 0; y < 9; y++) value("Z", "23479", 2015 + y, 100.0, false);
    out = OutlierJob.run(SharedSpark.session().createDataFrame(input, Tables.FCT_INDICATOR.schema()),
        SharedSpark.catalogue()).collectAsList();
  }

  @Test
  void aJumpInASeriesIsFlaggedByBothRules() {
    List<Row> flagged = out.stream().filter(r -> r.<Boolean>getAs("outlier")
        && r.<String>getAs("method").endsWith("_series")).toList();
    assertThat(flagged).extracting(r -> r.getAs("area_code") + " " + r.getAs("year") + " " + r.getAs("method"))
        .contains("23482 2020 modified_z_series", "23482 2020 iqr_series", "23491 2023 modified_z_series");
    Row mz = flagged.stream().filter(r -> r.getAs("method").equals("modified_z_series")
        && r.getAs("area_code").equals("23482")).findFirst().orElseThrow();
    // Đắk Kôi's series: 51 52 50 53 51 90 52 51 53 -> median 52, |dev| 1 0 2 1 1 38 0 1 1 -> MAD 1
    assertThat(mz.<Double>getAs("center")).isEqualTo(52.0);
    assertThat(mz.<Double>getAs("spread")).isEqualTo(1.0);
    assertThat(mz.<Double>getAs("score")).isCloseTo(0.6745 * 38, within(1e-12));
    assertThat(mz.<Double>getAs("upper_limit")).isCloseTo(52 + 3.5 / 0.6745, within(1e-12));
    assertThat(mz.<String>getAs("direction")).isEqualTo("high");
    assertThat(mz.<Integer>getAs("n_points")).isEqualTo(9);
    assertThat(mz.<Double>getAs("value")).isEqualTo(90.0);
    assertThat(mz.<String>getAs("flags")).isEmpty();
    assertThat(out).filteredOn(r -> r.getAs("area_code").equals("23491"))
        .allSatisfy(r -> assertThat(r.<String>getAs("flags")).isEqualTo("small_denominator"));
  }

  @Test
  void aLowCommuneInAYearIsFlaggedAcrossCommunes() {
    List<Row> across = out.stream().filter(r -> r.<String>getAs("method").endsWith("_communes")
        && r.<Integer>getAs("year") == 2023).toList();
    assertThat(across).extracting(r -> r.<String>getAs("area_code")).doesNotContain("614");
    assertThat(across).filteredOn(r -> r.<Boolean>getAs("outlier"))
        .extracting(r -> r.getAs("area_code") + " " + r.getAs("method") + " " + r.getAs("direction"))
        .containsExactlyInAnyOrder("23491 modified_z_communes low", "23491 iqr_communes low");
    assertThat(across).filteredOn(r -> r.getAs("method").equals("iqr_communes"))
        .hasSize(7).allSatisfy(r -> assertThat(r.<Integer>getAs("n_points")).isEqualTo(7));
    assertThat(across).filteredOn(r -> r.getAs("method").equals("iqr_communes"))
        .allSatisfy(r -> assertThat(r.<Double>getAs("score")).isNull());
  }

  @Test
  void nothingIsDroppedAndOnlyYearlyTestableValuesAppear() {
    assertThat(out).noneMatch(r -> r.<Double>getAs("value") == 500.0);
    assertThat(out).noneMatch(r -> r.<Integer>getAs("year") == 2014);
    assertThat(out).noneMatch(r -> r.getAs("indicator_code").equals("Y") || r.getAs("indicator_code").equals("Z"));
    // the district's own series is tested (its spread is not 0); it is never among the communes
    assertThat(out).anyMatch(r -> r.getAs("area_code").equals("614") && r.getAs("method").equals("iqr_series"));
    assertThat(out).filteredOn(r -> r.getAs("area_code").equals("23485")).allSatisfy(r ->
        assertThat(r.<Boolean>getAs("suppressed")).isTrue());
    // 8 series x 9 years x 2 rules + 9 years x 7 communes x 2 rules, where testable
    assertThat(out.stream().filter(r -> r.getAs("method").equals("modified_z_communes")).count()).isEqualTo(63);
  }
}
