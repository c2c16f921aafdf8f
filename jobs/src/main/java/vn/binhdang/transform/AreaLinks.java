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

  /** The link rows of an area's figure of a year. */
  public static Column of(Column areaCode, Column year) {
    return col("l_code").equalTo(areaCode).and(year.between(col("l_from"), col("l_to")));
  }

  /**
   * How many areas of each owner are under each ancestor (itself for depth 0) on the map of each year in
   * {@code years} (a Dataset with column {@code year}): {@code e_ancestor}, {@code e_year}, {@code e_owner},
   * {@code areas_expected}. The denominator of "areas reporting of areas expected".
   */
  public static Dataset<Row> expected(Dataset<Row> links, Dataset<Row> years) {
    return links.join(broadcast(years.select(col("year").as("e_year")).distinct()),
            col("e_year").between(col("l_from"), col("l_to")))
        .groupBy(col("l_ancestor").as("e_ancestor"), col("e_year"), col("l_owner").as("e_owner"))
        .agg(count(lit(1)).cast("int").as("areas_expected"));
  }

  static String lower(Enum<?> level) {
    return level.name().toLowerCase(Locale.ROOT);
  }
}
