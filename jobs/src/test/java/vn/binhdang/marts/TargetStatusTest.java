package vn.binhdang.marts;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.binhdang.catalogue.Indicator.Direction.GE;
import static vn.binhdang.catalogue.Indicator.Direction.GT;
import static vn.binhdang.catalogue.Indicator.Direction.LE;
import static vn.binhdang.catalogue.Indicator.Direction.LT;
import static vn.binhdang.catalogue.Indicator.Direction.NEAR;
import static vn.binhdang.marts.TargetStatus.Status.ACHIEVED;
import static vn.binhdang.marts.TargetStatus.Status.CANNOT_TELL;
import static vn.binhdang.marts.TargetStatus.Status.NOT_ACHIEVED;
import static vn.binhdang.marts.TargetStatus.Status.NO_DATA;

import org.junit.jupiter.api.Test;
import vn.binhdang.catalogue.Indicator.Direction;

class TargetStatusTest {

  private static TargetStatus.Status sampled(Direction d, double target, double v, double lo, double hi) {
    return TargetStatus.decide(d, target, 0, v, lo, hi, false, 100.0).status();
  }

  @Test
  void atLeastIsDecidedByTheWholeInterval() {
    assertThat(sampled(GE, 50, 55, 50, 60)).isEqualTo(ACHIEVED);
    assertThat(sampled(GE, 50, 52, 48, 56)).isEqualTo(CANNOT_TELL);
    assertThat(sampled(GE, 50, 45, 40, 49.9)).isEqualTo(NOT_ACHIEVED);
  }

  @Test
  void moreThanNeedsTheIntervalStrictlyAbove() {
    assertThat(sampled(GT, 30, 35, 30, 40)).isEqualTo(CANNOT_TELL);
    assertThat(sampled(GT, 30, 35, 30.01, 40)).isEqualTo(ACHIEVED);
    assertThat(sampled(GT, 30, 25, 20, 30)).isEqualTo(NOT_ACHIEVED);
  }

  @Test
  void atMostAndLessThan() {
    assertThat(sampled(LE, 60, 55, 50, 60)).isEqualTo(ACHIEVED);
    assertThat(sampled(LE, 60, 61, 55, 67)).isEqualTo(CANNOT_TELL);
    assertThat(sampled(LE, 60, 70, 60.5, 80)).isEqualTo(NOT_ACHIEVED);
    assertThat(sampled(LT, 30, 25, 20, 30)).isEqualTo(CANNOT_TELL);
    assertThat(sampled(LT, 30, 35, 30, 40)).isEqualTo(NOT_ACHIEVED);
  }

  @Test
  void closeToNeedsTheIntervalInsideTheBand() {
    assertThat(TargetStatus.decide(NEAR, 100, 5, 101.0, 97.0, 104.0, false, null).status()).isEqualTo(ACHIEVED);
    assertThat(TargetStatus.decide(NEAR, 100, 0, 104.0, 97.0, 111.0, false, null).status()).isEqualTo(CANNOT_TELL);
    assertThat(TargetStatus.decide(NEAR, 100, 0, 110.3, 101.3, 115.6, false, null).status()).isEqualTo(NOT_ACHIEVED);
    assertThat(TargetStatus.decide(NEAR, 100, 0, 90.0, 85.0, 99.0, false, null).status()).isEqualTo(NOT_ACHIEVED);
  }

  @Test
  void completeEnumerationIsDecidedByThePointValue() {
    TargetStatus.Decision d = TargetStatus.decide(GE, 70, 0, 66.7, 20.8, 93.9, true, 100.0);
    assertThat(d.status()).isEqualTo(NOT_ACHIEVED);
    assertThat(d.intervalDecides()).isFalse();
    assertThat(d.gap()).isCloseTo(-3.3, org.assertj.core.data.Offset.offset(1e-12));
    assertThat(TargetStatus.decide(GE, 60, 0, 60.0, 40.0, 80.0, true, 100.0).status()).isEqualTo(ACHIEVED);
  }

  @Test
  void fullScoreAgainstAHundredPercentTargetIsAchieved() {
    // 3 of 3 returnees supported: Wilson 95 % interval 43.8-100
    TargetStatus.Decision d = TargetStatus.decide(GE, 100, 0, 100.0, 43.85, 100.0, false, 100.0);
    assertThat(d.status()).isEqualTo(ACHIEVED);
    assertThat(d.gap()).isZero();
    assertThat(sampled(GE, 100, 90, 60, 98)).isEqualTo(NOT_ACHIEVED);
  }

  @Test
  void valueWithoutIntervalIsDecidedByThePoint() {
    assertThat(TargetStatus.decide(LE, 1.7, 0, 2.1, null, null, false, null).status()).isEqualTo(NOT_ACHIEVED);
    assertThat(TargetStatus.decide(LE, 1.7, 0, 1.6, null, null, false, null).status()).isEqualTo(ACHIEVED);
  }

  @Test
  void missingValueIsNoData() {
    TargetStatus.Decision d = TargetStatus.decide(GE, 50, 0, null, null, null, false, 100.0);
    assertThat(d.status()).isEqualTo(NO_DATA);
    assertThat(d.gap()).isNull();
  }
}
