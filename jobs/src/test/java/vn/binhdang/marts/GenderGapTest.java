package vn.binhdang.marts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.withinPercentage;

import org.junit.jupiter.api.Test;
import vn.binhdang.catalogue.Catalogue;
import vn.binhdang.testing.SharedSpark;

/**
 * References: Newcombe (1998) Stat Med 17:873-890 Table II method 10 for 56/70 - 48/80 (0.0524, 0.3339),
 * full precision from R 4.2.2 with prop.test(x, n, correct = FALSE)$conf.int; the Poisson MOVER from
 * poisson.test(x)$conf.int / n combined as L = d - sqrt((r1 - l1)^2 + (u2 - r2)^2), U likewise.
 */
class GenderGapTest {
  private final Catalogue c = SharedSpark.catalogue();

  @Test
  void proportionsUseNewcombesHybridScore() {
    GenderGap.Result r = GenderGap.of(c.indicator("LAB_WAGE_SHARE_F").orElseThrow(), 56.0, 70.0, 48.0, 80.0);
    assertThat(r.gap()).isCloseTo(20.0, withinPercentage(1e-9));
    assertThat(r.lower()).isCloseTo(5.24314724023649, withinPercentage(1e-7));
    assertThat(r.upper()).isCloseTo(33.3872654036906, withinPercentage(1e-7));
    assertThat(r.method()).isEqualTo("newcombe_hybrid_score");
    assertThat(r.parityIndex()).isCloseTo(0.8 / 0.6, withinPercentage(1e-9));
  }

  @Test
  void grossRatiosUseMoverWithExactPoissonLimits() {
    GenderGap.Result r = GenderGap.of(c.indicator("EDU_PRIMARY_COMPLETION_EM").orElseThrow(), 220.0, 224.0, 246.0, 249.0);
    assertThat(r.gap()).isCloseTo(-0.580895008605853, withinPercentage(1e-7));
    assertThat(r.lower()).isCloseTo(-18.7574065014184, withinPercentage(1e-7));
    assertThat(r.upper()).isCloseTo(17.7353872446131, withinPercentage(1e-7));
    assertThat(r.method()).isEqualTo("mover_exact_poisson");
  }

  @Test
  void surveyProportionsUseMoverOnTheirDesignBasedIntervals() {
    // R 4.2.2, survey 4.1-1 (stats/src/test/resources/survey/reference.R) on the sample's 2023 labour survey,
    // communes as strata: women 0.261608319906255 (0.181967486190663, 0.360734431973766), men 0.366914247130317
    // (0.278043777533148, 0.465860821735551); MOVER in R: gap -10.5305927224063 (-23.2322016838819, 2.78253856217224)
    GenderGap.Result r = GenderGap.ofDesign(26.1608319906255, 18.1967486190663, 36.0734431973766, 36.6914247130317,
        27.8043777533148, 46.5860821735551);
    assertThat(r.gap()).isCloseTo(-10.5305927224063, withinPercentage(1e-9));
    assertThat(r.lower()).isCloseTo(-23.2322016838819, withinPercentage(1e-9));
    assertThat(r.upper()).isCloseTo(2.78253856217224, withinPercentage(1e-9));
    assertThat(r.method()).isEqualTo("mover_design");
  }

  @Test
  void missingOrEmptyCountsGiveNoGap() {
    assertThat(GenderGap.of(c.indicator("LAB_WAGE_SHARE_F").orElseThrow(), 5.0, 0.0, 3.0, 10.0).method()).isEqualTo("none");
    assertThat(GenderGap.of(c.indicator("LAB_WAGE_SHARE_F").orElseThrow(), null, 10.0, 3.0, 10.0).gap()).isNull();
  }

  @Test
  void parityIndexIsUndefinedWhenMenHaveNone() {
    GenderGap.Result r = GenderGap.of(c.indicator("LAB_WAGE_SHARE_F").orElseThrow(), 5.0, 10.0, 0.0, 10.0);
    assertThat(r.gap()).isCloseTo(50.0, withinPercentage(1e-9));
    assertThat(r.parityIndex()).isNull();
  }
}
