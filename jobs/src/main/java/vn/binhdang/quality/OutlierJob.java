package vn.binhdang.quality;

import static org.apache.spark.sql.functions.array_sort;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_list;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.struct;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.api.java.UDF2;
import org.apache.spark.sql.expressions.UserDefinedFunction;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import scala.collection.immutable.Seq;
import vn.binhdang.catalogue.Area;
import vn.binhdang.catalogue.Catalogue;
import vn.binhdang.stats.outlier.IqrRule;
import vn.binhdang.stats.outlier.ModifiedZScore;
import vn.binhdang.stats.outlier.OutlierPoint;
import vn.binhdang.stats.outlier.OutlierScan;
import vn.binhdang.stats.outlier.ScanStatus;
import vn.binhdang.warehouse.Tables;

/**
 * Produces {@code dq_outliers}: unusual indicator values, flagged and never dropped. On the yearly values of
 * {@code fct_indicator} (pooled rows and null values left out), two rules from {@code vn.binhdang.stats.outlier},
 * each over two sets of values:
 *
 * <ul>
 *   <li>{@code modified_z_series} / {@code iqr_series}: each area's series over the years, per indicator and sex
 *       (communes and the district);
 *   <li>{@code modified_z_communes} / {@code iqr_communes}: the district's communes within one year, per
 *       indicator and sex (the district, their sum, is not one of them).
 * </ul>
 *
 * Modified z-score (Iglewicz and Hoaglin 1993): M = 0.6745 (x − median) / MAD with the raw MAD, flagged when
 * |M| &gt; 3.5. IQR rule (Tukey): below Q1 − 1.5 IQR or above Q3 + 1.5 IQR, quartiles of R's type 7. Both need at
 * least 5 values and a spread above 0 (a MAD or IQR of 0: most values equal, as in complete enumerations at
 * 100 %); a set that cannot be tested gives no rows. Every value tested gives one row, with {@code outlier}
 * saying whether it is flagged, and carries fct_indicator's flags: values resting on small numbers
 * ({@code small_denominator}, {@code unreliable}) scatter widely and are flagged more often than they
 * deserve (the funnel plots of {@code mart_commune_compare} judge communes with their sampling variance).
 * Each set is gathered with {@code collect_list} (a few to a few dozen years, or the communes of a district),
 * sorted so that its sums do not depend on the partitioning, and scanned by a Spark function: nothing reaches
 * the driver.
 */
public final class OutlierJob {
  private OutlierJob() {}

  public static Dataset<Row> run(Dataset<Row> fctIndicator, Catalogue catalogue) {
    Dataset<Row> yearly = fctIndicator.where(col("pooled").equalTo(false).and(col("value").isNotNull()));
    Column point = struct(col("area_code"), col("year"), col("value"), col("suppressed"), col("flags"));
    Dataset<Row> series = yearly
        .groupBy(col("indicator_code"), col("area_code").as("_area"), col("sex"))
        .agg(array_sort(collect_list(point)).as("points"))
        .select(col("indicator_code"), col("sex"), explode(scan().apply(lit("series"), col("points"))).as("r"));
    List<String> communes = catalogue.communes().stream().map(Area::code).toList();
    Dataset<Row> across = yearly.where(col("area_code").isin(communes.toArray()))
        .groupBy(col("indicator_code"), col("year").as("_year"), col("sex"))
        .agg(array_sort(collect_list(point)).as("points"))
        .select(col("indicator_code"), col("sex"), explode(scan().apply(lit("communes"), col("points"))).as("r"));
    return Tables.DQ_OUTLIERS.conform(series.unionByName(across).select(col("indicator_code"), col("sex"), col("r.*")));
  }

  /** The columns of dq_outliers after indicator_code and sex, in the order the function returns them. */
  static StructType resultType() {
    return new StructType()
        .add("area_code", DataTypes.StringType)
        .add("year", DataTypes.IntegerType)
        .add("method", DataTypes.StringType)
        .add("value", DataTypes.DoubleType)
        .add("n_points", DataTypes.IntegerType)
        .add("center", DataTypes.DoubleType)
        .add("spread", DataTypes.DoubleType)
        .add("score", DataTypes.DoubleType)
        .add("lower_limit", DataTypes.DoubleType)
        .add("upper_limit", DataTypes.DoubleType)
        .add("outlier", DataTypes.BooleanType)
        .add("direction", DataTypes.StringType)
        .add("flags", DataTypes.StringType)
        .add("suppressed", DataTypes.BooleanType);
  }

  /** (scope, points) → one row per point and rule that could test the set. */
  static UserDefinedFunction scan() {
    ModifiedZScore mz = new ModifiedZScore();
    IqrRule iqr = new IqrRule();
    UDF2<String, Seq<Row>, List<Row>> f = (scope, points) -> {
      int n = points.size();
      double[] values = new double[n];
      for (int i = 0; i < n; i++) values[i] = points.apply(i).getDouble(2);
      List<Row> out = new ArrayList<>();
      add(out, "modified_z_" + scope, mz.scan(values), points);
      add(out, "iqr_" + scope, iqr.scan(values), points);
      return out;
    };
    return functions.udf(f, DataTypes.createArrayType(resultType()));
  }

  private static void add(List<Row> out, String method, OutlierScan s, Seq<Row> points) {
    if (s.status() != ScanStatus.TESTED) return;
    for (int i = 0; i < s.n(); i++) {
      Row p = points.apply(i);
      OutlierPoint v = s.points().get(i);
      out.add(RowFactory.create(p.getString(0), p.getInt(1), method, v.value(), s.n(), s.center(), s.spread(),
          v.score(), s.lowerLimit(), s.upperLimit(), v.outlier(), v.direction(), p.getString(4), p.getBoolean(3)));
    }
  }
}
