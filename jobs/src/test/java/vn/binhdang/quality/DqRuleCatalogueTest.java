package vn.binhdang.quality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.binhdang.catalogue.Catalogue;
import vn.binhdang.catalogue.CatalogueException;
import vn.binhdang.catalogue.CatalogueLoader;
import vn.binhdang.catalogue.DqExpression;
import vn.binhdang.catalogue.DqRule;
import vn.binhdang.catalogue.MeasureRef;
import vn.binhdang.catalogue.Sex;
import vn.binhdang.catalogue.RejectRule;
import vn.binhdang.testing.SharedSpark;

/** dq_rules.csv: the expression language, and a broken rule as one line naming the file and line. */
class DqRuleCatalogueTest {

  @TempDir Path tmp;

  @Test
  void shippedRulesLoadInFileOrder() {
    Catalogue c = SharedSpark.catalogue();
    assertThat(c.dqRules()).hasSizeGreaterThanOrEqualTo(15);
    assertThat(c.dqRules().get(0).code()).isEqualTo(DqRule.SEX_TOTAL);
    assertThat(c.dqRules().get(0).isWildcard()).isTrue();
    DqRule gbv = c.dqRule("gbv_supported_le_victims").orElseThrow();
    assertThat(gbv.text()).isEqualTo("gbv_victims_supported <= gbv_victims");
    assertThat(gbv.severity()).isEqualTo(DqRule.Severity.ERROR);
    assertThat(c.dqRule("primary_completers_plausible").orElseThrow().severity()).isEqualTo(DqRule.Severity.WARNING);
    assertThat(c.dqRule("primary_completers_plausible").orElseThrow().right().toString())
        .isEqualTo("primary_completion_age_pop * 1.5");
    for (int i = 0; i < c.dqRules().size(); i++) assertThat(c.dqRules().get(i).order()).isEqualTo(i);
    assertThat(c.dqRules()).allSatisfy(r -> {
      assertThat(r.descriptionVi()).isNotBlank();
      assertThat(r.descriptionEn()).isNotBlank();
    });
    assertThat(CatalogueLoader.fromClasspath().dqRules()).isEqualTo(c.dqRules());
  }

  @Test
  void shippedRuleCodesDoNotReuseStagingCodesExceptTheSexTotal() {
    List<String> staging = java.util.Arrays.stream(RejectRule.values()).map(RejectRule::code).toList();
    assertThat(SharedSpark.catalogue().dqRules()).filteredOn(r -> staging.contains(r.code()))
        .extracting(DqRule::code).containsExactly(DqRule.SEX_TOTAL);
  }

  @Test
  void expressionsParse() {
    DqExpression e = DqExpression.parse("  live_births[T] + 2 * women_15_19 * 0.5 + 3");
    assertThat(e.terms()).containsExactly(
        new DqExpression.Term(1, new MeasureRef("live_births", Sex.T)),
        new DqExpression.Term(1, new MeasureRef("women_15_19", null)),
        new DqExpression.Term(3, null));
    assertThat(e.toString()).isEqualTo("live_births[T] + women_15_19 + 3");
    assertThat(DqExpression.parse("1.5*employed").toString()).isEqualTo("employed * 1.5");
    assertThat(DqExpression.parse("employed").isSingleRef()).isTrue();
    assertThat(DqExpression.parse("employed * 2").isSingleRef()).isFalse();
    DqExpression any = DqExpression.parse("*[F] + *[M]");
    assertThat(any.refs()).extracting(MeasureRef::measure).containsOnly("*");
    assertThat(any.withMeasure("employed").toString()).isEqualTo("employed[F] + employed[M]");
  }

