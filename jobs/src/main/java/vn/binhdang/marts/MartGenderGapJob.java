package vn.binhdang.marts;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.when;

import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.api.java.UDF5;
import org.apache.spark.sql.api.java.UDF6;
import org.apache.spark.sql.expressions.UserDefinedFunction;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import vn.binhdang.catalogue.Catalogue;
import vn.binhdang.catalogue.Indicator;
import vn.binhdang.catalogue.Sex;
import vn.binhdang.warehouse.Tables;

/** Produces {@code mart_gender_gap}: women − men for every indicator computed by sex ({@link GenderGap}). */
public final class MartGenderGapJob {
  private MartGenderGapJob() {}

  static final StructType RESULT = new StructType()
      .add("gap", DataTypes.DoubleType, true)
      .add("gap_lower", DataTypes.DoubleType, true)
      .add("gap_upper", DataTypes.DoubleType, true)
      .add("gap_method", DataTypes.StringType, false)
      .add("parity_index", DataTypes.DoubleType, true);

  public static Dataset<Row> run(Dataset<Row> fctIndicator, Catalogue catalogue) {
    List<String> bySex = catalogue.indicators().stream()
        .filter(i -> i.sexes().contains(Sex.F) && i.sexes().contains(Sex.M)).map(Indicator::code).toList();
    Dataset<Row> pairs = fctIndicator
        .where(col("pooled").equalTo(false).and(col("indicator_code").isin(bySex.toArray()))
            .and(col("sex").isin("F", "M")))
        .groupBy(col("indicator_code"), col("area_code"), col("year"))
        .agg(max(bySex("F", "value")).as("value_f"), max(bySex("M", "value")).as("value_m"),
            max(bySex("F", "numerator")).as("num_f"), max(bySex("F", "denominator")).as("den_f"),
            max(bySex("M", "numerator")).as("num_m"), max(bySex("M", "denominator")).as("den_m"),
            max(bySex("F", "ci_lower")).as("lower_f"), max(bySex("F", "ci_upper")).as("upper_f"),
            max(bySex("M", "ci_lower")).as("lower_m"), max(bySex("M", "ci_upper")).as("upper_m"),
            max(bySex("F", "ci_method")).as("method_f"), max(bySex("M", "ci_method")).as("method_m"),
            max(col("suppressed")).as("suppressed"));
    Object[] design = GenderGap.DESIGN_METHODS.toArray();
    Column fromSurvey = col("method_f").isin(design).and(col("method_m").isin(design))
        .and(col("value_f").isNotNull()).and(col("value_m").isNotNull());
    Column g = when(fromSurvey, designGap().apply(col("value_f"), col("lower_f"), col("upper_f"), col("value_m"),
            col("lower_m"), col("upper_m")))
        .otherwise(gap(catalogue).apply(col("indicator_code"), col("num_f"), col("den_f"), col("num_m"), col("den_m")));
    Dataset<Row> out = pairs.withColumn("g", g).select(col("indicator_code"), col("area_code"), col("year"),
        col("value_f"), col("value_m"), col("g.gap"), col("g.gap_lower"), col("g.gap_upper"), col("g.gap_method"),
        col("g.parity_index"), col("suppressed"));
    return Tables.MART_GENDER_GAP.conform(out);
  }

  private static Column bySex(String sex, String column) {
    return when(col("sex").equalTo(sex), col(column));
  }

  static UserDefinedFunction designGap() {
    UDF6<Double, Double, Double, Double, Double, Double, Row> f = (vf, lf, uf, vm, lm, um) -> {
      GenderGap.Result r = GenderGap.ofDesign(vf, lf, uf, vm, lm, um);
      return RowFactory.create(r.gap(), r.lower(), r.upper(), r.method(), r.parityIndex());
    };
    return functions.udf(f, RESULT);
  }

  static UserDefinedFunction gap(Catalogue catalogue) {
    UDF5<String, Double, Double, Double, Double, Row> f = (code, nf, df, nm, dm) -> {
      GenderGap.Result r = GenderGap.of(catalogue.indicator(code).orElseThrow(), nf, df, nm, dm);
      return RowFactory.create(r.gap(), r.lower(), r.upper(), r.method(), r.parityIndex());
    };
    return functions.udf(f, RESULT);
  }
}
