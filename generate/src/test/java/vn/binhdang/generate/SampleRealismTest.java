package vn.binhdang.generate;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.binhdang.ingest.StagedCount;

/**
 * The default sample looks like a remote, mostly ethnic-minority district of about 27,700 people:
 * levels within plausible ranges every year, the trends the calibration promises, small counts where
 * disclosure control must act, and a 2023 review with targets met, missed and undecided.
 */
class SampleRealismTest {
  private static List<StagedCount> rows;

  @BeforeAll
  static void generate(@TempDir Path tmp) {
    SampleGenerator.generate(SampleGenerator.Options.defaults(tmp));
    rows = GeneratedFiles.validate(tmp, GeneratedFiles.catalogue(), 2023).kept();
  }

  private static double sum(int year, String measure, String sex, String group) {
    return rows.stream().filter(r -> r.year() == year && r.measure().equals(measure) && r.sex().equals(sex)
        && r.populationGroup().equals(group)).mapToDouble(StagedCount::value).sum();
  }

  private static double sum(int year, String measure, String sex) {
    return sum(year, measure, sex, "all");
  }

  private static List<Double> values(String measure, String sex, Predicate<StagedCount> where) {
    return rows.stream().filter(r -> r.measure().equals(measure) && r.sex().equals(sex) && where.test(r))
        .map(StagedCount::value).toList();
  }

  private static double share(List<Double> values, Predicate<Double> p) {
    return values.stream().filter(p).count() / (double) values.size();
  }

  @Test
  void birthsAndTheSexRatioAtBirthArePlausibleEveryYear() {
    for (int y = 2015; y <= 2023; y++) {
      double births = sum(y, "live_births", "T");
      double srb = 100 * sum(y, "live_births", "M") / sum(y, "live_births", "F");
      assertThat(births).as("births %d", y).isBetween(500.0, 700.0);
      assertThat(srb).as("SRB %d", y).isBetween(95.0, 120.0);
    }
  }

  @Test
  void adolescentBirthRateIsHighButFallingTowardTheTarget() {
    for (int y = 2015; y <= 2023; y++) {
      double abr = 1000 * sum(y, "live_births_mothers_15_19", "T") / sum(y, "women_15_19", "T");
      assertThat(abr).as("ABR %d", y).isBetween(45.0, 110.0);
      assertThat(sum(y, "women_15_19", "T")).isBetween(1000.0, 1400.0);
    }
    double early = 1000 * (sum(2015, "live_births_mothers_15_19", "T") + sum(2016, "live_births_mothers_15_19", "T"))
        / (sum(2015, "women_15_19", "T") + sum(2016, "women_15_19", "T"));
    double abr2023 = 1000 * sum(2023, "live_births_mothers_15_19", "T") / sum(2023, "women_15_19", "T");
    assertThat(abr2023).as("near the target of 60, so the interval decides").isBetween(50.0, 70.0).isLessThan(early);
  }

  @Test
  void maternalDeathsAreRare() {
    for (int y = 2015; y <= 2023; y++) assertThat(sum(y, "maternal_deaths", "T")).isLessThanOrEqualTo(3.0);
    List<Double> communeYears = values("maternal_deaths", "T", r -> true);
    assertThat(share(communeYears, v -> v == 0)).isGreaterThan(0.8);
  }

  @Test
  void womenWorkMoreInFarmingAndLessForWagesThanNationally() {
    for (int y = 2015; y <= 2023; y++) {
      double wage = 100 * sum(y, "employed_wage", "F") / sum(y, "employed", "F");
      double agri = 100 * sum(y, "employed_agri", "F") / sum(y, "employed", "F");
      assertThat(wage).as("female wage share %d, national 34–43 %%", y).isBetween(10.0, 34.0);
      assertThat(agri).as("female agriculture share %d, national 34–45 %%", y).isBetween(60.0, 95.0);
      assertThat(sum(y, "employed", "T")).isBetween(11_000.0, 16_000.0);
    }
    assertThat(sum(2023, "employed_wage", "F") / sum(2023, "employed", "F"))
        .isGreaterThan(sum(2015, "employed_wage", "F") / sum(2015, "employed", "F"));
    assertThat(sum(2023, "employed_agri", "F") / sum(2023, "employed", "F"))
        .isLessThan(sum(2015, "employed_agri", "F") / sum(2015, "employed", "F"));
  }

