package vn.binhdang.transform;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import vn.binhdang.catalogue.Indicator;
import vn.binhdang.stats.interval.ConfidenceInterval;
import vn.binhdang.stats.interval.ExactPoissonInterval;
import vn.binhdang.stats.interval.SexRatio;
import vn.binhdang.stats.interval.SexRatioInterval;
import vn.binhdang.stats.interval.SmallNumbers;
import vn.binhdang.stats.interval.WilsonScoreInterval;

/**
 * The value of one indicator for one area, year and sex, from its numerator and denominator: the
 * point value and 95 % interval in the indicator's unit (DESIGN §6), the method, the small-number
 * flags and whether disclosure control hides it. Pure; {@link FactIndicatorJob} applies it per row.
 *
 * <ul>
 *   <li>proportions: Wilson score interval;
 *   <li>complete enumerations (units, periods, areas all counted): no interval ({@code none_complete_count});
 *   <li>rates and gross ratios: exact Poisson (Garwood) interval on the numerator, over the denominator;
 *   <li>sex ratio at birth: Wilson interval on boys ÷ births, transformed to boys per 100 girls;
 *   <li>ratio of means: the point value only.
 * </ul>
 *
 * Flags: {@code small_denominator} (denominator, or births for the sex ratio, below 30),
 * {@code unreliable} (a rate or gross ratio on fewer than 20 events; a proportion or sex ratio whose
 * relative standard error exceeds 30 %), {@code incomplete} (passed in: communes or periods missing),
 * {@code missing_numerator}, {@code missing_denominator}, {@code zero_denominator},
 * {@code numerator_exceeds_denominator} (a proportion above 1: no value), and
 * {@code sensitive_small_count} (a sensitive count from 1 to 4: suppressed).
 */
public final class IndicatorMath implements Serializable {
  private static final long serialVersionUID = 1L;

  public static final double SUPPRESS_MIN = 1;
  public static final double SUPPRESS_MAX = 4;

  public static final StructType RESULT_TYPE = new StructType()
      .add("value", DataTypes.DoubleType, true)
      .add("ci_lower", DataTypes.DoubleType, true)
      .add("ci_upper", DataTypes.DoubleType, true)
      .add("ci_method", DataTypes.StringType, false)
      .add("flags", DataTypes.StringType, false)
      .add("suppressed", DataTypes.BooleanType, false);

  /** The ci_method of a complete enumeration: no sampling interval exists. */
  public static final String COMPLETE_COUNT = "none_complete_count";
  /** The ci_method of a ratio of survey means reported without standard errors: no interval is available. */
  public static final String SURVEY_MEANS = "none_survey_means";

  private static final WilsonScoreInterval WILSON = new WilsonScoreInterval();
  private static final ExactPoissonInterval POISSON = new ExactPoissonInterval();
  private static final SexRatioInterval SEX_RATIO = new SexRatioInterval();

  /** The outcome for one row; value and limits are null when the value cannot be computed. */
  public record Result(Double value, Double lower, Double upper, String method, List<String> flags, boolean suppressed)
      implements Serializable {
    public Result {
      flags = List.copyOf(flags);
    }
  }

  /**
   * @param numSensitive whether the numerator counts a sensitive measure
   * @param denSensitive whether the denominator counts a sensitive measure
   * @param incomplete whether some communes or periods are missing from the counts
   */
  public Result compute(Indicator indicator, Double numerator, Double denominator, boolean numSensitive,
      boolean denSensitive, boolean incomplete) {
    List<String> flags = new ArrayList<>();
    if (incomplete) flags.add("incomplete");
    boolean suppressed = suppressed(numerator, denominator, numSensitive, denSensitive);
    if (suppressed) flags.add("sensitive_small_count");
    if (numerator == null || denominator == null) {
      flags.add(numerator == null ? "missing_numerator" : "missing_denominator");
      return new Result(null, null, null, "none", flags, suppressed);
    }
    double x = numerator;
    double n = denominator;
    double k = indicator.multiplier();
    return switch (indicator.kind()) {
      case PROPORTION, UNIT_PROPORTION, THRESHOLD_SHARE, ALL_PERIODS_SHARE -> proportion(indicator.kind(), x, n, k, flags, suppressed);
      case RATE, GROSS_RATIO -> poisson(x, n, k, flags, suppressed);
      case SEX_RATIO -> sexRatio(x, n, k, flags, suppressed);
      case RATIO_OF_MEANS -> {
        if (n == 0) {
          flags.add("zero_denominator");
          yield new Result(null, null, null, "none", flags, suppressed);
        }
        // survey means reported without their standard errors: no interval can be made, and the pages say so
        yield new Result(x / n * k, null, null, SURVEY_MEANS, flags, suppressed);
      }
    };
  }

