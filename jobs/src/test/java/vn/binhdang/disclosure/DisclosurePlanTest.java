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

  private static DisclosurePlan.Figure in(String parent, String area, double num, int areas) {
    return new DisclosurePlan.Figure(area, "T", "2023", false, 2023, num, 100.0, areas, parent);
  }

  /**
   * A province p of two districts, d1 = a + b and d2 = c + e, each a sum of its communes. Worked by hand: a (1),
   * b (2) and so d1 (3) are small counts (primary). With p and d2 published, p = d1 + d2 would give d1 back,
   * so d2 is hidden too; and d2 = c + e with c and e published would give d2 back, so the smaller, c, is hidden.
   * The province relation exists only because each figure names its parent.
   */
  @Test
  void sumsAreProtectedAtEveryLevel() {
    List<DisclosurePlan.Hidden> h = DisclosurePlan.decide(List.of(
        in("d1", "a", 1, 1), in("d1", "b", 2, 1), in("d2", "c", 5, 1), in("d2", "e", 9, 1),
        in("p", "d1", 3, 2), in("p", "d2", 14, 2), in(null, "p", 17, 4)), true, false, "p");
    assertThat(h).containsExactlyInAnyOrder(new DisclosurePlan.Hidden("a", "T", "2023", "primary"),
        new DisclosurePlan.Hidden("b", "T", "2023", "primary"), new DisclosurePlan.Hidden("d1", "T", "2023", "primary"),
        new DisclosurePlan.Hidden("d2", "T", "2023", "complementary"),
        new DisclosurePlan.Hidden("c", "T", "2023", "complementary"));
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
    // zeros in the years beside it name no place: they stay published (the group rule is about areas)
    assertThat(h).extracting(DisclosurePlan.Hidden::periodLabel).containsExactlyInAnyOrder("2022", "2021-2023");
  }

  /**
   * Issue 12, point 2: trafficking returnees supported / returnees, one commune with 2 of 2, six at
   * 0/0, the district 2/2. Hiding the one commune and publishing six zeros names where the returnees
   * live; every commune is hidden, and the district (2 of 2, itself small) too.
   */
  @Test
  void zerosBesideAHiddenCommuneAreHiddenToo() {
    List<DisclosurePlan.Figure> f = new java.util.ArrayList<>();
    f.add(fig("c1", "2023", false, 2023, 2, 2, 1));
    for (int i = 2; i <= 7; i++) f.add(fig("c" + i, "2023", false, 2023, 0, 0, 1));
    f.add(fig("d", "2023", false, 2023, 2, 2, 7));
    List<DisclosurePlan.Hidden> h = DisclosurePlan.decide(f, true, true, "d", true);
    assertThat(h).extracting(DisclosurePlan.Hidden::area)
        .containsExactlyInAnyOrder("c1", "c2", "c3", "c4", "c5", "c6", "c7", "d");
  }

  @Test
  void zerosStayPublishedWhereNoHiddenFigureHoldsCases() {
    // 2023 has 3 victims in c1 (hidden) and c2 (complementary); 2022 is all zeros and stays published
    List<DisclosurePlan.Hidden> h = DisclosurePlan.decide(List.of(
        fig("c1", "2023", false, 2023, 3, 7, 1), fig("c2", "2023", false, 2023, 6, 8, 1),
        fig("c3", "2023", false, 2023, 9, 9, 1), fig("d", "2023", false, 2023, 18, 24, 3),
        fig("c1", "2022", false, 2022, 0, 0, 1), fig("c2", "2022", false, 2022, 0, 0, 1),
        fig("c3", "2022", false, 2022, 0, 0, 1), fig("d", "2022", false, 2022, 0, 0, 3)), true, true, "d", true);
    assertThat(h).extracting(DisclosurePlan.Hidden::periodLabel).containsOnly("2023");
  }

  /**
   * Issue 12, point 2b: GBV victims supported. Hidden c1 (3/3) and c2 (8/8) leave a remainder of 11
   * supported of 11 victims: both are pinned at 100 % (supported ≤ victims in each). The smallest
   * published commune below 100 % (c3, 9 of 10) is hidden too, so the remainder is 20 of 21.
   */
  @Test
  void aRemainderThatPinsHiddenSharesAt100PercentIsBroken() {
    List<DisclosurePlan.Hidden> h = DisclosurePlan.decide(List.of(
        fig("c1", "2022", false, 2022, 3, 3, 1), fig("c2", "2022", false, 2022, 8, 8, 1),
        fig("c3", "2022", false, 2022, 9, 10, 1), fig("c4", "2022", false, 2022, 12, 20, 1),
        fig("d", "2022", false, 2022, 32, 41, 4)), true, true, "d", true);
    assertThat(h).extracting(DisclosurePlan.Hidden::area).containsExactlyInAnyOrder("c1", "c2", "c3");
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
