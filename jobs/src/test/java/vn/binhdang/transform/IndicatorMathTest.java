package vn.binhdang.transform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.assertj.core.api.Assertions.withinPercentage;

import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;
import vn.binhdang.catalogue.Catalogue;
import vn.binhdang.catalogue.Indicator;
import vn.binhdang.testing.SharedSpark;

/**
 * Reference values: R 4.2.2 (Debian r-base-core 4.2.2.20221110-2), printed with options(digits = 15):
 * Wilson as prop.test(x, n, correct = FALSE)$conf.int (identical to the closed form), exact Poisson as
 * poisson.test(d)$conf.int; and the values published by Newcombe (1998), Stat Med 17:857-872, Table I.
 */
class IndicatorMathTest {
  private static final double REL = 1e-9;
  private final Catalogue catalogue = SharedSpark.catalogue();
  private final IndicatorMath math = new IndicatorMath();

  private IndicatorMath.Result compute(String code, double num, double den) {
    Indicator i = catalogue.indicator(code).orElseThrow();
    return math.compute(i, num, den, false, false, false);
  }

  private static void close(Double actual, double expected) {
    if (expected == 0) assertThat(actual).isZero();
    else assertThat(actual).isCloseTo(expected, withinPercentage(REL * 100));
  }

  @Test
  void proportionHasTheWilsonIntervalInPercent() {
    // prop.test(81, 263, correct = FALSE)$conf.int -> 0.255288519878274 0.3662095769828
    IndicatorMath.Result r = compute("LAB_WAGE_SHARE_F", 81, 263);
    close(r.value(), 100.0 * 81 / 263);
    close(r.lower(), 25.5288519878274);
    close(r.upper(), 36.62095769828);
    // Newcombe (1998) Table I, method 3 (Wilson): 0.2553 to 0.3662
    assertThat(r.lower() / 100).isCloseTo(0.2553, Offset.offset(0.00005));
    assertThat(r.upper() / 100).isCloseTo(0.3662, Offset.offset(0.00005));
    assertThat(r.method()).isEqualTo("wilson");
    assertThat(r.flags()).isEmpty();
    assertThat(r.suppressed()).isFalse();
  }

  @Test
  void proportionEdges() {
    IndicatorMath.Result zero = compute("LAB_WAGE_SHARE_F", 0, 20);
    assertThat(zero.value()).isZero();
    assertThat(zero.lower()).isZero();
    close(zero.upper(), 16.1125158052819); // Newcombe Table I: 0 to 0.1611
    assertThat(zero.flags()).containsExactly("small_denominator");

    IndicatorMath.Result all = compute("LAB_WAGE_SHARE_F", 20, 20);
    close(all.lower(), 83.8874841947181);
    assertThat(all.upper()).isEqualTo(100.0);

    assertThat(compute("LAB_WAGE_SHARE_F", 0, 0).flags()).containsExactly("zero_denominator");
    assertThat(compute("LAB_WAGE_SHARE_F", 0, 0).value()).isNull();
    assertThat(compute("LAB_WAGE_SHARE_F", 5, 4).flags()).containsExactly("numerator_exceeds_denominator");
  }

  @Test
  void impreciseProportionIsFlaggedUnreliable() {
    // 1/29: RSE = sqrt((1 - p) / (n p)) = 0.98
    IndicatorMath.Result r = compute("LAB_WAGE_SHARE_F", 1, 29);
    close(r.lower(), 0.611321429276265);
    close(r.upper(), 17.1755218793203);
    assertThat(r.flags()).containsExactly("small_denominator", "unreliable");
    // a complete enumeration (every agency counted) has no sampling interval and no reliability flag:
    // nothing was sampled, 1 of 29 agencies is exact (issue 12, point 3)
    IndicatorMath.Result agencies = compute("POL_FEMALE_KEY_LEADER", 1, 29);
    assertThat(agencies.flags()).isEmpty();
    assertThat(agencies.lower()).isNull();
    assertThat(agencies.upper()).isNull();
    assertThat(agencies.method()).isEqualTo(IndicatorMath.COMPLETE_COUNT);
    close(agencies.value(), 100.0 / 29);
  }

  @Test
  void rateHasTheExactPoissonInterval() {
    // poisson.test(10)$conf.int -> 4.79538869613243 18.3903560420178; / 200 women x 1,000
    IndicatorMath.Result r = compute("HLT_ABR", 10, 200);
    close(r.value(), 50.0);
    close(r.lower(), 4.79538869613243 / 200 * 1000);
    close(r.upper(), 18.3903560420178 / 200 * 1000);
    assertThat(r.method()).isEqualTo("exact_poisson");
    assertThat(r.flags()).containsExactly("unreliable");
  }

