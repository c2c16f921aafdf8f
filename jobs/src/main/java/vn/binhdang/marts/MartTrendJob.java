package vn.binhdang.marts;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_list;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.sort_array;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.when;

import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.api.java.UDF3;
import org.apache.spark.sql.expressions.UserDefinedFunction;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import scala.collection.immutable.Seq;
import vn.binhdang.catalogue.Catalogue;
import vn.binhdang.catalogue.Indicator;
import vn.binhdang.catalogue.Sex;
import vn.binhdang.warehouse.Tables;

/**
 * Produces {@code mart_trend}: one row per indicator × area × sex with the trend statistics of its
 * yearly values ({@link SeriesTrend}). Each series (a few to a few dozen years) is gathered with
 * {@code collect_list} per group and summarised by a Spark function: nothing reaches the driver.
 */
public final class MartTrendJob {
  private MartTrendJob() {}

  /** test_status of a series with a hidden year. */
  public static final String HIDDEN_VALUES = "hidden_values";
  /** direction_of_change of a series that is not tested. */
  public static final String NOT_ASSESSED = "not_assessed";
  /** The test statistics a series with a hidden year does not get. */
  private static final List<String> NOT_TESTED = List.of("ols_p_value", "mk_s", "mk_var_s", "mk_z", "mk_p_value",
      "kendall_tau", "year_target_reached");

  public static Dataset<Row> run(Dataset<Row> fctIndicator, Catalogue catalogue) {
    Dataset<Row> series = fctIndicator
        .where(col("pooled").equalTo(false).and(col("value").isNotNull()))
        .groupBy(col("indicator_code"), col("area_code"), col("sex"))
        .agg(sort_array(collect_list(struct(col("year"), col("value")))).as("points"),
            max(col("suppressed")).as("suppressed"));
    Column t = summarise(catalogue).apply(col("indicator_code"), col("sex"), col("points"));
    Dataset<Row> out = series.withColumn("t", t)
        .select(col("indicator_code"), col("area_code"), col("sex"), col("t.*"), col("suppressed"));
    // A series with a hidden year is not tested: a verdict would say something about the hidden value, and
    // the pack and the report say "không đánh giá" for it. The warehouse says the same (its descriptive
    // columns stay for the statisticians; the exports blank them, see the table's masking).
    Column hidden = col("suppressed");
    for (String c : NOT_TESTED) {
      out = out.withColumn(c, when(hidden, lit(null)).otherwise(col(c)));
    }
    out = out.withColumn("test_status", when(hidden, lit(HIDDEN_VALUES)).otherwise(col("test_status")))
        .withColumn("direction_of_change", when(hidden, lit(NOT_ASSESSED)).otherwise(col("direction_of_change")));
    return Tables.MART_TREND.conform(out);
  }

  /** The Summary fields as the mart's columns (names from the table spec, between the keys and suppressed). */
  static StructType summaryType() {
    List<StructField> fields = List.of(Tables.MART_TREND.schema().fields()).subList(3, Tables.MART_TREND.schema().size() - 1);
    return new StructType(fields.toArray(StructField[]::new));
  }

  static UserDefinedFunction summarise(Catalogue catalogue) {
    UDF3<String, String, Seq<Row>, Row> f = (code, sex, points) -> {
      Indicator ind = catalogue.indicator(code).orElseThrow();
      int n = points.size();
      double[] years = new double[n];
      double[] values = new double[n];
      for (int i = 0; i < n; i++) {
        Row p = points.apply(i);
        years[i] = p.getInt(0);
        values[i] = p.getDouble(1);
      }
      boolean judged = ind.target() != null && ind.targetSexes().contains(Sex.valueOf(sex));
      Double top = TargetAssessment.scaleMax(ind);
      SeriesTrend.Summary s = SeriesTrend.of(years, values, judged ? ind.target() : null, ind.direction(),
          ind.tolerance(), 0, top == null ? Double.POSITIVE_INFINITY : top);
      return RowFactory.create(s.nPoints(), s.firstYear(), s.lastYear(), s.firstValue(), s.lastValue(),
          s.avgAnnualChange(), s.olsSlope(), s.olsLower(), s.olsUpper(), s.olsP(), s.mkS(), s.mkVarS(), s.mkZ(),
          s.mkP(), s.tau(), s.testStatus(), s.senSlope(), s.senIntercept(), s.projected2025(), s.projected2030(),
          s.target(), s.yearTargetReached(), s.directionOfChange());
    };
    return functions.udf(f, summaryType());
  }

}
