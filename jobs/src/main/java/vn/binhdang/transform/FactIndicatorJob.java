package vn.binhdang.transform;

import static org.apache.spark.sql.functions.array_except;
import static org.apache.spark.sql.functions.array_sort;
import static org.apache.spark.sql.functions.broadcast;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_list;
import static org.apache.spark.sql.functions.collect_set;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.concat_ws;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.first;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.size;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.api.java.UDF6;
import java.util.List;
import org.apache.spark.sql.expressions.UserDefinedFunction;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.expressions.WindowSpec;
import org.apache.spark.sql.functions;
import vn.binhdang.catalogue.Catalogue;
import vn.binhdang.catalogue.Indicator;
import vn.binhdang.sql.ExactSum;
import vn.binhdang.warehouse.Tables;

/**
 * Produces {@code fct_indicator}: every indicator for every area, year and sex it applies to, with
 * its value, 95 % interval, method and flags (DESIGN §6). Each reporting area (a commune; a district for
 * the district's own measures) is computed from its own counts; every area above it, up to the run's scope,
 * from the sums of the numerators and denominators of the areas under it on that year's map that reported
 * both ({@link AreaLinks}), never from an average of rates. The per-row arithmetic is {@link IndicatorMath},
 * applied as a Spark function.
 */
public final class FactIndicatorJob {
  private FactIndicatorJob() {}

  /** Without a crosswalk between maps. */
  public static Dataset<Row> run(SparkSession spark, Dataset<Row> fctCounts, Catalogue catalogue) {
    return run(spark, fctCounts, catalogue, CrosswalkLinks.none(spark));
  }

  /** @param crosswalk {@link CrosswalkLinks#of} {@code dim_area_crosswalk} */
  public static Dataset<Row> run(SparkSession spark, Dataset<Row> fctCounts, Catalogue catalogue,
      Dataset<Row> crosswalk) {
    UserDefinedFunction value = valueFunction(catalogue);
    Dataset<Row> recipes = broadcast(IndicatorRecipes.of(spark, catalogue));
    Dataset<Row> links = AreaLinks.of(spark, catalogue);

    Column reportingUnit = col("level").isin(REPORTING_LEVELS.toArray());
    Dataset<Row> inputs = fctCounts
        // each area's own counts; the areas above are summed below from their indicators' parts
        .where(col("derivation").isin(FactCountsJob.REPORTED, FactCountsJob.SUM_OF_SEXES))
        .join(recipes, col("measure").equalTo(col("r_measure")).and(col("sex").equalTo(col("r_sex")))
            .and(col("population_group").equalTo(col("r_group"))))
        // commune-level indicators start from the communes, district-level ones from the districts' rows
        .where(when(col("commune_level"), reportingUnit).otherwise(reportingUnit.unary_$bang()));

    Column periodic = col("kind").isin(THRESHOLD_SHARE, ALL_PERIODS_SHARE);
    Dataset<Row> ratios = withoutPeriods(byArea(inputs.where(periodic.unary_$bang().and(col("period").equalTo("Y")))));
    Dataset<Row> shares = periodShares(inputs.where(periodic));
    Dataset<Row> base = ratios.unionByName(shares);
    Dataset<Row> onMap = base.unionByName(rollup(base, links)).withColumn("apportioned", lit(false));
    Dataset<Row> all = onMap.unionByName(history(onMap, crosswalk)
        .join(AreaLinks.codes(links), col("area_code").equalTo(col("s_code")), "left_semi")); // new areas in scope
    Dataset<Row> rows = all.withColumn("period_label", col("year").cast("string")).withColumn("pooled", lit(false))
        .unionByName(pooled(all, catalogue));

    Column v = value.apply(col("indicator_code"), col("numerator"), col("denominator"),
        col("num_sensitive"), col("den_sensitive"), col("incomplete"));
    Dataset<Row> out = rows.withColumn("v", v)
        .select(col("indicator_code"), col("area_code"), col("level"), col("year"), col("out_sex").as("sex"),
            col("period_label"), col("pooled"), col("numerator"),
            col("denominator"), col("v.value").as("value"), col("v.ci_lower").as("ci_lower"),
            col("v.ci_upper").as("ci_upper"), col("v.ci_method").as("ci_method"),
            when(col("apportioned"), concat_ws(",", when(col("v.flags").notEqual(""), col("v.flags")), lit(APPORTIONED)))
                .otherwise(col("v.flags")).as("flags"),
            col("v.suppressed").as("suppressed"), col("areas_reporting"), col("areas_expected"), col("periods_expected"), col("periods_met"),
            col("periods_missing"), col("periods_below"), col("areas_pending"));
    return Tables.FCT_INDICATOR.conform(out);
  }

