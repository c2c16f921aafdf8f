package vn.binhdang.marts;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import vn.binhdang.catalogue.Indicator.Direction;

/** Edge cases; the statistics themselves are checked against R and SciPy in MartsFixtureTest. */
class SeriesTrendTest {

  @Test
  void onePointHasNoTrendAndNoTest() {
    SeriesTrend.Summary s = SeriesTrend.of(new double[] {2023}, new double[] {40}, 50.0, Direction.GE, 0, 0, 100);
    assertThat(s.nPoints()).isEqualTo(1);
    assertThat(s.olsSlope()).isNull();
    assertThat(s.mkS()).isNull();
    assertThat(s.testStatus()).isEqualTo("too_few_points");
    assertThat(s.avgAnnualChange()).isNull();
    assertThat(s.directionOfChange()).isEqualTo("no_clear_trend");
  }

  @Test
  void flatSeriesHasNoTest() {
    SeriesTrend.Summary s = SeriesTrend.of(new double[] {2019, 2020, 2021, 2022}, new double[] {100, 100, 100, 100},
        100.0, Direction.GE, 0, 0, 100);
    assertThat(s.testStatus()).isEqualTo("flat_series");
    assertThat(s.mkZ()).isNull();
    assertThat(s.senSlope()).isZero();
    assertThat(s.yearTargetReached()).isEqualTo(2022);
  }

  @Test
  void projectionsStayOnTheScale() {
    SeriesTrend.Summary s = SeriesTrend.of(new double[] {2019, 2020, 2021, 2022, 2023},
        new double[] {60, 70, 80, 90, 100}, 100.0, Direction.GE, 0, 0, 100);
    assertThat(s.senSlope()).isEqualTo(10.0);
    assertThat(s.projected2025()).isEqualTo(100.0);
    assertThat(s.projected2030()).isEqualTo(100.0);
  }

  @Test
  void aFallingRatioAboveACloseToTargetIsImproving() {
    double[] years = {2015, 2016, 2017, 2018, 2019, 2020, 2021, 2022, 2023};
    double[] srb = {118, 117, 115, 114, 112, 111, 109, 108, 106};
    SeriesTrend.Summary s = SeriesTrend.of(years, srb, 100.0, Direction.NEAR, 0, 0, Double.POSITIVE_INFINITY);
    assertThat(s.directionOfChange()).isEqualTo("improving");
    assertThat(s.yearTargetReached()).isGreaterThan(2023);
  }

  @Test
  void risingShareAgainstAnAtMostTargetIsWorsening() {
    double[] years = {2015, 2016, 2017, 2018, 2019, 2020, 2021};
    SeriesTrend.Summary s = SeriesTrend.of(years, new double[] {20, 22, 25, 27, 30, 33, 35}, 10.0, Direction.LT, 0, 0,
        100);
    assertThat(s.directionOfChange()).isEqualTo("worsening");
    assertThat(s.yearTargetReached()).isNull();
  }

  @Test
  void seriesWithoutTargetHasNoDirection() {
    SeriesTrend.Summary s = SeriesTrend.of(new double[] {2021, 2022, 2023}, new double[] {1, 2, 3}, null, null, 0, 0, 100);
    assertThat(s.directionOfChange()).isEqualTo("no_target");
    assertThat(s.yearTargetReached()).isNull();
  }
}
