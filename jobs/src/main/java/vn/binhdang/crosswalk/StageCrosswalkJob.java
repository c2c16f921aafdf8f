package vn.binhdang.crosswalk;

import static org.apache.spark.sql.functions.abs;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_set;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.concat_ws;
import static org.apache.spark.sql.functions.format_string;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.row_number;
import static org.apache.spark.sql.functions.size;
import static org.apache.spark.sql.functions.struct;

import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.expressions.WindowSpec;
import org.apache.spark.sql.types.StructType;
import vn.binhdang.catalogue.Catalogue;
import vn.binhdang.catalogue.RejectRule;
import vn.binhdang.ingest.BinaryFiles;
import vn.binhdang.sql.ExactSum;
import vn.binhdang.warehouse.Tables;

/**
 * Produces {@code dim_area_crosswalk} from {@code crosswalk/*.csv} ({@link CrosswalkParser} checks each line).
 * Across lines: the same old and new area and date twice is kept once ({@code duplicate_row}) or, with another
 * share or basis, not at all ({@code duplicate_conflict}); then an old area whose kept shares at its effective
 * date do not add up to 1 has none of its lines kept ({@code shares_not_one}), so no history is re-expressed
 * from a crosswalk that loses or invents part of a unit.
 */
public final class StageCrosswalkJob {
  private StageCrosswalkJob() {}

  public static final String FOLDER = "crosswalk";

  /** Shares are decimals typed by people: 0.35 + 0.65 need not be exactly 1 in floating point. */
  static final double TOLERANCE = 1e-9;

  /**
   * The crosswalk, its rejects and one row per file.
   *
   * @param present whether the input has a {@code crosswalk/} folder: without one the jobs skip re-expression
   *     altogether (an empty local table, which Spark's optimiser removes from their plans)
   */
  public record Result(Dataset<Row> crosswalk, Dataset<Row> rejects, Dataset<Row> files, boolean present) {}

  /** The crosswalk of an input folder; empty tables when it has no {@code crosswalk/} folder. */
  public static Result run(SparkSession spark, String input, Catalogue catalogue) {
    if (!BinaryFiles.exists(spark, input + "/" + FOLDER)) {
      return new Result(empty(spark, Tables.DIM_AREA_CROSSWALK.schema()), empty(spark, Tables.REJECTS.schema()),
          empty(spark, BinaryFiles.FILE_SCHEMA), false);
    }
    BinaryFiles.Staged s = BinaryFiles.stage(spark, input + "/" + FOLDER, new CrosswalkParser(catalogue));
    return check(s.staged(), s.rejects(), s.files());
  }

  /** The checks across lines, on the lines each passed its own checks. */
  static Result check(Dataset<Row> lines, Dataset<Row> lineRejects, Dataset<Row> files) {
    WindowSpec pair = Window.partitionBy(col("old_code"), col("new_code"), col("effective_date"));
    Dataset<Row> d = lines
        .withColumn("_versions", size(collect_set(struct(col("share"), col("basis"))).over(pair)))
        .withColumn("_rank", row_number().over(pair.orderBy(col("source_file"), col("line_number"))));
    Column single = col("_versions").equalTo(1);
    Column first = col("_rank").equalTo(1);
    Dataset<Row> kept = d.where(single.and(first))
        .withColumn("_total", ExactSum.over(col("share"), Window.partitionBy(col("old_code"), col("effective_date"))));
    Column adds = abs(col("_total").minus(1.0)).leq(TOLERANCE);

    Dataset<Row> rejects = reject(d.where(single.unary_$bang()), RejectRule.DUPLICATE_CONFLICT, "share",
            lit("the same old area, new area and effective date is given again with another share or basis; none is kept"))
        .unionByName(reject(d.where(single.and(first.unary_$bang())), RejectRule.DUPLICATE_ROW, "old_code",
            lit("the same line is given again; kept once")))
        .unionByName(reject(kept.where(adds.unary_$bang()), RejectRule.SHARES_NOT_ONE, "share",
            concat(lit("the shares of old area "), col("old_code"), lit(" at "), col("effective_date").cast("string"),
                lit(" add up to "), format_string("%.6g", col("_total")),
                lit(", not 1: give every new area its part (shares of one old area add up to 1); none of its lines is used"))));
    return new Result(Tables.DIM_AREA_CROSSWALK.conform(kept.where(adds)), lineRejects.unionByName(rejects), files,
        true);
  }

  private static Dataset<Row> reject(Dataset<Row> rows, RejectRule rule, String field, Column message) {
    return Tables.REJECTS.conform(rows.select(col("input_kind"), col("source_file"), col("source_location"),
        col("line_number"), lit(null).cast("string").as("sheet"), lit(null).cast("string").as("cell"),
        col("old_code").as("area_code"), lit(field).as("field"),
        concat_ws(",", col("old_code"), col("new_code"), col("effective_date").cast("string"),
            col("share").cast("string"), col("basis")).as("raw_value"),
        lit(rule.code()).as("rule"), message.as("message"), col("file_sha256")));
  }

  private static Dataset<Row> empty(SparkSession spark, StructType schema) {
    return spark.createDataFrame(List.of(), schema);
  }
}
