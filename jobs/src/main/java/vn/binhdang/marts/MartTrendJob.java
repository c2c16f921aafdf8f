package vn.binhdang.marts;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_list;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.sort_array;
import static org.apache.spark.sql.functions.struct;

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

  public static Dataset<Row> run(Dataset<Row> fctIndicator, Catalogue catalogue) {
    Dataset<Row> series = fctIndicator
        .where(col("pooled").equalTo(false).and(col("value").isNotNull()))
        .groupBy(col("indicator_code"), col("area_code"), col("sex"))
        .agg(sort_array(collect_list(struct(col("year"), col("value")))).as("points"),
            max(col("suppressed")).as("suppressed"));
    Column t = summarise(catalogue).apply(col("indicator_code"), col("sex"), col("points"));
    Dataset<Row> out = series.withColumn("t", t)
        .select(col("indicator_code"), col("area_code"), col("sex"), col("t.*"), col("suppressed"));
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
