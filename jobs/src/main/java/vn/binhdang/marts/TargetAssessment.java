package vn.binhdang.marts;

import java.io.Serializable;
import java.util.Locale;
import vn.binhdang.catalogue.Indicator;
import vn.binhdang.stats.TargetDirection;
import vn.binhdang.stats.progress.ProgressAssessment;
import vn.binhdang.stats.progress.ProgressInput;
import vn.binhdang.stats.progress.ProgressMeasure;

/**
 * One value judged against its indicator's target: the status ({@link TargetStatus}) and the
 * progress class from the series' base year toward the target by the plan year
 * ({@link ProgressMeasure}: observed ÷ required growth, achieved overriding). Pure.
 */
public final class TargetAssessment {
  private TargetAssessment() {}

  public record Result(Double gap, String status, boolean intervalDecides, Double progressRatio, String progressClass)
      implements Serializable {}

  /**
   * @param baseYear first year of the series with a value (null when none)
   * @param planYear the year the target is set for; progress is not assessable at or before the base year
   */
  public static Result assess(Indicator ind, Double value, Double lower, Double upper, int year, Integer baseYear,
      Double baseValue, int planYear) {
    return assess(ind, value, lower, upper, year, baseYear, baseValue, planYear, null);
  }

  /**
   * @param bestCase for a complete count with unreported parts (an all-periods share whose missing
   *     periods could still have met the bar): the value had they all met it; null otherwise. The
   *     status is then judged on [value, bestCase]: "cannot tell" when the missing reports decide.
   */
  public static Result assess(Indicator ind, Double value, Double lower, Double upper, int year, Integer baseYear,
      Double baseValue, int planYear, Double bestCase) {
    TargetStatus.Decision d = bestCase != null && value != null
        ? TargetStatus.decide(ind.direction(), ind.target(), ind.tolerance(), value, value, bestCase, false,
            scaleMax(ind))
        : TargetStatus.decide(ind.direction(), ind.target(), ind.tolerance(), value, lower, upper,
            ind.kind().isCompleteEnumeration(), scaleMax(ind));
    boolean achieved = d.status() == TargetStatus.Status.ACHIEVED;
    String cls;
    Double ratio = null;
    if (value == null) {
      cls = "not_assessable";
    } else if (baseYear == null || baseValue == null || planYear <= baseYear || year < baseYear) {
      cls = achieved ? "achieved" : "not_assessable";
    } else {
      TargetDirection dir = TargetDirection.fromCode(ind.direction().name().toLowerCase(Locale.ROOT));
      ProgressAssessment p = ProgressMeasure.assess(new ProgressInput(baseYear, baseValue, year, value, planYear,
          ind.target(), dir, ind.tolerance(), achieved));
      cls = p.progressClass().name().toLowerCase(Locale.ROOT);
      ratio = p.ratio();
    }
    return new Result(d.gap(), d.status().code(), d.intervalDecides(), ratio, cls);
  }

  /** The top of the scale for shares (100 %), where a value at the bound meets a 100 % target. */
  static Double scaleMax(Indicator ind) {
    return switch (ind.kind()) {
      case PROPORTION, UNIT_PROPORTION, THRESHOLD_SHARE, ALL_PERIODS_SHARE -> ind.multiplier();
      default -> null;
    };
  }
}
