package vn.binhdang.disclosure;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class DisclosurePlanTest {

  private static DisclosurePlan.Figure fig(String area, String period, boolean pooled, int year, double num,
      double den, int areas) {
    return new DisclosurePlan.Figure(area, "T", period, pooled, year, num, den, areas);
  }

  /**
   * Victims supported / victims in three communes (a, b, c) and the district (d) for one year. Worked by
   * hand: b has 2 supported (primary); the supported relation d = a + b + c then needs one more hidden
   * part, the smallest non-zero: a (5). The figures a and b are hidden whole (their victims too).
   */
  @Test
  void smallCountHidesItsFigureAndOneMore() {
    List<DisclosurePlan.Hidden> h = DisclosurePlan.decide(List.of(
        fig("a", "2023", false, 2023, 5, 6, 1), fig("b", "2023", false, 2023, 2, 10, 1),
        fig("c", "2023", false, 2023, 8, 9, 1), fig("d", "2023", false, 2023, 15, 25, 3)), true, true, "d");
    assertThat(h).containsExactlyInAnyOrder(new DisclosurePlan.Hidden("b", "T", "2023", "primary"),
        new DisclosurePlan.Hidden("a", "T", "2023", "complementary"));
  }

  @Test
  void aDistrictSummedFromFewerCommunesIsNoRelation() {
    // the district sums a and b only (c has no denominator): no relation to protect, only the primary
    List<DisclosurePlan.Hidden> h = DisclosurePlan.decide(List.of(
        fig("a", "2023", false, 2023, 6, 9, 1), fig("b", "2023", false, 2023, 3, 8, 1),
        fig("d", "2023", false, 2023, 9, 17, 3)), true, true, "d");
    assertThat(h).containsExactly(new DisclosurePlan.Hidden("b", "T", "2023", "primary"));
  }

  @Test
  void aPooledPeriodCannotRevealAHiddenYear() {
    // maternal deaths (numerator only sensitive): 2022 has 1 death; the 2021-2023 total (1) is itself small
    List<DisclosurePlan.Hidden> h = DisclosurePlan.decide(List.of(
        fig("a", "2021", false, 2021, 0, 200, 1), fig("a", "2022", false, 2022, 1, 210, 1),
        fig("a", "2023", false, 2023, 0, 190, 1), fig("a", "2021-2023", true, 2023, 1, 600, 1)), true, false, "d");
    assertThat(h).extracting(DisclosurePlan.Hidden::periodLabel).containsExactlyInAnyOrder("2022", "2021-2023");
  }

  @Test
  void pooledTotalLargeEnoughForcesAnotherYearHidden() {
    // 2022 has 2 deaths, the pooled 7: publishing 2021 and 2023 would give 2022 = 7 - 3 - 2
    List<DisclosurePlan.Hidden> h = DisclosurePlan.decide(List.of(
        fig("a", "2021", false, 2021, 3, 200, 1), fig("a", "2022", false, 2022, 2, 210, 1),
        fig("a", "2023", false, 2023, 2, 190, 1), fig("a", "2021-2023", true, 2023, 7, 600, 1)), true, false, "d");
    assertThat(h).extracting(DisclosurePlan.Hidden::periodLabel).contains("2021", "2022", "2023");
  }
}
