package vn.binhdang.marts;

import java.io.Serializable;
import java.util.Locale;
import vn.binhdang.catalogue.Indicator.Direction;
import vn.binhdang.stats.TargetDirection;
import vn.binhdang.stats.trend.MannKendall;
import vn.binhdang.stats.trend.MannKendallResult;
import vn.binhdang.stats.trend.OlsTrend;
import vn.binhdang.stats.trend.OlsTrendResult;
import vn.binhdang.stats.trend.SenSlope;
import vn.binhdang.stats.trend.SenSlopeResult;
import vn.binhdang.stats.trend.TrendLine;
import vn.binhdang.stats.trend.TrendTestStatus;

/**
 * The trend of one yearly series (DESIGN §6): OLS slope with its t interval and p-value; Mann–Kendall
 * S, tie-corrected variance, continuity-corrected Z and two-sided p; Kendall's tau-b; Sen's slope
 * over the actual years with the median intercept; projections and the year the target would be
 * reached, both along the Sen line (robust to one odd year, which small-area series often have),
 * projections kept within the indicator's scale (a share cannot pass 100 %, a rate cannot fall below 0).
 * Fewer than 3 points or a flat series give no test, not an error.
 */
public final class SeriesTrend {
  private SeriesTrend() {}

  /** Mann–Kendall p below this calls a trend improving or worsening. */
  public static final double SIGNIFICANCE = 0.05;

  public record Summary(
      int nPoints, int firstYear, int lastYear, double firstValue, double lastValue, Double avgAnnualChange,
      Double olsSlope, Double olsLower, Double olsUpper, Double olsP,
      Long mkS, Double mkVarS, Double mkZ, Double mkP, Double tau, String testStatus,
      Double senSlope, Double senIntercept, Double projected2025, Double projected2030,
      Double target, Integer yearTargetReached, String directionOfChange) implements Serializable {}

  /**
   * @param years strictly increasing years, at least one
   * @param target null when this series is not judged against a target
   * @param floor lowest value of the indicator's scale, for projections (0)
   * @param ceiling highest value (100 for percentages, infinity for rates)
   */
  public static Summary of(double[] years, double[] values, Double target, Direction direction, double tolerance,
      double floor, double ceiling) {
    int n = years.length;
    int first = (int) years[0];
    int last = (int) years[n - 1];
    Double change = n > 1 ? (values[n - 1] - values[0]) / (years[n - 1] - years[0]) : null;

    OlsTrendResult ols = OlsTrend.fit(years, values);
    MannKendallResult mk = MannKendall.test(years, values);
    SenSlopeResult sen = SenSlope.estimate(years, values);
    TrendLine line = sen.slope() == null ? null : sen.line();

    Double p2025 = line == null ? null : Math.min(ceiling, Math.max(floor, line.valueAt(2025)));
    Double p2030 = line == null ? null : Math.min(ceiling, Math.max(floor, line.valueAt(2030)));
    TargetDirection dir = direction == null ? null : TargetDirection.fromCode(direction.name().toLowerCase(Locale.ROOT));
    Integer reached = line == null || target == null || dir == null
        ? null : line.firstYearReaching(target, dir, tolerance, last);

    return new Summary(n, first, last, values[0], values[n - 1], change,
        ols.slope(), ols.slopeInterval() == null ? null : ols.slopeInterval().lower(),
        ols.slopeInterval() == null ? null : ols.slopeInterval().upper(), ols.pValue(),
        mk.status() == TrendTestStatus.TOO_FEW_POINTS ? null : mk.s(),
        mk.status() == TrendTestStatus.TOO_FEW_POINTS ? null : mk.varianceS(), mk.z(), mk.pValue(), mk.tau(),
        mk.status().name().toLowerCase(Locale.ROOT), sen.slope(), sen.intercept(), p2025, p2030, target, reached,
        directionOfChange(mk, target, dir, values[n - 1]));
  }

  /**
   * improving / worsening when Mann–Kendall finds a trend at 5 %, judged by the target's direction
   * (for "close to", moving toward the target from the side of the last value); no_clear_trend
   * otherwise; no_target when the series has none.
   */
  static String directionOfChange(MannKendallResult mk, Double target, TargetDirection dir, double lastValue) {
    if (target == null || dir == null) return "no_target";
    if (mk.pValue() == null || mk.pValue() >= SIGNIFICANCE || mk.s() == 0) return "no_clear_trend";
    int sign = Long.signum(mk.s());
    int good = dir == TargetDirection.CLOSE_TO ? (lastValue > target ? -1 : 1) : dir.improvementSign();
    return sign == good ? "improving" : "worsening";
  }
}
