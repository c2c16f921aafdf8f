package vn.binhdang.marts;

import java.io.Serializable;
import vn.binhdang.catalogue.Indicator;
import vn.binhdang.stats.interval.ConfidenceInterval;
import vn.binhdang.stats.interval.ExactPoissonInterval;
import vn.binhdang.stats.interval.MoverDifferenceInterval;
import vn.binhdang.stats.interval.NewcombeHybridScoreInterval;
import vn.binhdang.stats.interval.ProportionDifference;
import vn.binhdang.transform.SurveyIntervals;

/**
 * The sex gap (women − men) of one indicator, area and year with its 95 % interval, and the parity
 * index (women ÷ men), in the indicator's unit: Newcombe's hybrid score interval for proportions,
 * MOVER with exact Poisson limits for rates and gross ratios (DESIGN §6); for proportions estimated from
 * weighted survey records, MOVER on the two design-based intervals ({@link #ofDesign}), since binomial limits on
 * weighted counts would claim the precision of thousands of respondents (issue 12, point 3). Pure.
 */
public final class GenderGap {
  private GenderGap() {}

  private static final NewcombeHybridScoreInterval NEWCOMBE = new NewcombeHybridScoreInterval();
  private static final ExactPoissonInterval POISSON = new ExactPoissonInterval();

  public record Result(Double gap, Double lower, Double upper, String method, Double parityIndex)
      implements Serializable {
    static final Result NONE = new Result(null, null, null, "none", null);
  }

  /** The ci_methods of {@code fct_indicator} whose interval is design-based (weighted survey records). */
  public static final java.util.Set<String> DESIGN_METHODS = java.util.Set.of(SurveyIntervals.TAYLOR,
      SurveyIntervals.KISH);

  /**
   * The gap of two design-based estimates from the survey records, from their published values and limits
   * (in the indicator's unit): MOVER (Zou and Donner 2008), which recovers each sex's variance from its own
   * interval, so that the gap's limits are as wide as the two intervals shown beside it imply. The two sexes
   * are disjoint domains of the sample, taken as independent (their covariance through the common stratum
   * totals is ignored).
   */
  public static Result ofDesign(double valueF, double lowerF, double upperF, double valueM, double lowerM,
      double upperM) {
    ConfidenceInterval ci = MoverDifferenceInterval.of(valueF, new ConfidenceInterval(lowerF, upperF, 0.95),
        valueM, new ConfidenceInterval(lowerM, upperM, 0.95));
    return new Result(valueF - valueM, ci.lower(), ci.upper(), "mover_design", valueM == 0 ? null : valueF / valueM);
  }

  public static Result of(Indicator ind, Double numF, Double denF, Double numM, Double denM) {
    if (numF == null || denF == null || numM == null || denM == null || denF <= 0 || denM <= 0) return Result.NONE;
    double k = ind.multiplier();
    switch (ind.kind()) {
      case PROPORTION, UNIT_PROPORTION, THRESHOLD_SHARE, ALL_PERIODS_SHARE -> {
        if (numF > denF || numM > denM) return Result.NONE;
        ProportionDifference d = NEWCOMBE.createInterval(denF, numF, denM, numM);
        return new Result(d.difference() * k, d.interval().lower() * k, d.interval().upper() * k,
            "newcombe_hybrid_score", d.parityIndex());
      }
      case RATE, GROSS_RATIO -> {
        double rf = numF / denF;
        double rm = numM / denM;
        ConfidenceInterval ci = MoverDifferenceInterval.of(rf, POISSON.createRateInterval(numF, denF, 1), rm,
            POISSON.createRateInterval(numM, denM, 1));
        return new Result((rf - rm) * k, ci.lower() * k, ci.upper() * k, "mover_exact_poisson",
            rm == 0 ? null : rf / rm);
      }
      default -> {
        return Result.NONE;
      }
    }
  }
}
