package vn.binhdang.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import vn.binhdang.catalogue.Indicator;
import vn.binhdang.stats.disclosure.AuditReport;
import vn.binhdang.stats.disclosure.Relation;
import vn.binhdang.stats.disclosure.SuppressionAudit;
import vn.binhdang.testing.SampleRun;
import vn.binhdang.testing.SharedSpark;

/**
 * On the sample's release: a reader who sees every published (not suppressed) count of a sensitive
 * indicator and knows how they add up (district = Σ communes that reported, pooled = Σ years) cannot
 * recover a hidden count of 1 to 4. The relations are rebuilt here, independently of the production
 * code, and every hidden count's feasible range is computed by linear programming (SuppressionAudit).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DisclosureAuditTest {
  private List<Row> rows;

  @BeforeAll
  void run() {
    RunPipeline.Outcome o = SampleRun.outcome();
    rows = SharedSpark.session().read().parquet(o.release().resolve("fct_indicator").toString()).collectAsList();
  }

  @Test
  void noHiddenSmallCountCanBeRecovered() {
    int audited = 0;
    for (Indicator ind : SharedSpark.catalogue().indicators()) {
      if (!ind.sensitive()) continue;
      for (String role : List.of("numerator", "denominator")) {
        String measure = role.equals("numerator") ? ind.numerator().measure() : ind.denominator().measure();
        if (!SharedSpark.catalogue().measure(measure).orElseThrow().sensitive()) continue;
        audited += audit(ind.code(), role);
      }
    }
    assertThat(audited).as("small counts hidden in the sample").isGreaterThan(20);
  }

  /** Audits one count of one indicator; returns how many small hidden counts it checked. */
  private int audit(String indicator, String role) {
    Map<String, Double> values = new HashMap<>();
    Set<String> hidden = new HashSet<>();
    Map<String, List<String>> districtParts = new HashMap<>();
    List<Relation<String>> relations = new ArrayList<>();
    List<Row> figures = rows.stream().filter(r -> r.getAs("indicator_code").equals(indicator)
        && r.getAs("numerator") != null && r.getAs("denominator") != null).toList();
    for (Row r : figures) {
      String cell = r.getAs("area_code") + "|" + r.getAs("sex") + "|" + r.getAs("period_label");
      values.put(cell, r.getAs(role));
      if (r.<Boolean>getAs("suppressed")) hidden.add(cell);
      if (!r.getAs("area_code").equals("614")) {
        districtParts.computeIfAbsent(r.getAs("sex") + "|" + r.getAs("period_label"), k -> new ArrayList<>()).add(cell);
      }
    }
    for (Row r : figures) {
      String sexPeriod = r.getAs("sex") + "|" + r.getAs("period_label");
      String cell = r.getAs("area_code") + "|" + sexPeriod;
      if (r.getAs("area_code").equals("614") && districtParts.containsKey(sexPeriod)
          && r.<Integer>getAs("areas_reporting") == districtParts.get(sexPeriod).size()) {
        relations.add(Relation.of(cell, districtParts.get(sexPeriod).toArray(String[]::new)));
      }
      if (r.<Boolean>getAs("pooled")) {
        String label = r.getAs("period_label");
        int from = Integer.parseInt(label.substring(0, 4));
        int to = Integer.parseInt(label.substring(5));
        List<String> years = new ArrayList<>();
        for (int y = from; y <= to; y++) years.add(r.getAs("area_code") + "|" + r.getAs("sex") + "|" + y);
        relations.add(Relation.of(cell, years.toArray(String[]::new)));
      }
    }
    AuditReport<String> report = SuppressionAudit.audit(values, relations, hidden);
    int small = 0;
    for (String cell : hidden) {
      double v = values.get(cell);
      if (v >= 1 && v <= 4) {
        small++;
        assertThat(report.determinedCells()).as(indicator + " " + role + " " + cell).doesNotContain(cell);
      }
    }
    assertThat(report.singleHiddenRelations()).as(indicator + " " + role).isEmpty();
    // and every published small count is... not published: counts 1-4 are always hidden
    values.forEach((cell, v) -> {
      if (v >= 1 && v <= 4) assertThat(hidden).as(indicator + " " + role + " " + cell).contains(cell);
    });
    return small;
  }

  /**
   * Group disclosure (issue 12): in every district = Σ communes relation of a sensitive indicator
   * where the district is published and the hidden communes hold cases (the remainder is positive),
   * no published commune shows 0: zeros beside hidden cells would say where the cases are.
   */
  @Test
  void noPublishedZeroBesideHiddenCasesAndNoRemainderPinsHiddenShares() {
    int groups = 0;
    for (Indicator ind : SharedSpark.catalogue().indicators()) {
      if (!ind.sensitive()) continue;
      Map<String, List<Row>> byGroup = new HashMap<>();
      for (Row r : rows) {
        if (!r.getAs("indicator_code").equals(ind.code()) || r.getAs("numerator") == null) continue;
        byGroup.computeIfAbsent(r.getAs("sex") + "|" + r.getAs("period_label"), k -> new ArrayList<>()).add(r);
      }
      for (var e : byGroup.entrySet()) {
        Row district = e.getValue().stream().filter(r -> r.getAs("area_code").equals("614")).findFirst().orElse(null);
        List<Row> communes = e.getValue().stream().filter(r -> !r.getAs("area_code").equals("614")).toList();
        if (district == null || district.<Boolean>getAs("suppressed")
            || district.<Integer>getAs("areas_reporting") != communes.size()
            || communes.stream().noneMatch(r -> r.<Boolean>getAs("suppressed"))) continue;
        groups++;
        double num = district.<Double>getAs("numerator");
        double den = district.<Double>getAs("denominator");
        for (Row c : communes) {
          if (c.<Boolean>getAs("suppressed")) continue;
          num -= c.<Double>getAs("numerator");
          den -= c.<Double>getAs("denominator");
        }
        String where = ind.code() + " " + e.getKey();
        if (num + den > 0) {
          assertThat(communes).as(where + ": published zeros beside hidden cases")
              .noneMatch(c -> !c.<Boolean>getAs("suppressed") && c.<Double>getAs("numerator") == 0
                  && c.<Double>getAs("denominator") == 0);
        }
        boolean share = ind.kind() == Indicator.Kind.PROPORTION || ind.kind() == Indicator.Kind.UNIT_PROPORTION;
        double dn = district.<Double>getAs("numerator");
        double dd = district.<Double>getAs("denominator");
        if (share && den > 0 && dn > 0 && dn < dd) {
          assertThat(num).as(where + ": hidden communes pinned at 0 %").isNotZero();
          assertThat(den - num).as(where + ": hidden communes pinned at 100 %").isNotZero();
        }
      }
    }
    assertThat(groups).as("groups with hidden communes in the sample").isGreaterThan(5);
  }

  /**
   * Nothing derived from a hidden cell is published in the commune comparison (issue 12, point 2b):
   * the warehouse computes no limits, score or rank for a hidden commune (its limits alone gave back
   * its denominator), and the export a planner opens blanks every masked column.
   */
  @Test
  void hiddenCommunesHaveNoLimitsScoresRanksOrSmoothedValues() throws java.io.IOException {
    RunPipeline.Outcome o = SampleRun.outcome();
    List<Row> compare = SharedSpark.session().read()
        .parquet(o.release().resolve("mart_commune_compare").toString()).where("suppressed").collectAsList();
    assertThat(compare).as("suppressed comparison rows in the sample").hasSizeGreaterThan(20);
    for (Row r : compare) {
      for (String c : List.of("funnel_z", "funnel_band", "limit95_lower", "limit95_upper", "limit998_lower",
          "limit998_upper", "rank")) {
        assertThat((Object) r.getAs(c)).as(r.getAs("indicator_code") + " " + r.getAs("area_code") + " " + c).isNull();
      }
    }
    java.nio.file.Path csv = o.release().resolve("exports/mart_commune_compare.csv");
    int hiddenRows = 0;
    try (var parser = org.apache.commons.csv.CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
        .parse(java.nio.file.Files.newBufferedReader(csv))) {
      for (var rec : parser) {
        if (!rec.get("suppressed").equals("true")) continue;
        hiddenRows++;
        for (String c : vn.binhdang.warehouse.Tables.MART_COMMUNE_COMPARE.maskedWhenSuppressed()) {
          assertThat(rec.get(c)).as(rec.get("indicator_code") + " " + rec.get("area_code") + " " + c).isEmpty();
        }
      }
    }
    assertThat(hiddenRows).isEqualTo(compare.size());
  }
}
