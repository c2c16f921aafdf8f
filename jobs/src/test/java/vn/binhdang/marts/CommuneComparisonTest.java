package vn.binhdang.marts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.withinPercentage;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.binhdang.catalogue.Catalogue;
import vn.binhdang.catalogue.Indicator;
import vn.binhdang.testing.SharedSpark;

class CommuneComparisonTest {
  private final Catalogue c = SharedSpark.catalogue();

  private static CommuneComparison.Unit unit(String area, double num, double den, Double value) {
    return new CommuneComparison.Unit(area, num, den, value, false);
  }

  /**
   * Sex ratio at birth, 40 boys and 45 girls against a district of 315 boys in 590 births: R 4.2.2,
   * th &lt;- 315/590; r &lt;- qbinom(p, 85, th); l &lt;- (r - (pbinom(r, 85, th) - p) / dbinom(r, 85, th)) / 85;
   * 100 * l / (1 - l).
   */
  @Test
  void sexRatioIsComparedOnTheBoysShareAndShownAsARatio() {
    Indicator srb = c.indicator("HLT_SRB").orElseThrow();
    List<CommuneComparison.Result> r = CommuneComparison.compare(srb, 315.0, 275.0, 114.5,
        List.of(unit("a", 40, 45, 88.9), unit("b", 60, 50, 120.0)));
    CommuneComparison.Result a = r.get(0);
    assertThat(a.limit998Lower()).isCloseTo(56.2978807104228, withinPercentage(1e-7));
    assertThat(a.limit95Lower()).isCloseTo(72.8787183180375, withinPercentage(1e-7));
    assertThat(a.limit95Upper()).isCloseTo(173.004352708532, withinPercentage(1e-7));
    assertThat(a.limit998Upper()).isCloseTo(225.778258947649, withinPercentage(1e-7));
    assertThat(a.z()).isCloseTo(-1.17007215147489, withinPercentage(1e-7));
    assertThat(a.band()).isEqualTo("inside");
    assertThat(a.overdispersion()).as("two communes: too few to estimate").isEqualTo("none");
    assertThat(a.phi()).isNull();
    // closer to the target 100 ranks first: |88.9 - 100| < |120 - 100|
    assertThat(r).extracting(CommuneComparison.Result::rank).containsExactly(1, 2);
  }

  /**
   * A survey estimate at its design-equivalent size: 15.8 % of 1,200 weighted employed women that rest on 40
   * respondents' worth of precision. The normal limits at n = 40.3 around θ = 0.262 (R 4.2.2:
   * th + c(-1, 1) * qnorm(0.975) * sqrt(th * (1 - th) / 40.3)) are 12.5913040033970 % and 39.7303599778539 %,
   * not the ±2.5 points of n = 1,200; the commune is inside them.
   */
  @Test
  void aSurveyEstimateIsPlacedAtItsDesignEquivalentSize() {
    Indicator wage = c.indicator("LAB_WAGE_SHARE_F").orElseThrow();
    List<CommuneComparison.Unit> units = List.of(
        new CommuneComparison.Unit("a", 190.0, 1200.0, 15.8, false, 40.3),
        new CommuneComparison.Unit("b", 400.0, 1250.0, 32.0, false, 45.5));
    List<CommuneComparison.Result> r = CommuneComparison.compare(wage, 1786.0, 6827.0, 26.16, units);
    double th = 1786.0 / 6827.0;
    assertThat(r.get(0).limit95Lower()).isCloseTo(12.5913040033970, withinPercentage(1e-9));
    assertThat(r.get(0).limit95Upper()).isCloseTo(39.7303599778539, withinPercentage(1e-9));
    assertThat(r.get(0).z()).isCloseTo((0.158 - th) / Math.sqrt(th * (1 - th) / 40.3), withinPercentage(1e-9));
    assertThat(r.get(0).band()).isEqualTo("inside");
    // the same commune at its weighted count would be far outside
    List<CommuneComparison.Result> naive = CommuneComparison.compare(wage, 1786.0, 6827.0, 26.16,
        List.of(unit("a", 190, 1200, 15.8), unit("b", 400, 1250, 32.0)));
    assertThat(naive.get(0).band()).isEqualTo("low_998");
  }

