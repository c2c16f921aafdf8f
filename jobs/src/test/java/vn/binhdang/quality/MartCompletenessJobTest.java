package vn.binhdang.quality;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import vn.binhdang.ingest.IngestRows;
import vn.binhdang.ingest.Reject;
import vn.binhdang.catalogue.RejectRule;
import vn.binhdang.ingest.StagedCount;
import vn.binhdang.testing.SharedSpark;
import vn.binhdang.warehouse.Tables;

/** Expected, received, on time, late, date unknown and missing reports, and how complete they are. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MartCompletenessJobTest {
  private final List<StagedCount> staged = new ArrayList<>();
  private final List<Reject> rejects = new ArrayList<>();
  private Map<String, Row> byKey;

  private void stage(String file, String area, int year, String period, String measure, LocalDate submitted) {
    boolean form = file.endsWith(".xlsx");
    staged.add(new StagedCount(area, year, period, measure, "T", "all", 1, submitted, null,
        form ? "form_xlsx" : "counts_csv", file, form ? "Mục tiêu 5!C9" : "line " + (staged.size() + 2),
        form ? null : (long) staged.size() + 2, "sha"));
  }

  @BeforeAll
  void run() {
    LocalDate early = LocalDate.of(2022, 12, 5);
    stage("counts/2022/23482.csv", "23482", 2022, "Y", "schools", early);
    stage("counts/2022/23482.csv", "23482", 2022, "Y", "organisations", early);
    LocalDate late = LocalDate.of(2023, 12, 18);
    stage("counts/2023/23482.csv", "23482", 2023, "Y", "schools", late);
    for (String q : List.of("Q1", "Q2", "Q4")) stage("counts/2023/23482.csv", "23482", 2023, q, "ge_news_items", late);
    stage("forms/bieu-mau-2023-23485.xlsx", "23485", 2023, "Y", "schools", null);
    stage("counts/2022/23491.csv", "23491", 2022, "Y", "schools", LocalDate.of(2022, 12, 10));
    // the district's 2022 report: one required value and an optional standard error
    stage("counts/2022/614.csv", "614", 2022, "Y", "agencies", early);
    stage("counts/2022/614.csv", "614", 2022, "Y", "unpaid_care_hours_mean_se", early);
    rejects.add(Reject.atLine("counts_csv", "counts/2022/23491.csv", 3, "23491", "value", "1O1",
        RejectRule.NOT_A_NUMBER, "not a number", "sha"));
    // a form filled with another commune's cover: every cell rejected, but the report arrived
    rejects.add(Reject.atCell("form_xlsx", "forms/bieu-mau-2023-23488.xlsx", "Mục tiêu 2", "C7", "23488", "value", "5",
        RejectRule.FORM_WRONG_AREA, "wrong area", "sha"));
    rejects.add(Reject.atCell("form_xlsx", "forms/bieu-mau-2023-23488.xlsx", "Mục tiêu 2", "D7", "23488", "value", "6",
        RejectRule.FORM_WRONG_AREA, "wrong area", "sha"));
    // another year's form: not this year's report
    rejects.add(Reject.atCell("form_xlsx", "forms/bieu-mau-2021-23494.xlsx", "Mục tiêu 2", "C7", "23494", "value", "5",
        RejectRule.FORM_WRONG_YEAR, "wrong year", "sha"));
    // a file refused without an area
    rejects.add(Reject.ofFile("counts_csv", "counts/2023/broken.csv", RejectRule.BAD_HEADER, "no header", "sha"));

    SparkSession spark = SharedSpark.session();
    List<Row> out = MartCompletenessJob.run(spark,
        spark.createDataFrame(staged.stream().map(IngestRows::staged).toList(), Tables.STG_COUNTS.schema()),
        spark.createDataFrame(rejects.stream().map(IngestRows::reject).toList(), Tables.REJECTS.schema()),
        SharedSpark.catalogue(), 2023).collectAsList();
    byKey = out.stream().collect(Collectors.toMap(r -> r.getAs("area_code") + " " + r.getAs("year"), r -> r));
  }

  @Test
  void everyCommuneAndTheDistrictIsExpectedEveryYear() {
    assertThat(byKey).hasSize(16);
    assertThat(byKey.values()).allSatisfy(r -> {
      assertThat(r.<Integer>getAs("expected")).isEqualTo(1);
      assertThat(r.<Integer>getAs("on_time") + r.<Integer>getAs("late") + r.<Integer>getAs("date_unknown")
          + r.<Integer>getAs("missing")).isEqualTo(1);
      assertThat(r.<Date>getAs("deadline").toLocalDate())
          .isEqualTo(LocalDate.of(r.<Integer>getAs("year"), 12, 10));
    });
    Row district = byKey.get("614 2023");
    assertThat(district.<String>getAs("form")).isEqualTo("district_report");
    // 26 values on the district's form, of which the two standard errors of the unpaid-care means are optional
    assertThat(district.<Integer>getAs("values_expected")).isEqualTo(24);
    assertThat(byKey.get("614 2022").<Integer>getAs("values_staged")).as("the standard error is not counted")
        .isEqualTo(1);
    assertThat(district.<Integer>getAs("periods_expected")).isEqualTo(12);
    assertThat(district.<String>getAs("status")).isEqualTo("missing");
    assertThat(byKey.get("23479 2023").<String>getAs("form")).isEqualTo("commune_report");
    assertThat(byKey.get("23479 2023").<Integer>getAs("values_expected")).isEqualTo(71);
  }

  @Test
  void onTimeIsOnOrBeforeTenDecember() {
    Row r = byKey.get("23482 2022");
    assertThat(r.<String>getAs("status")).isEqualTo("on_time");
    assertThat(r.<Integer>getAs("days_late")).isZero();
    assertThat(r.<Date>getAs("submitted_on").toLocalDate()).isEqualTo(LocalDate.of(2022, 12, 5));
    assertThat(byKey.get("23491 2022").<String>getAs("status")).as("10 December itself").isEqualTo("on_time");
  }

  @Test
  void aLateReportCountsItsDaysAndItsMissingQuarter() {
    Row r = byKey.get("23482 2023");
    assertThat(r.<String>getAs("status")).isEqualTo("late");
    assertThat(r.<Integer>getAs("late")).isEqualTo(1);
    assertThat(r.<Integer>getAs("on_time")).isZero();
    assertThat(r.<Integer>getAs("days_late")).isEqualTo(8);
    assertThat(r.<Integer>getAs("periods_expected")).isEqualTo(4);
    assertThat(r.<Integer>getAs("periods_received")).isEqualTo(3);
    assertThat(r.<Integer>getAs("values_staged")).isEqualTo(4);
    assertThat(r.<Integer>getAs("complete")).isZero();
  }

  @Test
  void aReportWithoutADateIsReceivedWithAnUnknownDate() {
    Row r = byKey.get("23485 2023");
    assertThat(r.<String>getAs("status")).isEqualTo("date_unknown");
    assertThat(r.<Integer>getAs("received")).isEqualTo(1);
    assertThat(r.<Date>getAs("submitted_on")).isNull();
    assertThat(r.<Integer>getAs("days_late")).isNull();
  }

  @Test
  void rejectsCountForTheReportTheyBelongTo() {
    Row pne = byKey.get("23491 2022");
    assertThat(pne.<Integer>getAs("values_rejected")).isEqualTo(1);
    assertThat(pne.<Integer>getAs("values_staged")).isEqualTo(1);
    assertThat(pne.<Integer>getAs("files_received")).isEqualTo(1);
    // a form whose every cell was rejected still arrived (for the plan year)
    Row ruong = byKey.get("23488 2023");
    assertThat(ruong.<Integer>getAs("received")).isEqualTo(1);
    assertThat(ruong.<Integer>getAs("values_rejected")).isEqualTo(2);
    assertThat(ruong.<Integer>getAs("values_staged")).isZero();
    assertThat(ruong.<String>getAs("status")).isEqualTo("date_unknown");
    // another year's form is not this year's report; a file refused without an area counts for none
    assertThat(byKey.get("23494 2023").<String>getAs("status")).isEqualTo("missing");
    assertThat(byKey.values()).filteredOn(r -> r.<Integer>getAs("missing") == 1).allSatisfy(r -> {
      assertThat(r.<Integer>getAs("files_received")).isZero();
      assertThat(r.<Date>getAs("submitted_on")).isNull();
    });
  }
}
