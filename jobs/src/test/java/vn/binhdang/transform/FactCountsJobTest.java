package vn.binhdang.transform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import vn.binhdang.ingest.IngestRows;
import vn.binhdang.ingest.StagedCount;
import vn.binhdang.testing.SharedSpark;
import vn.binhdang.warehouse.Tables;

class FactCountsJobTest {
  private final SparkSession spark = SharedSpark.session();

  private static StagedCount row(String area, String measure, String sex, double value) {
    return new StagedCount(area, 2023, "Y", measure, sex, "all", value, null, null, "counts_csv", "a.csv", "line 2",
        2L, "sha");
  }

  private Map<String, Row> fct(StagedCount... rows) {
    List<Row> r = java.util.Arrays.stream(rows).map(IngestRows::staged).toList();
    Dataset<Row> stg = spark.createDataFrame(r, Tables.STG_COUNTS.schema());
    Dataset<Row> out = FactCountsJob.run(stg, SharedSpark.catalogue());
    assertThat(out.columns()).containsExactlyElementsOf(Tables.FCT_COUNTS.columns());
    return out.collectAsList().stream().collect(Collectors.toMap(
        x -> x.getAs("area_code") + "/" + x.getAs("measure") + "/" + x.getAs("sex"), x -> x));
  }

  @Test
  void districtIsTheSumOfItsCommunesAndTotalsAreDerivedFromSexes() {
    Map<String, Row> f = fct(
        row("23482", "live_births", "F", 41), row("23482", "live_births", "M", 44),
        row("23485", "live_births", "F", 20), row("23485", "live_births", "M", 22), row("23485", "live_births", "T", 42),
        row("23482", "maternal_deaths", "T", 1),
        row("614", "agencies", "T", 21));

    assertThat(f.get("23482/live_births/T").<Double>getAs("value")).isEqualTo(85.0);
    assertThat(f.get("23482/live_births/T").<String>getAs("derivation")).isEqualTo("sum_of_sexes");
    assertThat(f.get("23485/live_births/T").<String>getAs("derivation")).isEqualTo("reported");
    Row districtBirths = f.get("614/live_births/T");
    assertThat(districtBirths.<Double>getAs("value")).isEqualTo(127.0);
    assertThat(districtBirths.<String>getAs("derivation")).isEqualTo("sum_of_communes");
    assertThat(districtBirths.<Integer>getAs("areas_reporting")).isEqualTo(2);
    assertThat(f.get("614/live_births/F").<Double>getAs("value")).isEqualTo(61.0);
    assertThat(f.get("614/maternal_deaths/T").<Boolean>getAs("sensitive")).isTrue();
    assertThat(f.get("614/agencies/T").<String>getAs("derivation")).as("district measure as reported").isEqualTo("reported");
    assertThat(f.get("614/live_births/T").<Boolean>getAs("sensitive")).isFalse();
    assertThat(f).as("8 commune or reported rows + 4 district sums").hasSize(12);
  }

  @Test
  void meansAreNeitherSummedNorTotalled() {
    Map<String, Row> f = fct(row("614", "unpaid_care_hours_mean", "F", 24.5), row("614", "unpaid_care_hours_mean", "M", 10.0));
    assertThat(f).containsOnlyKeys("614/unpaid_care_hours_mean/F", "614/unpaid_care_hours_mean/M");
  }
}