  /**
   * The same communes in another order give the same results to the last bit: the over-dispersion and
   * smoothing sums run in the order of the area codes, not in the order Spark gathered the communes (which
   * on a cluster depends on the partitions). Twelve over-dispersed communes with non-integer denominators,
   * where the order of a floating-point sum shows in the last bits.
   */
  @Test
  void theOrderOfTheCommunesDoesNotChangeABit() {
    Indicator wage = c.indicator("LAB_WAGE_SHARE_F").orElseThrow();
    List<CommuneComparison.Unit> units = new java.util.ArrayList<>();
    for (int i = 0; i < 12; i++) {
      double den = 100.3 + 37.7 * i, num = den * (0.1 + 0.031 * ((i * 7) % 12));
      units.add(unit(String.format("c%02d", i), num, den, 100 * num / den));
    }
    List<CommuneComparison.Result> sorted = CommuneComparison.compare(wage, 1786.0, 6827.0, 26.16, units);
    assertThat(sorted.get(0).overdispersion()).isEqualTo("additive");
    for (long seed = 1; seed <= 20; seed++) {
      List<CommuneComparison.Unit> shuffled = new java.util.ArrayList<>(units);
      java.util.Collections.shuffle(shuffled, new java.util.Random(seed));
      assertThat(CommuneComparison.compare(wage, 1786.0, 6827.0, 26.16, shuffled)).isEqualTo(sorted);
    }
  }

  @Test
  void completeEnumerationsGetRanksButNoFunnel() {
    Indicator schools = c.indicator("EDU_GENDER_CURRICULUM").orElseThrow();
    List<CommuneComparison.Result> r = CommuneComparison.compare(schools, 30.0, 35.0, 85.7,
        List.of(unit("a", 5, 5, 100.0), unit("b", 3, 6, 50.0), unit("c", 5, 5, 100.0), unit("d", 0, 0, null)));
    assertThat(r).extracting(CommuneComparison.Result::rank).containsExactly(1, 3, 1, null);
    assertThat(r).allSatisfy(x -> {
      assertThat(x.z()).isNull();
      assertThat(x.band()).isNull();
      assertThat(x.smoothed()).isNull();
      assertThat(x.ranked()).isEqualTo(3);
    });
  }

  @Test
  void overDispersedCommunesGetTheAdditiveAdjustment() {
    Indicator wage = c.indicator("LAB_WAGE_SHARE_F").orElseThrow();
    List<CommuneComparison.Unit> units = List.of(unit("a", 400, 1000, 40.0), unit("b", 100, 1000, 10.0),
        unit("c", 250, 1000, 25.0), unit("d", 300, 1000, 30.0), unit("e", 150, 1000, 15.0));
    List<CommuneComparison.Result> r = CommuneComparison.compare(wage, 1200.0, 5000.0, 24.0, units);
    assertThat(r).allSatisfy(x -> {
      assertThat(x.overdispersion()).isEqualTo("additive");
      assertThat(x.tau2()).isPositive();
      assertThat(x.phi()).isGreaterThan(1);
    });
    // unadjusted, 40 % against 24 % with n = 1000 is z = 11.8; with tau^2 it is a modest 1.6
    assertThat(r.get(0).z()).isBetween(1.0, 2.5);
    assertThat(r.get(0).limit95Upper()).isGreaterThan(24.0 + 2 * 1.35);
    assertThat(r.get(0).smoothed()).isBetween(24.0, 40.0);
  }

  @Test
  void ratesArePoissonAndSmoothedTowardTheDistrict() {
    Indicator abr = c.indicator("HLT_ABR").orElseThrow();
    List<CommuneComparison.Result> r = CommuneComparison.compare(abr, 60.0, 1000.0, 60.0,
        List.of(unit("a", 5, 50, 100.0), unit("b", 30, 500, 60.0), unit("c", 25, 450, 55.6)));
    assertThat(r.get(0).band()).isEqualTo("inside");
    assertThat(r.get(0).limit95Lower()).isGreaterThanOrEqualTo(0);
    assertThat(r).extracting(CommuneComparison.Result::rank).as("lower is better for <= 60").containsExactly(3, 2, 1);
  }
}