  @Test
  void maternalMortalityWithOneDeath() {
    // poisson.test(1)$conf.int -> 0.0253178079842899 5.5716433909389; / 600 births x 100,000
    IndicatorMath.Result r = math.compute(catalogue.indicator("HLT_MMR").orElseThrow(), 1.0, 600.0, true, false, false);
    close(r.value(), 100000.0 / 600);
    close(r.lower(), 0.0253178079842899 / 600 * 100000);
    close(r.upper(), 5.5716433909389 / 600 * 100000);
    assertThat(r.suppressed()).isTrue();
    assertThat(r.flags()).containsExactly("sensitive_small_count", "unreliable");
  }

  @Test
  void zeroEventsHasALowerLimitOfZero() {
    // poisson.test(0)$conf.int -> 0 3.68887945411394
    IndicatorMath.Result r = compute("HLT_MMR", 0, 600);
    assertThat(r.value()).isZero();
    assertThat(r.lower()).isZero();
    close(r.upper(), 3.68887945411394 / 600 * 100000);
    assertThat(r.suppressed()).as("0 is not a small count").isFalse();
  }

  @Test
  void grossRatioMayExceedAHundredPercent() {
    // poisson.test(125)$conf.int -> 104.0488990725 148.931856946933; / 120 x 100
    IndicatorMath.Result r = compute("EDU_PRIMARY_COMPLETION_EM", 125, 120);
    close(r.value(), 12500.0 / 120);
    close(r.lower(), 104.0488990725 / 120 * 100);
    close(r.upper(), 148.931856946933 / 120 * 100);
    assertThat(r.flags()).isEmpty();
  }

  @Test
  void sexRatioAtBirth() {
    // p = 320/610; prop.test(320, 610, correct = FALSE)$conf.int transformed by 100 p / (1 - p):
    // 94.1483227728135 129.327646169664
    IndicatorMath.Result r = compute("HLT_SRB", 320, 290);
    close(r.value(), 110.344827586207);
    close(r.lower(), 94.1483227728135);
    close(r.upper(), 129.327646169664);
    assertThat(r.method()).isEqualTo("wilson_sex_ratio");
    assertThat(compute("HLT_SRB", 45, 40).flags()).as("RSE sqrt(1/45 + 1/40) = 0.21").isEmpty();
    assertThat(compute("HLT_SRB", 12, 10).flags()).containsExactly("small_denominator", "unreliable");
    assertThat(compute("HLT_SRB", 5, 0).value()).isNull();
  }

  @Test
  void ratioOfMeansIsAPointValue() {
    IndicatorMath.Result r = compute("FAM_UNPAID_CARE_RATIO", 24.5, 10.0);
    assertThat(r.value()).isCloseTo(2.45, within(1e-12));
    assertThat(r.lower()).isNull();
    assertThat(r.method()).as("survey means without their standard errors").isEqualTo("none_survey_means");
  }

  @Test
  void thresholdShareOfMonths() {
    IndicatorMath.Result r = compute("MED_MONTHLY_SEGMENT", 9, 12);
    assertThat(r.value()).isEqualTo(75.0);
    assertThat(r.flags()).as("twelve months is a complete count, not a small sample").isEmpty();
  }

  @Test
  void allPeriodsShareOfCommunes() {
    IndicatorMath.Result r = compute("MED_COMMUNE_NEWS", 3, 7);
    assertThat(r.value()).isCloseTo(300.0 / 7, org.assertj.core.data.Offset.offset(1e-12));
    assertThat(r.flags()).as("seven communes, all counted").isEmpty();
  }

  @Test
  void sensitiveSmallCountsAreSuppressed() {
    Indicator gbv = catalogue.indicator("GBV_VICTIMS_SUPPORTED").orElseThrow();
    assertThat(math.compute(gbv, 3.0, 12.0, true, true, false).suppressed()).as("3 supported").isTrue();
    assertThat(math.compute(gbv, 5.0, 6.0, true, true, false).suppressed()).as("5 of 6: no count 1-4").isFalse();
    assertThat(math.compute(gbv, 0.0, 4.0, true, true, false).suppressed()).as("0 of 4 victims").isTrue();
    assertThat(math.compute(gbv, 0.0, 0.0, true, true, false).suppressed()).as("none at all").isFalse();
    assertThat(math.compute(gbv, 10.0, 20.0, true, true, false).suppressed()).isFalse();
    assertThat(math.compute(gbv, 10.0, 20.0, true, true, true).flags()).contains("incomplete");
  }

  @Test
  void missingCountsGiveNoValue() {
    Indicator i = catalogue.indicator("LAB_WAGE_SHARE_F").orElseThrow();
    assertThat(math.compute(i, null, 20.0, false, false, false).flags()).containsExactly("missing_numerator");
    assertThat(math.compute(i, 3.0, null, false, false, false).flags()).containsExactly("missing_denominator");
  }
}