  private static Result proportion(Indicator.Kind kind, double x, double n, double k, List<String> flags,
      boolean suppressed) {
    if (n == 0) {
      flags.add("zero_denominator");
      return new Result(null, null, null, "none", flags, suppressed);
    }
    if (x > n) {
      flags.add("numerator_exceeds_denominator");
      return new Result(null, null, null, "none", flags, suppressed);
    }
    double p = x / n;
    // A complete enumeration (every agency, school, quarter or commune counted): nothing was sampled,
    // so there is no sampling interval, and a small set is exact, not unreliable. The point value
    // decides the target (issue 12, point 3: a drawn Wilson band contradicted that rule). What is
    // uncertain is only what was not reported (areas_pending, incomplete).
    if (kind.isCompleteEnumeration()) return new Result(p * k, null, null, COMPLETE_COUNT, flags, suppressed);
    if (SmallNumbers.smallDenominator(n)) flags.add("small_denominator");
    // a zero proportion has an infinite RSE but is not what the flag warns about
    if (kind == Indicator.Kind.PROPORTION && x > 0 && SmallNumbers.unreliableProportion(n, x)) flags.add("unreliable");
    ConfidenceInterval ci = WILSON.createInterval(n, x);
    return new Result(p * k, ci.lower() * k, ci.upper() * k, "wilson", flags, suppressed);
  }

  private static Result poisson(double x, double n, double k, List<String> flags, boolean suppressed) {
    if (n == 0) {
      flags.add("zero_denominator");
      return new Result(null, null, null, "none", flags, suppressed);
    }
    if (SmallNumbers.smallDenominator(n)) flags.add("small_denominator");
    if (SmallNumbers.unreliableRate(x)) flags.add("unreliable");
    ConfidenceInterval ci = POISSON.createRateInterval(x, n, k);
    return new Result(x / n * k, ci.lower(), ci.upper(), "exact_poisson", flags, suppressed);
  }

  private static Result sexRatio(double boys, double girls, double k, List<String> flags, boolean suppressed) {
    double births = boys + girls;
    if (births == 0 || girls == 0) {
      flags.add("zero_denominator");
      return new Result(null, null, null, "none", flags, suppressed);
    }
    if (SmallNumbers.smallDenominator(births)) flags.add("small_denominator");
    // RSE of the ratio by the delta method: sqrt(1/boys + 1/girls)
    if (boys == 0 || Math.sqrt(1 / boys + 1 / girls) > SmallNumbers.MAX_RELATIVE_STANDARD_ERROR) flags.add("unreliable");
    SexRatio r = SEX_RATIO.estimate(boys, girls).scale(k);
    return new Result(r.ratio(), r.interval().lower(), r.interval().upper(), "wilson_sex_ratio", flags, suppressed);
  }

  /**
   * Primary disclosure control (DESIGN §6): a count of a sensitive measure from 1 to 4. Cells that
   * could be recovered by subtraction are hidden by complementary suppression downstream.
   */
  static boolean suppressed(Double num, Double den, boolean numSensitive, boolean denSensitive) {
    return numSensitive && small(num) || denSensitive && small(den);
  }

  static boolean small(Double count) {
    return count != null && count >= SUPPRESS_MIN && count <= SUPPRESS_MAX;
  }
}
