package vn.binhdang.transform;

import static org.apache.spark.sql.functions.abs;
import static org.apache.spark.sql.functions.array;
import static org.apache.spark.sql.functions.array_except;
import static org.apache.spark.sql.functions.array_join;
import static org.apache.spark.sql.functions.array_sort;
import static org.apache.spark.sql.functions.array_union;
import static org.apache.spark.sql.functions.broadcast;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_list;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.filter;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.size;
import static org.apache.spark.sql.functions.split;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.when;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.api.java.UDF1;
import org.apache.spark.sql.expressions.UserDefinedFunction;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import scala.collection.immutable.Seq;
import vn.binhdang.catalogue.Catalogue;
import vn.binhdang.catalogue.Indicator;
import vn.binhdang.catalogue.Sex;
import vn.binhdang.registers.RegisterCountsJob;
import vn.binhdang.sql.ExactSum;
import vn.binhdang.stats.interval.SmallNumbers;
import vn.binhdang.stats.survey.DomainProportion;
import vn.binhdang.stats.survey.StratumMoments;
import vn.binhdang.warehouse.Tables;

/**
 * Design-based intervals for the indicators that come from the labour-force survey's weighted records
 * (issue 12, point 3): a Wilson interval on weighted counts treats the 27,650 people the 420 respondents
 * represent as if each had been asked. Here each such row of {@code fct_indicator} gets the interval of
 * {@link DomainProportion} (Taylor linearisation of the ratio estimator with the weights, the communes as
 * strata; logit limits), {@code ci_method} {@code taylor_logit} (or {@code kish_wilson} at 0 or 100 %), and
 * its small-number flags from Kish's effective sample size and the design-based relative standard error.
 *
 * <p>A row is replaced only when its value is the survey's: the published numerator and denominator are the
 * survey's weighted counts (rounded to whole persons, so within half a person per commune). Counts a commune
 * reported itself keep their binomial interval. Everything is aggregated on the executors: per commune one
 * set of weighted sums, per district (or province) the list of its communes' sums (one per stratum).
 */
public final class SurveyIntervals {
  private SurveyIntervals() {}

  public static final String TAYLOR = "taylor_logit";
  public static final String KISH = "kish_wilson";
  private static final StructType RESULT = new StructType().add("estimate", DataTypes.DoubleType)
      .add("se", DataTypes.DoubleType).add("n_eff", DataTypes.DoubleType).add("lower", DataTypes.DoubleType)
      .add("upper", DataTypes.DoubleType).add("method", DataTypes.StringType);

  /** The indicators computed from survey measures: proportions whose numerator and denominator the survey counts. */
  static List<Indicator> surveyIndicators(Catalogue c) {
    return c.indicators().stream().filter(i -> i.kind() == Indicator.Kind.PROPORTION && i.denominator() != null
        && i.numerator().fixedSex() == null && i.denominator().fixedSex() == null
        && RegisterCountsJob.LABOUR_MEASURES.containsKey(i.numerator().measure())
        && RegisterCountsJob.LABOUR_MEASURES.containsKey(i.denominator().measure())).toList();
  }

  /**
   * @param fctIndicator the indicator rows (before disclosure control)
   * @param survey {@code stg_labour_survey}
   */
  public static Dataset<Row> apply(Dataset<Row> fctIndicator, Dataset<Row> survey, Catalogue catalogue) {
    List<Indicator> indicators = surveyIndicators(catalogue);
    if (indicators.isEmpty()) return fctIndicator;
    Dataset<Row> communes = communeMoments(survey, indicators);
    // each area above the communes: its communes' moments, one stratum each
    Dataset<Row> district = communes
        .join(AreaLinks.above(AreaLinks.of(survey.sparkSession(), catalogue)),
            AreaLinks.of(col("area_code"), col("year")))
        .groupBy(col("indicator_code"), col("year"), col("sex"), col("l_ancestor").as("area_code"))
        .agg(array_sort(collect_list(col("m"))).as("strata")); // added up in one order, whatever the partitions
    Dataset<Row> design = communes.select(col("indicator_code"), col("year"), col("sex"), col("area_code"),
            array(col("m")).as("strata"))
        .unionByName(district)
        .withColumn("d", estimate().apply(col("strata")))
        .select(col("indicator_code").as("_i"), col("area_code").as("_a"), col("year").as("_y"), col("sex").as("_s"),
            col("d"), size(col("strata")).as("_strata"),
            aggregateOf(col("strata"), "wy").as("_wy"), aggregateOf(col("strata"), "wx").as("_wx"));

    Column key = col("indicator_code").equalTo(col("_i")).and(col("area_code").equalTo(col("_a")))
        .and(col("year").equalTo(col("_y"))).and(col("sex").equalTo(col("_s"))).and(col("pooled").equalTo(false));
    Dataset<Row> joined = fctIndicator.join(broadcast(design), key, "left");
    // the published value is the survey's (half a person of rounding per commune)
    Column tolerance = col("_strata").multiply(0.5).plus(1e-6);
    Column fromSurvey = col("d").isNotNull().and(col("numerator").isNotNull()).and(col("denominator").isNotNull())
        .and(abs(col("numerator").minus(col("_wy"))).leq(tolerance))
        .and(abs(col("denominator").minus(col("_wx"))).leq(tolerance));
    Column k = multiplier(indicators);
    Column others = filter(split(col("flags"), ","),
        f -> f.notEqual("").and(f.notEqual("small_denominator")).and(f.notEqual("unreliable")));
    Column small = when(col("d.n_eff").lt(SmallNumbers.SMALL_DENOMINATOR_BELOW), array(lit("small_denominator")))
        .otherwise(array().cast("array<string>"));
    Column rse = col("d.se").divide(col("d.estimate"));
    Column unreliable = when(col("d.estimate").gt(0).and(rse.gt(SmallNumbers.MAX_RELATIVE_STANDARD_ERROR)),
        array(lit("unreliable"))).otherwise(array().cast("array<string>"));
    Dataset<Row> out = joined
        .withColumn("ci_lower", when(fromSurvey, col("d.lower").multiply(k)).otherwise(col("ci_lower")))
        .withColumn("ci_upper", when(fromSurvey, col("d.upper").multiply(k)).otherwise(col("ci_upper")))
        .withColumn("ci_method", when(fromSurvey, col("d.method")).otherwise(col("ci_method")))
        .withColumn("flags", when(fromSurvey, array_join(array_union(array_union(others, small), unreliable), ","))
            .otherwise(col("flags")));
    return Tables.FCT_INDICATOR.conform(out);
  }

