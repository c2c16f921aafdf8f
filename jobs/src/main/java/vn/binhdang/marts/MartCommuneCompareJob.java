package vn.binhdang.marts;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_list;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.first;
import static org.apache.spark.sql.functions.struct;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.api.java.UDF5;
import org.apache.spark.sql.expressions.UserDefinedFunction;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import scala.collection.immutable.Seq;
import vn.binhdang.catalogue.Catalogue;
import vn.binhdang.catalogue.Indicator;
import vn.binhdang.stats.interval.ConfidenceInterval;
import vn.binhdang.stats.survey.DomainProportion;
import vn.binhdang.transform.AreaLinks;
import vn.binhdang.transform.FactIndicatorJob;
import vn.binhdang.transform.SurveyIntervals;
import vn.binhdang.warehouse.Tables;

/**
 * Produces {@code mart_commune_compare}: each commune's value against its parent's (its district, or its
 * province on the 2025 map) for every commune-level indicator, year (and pooled period) and sex
 * ({@link CommuneComparison}). The communes of one comparison are gathered per parent (seven here, a few
 * hundred at most) and compared by a
 * Spark function; nothing reaches the driver.
 */
public final class MartCommuneCompareJob {
  private MartCommuneCompareJob() {}

  static final StructType RESULT = new StructType()
      .add("area_code", DataTypes.StringType, false)
      .add("district_value", DataTypes.DoubleType, true)
      .add("rank", DataTypes.IntegerType, true)
      .add("communes_ranked", DataTypes.IntegerType, false)
      .add("funnel_z", DataTypes.DoubleType, true)
      .add("funnel_band", DataTypes.StringType, true)
      .add("limit95_lower", DataTypes.DoubleType, true)
      .add("limit95_upper", DataTypes.DoubleType, true)
      .add("limit998_lower", DataTypes.DoubleType, true)
      .add("limit998_upper", DataTypes.DoubleType, true)
      .add("overdispersion", DataTypes.StringType, false)
      .add("phi", DataTypes.DoubleType, true)
      .add("tau2", DataTypes.DoubleType, true)
      .add("smoothed_value", DataTypes.DoubleType, true);

  private static final String[] GROUP = {"indicator_code", "year", "period_label", "sex", "parent_code"};

  public static Dataset<Row> run(Dataset<Row> fctIndicator, Catalogue catalogue) {
    List<String> communeLevel = catalogue.indicators().stream().filter(catalogue::isCommuneLevel)
        .map(Indicator::code).toList();
    Dataset<Row> rows = fctIndicator.where(col("indicator_code").isin(communeLevel.toArray()));
    // each commune within its parent on the map of the row's (last) year: its district, or its province since 2025
    Dataset<Row> communes = rows.where(col("level").isin(FactIndicatorJob.REPORTING_LEVELS.toArray()))
        .join(AreaLinks.parents(AreaLinks.of(fctIndicator.sparkSession(), catalogue)),
            AreaLinks.of(col("area_code"), col("year")))
        .withColumn("parent_code", col("l_ancestor"));
    Dataset<Row> parents = rows
        .select(col("indicator_code"), col("year"), col("period_label"), col("sex"), col("area_code").as("parent_code"),
            col("numerator").as("d_num"), col("denominator").as("d_den"), col("value").as("d_value"));

    Dataset<Row> groups = communes.join(parents, GROUP, "left")
        .groupBy(GROUP[0], GROUP[1], GROUP[2], GROUP[3], GROUP[4])
        .agg(first("d_num").as("d_num"), first("d_den").as("d_den"), first("d_value").as("d_value"),
            collect_list(struct(col("area_code"), col("numerator"), col("denominator"), col("value"),
                col("suppressed"), col("ci_lower"), col("ci_upper"), col("ci_method"))).as("units"));
    Column compared = compare(catalogue).apply(col("indicator_code"), col("d_num"), col("d_den"), col("d_value"),
        col("units"));
    Dataset<Row> results = groups.select(col("indicator_code"), col("year"), col("period_label"), col("sex"),
        explode(compared).as("r")).select(col("indicator_code"), col("year"), col("period_label"), col("sex"),
        col("r.*"));
    Dataset<Row> out = communes.select(col("indicator_code"), col("year"), col("period_label"), col("sex"),
            col("area_code"), col("parent_code"), col("numerator"), col("denominator"), col("value"), col("ci_lower"), col("ci_upper"),
            col("suppressed"))
        .join(results, new String[] {"indicator_code", "year", "period_label", "sex", "area_code"});
    return Tables.MART_COMMUNE_COMPARE.conform(out);
  }

  /** The design-equivalent sample size of an estimate from the survey records; null for any other row. */
  static Double designSize(Indicator ind, Double value, Double lower, Double upper, String method) {
    if (value == null || lower == null || upper == null || !GenderGap.DESIGN_METHODS.contains(method)) return null;
    double k = ind.multiplier();
    double n = DomainProportion.equivalentSize(Math.min(1, Math.max(0, value / k)),
        new ConfidenceInterval(lower / k, upper / k, 0.95),
        SurveyIntervals.TAYLOR.equals(method) ? DomainProportion.Method.TAYLOR_LOGIT
            : DomainProportion.Method.KISH_WILSON);
    return Double.isFinite(n) && n > 0 ? n : null;
  }

  static UserDefinedFunction compare(Catalogue catalogue) {
    UDF5<String, Double, Double, Double, Seq<Row>, List<Row>> f = (code, dNum, dDen, dValue, units) -> {
      List<CommuneComparison.Unit> in = new ArrayList<>(units.size());
      for (int i = 0; i < units.size(); i++) {
        Row u = units.apply(i);
        in.add(new CommuneComparison.Unit(u.getString(0), (Double) u.get(1), (Double) u.get(2), (Double) u.get(3),
            u.getBoolean(4), designSize(catalogue.indicator(code).orElseThrow(), (Double) u.get(3), (Double) u.get(5),
                (Double) u.get(6), u.getString(7))));
      }
      List<Row> out = new ArrayList<>(in.size());
      for (CommuneComparison.Result r
          : CommuneComparison.compare(catalogue.indicator(code).orElseThrow(), dNum, dDen, dValue, in)) {
        out.add(RowFactory.create(r.area(), r.districtValue(), r.rank(), r.ranked(), r.z(), r.band(),
            r.limit95Lower(), r.limit95Upper(), r.limit998Lower(), r.limit998Upper(), r.overdispersion(), r.phi(),
            r.tau2(), r.smoothed()));
      }
      return out;
    };
    return functions.udf(f, DataTypes.createArrayType(RESULT));
  }
}
