package vn.binhdang.published;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_set;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.row_number;
import static org.apache.spark.sql.functions.size;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.expressions.WindowSpec;
import vn.binhdang.catalogue.Catalogue;
import vn.binhdang.ingest.BinaryFiles;
import vn.binhdang.warehouse.Tables;

/**
 * Produces {@code published_series} from {@code published/**}{@code /*.csv}: one row per area,
 * indicator, year, sex and source. The same key twice with the same value is kept once
 * ({@code duplicate_row}); with different values neither is kept ({@code duplicate_conflict}).
 */
public final class StagePublishedSeriesJob {
  private StagePublishedSeriesJob() {}

  public static final String FOLDER = "published";

  /** Valid published values, rejects, and one row per file. */
  public record Result(Dataset<Row> series, Dataset<Row> rejects, Dataset<Row> files) {}

  /** The published series of an input folder; empty tables when it has no {@code published/} folder. */
  public static Result run(SparkSession spark, String input, Catalogue catalogue, int year) {
    if (!BinaryFiles.exists(spark, input + "/" + FOLDER)) {
      return new Result(empty(spark, Tables.PUBLISHED_SERIES.schema()), empty(spark, Tables.REJECTS.schema()),
          empty(spark, BinaryFiles.FILE_SCHEMA));
    }
    BinaryFiles.Staged s = BinaryFiles.stage(spark, input + "/" + FOLDER, new PublishedSeriesParser(catalogue, year));
    WindowSpec key = Window.partitionBy(col("area_code"), col("year"), col("indicator_code"), col("sex"), col("source"));
    Dataset<Row> d = s.staged()
        .withColumn("_values", size(collect_set(col("value")).over(key)))
        .withColumn("_rank", row_number().over(key.orderBy(col("source_file"), col("line_number"))));
    Column conflict = col("_values").gt(1);
    Column first = col("_rank").equalTo(1);
    Dataset<Row> kept = Tables.PUBLISHED_SERIES.conform(d.where(col("_values").equalTo(1).and(first)));
    Dataset<Row> rejects = reject(d.where(conflict), "duplicate_conflict",
            "the same area, year, indicator, sex and source has different values in this input; none is kept")
        .unionByName(reject(d.where(col("_values").equalTo(1).and(first.equalTo(false))), "duplicate_row",
            "the same value is given again; kept once"));
    return new Result(kept, s.rejects().unionByName(rejects), s.files());
  }

  private static Dataset<Row> empty(SparkSession spark, org.apache.spark.sql.types.StructType schema) {
    return spark.createDataFrame(java.util.List.of(), schema);
  }

  private static Dataset<Row> reject(Dataset<Row> rows, String rule, String message) {
    return Tables.REJECTS.conform(rows.select(col("input_kind"), col("source_file"), col("source_location"),
        col("line_number"), lit(null).cast("string").as("sheet"), lit(null).cast("string").as("cell"),
        col("area_code"), lit("value").as("field"), col("value").cast("string").as("raw_value"),
        lit(rule).as("rule"), lit(message).as("message"), col("file_sha256")));
  }
}