  /** One struct of weighted sums per survey indicator × commune × year × sex: one stratum's moments. */
  static Dataset<Row> communeMoments(Dataset<Row> survey, List<Indicator> indicators) {
    List<Column> combos = new ArrayList<>();
    Column w = col("weight");
    for (Indicator i : indicators) {
      Column x = RegisterCountsJob.LABOUR_MEASURES.get(i.denominator().measure());
      Column y = RegisterCountsJob.LABOUR_MEASURES.get(i.numerator().measure());
      for (Sex s : i.sexes()) {
        Column inSex = s == Sex.T ? lit(true) : col("sex").equalTo(s.name());
        combos.add(struct(lit(i.code()).as("indicator_code"), lit(s.name()).as("sex"),
            x.and(inSex).as("x"), y.and(x).and(inSex).as("y")));
      }
    }
    return survey.select(col("area_code"), col("year"), w.as("w"), explode(array(combos.toArray(Column[]::new))).as("c"))
        .groupBy(col("c.indicator_code").as("indicator_code"), col("area_code"), col("year"), col("c.sex").as("sex"))
        .agg(struct(count(lit(1)).as("n"), ExactSum.of(when(col("c.x"), col("w")).otherwise(0.0)).as("wx"),
            ExactSum.of(when(col("c.y"), col("w")).otherwise(0.0)).as("wy"),
            ExactSum.of(when(col("c.x"), col("w").multiply(col("w"))).otherwise(0.0)).as("w2x"),
            ExactSum.of(when(col("c.y"), col("w").multiply(col("w"))).otherwise(0.0)).as("w2y")).as("m"));
  }

  /** Each survey indicator's catalogue multiplier (100 for a percentage), by {@code indicator_code}. */
  static Column multiplier(List<Indicator> indicators) {
    Column k = null;
    for (Indicator i : indicators) {
      Column is = col("indicator_code").equalTo(i.code());
      k = k == null ? when(is, i.multiplier()) : k.when(is, i.multiplier());
    }
    return k;
  }

  private static Column aggregateOf(Column strata, String field) {
    return functions.aggregate(functions.transform(strata, s -> s.getField(field)), lit(0.0), Column::plus);
  }

  /** The strata's moments → estimate, SE, effective n and 95 % limits; null without anyone in the domain. */
  static UserDefinedFunction estimate() {
    UDF1<Seq<Row>, Row> f = strata -> {
      List<StratumMoments> m = new ArrayList<>();
      double wx = 0;
      for (int i = 0; i < strata.size(); i++) {
        Row r = strata.apply(i);
        m.add(new StratumMoments(r.getLong(0), r.getDouble(1), r.getDouble(2), r.getDouble(3), r.getDouble(4)));
        wx += r.getDouble(1);
      }
      if (!(wx > 0)) return null;
      DomainProportion d = DomainProportion.of(m, 0.95);
      return RowFactory.create(d.estimate(), d.standardError(), d.effectiveN(), d.interval().lower(),
          d.interval().upper(), d.method() == DomainProportion.Method.TAYLOR_LOGIT ? TAYLOR : KISH);
    };
    return functions.udf(f, RESULT);
  }
}
