package vn.binhdang.transform;

import static org.apache.spark.sql.functions.broadcast;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;

import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import vn.binhdang.warehouse.Tables;

/**
 * {@code dim_area_crosswalk} as a small broadcast Dataset for the jobs that re-express the old map's history on
 * the new one: columns {@code x_old}, {@code x_old_level}, {@code x_new}, {@code x_level} (the new area's), {@code x_from},
 * {@code x_to} (the report years on the old map), {@code x_share}, {@code x_apportioned}. One row per crosswalk
 * line (about 10,600 for the nation), so a join with it is a broadcast hash join on the old area's code with a
 * range condition on the year, like {@link AreaLinks}.
 */
public final class CrosswalkLinks {
  private CrosswalkLinks() {}

  /** Derivation of {@code fct_counts} rows re-expressed from the old map. */
  public static final String DERIVATION = "crosswalk";

  public static Dataset<Row> of(Dataset<Row> dimAreaCrosswalk) {
    return broadcast(dimAreaCrosswalk.select(col("old_code").as("x_old"), col("old_level").as("x_old_level"),
        col("new_code").as("x_new"),
        col("new_level").as("x_level"), coalesce(col("first_year"), lit(Integer.MIN_VALUE)).as("x_from"),
        col("last_year").as("x_to"), col("share").as("x_share"), col("apportioned").as("x_apportioned")));
  }

  /** No crosswalk: an input without {@code crosswalk/}. */
  public static Dataset<Row> none(SparkSession spark) {
    return of(spark.createDataFrame(List.of(), Tables.DIM_AREA_CROSSWALK.schema()));
  }

  /**
   * The old areas that the new areas among {@code codes} ({@code s_code}, {@link AreaLinks#codes}) come from, as
   * {@code s_code} and {@code s_level}: a run on a new area takes in their figures, which may lie outside its scope on
   * the old map (Kon Tum's communes in a run of the new Quảng Ngãi), to re-express its history.
   */
  public static Dataset<Row> sourcesOf(Dataset<Row> links, Dataset<Row> codes) {
    return links.join(codes, col("x_new").equalTo(col("s_code")), "left_semi")
        .select(col("x_old").as("s_code"), col("x_old_level").as("s_level")).distinct();
  }

  /** The crosswalk lines that carry an old area's figure of a year over to the new map. */
  public static Column from(Column oldArea, Column year) {
    return col("x_old").equalTo(oldArea).and(year.between(col("x_from"), col("x_to")));
  }

  /**
   * Re-expressed sums ({@code area_code} the new area, {@code year}) with {@code areas_expected}: how many old
   * areas make the new one in that year, so that a year one of them did not report is seen as incomplete.
   */
  static Dataset<Row> withExpected(Dataset<Row> sums, Dataset<Row> links) {
    Dataset<Row> expected = links.join(broadcast(sums.select(col("year").as("e_year")).distinct()),
            col("e_year").between(col("x_from"), col("x_to")))
        .groupBy(col("x_new").as("e_new"), col("e_year"))
        .agg(count(lit(1)).cast("int").as("areas_expected"));
    return sums.join(expected, col("area_code").equalTo(col("e_new")).and(col("year").equalTo(col("e_year"))), "left")
        .drop("e_new", "e_year");
  }
}
