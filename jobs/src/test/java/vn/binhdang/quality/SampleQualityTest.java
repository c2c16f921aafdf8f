package vn.binhdang.quality;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import vn.binhdang.pipeline.RunPipeline;
import vn.binhdang.testing.SampleRun;

/**
 * Data quality on the embedded sample (the shared run), read back with an independent reader (DuckDB): the
 * planted faults of data/README.md as dq_results, mart_completeness and the rejects report show them.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SampleQualityTest {
  private RunPipeline.Outcome outcome;
  private Path out;

  @BeforeAll
  void run() {
    outcome = SampleRun.outcome();
    out = SampleRun.outcomeDir();
  }

  @Test
  void theSampleBreaksNoErrorRuleSoItsRejectsAreThePlantedOnes() throws SQLException {
    assertThat(outcome.manifest().rejectsByRule()).containsOnlyKeys(
        "duplicate_row", "not_a_number", "sex_total_mismatch", "unknown_measure", // the reports' planted faults
        "out_of_range", "bad_date", "duplicate_record", "duplicate_id_conflict"); // the registers' planted faults
    try (Statement st = db()) {
      assertThat(one(st, "select count(*) from " + scan("dq_results") + " where rejected")).isZero();
      assertThat(one(st, "select count(*) from " + scan("dq_results") + " where passed is not null")).isPositive();
      // every error rule of the catalogue that commune or district reports can reach was evaluated
      assertThat(strings(st, "select distinct rule_code from " + scan("dq_results") + " order by 1"))
          .contains("sex_total_mismatch", "employed_wage_le_employed", "gbv_supported_le_victims",
              "births_15_19_le_live_births", "schools_curriculum_le_schools", "agencies_leader_le_agencies",
              "unpaid_care_hours_in_week", "primary_completers_plausible");
      // Đắk Kôi 2019: the misspelt curriculum measure was rejected, so its rule could not be evaluated
      assertThat(one(st, "select count(*) from " + scan("dq_results") + " where rule_code = "
          + "'schools_curriculum_le_schools' and area_code = '23482' and year = 2019 and passed is null")).isEqualTo(1);
      // the swapped digits of Đắk Ruồng 2018 were rejected at staging: no employed_agri triplet reached DQ
      assertThat(one(st, "select count(*) from " + scan("dq_results") + " where measure = 'employed_agri' and "
          + "area_code = '23488' and year = 2018")).isZero();
    }
  }

  @Test
  void completenessShowsTheLateReportAndTheMissingQuarter() throws SQLException {
    try (Statement st = db()) {
      String t = scan("mart_completeness");
      assertThat(one(st, "select count(*) from " + t)).isEqualTo(8 * 9);
      assertThat(one(st, "select sum(received) from " + t)).isEqualTo(72);
      assertThat(strings(st, "select area_code || ' ' || year || ' ' || days_late from " + t + " where late = 1"))
          .containsExactly("23494 2023 8");
      assertThat(strings(st, "select area_code || ' ' || periods_received || '/' || periods_expected || ' ' || "
          + "values_staged || '/' || values_expected || ' ' || complete from " + t + " where area_code = '23497' "
          + "and year = 2023")).containsExactly("23497 3/4 70/71 0");
      assertThat(strings(st, "select area_code || ' ' || year || ' ' || values_rejected from " + t
          + " where values_rejected > 0 order by year"))
          .containsExactly("23488 2018 3", "23482 2019 1", "614 2020 1", "23491 2021 1");
      assertThat(one(st, "select sum(on_time) from " + t)).isEqualTo(71);
      assertThat(one(st, "select count(*) from " + t + " where complete = 1")).isEqualTo(72 - 4);
    }
  }

  @Test
  void outliersAreFlaggedNotDropped() throws SQLException {
    try (Statement st = db()) {
      assertThat(one(st, "select count(*) from " + scan("dq_outliers"))).isPositive();
      assertThat(strings(st, "select distinct method from " + scan("dq_outliers") + " order by 1"))
          .containsExactly("iqr_communes", "iqr_series", "modified_z_communes", "modified_z_series");
      // every tested value is still in fct_indicator
      assertThat(one(st, "select count(*) from " + scan("dq_outliers") + " o anti join " + scan("fct_indicator")
          + " f using (indicator_code, area_code, year, sex)")).isZero();
    }
  }

  @Test
  void theRejectsReportIsWrittenBesideTheWarehouse() {
    assertThat(out.resolve("rejects/rejects-2023.xlsx")).isRegularFile();
    assertThat(out.resolve("rejects/rejects-2023.csv")).isRegularFile();
    assertThat(out.resolve(".rejects-" + outcome.runId())).doesNotExist();
  }

  private Statement db() throws SQLException {
    Connection c = DriverManager.getConnection("jdbc:duckdb:");
    return c.createStatement();
  }

  private String scan(String table) {
    return "read_parquet('" + outcome.release().resolve(table) + "/**/*.parquet', hive_partitioning = true)";
  }

  private static long one(Statement st, String sql) throws SQLException {
    try (ResultSet rs = st.executeQuery(sql)) {
      rs.next();
      return rs.getLong(1);
    }
  }

  private static List<String> strings(Statement st, String sql) throws SQLException {
    List<String> out = new ArrayList<>();
    try (ResultSet rs = st.executeQuery(sql)) {
      while (rs.next()) out.add(rs.getString(1));
    }
    return out;
  }
}
