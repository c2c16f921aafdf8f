package vn.binhdang.transform;

import static org.apache.spark.sql.functions.array;
import static org.apache.spark.sql.functions.array_join;
import static org.apache.spark.sql.functions.array_union;
import static org.apache.spark.sql.functions.broadcast;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.filter;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.split;
import static org.apache.spark.sql.functions.when;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.api.java.UDF4;
import org.apache.spark.sql.expressions.UserDefinedFunction;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import vn.binhdang.catalogue.Catalogue;
import vn.binhdang.catalogue.Indicator;
import vn.binhdang.catalogue.Measure;
import vn.binhdang.catalogue.Sex;
import vn.binhdang.stats.interval.SmallNumbers;
import vn.binhdang.stats.survey.RatioOfMeans;
import vn.binhdang.warehouse.Tables;

/**
 * Intervals for the ratios of survey means (issue 12, point 3: "for survey means reported as counts, accept
 * their standard errors"): where the area reported the standard error of both means (the catalogue's
 * {@code <mean>_se} measures), the row of {@code fct_indicator} gets the delta-method interval of
 * {@link RatioOfMeans} on the log scale, {@code ci_method} {@code delta_log}, and the flag {@code unreliable}
 * when the ratio's relative standard error exceeds 30 %. Without both standard errors the row keeps
 * {@code none_survey_means}: no interval is available, and the pages say so.
 */
public final class SurveyMeanIntervals {
  private SurveyMeanIntervals() {}

  static final String DELTA_LOG = "delta_log";
  private static final StructType RESULT = new StructType().add("lower", DataTypes.DoubleType)
      .add("upper", DataTypes.DoubleType).add("rse", DataTypes.DoubleType);

  /** The ratio-of-means indicators whose numerator and denominator means both have a standard error measure. */
  static List<Indicator> withStandardErrors(Catalogue c) {
    return c.indicators().stream().filter(i -> i.kind() == Indicator.Kind.RATIO_OF_MEANS && i.denominator() != null
        && c.measure(i.numerator().measure() + Measure.SE_SUFFIX).isPresent()
        && c.measure(i.denominator().measure() + Measure.SE_SUFFIX).isPresent()).toList();
  }

  /**
   * @param fctIndicator the indicator rows (before disclosure control)
   * @param fctCounts {@code fct_counts}, where the standard errors are reported
   */
  public static Dataset<Row> apply(Dataset<Row> fctIndicator, Dataset<Row> fctCounts, Catalogue catalogue) {
    List<Indicator> indicators = withStandardErrors(catalogue);
    if (indicators.isEmpty()) return fctIndicator;
    Dataset<Row> errors = standardErrors(fctCounts, indicators);
    Column key = col("indicator_code").equalTo(col("_i")).and(col("area_code").equalTo(col("_a")))
        .and(col("year").equalTo(col("_y"))).and(col("sex").equalTo(col("_s"))).and(col("pooled").equalTo(false));
    Dataset<Row> joined = fctIndicator.join(broadcast(errors), key, "left");
    Column k = SurveyIntervals.multiplier(indicators);
    Column has = col("value").isNotNull().and(col("num_se").isNotNull()).and(col("den_se").isNotNull())
        .and(col("numerator").gt(0)).and(col("denominator").gt(0));
    Column r = interval().apply(col("numerator"), col("num_se"), col("denominator"), col("den_se"));
    Column others = filter(split(col("flags"), ","), f -> f.notEqual("").and(f.notEqual("unreliable")));
    Column unreliable = when(col("_r.rse").gt(SmallNumbers.MAX_RELATIVE_STANDARD_ERROR), array(lit("unreliable")))
        .otherwise(array().cast("array<string>"));
    Dataset<Row> out = joined.withColumn("_r", when(has, r))
        .withColumn("ci_lower", when(has, col("_r.lower").multiply(k)).otherwise(col("ci_lower")))
        .withColumn("ci_upper", when(has, col("_r.upper").multiply(k)).otherwise(col("ci_upper")))
        .withColumn("ci_method", when(has, lit(DELTA_LOG)).otherwise(col("ci_method")))
        .withColumn("flags", when(has, array_join(array_union(others, unreliable), ",")).otherwise(col("flags")));
    return Tables.FCT_INDICATOR.conform(out);
  }

  /** Per indicator × area × year × sex: the standard errors of its numerator's and denominator's means. */
  static Dataset<Row> standardErrors(Dataset<Row> fctCounts, List<Indicator> indicators) {
    // every (indicator, sex) pair in one pass over the counts, not one join per pair
    List<Column> picks = new ArrayList<>();
    for (Indicator i : indicators) {
      for (Sex s : i.sexes()) {
        Column base = col("population_group").equalTo(i.populationGroup()).and(col("period").equalTo("Y"));
        Column numSe = base.and(col("measure").equalTo(i.numerator().measure() + Measure.SE_SUFFIX))
            .and(col("sex").equalTo(i.numerator().sexFor(s).name()));
        Column denSe = base.and(col("measure").equalTo(i.denominator().measure() + Measure.SE_SUFFIX))
            .and(col("sex").equalTo(i.denominator().sexFor(s).name()));
        picks.add(functions.struct(lit(i.code()).as("i"), lit(s.name()).as("s"),
            when(numSe, col("value")).as("n"), when(denSe, col("value")).as("d")));
      }
    }
    return fctCounts.select(col("area_code"), col("year"), functions.explode(array(picks.toArray(Column[]::new))).as("p"))
        .where(col("p.n").isNotNull().or(col("p.d").isNotNull()))
        .groupBy(col("p.i").as("_i"), col("area_code").as("_a"), col("year").as("_y"), col("p.s").as("_s"))
        .agg(max(col("p.n")).as("num_se"), max(col("p.d")).as("den_se"));
  }

  /** Means and standard errors → the ratio's 95 % limits (before the multiplier) and relative standard error. */
  static UserDefinedFunction interval() {
    UDF4<Double, Double, Double, Double, Row> f = (m1, s1, m2, s2) -> {
      RatioOfMeans r = RatioOfMeans.of(m1, s1, m2, s2, 0.95);
      return RowFactory.create(r.interval().lower(), r.interval().upper(), r.relativeStandardError());
    };
    return functions.udf(f, RESULT);
  }
}