  @Test
  void badExpressionsSayWhy() {
    assertThatThrownBy(() -> DqExpression.parse("employed - employed_wage")).hasMessageContaining("unexpected '-'");
    assertThatThrownBy(() -> DqExpression.parse("employed * employed_wage")).hasMessageContaining("multiplies two measures");
    assertThatThrownBy(() -> DqExpression.parse("employed[X]")).hasMessageContaining("unknown sex 'X'");
    assertThatThrownBy(() -> DqExpression.parse("employed[F")).hasMessageContaining("'[' without ']'");
    assertThatThrownBy(() -> DqExpression.parse("employed +")).hasMessageContaining("ends too early");
    assertThatThrownBy(() -> DqExpression.parse("*")).hasMessageContaining("needs a sex");
    assertThatThrownBy(() -> DqExpression.parse("1.2.3")).hasMessageContaining("is not a number");
    assertThatThrownBy(() -> DqExpression.parse("Employed")).hasMessageContaining("expected a measure");
    assertThatThrownBy(() -> DqExpression.parse(" ")).hasMessageContaining("is empty");
  }

  @Test
  void aBrokenRuleIsOneLineNamingFileLineAndFault() throws IOException {
    expectBroken("x_rule,employed_wage,<=,employd,error,v,e", "dq_rules.csv line 19: rule x_rule reads measure 'employd'");
    expectBroken("x_rule,employed_wage,=<,employed,error,v,e", "dq_rules.csv line 19: column operator is '=<'");
    expectBroken("x_rule,employed_wage,<=,employed,fatal,v,e", "dq_rules.csv line 19: column severity is 'fatal'");
    expectBroken("x_rule,employed_wage -,<=,employed,error,v,e", "dq_rules.csv line 19: column left 'employed_wage -'");
    expectBroken("X-Rule,employed_wage,<=,employed,error,v,e", "dq_rules.csv line 19: column code is 'X-Rule'");
    expectBroken("not_a_number,employed_wage,<=,employed,error,v,e", "the code of a staging rule");
    expectBroken("x_rule,employed_wage,<=,employed,error,,e", "column description_vi is empty");
    expectBroken("x_rule,ge_news_items,<=,employed,error,v,e", "mixes periods Q and Y");
    expectBroken("x_rule,agencies,<=,employed,error,v,e", "mixes commune-level and district-level measures");
    expectBroken("x_rule,maternal_deaths[F],<=,live_births,error,v,e", "reads maternal_deaths[F], but measures.csv");
    expectBroken("x_rule,maternal_deaths,<=,unpaid_care_hours_mean,error,v,e", "mixes commune-level");
    expectBroken("x_rule,schools,<=,employed[F] + unpaid_care_hours_mean,error,v,e", "mixes commune-level");
    expectBroken("x_rule,agencies,<=,unpaid_care_hours_mean,error,v,e", "share no sex");
    expectBroken("x_rule,1,<=,2,error,v,e", "compares numbers only");
    expectBroken("x_rule,*[T],<=,employed,error,v,e", "mixes * with the measure employed");
    expectBroken("sex_total_mismatch,*[T],=,*[F] + *[M],warning,v,e", "must be error");
    expectBroken("employed_wage_le_employed,employed_wage,<,employed,error,v,e", "code employed_wage_le_employed appears twice");
  }

  @Test
  void aHeaderWithoutRulesIsACatalogueWithoutRules() throws IOException {
    Path dir = copy();
    Files.writeString(dir.resolve("dq_rules.csv"), "code,left,operator,right,severity,description_vi,description_en\n");
    assertThat(CatalogueLoader.fromDirectory(dir).dqRules()).isEmpty();
    Files.delete(dir.resolve("dq_rules.csv"));
    assertThatThrownBy(() -> CatalogueLoader.fromDirectory(dir)).hasMessageContaining("dq_rules.csv: file not found");
  }

  private void expectBroken(String line, String message) throws IOException {
    Path dir = copy();
    Files.writeString(dir.resolve("dq_rules.csv"), line + "\n", StandardCharsets.UTF_8, StandardOpenOption.APPEND);
    assertThatThrownBy(() -> CatalogueLoader.fromDirectory(dir)).isInstanceOf(CatalogueException.class)
        .hasMessageContaining(message)
        .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
  }

  private Path copy() throws IOException {
    Path dir = Files.createTempDirectory(tmp, "cat");
    for (String f : CatalogueLoader.FILES) {
      Files.copy(SharedSpark.repoRoot().resolve("data/catalogue").resolve(f), dir.resolve(f));
    }
    return dir;
  }
}