  /** Numerator and denominator of each indicator × area × year × sex. */
  static Dataset<Row> byArea(Dataset<Row> inputs) {
    return inputs.groupBy(col("indicator_code"), col("kind"), col("commune_level"), col("area_code"), col("level"),
            col("year"), col("out_sex"))
        .agg(max(when(col("role").equalTo(IndicatorRecipes.NUMERATOR), col("value"))).as("numerator"),
            max(when(col("role").equalTo(IndicatorRecipes.DENOMINATOR), col("value"))).as("denominator"),
            max(when(col("role").equalTo(IndicatorRecipes.NUMERATOR), col("r_sensitive"))).as("num_sensitive"),
            coalesce(max(when(col("role").equalTo(IndicatorRecipes.DENOMINATOR), col("r_sensitive"))), lit(false))
                .as("den_sensitive"))
        .withColumn("areas_reporting", lit(1))
        .withColumn("areas_expected", lit(1))
        .withColumn("incomplete", lit(false));
  }

  static final String THRESHOLD_SHARE = "threshold_share";
  static final String ALL_PERIODS_SHARE = "all_periods_share";

  /**
   * The period kinds of one area and year. A threshold share counts the periods reaching the
   * threshold out of the periods in the year (4 quarters, 12 months). An all-periods share is 1 of 1
   * when every period was reported and reached the threshold, else 0 of 1. Either way a period not
   * reported counts as not met and the row is flagged incomplete: an area missing a quarter is
   * shown as incomplete, not as failing (DESIGN §2, MED_COMMUNE_NEWS).
   */
  static Dataset<Row> periodShares(Dataset<Row> inputs) {
    Column allPeriods = col("kind").equalTo(ALL_PERIODS_SHARE);
    Column below = array_sort(collect_list(when(col("value").lt(col("threshold")), col("period"))));
    Dataset<Row> byArea = inputs.groupBy(col("indicator_code"), col("kind"), col("commune_level"), col("area_code"),
            col("level"), col("year"), col("out_sex"))
        .agg(sum(when(col("value").geq(col("threshold")), 1).otherwise(0)).cast("int").as("periods_met"),
            first(col("expected_periods")).as("periods_expected"),
            array_except(first(col("period_codes")), collect_set(col("period"))).as("_missing"),
            below.as("_below"),
            max(col("r_sensitive")).as("num_sensitive"));
    return byArea
        .withColumn("numerator", when(allPeriods,
                when(col("periods_met").equalTo(col("periods_expected")), 1.0).otherwise(0.0))
            .otherwise(col("periods_met").cast("double")))
        .withColumn("denominator", when(allPeriods, lit(1.0)).otherwise(col("periods_expected").cast("double")))
        .withColumn("den_sensitive", lit(false))
        .withColumn("areas_reporting", lit(1))
        .withColumn("areas_expected", lit(1))
        .withColumn("incomplete", size(col("_missing")).gt(0))
        .withColumn("periods_missing", list(col("_missing")))
        .withColumn("periods_below", list(col("_below")))
        // met every period it reported but missed one: the value could be this much higher
        .withColumn("areas_pending", when(allPeriods,
            when(size(col("_missing")).gt(0).and(size(col("_below")).equalTo(0)), 1).otherwise(0)))
        .drop("_missing", "_below");
  }

  /** "Q1,Q3", or null for an empty list. */
  private static Column list(Column codes) {
    return when(size(codes).gt(0), concat_ws(",", array_sort(codes)));
  }