  @Test
  void violenceAndTraffickingCountsAreSmall() {
    List<Double> victims = values("gbv_victims", "T", r -> true);
    assertThat(victims).allSatisfy(v -> assertThat(v).isLessThanOrEqualTo(12.0));
    assertThat(share(victims, v -> v <= 4)).as("commune-years with 0–4 victims").isGreaterThan(0.6);
    assertThat(share(victims, v -> v >= 1 && v <= 4)).as("cells disclosure control must hide").isGreaterThan(0.3);
    for (int y = 2015; y <= 2023; y++) {
      assertThat(sum(y, "trafficking_returnees_in_need", "T")).isBetween(0.0, 3.0);
      assertThat(sum(y, "gbv_victims_supported", "T")).isLessThanOrEqualTo(sum(y, "gbv_victims", "T"));
    }
  }

  @Test
  void completeEnumerationsHaveAFewUnitsThatRiseOverTheYears() {
    assertThat(values("schools", "T", r -> true)).allSatisfy(v -> assertThat(v).isBetween(3.0, 7.0));
    assertThat(values("organisations", "T", r -> true)).allSatisfy(v -> assertThat(v).isBetween(8.0, 15.0));
    assertThat(values("agencies", "T", r -> true)).allSatisfy(v -> assertThat(v).isBetween(19.0, 22.0));
    assertThat(values("social_facilities", "T", r -> true)).allSatisfy(v -> assertThat(v).isBetween(2.0, 4.0));
    for (String[] pair : new String[][] {{"schools_gender_curriculum", "schools"},
        {"organisations_informed", "organisations"}, {"agencies_female_key_leader", "agencies"},
        {"social_facilities_gbv_active", "social_facilities"}}) {
      assertThat(sum(2023, pair[0], "T")).as(pair[0]).isGreaterThan(sum(2015, pair[0], "T"))
          .isLessThanOrEqualTo(sum(2023, pair[1], "T"));
    }
  }

  @Test
  void newsAndMediaCountsAreMostlyInTheirUsualRanges() {
    List<Double> news = values("ge_news_items", "T", r -> true);
    assertThat(share(news, v -> v >= 2 && v <= 6)).isGreaterThan(0.75);
    List<Double> segments = values("ge_media_segments", "T", r -> true);
    assertThat(segments).allSatisfy(v -> assertThat(v).isBetween(0.0, 4.0));
    assertThat(share(segments, v -> v >= 1 && v <= 3)).isGreaterThan(0.7);
    assertThat(segments).contains(0.0);
  }

  @Test
  void completionRatiosAreGrossRatiosOfPlausibleSize() {
    for (int y = 2015; y <= 2023; y++) {
      for (String level : List.of("primary", "lowsec")) {
        for (String sex : List.of("F", "M")) {
          double r = 100 * sum(y, level + "_completers", sex, "ethnic_minority")
              / sum(y, level + "_completion_age_pop", sex, "ethnic_minority");
          assertThat(r).as("%s %s %d", level, sex, y).isBetween(50.0, 115.0);
        }
      }
    }
  }

  @Test
  void womenDoMostUnpaidCareButTheGapNarrows() {
    for (int y = 2015; y <= 2023; y++) {
      assertThat(sum(y, "unpaid_care_hours_mean", "F")).isGreaterThan(sum(y, "unpaid_care_hours_mean", "M"));
    }
    double ratio2023 = sum(2023, "unpaid_care_hours_mean", "F") / sum(2023, "unpaid_care_hours_mean", "M");
    assertThat(ratio2023).isBetween(1.6, 2.0);
  }

  @Test
  void the2023ReviewHasTargetsMetMissedAndClose() {
    int y = 2023;
    // missed: women's wage share (target ≥ 50 %), agriculture (< 30 %), lower-secondary completion (≥ 95 %)
    assertThat(100 * sum(y, "employed_wage", "F") / sum(y, "employed", "F")).isLessThan(40.0);
    assertThat(100 * sum(y, "employed_agri", "F") / sum(y, "employed", "F")).isGreaterThan(60.0);
    assertThat(100 * sum(y, "lowsec_completers", "F", "ethnic_minority")
        / sum(y, "lowsec_completion_age_pop", "F", "ethnic_minority")).isLessThan(90.0);
    // met: women among vocational entrants (> 30 %), awareness (≥ 60 %)
    assertThat(100 * sum(y, "vocational_entrants", "F") / sum(y, "vocational_entrants", "T")).isGreaterThan(38.0);
    assertThat(100 * sum(y, "ge_survey_basic_knowledge", "T") / sum(y, "ge_survey_respondents", "T"))
        .isGreaterThan(64.0);
    // close, so the interval decides: women directors (≥ 26.05 %)
    assertThat(100 * sum(y, "enterprise_directors", "F") / sum(y, "enterprise_directors", "T")).isBetween(18.0, 34.0);
    // trafficking: x of x supported, the target met at the bound of the scale
    assertThat(sum(y, "trafficking_returnees_in_need", "T")).isPositive()
        .isEqualTo(sum(y, "trafficking_returnees_supported", "T"));
  }
}
