package vn.binhdang.transform;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.countDistinct;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import vn.binhdang.catalogue.Area;
import vn.binhdang.catalogue.Catalogue;
import vn.binhdang.catalogue.Measure;
import vn.binhdang.warehouse.Tables;

/**
 * Produces {@code fct_counts} from validated staged counts: the reported values, T derived as F + M
 * where only the sexes were given, and the district as the sum of its communes for every measure
 * the communes report. District values are never averaged from commune rates.
 */
public final class FactCountsJob {
  private FactCountsJob() {}

  public static Dataset<Row> run(Dataset<Row> validCounts, Catalogue catalogue) {
    Dataset<Row> reported = validCounts.where(col("used")).select(
        col("area_code"), col("year"), col("period"), col("measure"), col("sex"), col("population_group"),
        col("value"), lit("reported").as("derivation"), lit(1).as("areas_reporting"));

    Dataset<Row> withTotals = reported.unionByName(derivedTotals(reported, catalogue));
    Dataset<Row> all = withTotals.unionByName(districtSums(withTotals, catalogue));

    List<String> sensitive = catalogue.measures().stream().filter(Measure::sensitive).map(Measure::code).toList();
    return Tables.FCT_COUNTS.conform(all.withColumn("sensitive", col("measure").isin(sensitive.toArray())));
  }

  /** T = F + M for count measures given for both sexes but without a total. */
  static Dataset<Row> derivedTotals(Dataset<Row> reported, Catalogue catalogue) {
    List<String> measures = catalogue.measures().stream().filter(Measure::hasSexTotal).map(Measure::code).toList();
    return reported.where(col("measure").isin(measures.toArray()))
        .groupBy("area_code", "year", "period", "measure", "population_group")
        .agg(sum(when(col("sex").equalTo("F"), col("value"))).as("f"),
            sum(when(col("sex").equalTo("M"), col("value"))).as("m"),
            count(when(col("sex").equalTo("T"), lit(1))).as("t"))
        .where(col("f").isNotNull().and(col("m").isNotNull()).and(col("t").equalTo(0)))
        .select(col("area_code"), col("year"), col("period"), col("measure"), lit("T").as("sex"),
            col("population_group"), col("f").plus(col("m")).as("value"), lit("sum_of_sexes").as("derivation"),
            lit(1).as("areas_reporting"));
  }

  /** The district row of every commune-level count measure: the sum over the communes that reported. */
  static Dataset<Row> districtSums(Dataset<Row> communeRows, Catalogue catalogue) {
    List<String> measures = catalogue.measures().stream()
        .filter(m -> m.communeLevel() && m.valueType() == Measure.ValueType.COUNT)
        .map(Measure::code).toList();
    List<String> communes = catalogue.communes().stream().map(Area::code).toList();
    return communeRows
        .where(col("measure").isin(measures.toArray()).and(col("area_code").isin(communes.toArray())))
        .groupBy("year", "period", "measure", "sex", "population_group")
        .agg(sum("value").as("value"), countDistinct("area_code").cast("int").as("areas_reporting"))
        .select(lit(catalogue.scope().code()).as("area_code"), col("year"), col("period"), col("measure"),
            col("sex"), col("population_group"), col("value"), lit("sum_of_communes").as("derivation"),
            col("areas_reporting"));
  }
}