  /** The period columns of rows that are not period kinds. */
  static Dataset<Row> withoutPeriods(Dataset<Row> rows) {
    return rows.withColumn("periods_expected", lit(null).cast("int")).withColumn("periods_met", lit(null).cast("int"))
        .withColumn("periods_missing", lit(null).cast("string")).withColumn("periods_below", lit(null).cast("string"))
        .withColumn("areas_pending", lit(null).cast("int"));
  }

  /** The levels that report like communes, as {@code fct_counts} names them. */
  public static final List<String> REPORTING_LEVELS = List.of("commune", "ward", "town");

  /**
   * The row of every area above the reporting ones ({@link AreaLinks}): sums over the areas under it, on that
   * year's map, that have both a numerator and a denominator. The period kinds count every area as expected
   * (its periods, or itself), so a silent commune lowers the share rather than vanishing. Ratios of means are
   * not summable.
   */
  static Dataset<Row> rollup(Dataset<Row> base, Dataset<Row> links) {
    Dataset<Row> rows = base.where(col("kind").notEqual("ratio_of_means")
        .and(col("numerator").isNotNull()).and(col("denominator").isNotNull()))
        .join(AreaLinks.above(links), AreaLinks.of(col("area_code"), col("year")));
    Column isShare = col("kind").isin(THRESHOLD_SHARE, ALL_PERIODS_SHARE);
    Dataset<Row> sums = rows.groupBy(col("indicator_code"), col("kind"), col("commune_level"),
            col("l_ancestor").as("area_code"), col("l_ancestor_level").as("level"), col("l_owner").as("owner"),
            col("year"), col("out_sex"))
        .agg(ExactSum.of(col("numerator")).as("numerator"), ExactSum.of(col("denominator")).as("denominator"),
            first("denominator").as("per_area"), count(lit(1)).cast("int").as("areas_reporting"),
            max(col("incomplete")).as("any_incomplete"), max("num_sensitive").as("num_sensitive"),
            max("den_sensitive").as("den_sensitive"), sum("periods_met").cast("int").as("periods_met"),
            first("periods_expected").as("per_area_periods"), sum("areas_pending").cast("int").as("pending"));
    Column n = col("areas_expected");
    return AreaLinks.withExpected(sums, links)
        .withColumn("denominator", when(isShare, col("per_area").multiply(n)).otherwise(col("denominator")))
        .withColumn("incomplete", col("any_incomplete").or(col("areas_reporting").lt(n)))
        // the supporting figure of the period kinds: periods met of all the areas' periods expected
        .withColumn("periods_expected", col("per_area_periods").multiply(n).cast("int"))
        // areas that sent nothing could also have met the bar
        .withColumn("areas_pending", when(col("kind").equalTo(ALL_PERIODS_SHARE),
            col("pending").plus(n.minus(col("areas_reporting")))))
        .select(col("indicator_code"), col("kind"), col("commune_level"), col("area_code"), col("level"), col("year"),
            col("out_sex"), col("numerator"), col("denominator"), col("num_sensitive"), col("den_sensitive"),
            col("areas_reporting"), n, col("incomplete"), col("periods_expected"), col("periods_met"),
            lit(null).cast("string").as("periods_missing"), lit(null).cast("string").as("periods_below"),
            col("areas_pending"));
  }

  /** The flag of a value resting on an old area split by share: approximate, interval included. */
  public static final String APPORTIONED = "apportioned";

