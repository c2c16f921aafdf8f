package vn.binhdang.marts;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import vn.binhdang.catalogue.Indicator;
import vn.binhdang.testing.SharedSpark;

/** The status of a complete count with unreported periods (MED_COMMUNE_NEWS, ≥ 100 %; issue 12). */
class TargetAssessmentTest {
  private final Indicator news = SharedSpark.catalogue().indicator("MED_COMMUNE_NEWS").orElseThrow();

  private String status(double value, Double bestCase) {
    return TargetAssessment.assess(news, value, null, null, 2023, null, null, 2023, bestCase).status();
  }

  @Test
  void aCommuneThatMetEveryQuarterItReportedButMissedOneCannotBeJudged() {
    // Tân Lập 2023: Q1, Q2, Q4 each with >= 3 items, Q3 never reported: 0 of 1, but it could be 1 of 1
    assertThat(status(0.0, 100.0)).isEqualTo("cannot_tell");
  }

  @Test
  void aDistrictBelowTheTargetEvenIfThePendingCommunesMetItHasNotAchievedIt() {
    // 3 of 7 communes met the bar, 1 pending: at best 4 of 7 = 57.1 %, still below 100 %
    assertThat(status(300.0 / 7, 400.0 / 7)).isEqualTo("not_achieved");
    assertThat(status(600.0 / 7, 100.0)).isEqualTo("cannot_tell");
  }

  @Test
  void withNothingPendingThePointValueDecides() {
    assertThat(status(0.0, null)).isEqualTo("not_achieved");
    assertThat(status(100.0, null)).isEqualTo("achieved");
  }
}
