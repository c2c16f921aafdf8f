package vn.binhdang.transform;

import static org.apache.spark.sql.functions.broadcast;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.countDistinct;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.when;

import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import vn.binhdang.catalogue.Catalogue;
import vn.binhdang.catalogue.Measure;
import vn.binhdang.sql.ExactSum;
import vn.binhdang.warehouse.Tables;

/**
 * Produces {@code fct_counts} from validated staged counts: the reported values, T derived as F + M
 * where only the sexes were given, and every area above the reporting areas, up to the run's scope, as the
 * sum of the areas under it on that year's map ({@link AreaLinks}): a commune measure summed into its
 * district and its province, a district measure into the province. Means are not summed. Values of an
 * area are never averaged from rates. An area of a new map gets its history before the change re-expressed
 * from the old areas that make it ({@link CrosswalkLinks}): derivation {@code crosswalk}, {@code apportioned}
 * where an old area was split by share. The old areas' own rows stay.
 */
public final class FactCountsJob {
  private FactCountsJob() {}

  /** The derivations of an area's own figures; every other row sums the areas under it. */
  static final String REPORTED = "reported";
  static final String SUM_OF_SEXES = "sum_of_sexes";

  /** Without a crosswalk between maps. */
  public static Dataset<Row> run(Dataset<Row> validCounts, Catalogue catalogue) {
    return run(validCounts, catalogue, CrosswalkLinks.none(validCounts.sparkSession()));
  }

  /** @param crosswalk {@link CrosswalkLinks#of} {@code dim_area_crosswalk} */
  public static Dataset<Row> run(Dataset<Row> validCounts, Catalogue catalogue, Dataset<Row> crosswalk) {
    Dataset<Row> links = AreaLinks.of(validCounts.sparkSession(), catalogue);
    // the run's areas: those under its scope, and the old areas its new ones come from (their history); the rows of
    // others are staged, not in the facts
    Dataset<Row> sources = CrosswalkLinks.sourcesOf(crosswalk, AreaLinks.codes(links));
    Dataset<Row> inRun = broadcast(AreaLinks.codes(links).unionByName(sources.select("s_code")).distinct());
    Dataset<Row> reported = validCounts.where(col("used"))
        .join(inRun, col("area_code").equalTo(col("s_code")), "left_semi").select(
        col("area_code"), col("year"), col("period"), col("measure"), col("sex"), col("population_group"),
        col("value"), lit(REPORTED).as("derivation"));

    Dataset<Row> withTotals = reported.unionByName(derivedTotals(reported, catalogue));
    Dataset<Row> own = withTotals
        .join(AreaLinks.self(links), AreaLinks.of(col("area_code"), col("year")), "left")
        .join(broadcast(sources.withColumnRenamed("s_code", "o_code")), col("area_code").equalTo(col("o_code")), "left")
        .select(col("area_code"), coalesce(col("l_level"), col("s_level")).as("level"), col("year"), col("period"),
            col("measure"), col("sex"), col("population_group"), col("value"), col("derivation"),
            lit(1).as("areas_reporting"), lit(1).as("areas_expected"), lit(false).as("apportioned"));
    Dataset<Row> all = own.unionByName(sums(withTotals, links, catalogue));
    all = all.unionByName(history(all, crosswalk, catalogue)
        .join(AreaLinks.codes(links), col("area_code").equalTo(col("s_code")), "left_semi")); // new areas in scope

    List<String> sensitive = catalogue.measures().stream().filter(Measure::sensitive).map(Measure::code).toList();
    return Tables.FCT_COUNTS.conform(all.withColumn("sensitive", col("measure").isin(sensitive.toArray())));
  }

  /** T = F + M for count measures given for both sexes but without a total. */
  static Dataset<Row> derivedTotals(Dataset<Row> reported, Catalogue catalogue) {
    List<String> measures = catalogue.measures().stream().filter(Measure::hasSexTotal).map(Measure::code).toList();
    return reported.where(col("measure").isin(measures.toArray()))
        .groupBy("area_code", "year", "period", "measure", "population_group")
        .agg(ExactSum.of(when(col("sex").equalTo("F"), col("value"))).as("f"),
            ExactSum.of(when(col("sex").equalTo("M"), col("value"))).as("m"),
            count(when(col("sex").equalTo("T"), lit(1))).as("t"))
        .where(col("f").isNotNull().and(col("m").isNotNull()).and(col("t").equalTo(0)))
        .select(col("area_code"), col("year"), col("period"), col("measure"), lit("T").as("sex"),
            col("population_group"), col("f").plus(col("m")).as("value"), lit(SUM_OF_SEXES).as("derivation"));
  }

  /**
   * The row of every area above the reporting ones for every count measure: the sum over the areas under it
   * that reported, with how many did ({@code areas_reporting}) of how many there were on that year's map
   * ({@code areas_expected}). Derivation {@code sum_of_communes} for a commune measure, {@code sum_of_districts}
   * for a district one.
   */
  static Dataset<Row> sums(Dataset<Row> rows, Dataset<Row> links, Catalogue catalogue) {
    Dataset<Row> summed = rows.where(col("measure").isin(countMeasures(catalogue).toArray()))
        .join(AreaLinks.above(links), AreaLinks.of(col("area_code"), col("year")))
        .groupBy(col("l_ancestor").as("area_code"), col("l_ancestor_level").as("level"), col("l_owner").as("owner"),
            col("year"), col("period"), col("measure"), col("sex"), col("population_group"))
        .agg(ExactSum.of(col("value")).as("value"), countDistinct("area_code").cast("int").as("areas_reporting"));
    return AreaLinks.withExpected(summed, links)
        .select(col("area_code"), col("level"), col("year"), col("period"), col("measure"), col("sex"),
            col("population_group"), col("value"), concat(lit("sum_of_"), col("owner"), lit("s")).as("derivation"),
            col("areas_reporting"), col("areas_expected"), lit(false).as("apportioned"));
  }

  /**
   * The rows of each new area in the years before the change, from the old areas that make it: the sum of each
   * old area's count times its share (exact for whole units), with how many old areas had the row of how many make
   * the new one that year. Old areas of any level: communes merged into communes, or provinces into a province.
   */
  static Dataset<Row> history(Dataset<Row> rows, Dataset<Row> crosswalk, Catalogue catalogue) {
    Dataset<Row> summed = rows.where(col("measure").isin(countMeasures(catalogue).toArray()))
        .join(crosswalk, CrosswalkLinks.from(col("area_code"), col("year")))
        .groupBy(col("x_new").as("area_code"), col("x_level").as("level"), col("year"), col("period"), col("measure"),
            col("sex"), col("population_group"))
        .agg(ExactSum.of(col("value").multiply(col("x_share"))).as("value"),
            countDistinct("area_code").cast("int").as("areas_reporting"), max("x_apportioned").as("apportioned"));
    return CrosswalkLinks.withExpected(summed, crosswalk)
        .select(col("area_code"), col("level"), col("year"), col("period"), col("measure"), col("sex"),
            col("population_group"), col("value"), lit(CrosswalkLinks.DERIVATION).as("derivation"),
            col("areas_reporting"), col("areas_expected"), col("apportioned"));
  }

  private static List<String> countMeasures(Catalogue catalogue) {
    return catalogue.measures().stream()
        .filter(m -> m.valueType() == Measure.ValueType.COUNT).map(Measure::code).toList();
  }
}
