package vn.binhdang.generate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** The building blocks: samplers, trends, unit counts, fault spellings. */
class ModelPartsTest {

  @Test
  void samplersHaveTheRightMeanAndVariance() {
    double[][] cases = {{5, 0.25}, {67, 0.255}, {600, 0.519}, {5000, 0.9}};
    for (double[] c : cases) {
      long n = (long) c[0];
      double p = c[1];
      double s = 0;
      double s2 = 0;
      int draws = 4000;
      for (int i = 0; i < draws; i++) {
        long x = Rng.of(1, "test", "binomial", i).binomial(n, p);
        assertThat(x).isBetween(0L, n);
        s += x;
        s2 += (double) x * x;
      }
      double mean = s / draws;
      assertThat(mean).as("binomial mean n=%d", n).isCloseTo(n * p, within(4 * Math.sqrt(n * p * (1 - p) / draws) + 1e-9));
      assertThat(s2 / draws - mean * mean).as("binomial variance n=%d", n).isCloseTo(n * p * (1 - p), within(0.15 * n * p * (1 - p)));
    }
    for (double lambda : new double[] {0.6, 4, 80}) {
      double s = 0;
      int draws = 4000;
      for (int i = 0; i < draws; i++) s += Rng.of(2, "test", "poisson", i).poisson(lambda);
      assertThat(s / draws).as("poisson mean %s", lambda).isCloseTo(lambda, within(4 * Math.sqrt(lambda / draws)));
    }
  }

  @Test
  void samplersHandleTheEdges() {
    Rng r = Rng.of(1, "edge", "x", 0);
    assertThat(r.binomial(0, 0.5)).isZero();
    assertThat(r.binomial(10, 0)).isZero();
    assertThat(r.binomial(10, 1)).isEqualTo(10);
    assertThat(r.poisson(0)).isZero();
    assertThat(r.poisson(Double.NaN)).isZero();
  }

  @Test
  void streamsAreReproducibleAndIndependentOfOrder() {
    Rng a = Rng.of(9, "report", "23482", 2020);
    a.uniform();
    double second = a.uniform();
    Rng b = Rng.of(9, "report", "23482", 2020);
    b.uniform();
    assertThat(b.uniform()).isEqualTo(second);
    assertThat(Rng.of(9, "report", "23482", 2021).uniform()).isNotEqualTo(Rng.of(9, "report", "23482", 2020).uniform());
  }

  @Test
  void trendsHitTheirAnchorsAndHoldOutsideTheWindow() {
    Trend t = Trend.logit(0.16, 0.26);
    assertThat(t.at(2015)).isCloseTo(0.16, within(1e-12));
    assertThat(t.at(2023)).isCloseTo(0.26, within(1e-12));
    assertThat(t.at(2019)).isBetween(0.16, 0.26);
    assertThat(t.at(1990)).isEqualTo(t.at(Trend.HELD_BEFORE));
    assertThat(t.at(2040)).isEqualTo(t.at(Trend.HELD_AFTER));
    assertThat(Trend.log(88, 63).at(2023, StrictMath.log(2))).isCloseTo(126, within(1e-9));
  }

  @Test
  void unitCountsFollowTheShareWithinOneUnitAndNeverFallAsItRises() {
    long previous = 0;
    for (int i = 0; i <= 100; i++) {
      double share = i / 100.0;
      long k = Units.withProperty(7, share, 0.37);
      assertThat(k).isBetween(0L, 7L).isGreaterThanOrEqualTo(previous);
      assertThat((double) k).isCloseTo(share * 7, within(1.0));
      previous = k;
    }
    assertThat(Units.withProperty(7, 1.2, 0.5)).isEqualTo(7);
    assertThat(Units.withProperty(7, -0.1, 0.5)).isZero();
  }

  @Test
  void faultSpellingsAreWhatAPersonWouldType() {
    assertThat(Faults.typo("105")).isEqualTo("1O5");
    assertThat(Faults.typo("117")).isEqualTo("l17");
    assertThat(Faults.typo("98")).isEqualTo("9O");
    assertThat(Faults.swapDigits("1234")).isEqualTo("1243");
    assertThat(Faults.swapDigits("1233")).isEqualTo("1323");
    assertThat(Faults.swapDigits("777")).isEqualTo("787");
    assertThat(Faults.variantSpelling("Xã Đắk Kôi")).isEqualTo("Xã Đăk Kôi");
    assertThat(Faults.variantSpelling("Xã Tân Lập")).isEqualTo("Xa Tan Lap");
  }

  @Test
  void valuesFormatMeansWithADotWhateverTheLocale() {
    java.util.Locale saved = java.util.Locale.getDefault();
    try {
      java.util.Locale.setDefault(java.util.Locale.forLanguageTag("vi-VN"));
      assertThat(Values.oneDecimal(19.46)).isEqualTo("19.5");
      assertThat(Values.oneDecimal(10.0)).isEqualTo("10.0");
    } finally {
      java.util.Locale.setDefault(saved);
    }
  }

  @Test
  void plantedFaultsDescribeTheirLines() {
    PlantedFault one = new PlantedFault("f", FaultKind.VALUE_TYPO, java.util.List.of(33L), java.util.List.of(33L),
        FaultKind.VALUE_TYPO.rule(), "d");
    PlantedFault file = new PlantedFault("f", FaultKind.LATE_REPORT, java.util.List.of(2L, 3L, 4L, 5L),
        java.util.List.of(), null, "d");
    PlantedFault three = new PlantedFault("f", FaultKind.SEX_TOTAL_MISMATCH, java.util.List.of(8L, 9L, 10L),
        java.util.List.of(8L, 9L, 10L), FaultKind.SEX_TOTAL_MISMATCH.rule(), "d");
    assertThat(one.where()).isEqualTo("line 33");
    assertThat(file.where()).isEqualTo("lines 2–5");
    assertThat(three.where()).isEqualTo("lines 8, 9, 10");
  }
}
