package vn.binhdang.quality;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;
import vn.binhdang.catalogue.Catalogue;
import vn.binhdang.catalogue.DqExpression;
import vn.binhdang.catalogue.DqRule;
import vn.binhdang.catalogue.Measure;
import vn.binhdang.catalogue.MeasureRef;
import vn.binhdang.ingest.IngestRows;
import vn.binhdang.ingest.StagedCount;
import vn.binhdang.testing.SharedSpark;
import vn.binhdang.warehouse.Tables;

/**
 * Every rule shipped in dq_rules.csv, broken on purpose: for each, the values of its first check are set so
 * that it fails (each rule in a year of its own), and one evaluation shows that every error rule rejects exactly
 * the values it reads and every warning only flags. Data-driven, so a rule added to the file is covered too.
 */
class EveryRuleTest {

  @Test
  void everyShippedRuleFailsWhenItsValuesBreakIt() {
    Catalogue catalogue = SharedSpark.catalogue();
    List<DqCheck> firstChecks = new ArrayList<>();
    for (DqRule rule : catalogue.dqRules()) {
      firstChecks.add(DqCheck.of(catalogue).stream().filter(c -> c.rule() == rule).findFirst().orElseThrow());
    }
    List<StagedCount> rows = new ArrayList<>();
    for (int i = 0; i < firstChecks.size(); i++) {
      DqCheck c = firstChecks.get(i);
      boolean leftBig = c.rule().operator() != DqRule.Operator.GE && c.rule().operator() != DqRule.Operator.GT;
      Measure any = catalogue.measure(c.reads().get(0).measure()).orElseThrow();
      String area = any.communeLevel() ? "23482" : "614";
      String group = c.groups().iterator().next();
      String period = c.period().periods().get(0);
      String file = "rules/" + c.rule().code() + ".csv";
      add(rows, c.left(), leftBig ? 1000 : 1, area, 2000 + i, period, group, file);
      add(rows, c.right(), leftBig ? 1 : 1000, area, 2000 + i, period, group, file);
    }
    var staged = SharedSpark.session().createDataFrame(rows.stream().map(IngestRows::staged).toList(),
        Tables.STG_COUNTS.schema());
    DataQualityJob.Result r = DataQualityJob.run(staged, catalogue);
    List<Row> results = r.results().where("passed = false").collectAsList();
    List<Row> rejects = r.rejects().collectAsList();
    assertThat(r.kept().count() + rejects.size()).isEqualTo(rows.size());

    for (int i = 0; i < firstChecks.size(); i++) {
      DqCheck c = firstChecks.get(i);
      String code = c.rule().code();
      int year = 2000 + i;
      assertThat(results).as(code + " fails").anyMatch(x -> x.getAs("rule_code").equals(code)
          && x.<Integer>getAs("year") == year);
      long read = rows.stream().filter(s -> s.year() == year).count();
      List<Row> mine = rejects.stream().filter(x -> x.getAs("source_file").equals("rules/" + code + ".csv")).toList();
      if (c.rule().severity() == DqRule.Severity.ERROR) {
        assertThat(mine).as(code + " rejects what it reads").hasSize((int) read)
            .allSatisfy(x -> assertThat(x.<String>getAs("rule")).isEqualTo(code));
      } else {
        assertThat(mine).as(code + " is a warning: nothing rejected").isEmpty();
      }
    }
  }

  private static void add(List<StagedCount> rows, DqExpression side, double value, String area, int year,
      String period, String group, String file) {
    for (MeasureRef ref : side.refs()) {
      boolean seen = rows.stream().anyMatch(s -> s.year() == year && s.measure().equals(ref.measure())
          && s.sex().equals(ref.fixedSex().name()));
      if (seen) continue;
      long line = rows.stream().filter(s -> s.sourceFile().equals(file)).count() + 2;
      rows.add(new StagedCount(area, year, period, ref.measure(), ref.fixedSex().name(), group, value, null, null,
          "counts_csv", file, "line " + line, line, "sha"));
    }
  }
}
