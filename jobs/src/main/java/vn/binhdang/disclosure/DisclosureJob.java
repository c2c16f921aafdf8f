package vn.binhdang.disclosure;

import static org.apache.spark.sql.functions.array_sort;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_list;
import static org.apache.spark.sql.functions.concat_ws;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.substring;
import static org.apache.spark.sql.functions.when;

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
import vn.binhdang.catalogue.Catalogue;
import vn.binhdang.catalogue.Indicator;
import vn.binhdang.catalogue.Measure;
import vn.binhdang.transform.AreaLinks;
import vn.binhdang.transform.CrosswalkLinks;
import vn.binhdang.warehouse.Tables;

/**
 * Applies disclosure control to {@code fct_indicator}: the figures of each sensitive indicator are
 * gathered per indicator (areas × sexes × periods, a few hundred here) and {@link DisclosurePlan}
 * decides which to hide. Hidden figures get {@code suppressed = true}; those hidden to protect others
 * (by subtraction, or as zeros beside hidden cases: {@link GroupDisclosure}) are flagged
 * {@code complementary_suppression}. The true values stay in the warehouse.
 */
public final class DisclosureJob {
  private DisclosureJob() {}

  static final StructType HIDDEN = new StructType()
      .add("area_code", DataTypes.StringType, false)
      .add("sex", DataTypes.StringType, false)
      .add("period_label", DataTypes.StringType, false)
      .add("reason", DataTypes.StringType, false);

  private static final String[] FIGURE = {"indicator_code", "area_code", "sex", "period_label"};

  /** Without a crosswalk between maps. */
  public static Dataset<Row> apply(Dataset<Row> fctIndicator, Catalogue catalogue) {
    return apply(fctIndicator, catalogue, CrosswalkLinks.none(fctIndicator.sparkSession()));
  }

  /** @param crosswalk {@link CrosswalkLinks#of} {@code dim_area_crosswalk}: the history of new areas is protected too */
  public static Dataset<Row> apply(Dataset<Row> fctIndicator, Catalogue catalogue, Dataset<Row> crosswalk) {
    List<String> sensitive = catalogue.indicators().stream().filter(Indicator::sensitive).map(Indicator::code).toList();
    // each figure with the area that sums it on the map of its (last) year; none for the run's scope
    Dataset<Row> parents = AreaLinks.parents(AreaLinks.of(fctIndicator.sparkSession(), catalogue));
    Dataset<Row> groups = fctIndicator.where(col("indicator_code").isin(sensitive.toArray()))
        .join(parents, AreaLinks.of(col("area_code"), col("year")), "left")
        .groupBy(col("indicator_code"))
        .agg(array_sort(collect_list(struct(col("area_code"), col("sex"), col("period_label"), col("pooled"), col("year"),
            col("numerator"), col("denominator"), col("areas_reporting"), col("l_ancestor")))).as("figures"));
    Dataset<Row> hidden = groups
        .select(col("indicator_code"), explode(plan(catalogue).apply(col("indicator_code"), col("figures"))).as("h"))
        .select(col("indicator_code"), col("h.*"));

    Column complementary = col("reason").isin("complementary", "linked", "group", HISTORY);
    Dataset<Row> planned = fctIndicator.join(hidden, FIGURE, "left");
    Dataset<Row> out = planned.join(history(planned.where(col("indicator_code").isin(sensitive.toArray())), crosswalk),
            FIGURE, "left")
        .withColumn("reason", coalesce(col("reason"), col("history_reason")))
        .withColumn("suppressed", col("suppressed").or(col("reason").isNotNull()))
        .withColumn("flags", when(complementary,
            concat_ws(",", when(col("flags").notEqual(""), col("flags")), lit("complementary_suppression")))
            .otherwise(col("flags")));
    return Tables.FCT_INDICATOR.conform(out);
  }

  /** Why a new area's figure is hidden because an old area it is re-expressed from is. */
  static final String HISTORY = "history";

  /**
   * The figures of new areas that rest, in some year of their period, on an old area's figure hidden in that year:
   * published, they would give the hidden one away by subtraction (a merged commune less its published parts), so
   * they are hidden too. A pooled figure counts every year of its period.
   *
   * @param planned sensitive figures with the plan's {@code reason} (null when shown) and {@code suppressed}
   */
  static Dataset<Row> history(Dataset<Row> planned, Dataset<Row> crosswalk) {
    Column firstYear = when(col("pooled"), substring(col("period_label"), 1, 4).cast("int")).otherwise(col("year"));
    Dataset<Row> hiddenOld = planned.where(col("suppressed").or(col("reason").isNotNull()))
        .select(col("indicator_code").as("h_indicator"), col("area_code").as("h_area"), col("sex").as("h_sex"),
            firstYear.as("h_first"), col("year").as("h_last"));
    Dataset<Row> newFigures = planned.where(col("suppressed").unary_$bang().and(col("reason").isNull()))
        .withColumn("_first", firstYear)
        .join(crosswalk, col("x_new").equalTo(col("area_code"))
            .and(col("_first").leq(col("x_to"))).and(col("year").geq(col("x_from"))));
    return newFigures.join(hiddenOld, col("h_area").equalTo(col("x_old"))
            .and(col("h_indicator").equalTo(col("indicator_code"))).and(col("h_sex").equalTo(col("sex")))
            // the hidden figure's years and the new figure's re-expressed years share one
            .and(col("h_first").leq(functions.least(col("year"), col("x_to"))))
            .and(col("h_last").geq(functions.greatest(col("_first"), col("x_from")))))
        .select(FIGURE[0], FIGURE[1], FIGURE[2], FIGURE[3]).distinct()
        .withColumn("history_reason", lit(HISTORY));
  }

  static UserDefinedFunction plan(Catalogue catalogue) {
    UDF2<String, Seq<Row>, List<Row>> f = (code, figures) -> {
      Indicator ind = catalogue.indicator(code).orElseThrow();
      List<DisclosurePlan.Figure> in = new ArrayList<>(figures.size());
      for (int i = 0; i < figures.size(); i++) {
        Row r = figures.apply(i);
        in.add(new DisclosurePlan.Figure(r.getString(0), r.getString(1), r.getString(2), r.getBoolean(3), r.getInt(4),
            (Double) r.get(5), (Double) r.get(6), r.getInt(7),
            r.getString(8)));
      }
      List<Row> out = new ArrayList<>();
      boolean share = ind.kind() == Indicator.Kind.PROPORTION || ind.kind() == Indicator.Kind.UNIT_PROPORTION;
      for (DisclosurePlan.Hidden h : DisclosurePlan.decide(in, sensitive(catalogue, ind, true),
          sensitive(catalogue, ind, false), catalogue.scope().code(), share)) {
        out.add(RowFactory.create(h.area(), h.sex(), h.periodLabel(), h.reason()));
      }
      return out;
    };
    return functions.udf(f, DataTypes.createArrayType(HIDDEN));
  }

  private static boolean sensitive(Catalogue c, Indicator i, boolean numerator) {
    if (!numerator && i.denominator() == null) return false;
    String measure = numerator ? i.numerator().measure() : i.denominator().measure();
    return c.measure(measure).map(Measure::sensitive).orElse(false);
  }
}
