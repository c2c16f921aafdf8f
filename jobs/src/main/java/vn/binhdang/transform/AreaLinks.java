package vn.binhdang.transform;

import static org.apache.spark.sql.functions.broadcast;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import vn.binhdang.catalogue.AreaAncestry;
import vn.binhdang.catalogue.Catalogue;

/**
 * The catalogue's {@link AreaAncestry} as a small broadcast Dataset, for the jobs that sum figures up the
 * tree: columns {@code l_code}, {@code l_level}, {@code l_owner}, {@code l_from}, {@code l_to},
 * {@code l_ancestor}, {@code l_ancestor_level}, {@code l_depth}; levels in lower case as in {@code dim_area}.
 * A few rows per area (tens of thousands for the nation), so every join with it is a broadcast hash join on
 * the area's code with a range condition on the year.
 */
public final class AreaLinks {
  private AreaLinks() {}

  static final StructType SCHEMA = new StructType()
      .add("l_code", DataTypes.StringType, false).add("l_level", DataTypes.StringType, false)
      .add("l_owner", DataTypes.StringType, false).add("l_from", DataTypes.IntegerType, false)
      .add("l_to", DataTypes.IntegerType, false).add("l_ancestor", DataTypes.StringType, false)
      .add("l_ancestor_level", DataTypes.StringType, false).add("l_depth", DataTypes.IntegerType, false);

  public static Dataset<Row> of(SparkSession spark, Catalogue catalogue) {
    List<Row> rows = new ArrayList<>();
    for (AreaAncestry.Link l : catalogue.ancestry()) {
      rows.add(RowFactory.create(l.code(), lower(l.level()), l.owner(), l.fromYear(), l.toYear(), l.ancestorCode(),
          lower(l.ancestorLevel()), l.depth()));
    }
    return broadcast(spark.createDataFrame(rows, SCHEMA));
  }

  /** Each area's link to itself: its {@code level} in the years it exists. */
  public static Dataset<Row> self(Dataset<Row> links) {
    return links.where(col("l_depth").equalTo(0));
  }

  /** The codes of the areas under (and including) the scope, as {@code s_code}: what a run reports on. */
  public static Dataset<Row> codes(Dataset<Row> links) {
    return broadcast(self(links).select(col("l_code").as("s_code")).distinct());
  }

  /** Each area's links to the areas above it, up to the scope: where its figures are summed into. */
  public static Dataset<Row> above(Dataset<Row> links) {
    return links.where(col("l_depth").gt(0));
  }

  /** Each area's link to its parent: the area it is compared within and whose figure sums it. */
  public static Dataset<Row> parents(Dataset<Row> links) {
    return links.where(col("l_depth").equalTo(1));
  }

  /** The link rows of an area's figure of a year. */
  public static Column of(Column areaCode, Column year) {
    return col("l_code").equalTo(areaCode).and(year.between(col("l_from"), col("l_to")));
  }

  /**
   * Sums of areas above the reporting ones ({@code area_code}, {@code year}, {@code owner}: what was summed) with
   * {@code areas_expected}: how many areas of that owner are under each on the map of its year. The denominator
   * of "areas reporting of areas expected".
   */
  static Dataset<Row> withExpected(Dataset<Row> sums, Dataset<Row> links) {
    Dataset<Row> expected = above(links).join(broadcast(sums.select(col("year").as("e_year")).distinct()),
            col("e_year").between(col("l_from"), col("l_to")))
        .groupBy(col("l_ancestor").as("e_ancestor"), col("e_year"), col("l_owner").as("e_owner"))
        .agg(count(lit(1)).cast("int").as("areas_expected"));
    return sums.join(expected, col("area_code").equalTo(col("e_ancestor")).and(col("year").equalTo(col("e_year")))
        .and(col("owner").equalTo(col("e_owner"))), "left")
        .drop("e_ancestor", "e_year", "e_owner");
  }

  static String lower(Enum<?> level) {
    return level.name().toLowerCase(Locale.ROOT);
  }
}
