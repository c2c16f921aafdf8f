package vn.binhdang.ingest;

import static org.apache.spark.sql.functions.abs;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_list;
import static org.apache.spark.sql.functions.collect_set;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.concat_ws;
import static org.apache.spark.sql.functions.first;
import static org.apache.spark.sql.functions.format_number;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.regexp_replace;
import static org.apache.spark.sql.functions.row_number;
import static org.apache.spark.sql.functions.size;
import static org.apache.spark.sql.functions.sort_array;
import static org.apache.spark.sql.functions.when;

import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.expressions.WindowSpec;
import vn.binhdang.catalogue.Catalogue;
import vn.binhdang.catalogue.Measure;
import vn.binhdang.sql.ExactSum;
import vn.binhdang.warehouse.Tables;

/**
 * The rules that need more than one row, applied to staged counts as Spark window expressions:
 *
 * <ol>
 *   <li>the same key (area, year, period, measure, sex, group) twice with different values from
 *       sources of the same precedence: all of them rejected ({@code duplicate_conflict}), since
 *       nobody can tell which is right;
 *   <li>the same key twice with the same value: the first (by file, line) kept, the others rejected
 *       ({@code duplicate_row});
 *   <li>the same key from sources of different precedence (register &gt; form &gt; counts file) with
 *       different values: the higher one kept, the others rejected ({@code superseded}); with the same
 *       value: both staged, the lower one marked {@code used = false} (it agrees, it is not a fault);
 *   <li>for measures given for F, M and T, a T that differs from F + M: the three rows rejected
 *       ({@code sex_total_mismatch}).
 * </ol>
 */
public final class CountRules {
  private CountRules() {}

  static final List<String> KEY = List.of("area_code", "year", "period", "measure", "sex", "population_group");
  private static final double TOLERANCE = 1e-9;

  public record Checked(Dataset<Row> kept, Dataset<Row> rejects) {}

  /**
   * Classifies every staged row once (a rule and message for the rejected ones), caches that, and
   * splits it: the kept rows and the rejects come from one evaluation of the windows.
   */
  public static Checked apply(Dataset<Row> staged, Catalogue catalogue) {
    Dataset<Row> verdicts = sexTotals(duplicates(staged), catalogue).cache();
    return new Checked(Tables.STG_COUNTS.conform(verdicts.where(col("_rule").isNull())),
        toRejects(verdicts.where(col("_rule").isNotNull())));
  }

  /**
   * Precedence of the sources of one key: unit-record registers (counted from the records) over
   * commune forms over count reports.
   */
  static Column precedence() {
    return when(col("input_kind").startsWith("register"), 1)
        .when(col("input_kind").equalTo("form_xlsx"), 2)
        .otherwise(3);
  }

  /** The staged rows with {@code used}, and {@code _rule}/{@code _message} set on the duplicates to reject. */
  static Dataset<Row> duplicates(Dataset<Row> staged) {
    WindowSpec byKey = Window.partitionBy(cols(KEY));
    WindowSpec ordered = byKey.orderBy(col("_prec"), col("source_file"), col("line_number"));
    Column location = concat(col("source_file"), lit(" "), col("source_location"));
    Dataset<Row> d = staged
        .withColumn("_prec", precedence())
        .withColumn("_top", min("_prec").over(byKey))
        .withColumn("_top_values", size(collect_set(when(col("_prec").equalTo(col("_top")), col("value"))).over(byKey)))
        .withColumn("_rank", row_number().over(ordered))
        .withColumn("_first", first(location).over(ordered))
        .withColumn("_kept", first(col("value")).over(ordered))
        .withColumn("_all", concat_ws("; ", sort_array(collect_list(when(col("_prec").equalTo(col("_top")),
            concat(location, lit(" = "), format_number(col("value"), 2)))).over(byKey))));

    Column conflict = col("_top_values").gt(1);
    Column single = col("_top_values").leq(1);
    Column later = single.and(col("_rank").gt(1));
    Column agrees = later.and(col("value").equalTo(col("_kept")));
    Column lowerSource = col("_prec").gt(col("_top"));
    return d
        .withColumn("used", single.and(col("_rank").equalTo(1)))
        .withColumn("_rule", when(conflict, "duplicate_conflict")
            .when(agrees.and(lowerSource.equalTo(false)), "duplicate_row")
            .when(later.and(col("value").notEqual(col("_kept"))), "superseded"))
        .withColumn("_message", when(conflict, concat(
                lit("the same area, year, period, measure, sex and group has different values: "), col("_all"),
                lit("; none is kept, correct the wrong one")))
            .when(agrees, concat(lit("repeats "), col("_first"), lit(" with the same value; kept once")))
            .otherwise(concat(col("_first"), lit(" gives "), format_number(col("_kept"), 2),
                lit(" for the same key and takes precedence (register > form > counts file); this value is not used"))));
  }

  /**
   * F + M = T among the values used: the three rows of a cell whose total is not the sum of its sexes
   * get {@code sex_total_mismatch} (a report that only agrees with a register is not checked again).
   */
  static Dataset<Row> sexTotals(Dataset<Row> classified, Catalogue catalogue) {
    List<String> withTotal = catalogue.measures().stream().filter(Measure::hasSexTotal).map(Measure::code).toList();
    WindowSpec cell = Window.partitionBy(cols(List.of("area_code", "year", "period", "measure", "population_group")));
    Column counted = col("_rule").isNull().and(col("used"));
    Column f = ExactSum.over(when(counted.and(col("sex").equalTo("F")), col("value")), cell);
    Column m = ExactSum.over(when(counted.and(col("sex").equalTo("M")), col("value")), cell);
    Column t = ExactSum.over(when(counted.and(col("sex").equalTo("T")), col("value")), cell);
    Column bad = counted.and(col("measure").isin(withTotal.toArray()))
        .and(col("_f").isNotNull()).and(col("_m").isNotNull()).and(col("_t").isNotNull())
        .and(abs(col("_f").plus(col("_m")).minus(col("_t"))).gt(TOLERANCE));
    Column message = concat(lit("F "), fmt("_f"), lit(" + M "), fmt("_m"), lit(" = "),
        format_number(col("_f").plus(col("_m")), 0), lit(" but T = "), fmt("_t"),
        lit(" (area "), col("area_code"), lit(", "), col("year").cast("string"), lit(" "), col("period"),
        lit(", "), col("measure"), lit("); the three values are rejected, correct F, M or T"));
    return classified
        .withColumn("_f", f).withColumn("_m", m).withColumn("_t", t)
        .withColumn("_bad", coalesce(bad, lit(false)))
        .withColumn("_message", when(col("_bad"), message).otherwise(col("_message")))
        .withColumn("_rule", when(col("_bad"), lit("sex_total_mismatch")).otherwise(col("_rule")));
  }

  private static Column fmt(String c) {
    return format_number(col(c), 0);
  }

  private static Dataset<Row> toRejects(Dataset<Row> rows) {
    return rows.select(
        col("input_kind"), col("source_file"), col("source_location"), col("line_number"),
        lit(null).cast("string").as("sheet"), lit(null).cast("string").as("cell"), col("area_code"),
        lit("value").as("field"), regexp_replace(col("value").cast("string"), "\\.0$", "").as("raw_value"),
        col("_rule").as("rule"), col("_message").as("message"), col("file_sha256"));
  }

  static Column[] cols(List<String> names) {
    return names.stream().map(org.apache.spark.sql.functions::col).toArray(Column[]::new);
  }

}
