package vn.binhdang.marts;

import static org.apache.spark.sql.functions.broadcast;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.first;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.when;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.api.java.UDF9;
import org.apache.spark.sql.expressions.UserDefinedFunction;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.expressions.WindowSpec;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import vn.binhdang.catalogue.Area;
import vn.binhdang.catalogue.Catalogue;
import vn.binhdang.catalogue.Indicator;
import vn.binhdang.catalogue.Sex;
import vn.binhdang.warehouse.Tables;

/**
 * Produces {@code mart_target_status}: for each indicator with a target, each area, year and sex the
 * target applies to, the status ({@link TargetStatus}) and the progress class (observed ÷ required
 * growth from the first year of the series toward the target by the plan year; achieved overrides).
 * The plan year has a row for every expected area even without data ({@code no_data}).
 */
public final class MartTargetStatusJob {
  private MartTargetStatusJob() {}

  static final StructType RESULT = new StructType()
      .add("gap", DataTypes.DoubleType, true)
      .add("status", DataTypes.StringType, false)
      .add("interval_decides", DataTypes.BooleanType, false)
      .add("progress_ratio", DataTypes.DoubleType, true)
      .add("progress_class", DataTypes.StringType, false);

  public static Dataset<Row> run(SparkSession spark, Dataset<Row> fctIndicator, Catalogue catalogue, int planYear) {
    Dataset<Row> yearly = fctIndicator.where(col("pooled").equalTo(false))
        .select("indicator_code", "area_code", "year", "sex", "value", "ci_lower", "ci_upper", "suppressed",
            "denominator", "areas_pending");
    // the plan year's expected rows, so that a missing value is reported as no_data
    Dataset<Row> expected = expectedPlanYear(spark, catalogue, planYear);
    Dataset<Row> rows = yearly.join(broadcast(targets(spark, catalogue)), new String[] {"indicator_code", "sex"})
        .unionByName(expected.join(yearly, new String[] {"indicator_code", "area_code", "year", "sex"}, "left_anti")
            .withColumn("value", lit(null).cast("double")).withColumn("ci_lower", lit(null).cast("double"))
            .withColumn("ci_upper", lit(null).cast("double")).withColumn("suppressed", lit(false))
            .withColumn("denominator", lit(null).cast("double")).withColumn("areas_pending", lit(null).cast("int"))
            .join(broadcast(targets(spark, catalogue)), new String[] {"indicator_code", "sex"}));

    WindowSpec series = Window.partitionBy(col("indicator_code"), col("area_code"), col("sex")).orderBy(col("year"))
        .rowsBetween(Window.unboundedPreceding(), Window.unboundedFollowing());
    Dataset<Row> withBase = rows
        .withColumn("base_year", first(when(col("value").isNotNull(), col("year")), true).over(series))
        .withColumn("base_value", first(col("value"), true).over(series));

    Column r = decide(catalogue, planYear).apply(col("indicator_code"), col("value"), col("ci_lower"), col("ci_upper"),
        col("year"), col("base_year"), col("base_value"), col("denominator"), col("areas_pending"));
    Dataset<Row> out = withBase.withColumn("r", r).select(col("indicator_code"), col("area_code"), col("year"),
        col("sex"), col("target"), col("direction"), col("value"), col("ci_lower"), col("ci_upper"), col("r.gap"),
        col("r.status"), col("r.interval_decides"), col("complete_enumeration"), col("base_year"), col("base_value"),
        col("r.progress_ratio"), col("r.progress_class"), col("suppressed"));
    return Tables.MART_TARGET_STATUS.conform(out);
  }

  /** indicator × target sex with the target's terms (small, from the catalogue). */
  static Dataset<Row> targets(SparkSession spark, Catalogue c) {
    List<Row> rows = new ArrayList<>();
    for (Indicator i : c.indicators()) {
      if (i.target() == null) continue;
      for (Sex s : i.targetSexes()) {
        rows.add(RowFactory.create(i.code(), s.name(), i.target(), i.direction().name().toLowerCase(Locale.ROOT),
            i.kind().isCompleteEnumeration()));
      }
    }
    StructType t = new StructType().add("indicator_code", DataTypes.StringType).add("sex", DataTypes.StringType)
        .add("target", DataTypes.DoubleType).add("direction", DataTypes.StringType)
        .add("complete_enumeration", DataTypes.BooleanType);
    return spark.createDataFrame(rows, t);
  }

  /** The areas each indicator is computed for, in the plan year, for each target sex. */
  static Dataset<Row> expectedPlanYear(SparkSession spark, Catalogue c, int planYear) {
    List<Row> rows = new ArrayList<>();
    java.util.Set<String> under = c.ancestry().stream().map(vn.binhdang.catalogue.AreaAncestry.Link::code)
        .collect(java.util.stream.Collectors.toSet());
    for (Indicator i : c.indicators()) {
      if (i.target() == null) continue;
      // every area on the plan year's map under the scope; the communes only for a commune-level indicator
      List<String> areas = c.areas().stream().filter(a -> a.onMapOf(planYear) && under.contains(a.code())
          && (c.isCommuneLevel(i) || !a.level().isReportingUnit())).map(Area::code).distinct().toList();
      for (String a : areas) for (Sex s : i.targetSexes()) rows.add(RowFactory.create(i.code(), a, planYear, s.name()));
    }
    StructType t = new StructType().add("indicator_code", DataTypes.StringType).add("area_code", DataTypes.StringType)
        .add("year", DataTypes.IntegerType).add("sex", DataTypes.StringType);
    return spark.createDataFrame(rows, t);
  }

  static UserDefinedFunction decide(Catalogue catalogue, int planYear) {
    UDF9<String, Double, Double, Double, Integer, Integer, Double, Double, Integer, Row> f =
        (code, v, lo, hi, year, baseYear, base, den, pending) -> {
      Indicator ind = catalogue.indicator(code).orElseThrow();
      // all-periods shares: the value if every area still missing a period had met the bar
      Double best = v == null || pending == null || pending == 0 || den == null || den == 0 ? null
          : v + pending / den * ind.multiplier();
      TargetAssessment.Result r = TargetAssessment.assess(ind, v, lo, hi, year, baseYear, base, planYear, best);
      return RowFactory.create(r.gap(), r.status(), r.intervalDecides(), r.progressRatio(), r.progressClass());
    };
    return functions.udf(f, RESULT);
  }
}