  /**
   * The indicators of each new area in the years before the change ({@link CrosswalkLinks}): the sums of the
   * numerators and denominators of the old areas that make it, each times its share, over the old areas that have
   * both; incomplete when one of them has not. Ratios of means are not summable. Periods met and expected are
   * counts of periods, kept for whole units only.
   */
  static Dataset<Row> history(Dataset<Row> onMap, Dataset<Row> crosswalk) {
    Dataset<Row> sums = onMap.where(col("kind").notEqual("ratio_of_means")
            .and(col("numerator").isNotNull()).and(col("denominator").isNotNull()))
        .join(crosswalk, CrosswalkLinks.from(col("area_code"), col("year")))
        .groupBy(col("indicator_code"), col("kind"), col("commune_level"), col("x_new").as("area_code"),
            col("x_level").as("level"), col("year"), col("out_sex"))
        .agg(ExactSum.of(col("numerator").multiply(col("x_share"))).as("numerator"),
            ExactSum.of(col("denominator").multiply(col("x_share"))).as("denominator"),
            count(lit(1)).cast("int").as("areas_reporting"), max(col("incomplete")).as("any_incomplete"),
            max("num_sensitive").as("num_sensitive"), max("den_sensitive").as("den_sensitive"),
            sum("periods_expected").cast("int").as("periods_expected"), sum("periods_met").cast("int").as("periods_met"),
            sum("areas_pending").cast("int").as("areas_pending"), max("x_apportioned").as("apportioned"));
    Column whole = col("apportioned").unary_$bang();
    return CrosswalkLinks.withExpected(sums, crosswalk)
        .select(col("indicator_code"), col("kind"), col("commune_level"), col("area_code"), col("level"), col("year"),
            col("out_sex"), col("numerator"), col("denominator"), col("num_sensitive"), col("den_sensitive"),
            col("areas_reporting"), col("areas_expected"),
            col("any_incomplete").or(col("areas_reporting").lt(col("areas_expected"))).as("incomplete"),
            when(whole, col("periods_expected")).as("periods_expected"), when(whole, col("periods_met")).as("periods_met"),
            lit(null).cast("string").as("periods_missing"), lit(null).cast("string").as("periods_below"),
            when(whole, col("areas_pending")).as("areas_pending"), col("apportioned"));
  }

  /**
   * Values pooled over {@code pooled_years} consecutive years (catalogue), for areas and sexes with
   * both counts in every one of those years: sums of numerators and denominators, labelled
   * "first-last" and dated by the last year. One window per distinct pooling length in the catalogue.
   */
  static Dataset<Row> pooled(Dataset<Row> all, Catalogue catalogue) {
    Dataset<Row> out = null;
    for (int k : catalogue.indicators().stream().map(Indicator::pooledYears).filter(java.util.Objects::nonNull)
        .distinct().sorted().toList()) {
      List<String> codes = catalogue.indicators().stream()
          .filter(i -> Integer.valueOf(k).equals(i.pooledYears())).map(Indicator::code).toList();
      WindowSpec w = Window.partitionBy(col("indicator_code"), col("area_code"), col("out_sex"))
          .orderBy(col("year")).rangeBetween(-(k - 1), 0);
      Dataset<Row> p = all
          .where(col("indicator_code").isin(codes.toArray()).and(col("numerator").isNotNull())
              .and(col("denominator").isNotNull()))
          .withColumn("_years", count(lit(1)).over(w))
          .withColumn("numerator", ExactSum.over(col("numerator"), w))
          .withColumn("denominator", ExactSum.over(col("denominator"), w))
          .withColumn("incomplete", max(col("incomplete")).over(w))
          .withColumn("areas_reporting", min(col("areas_reporting")).over(w))
          .withColumn("apportioned", max(col("apportioned")).over(w))
          .where(col("_years").equalTo(k))
          .withColumn("period_label", concat(col("year").minus(k - 1).cast("string"), lit("-"), col("year").cast("string")))
          .withColumn("pooled", lit(true))
          .drop("_years");
      p = withoutPeriods(p);
      out = out == null ? p : out.unionByName(p);
    }
    return out != null ? out : all.limit(0).withColumn("period_label", lit("")).withColumn("pooled", lit(true));
  }

  /** The per-row arithmetic as a Spark function, closing over the catalogue (small, serialised once per task). */
  static UserDefinedFunction valueFunction(Catalogue catalogue) {
    IndicatorMath math = new IndicatorMath();
    UDF6<String, Double, Double, Boolean, Boolean, Boolean, Row> f = (code, num, den, numSens, denSens, incomplete) -> {
      Indicator indicator = catalogue.indicator(code).orElseThrow();
      IndicatorMath.Result r = math.compute(indicator, num, den,
          Boolean.TRUE.equals(numSens), Boolean.TRUE.equals(denSens), Boolean.TRUE.equals(incomplete));
      return RowFactory.create(r.value(), r.lower(), r.upper(), r.method(), String.join(",", r.flags()),
          r.suppressed());
    };
    return functions.udf(f, IndicatorMath.RESULT_TYPE);
  }
}
