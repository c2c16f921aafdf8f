package vn.binhdang.quality;

import static org.apache.spark.sql.functions.abs;
import static org.apache.spark.sql.functions.array;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_list;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.concat_ws;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.format_string;
import static org.apache.spark.sql.functions.greatest;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.map_from_entries;
import static org.apache.spark.sql.functions.regexp_extract;
import static org.apache.spark.sql.functions.regexp_replace;
import static org.apache.spark.sql.functions.round;
import static org.apache.spark.sql.functions.size;
import static org.apache.spark.sql.functions.slice;
import static org.apache.spark.sql.functions.sort_array;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.transform;
import static org.apache.spark.sql.functions.try_element_at;
import static org.apache.spark.sql.functions.when;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import vn.binhdang.catalogue.Catalogue;
import vn.binhdang.catalogue.DqExpression;
import vn.binhdang.catalogue.DqRule;
import vn.binhdang.catalogue.MeasureRef;
import vn.binhdang.warehouse.Tables;

/**
 * Evaluates the data-quality rules of the catalogue ({@code dq_rules.csv}) on the staged counts, after the
 * row checks and {@code CountRules} (duplicates, F + M = T) and before {@code fct_counts}:
 *
 * <ol>
 *   <li>the staged rows are gathered per area × year × period × population group into a map
 *       {@code "measure[S]" -> value} (one row per cell: a pivot, in Spark);
 *   <li>every rule, expanded to its checks ({@link DqCheck}: one per sex, and per measure for {@code *}), is
 *       evaluated in every cell of its period type and group where it reads at least one value: one row of
 *       {@code dq_results} each, with both sides' values and whether it passed ({@code null} when a value is
 *       missing: not evaluated);
 *   <li>an <b>error</b> rule that fails rejects every value it reads (the rows of both sides, as
 *       {@code sex_total_mismatch} rejects the three values of a triplet): they leave the staged rows and become
 *       rejects whose rule is the dq rule's code and whose message gives both sides' values, e.g.
 *       {@code gbv_victims_supported[F] 9 > gbv_victims[F] 7}. A value read by several failing rules is
 *       rejected once, under the first rule of the file, its message naming the others. Staged + rejected =
 *       read therefore still holds per file. A <b>warning</b> keeps the values and is only flagged.
 * </ol>
 *
 * <p>Rules are checked on the values as reported: commune-level measures in each commune's report,
 * district-level measures in the district's. A T that staging did not receive (only F and M reported) is not
 * derived here, so a rule reading {@code measure[T]} is not evaluated in that cell. The district sums of
 * {@code fct_counts} are not checked again: the expressions are linear with non-negative coefficients, so a rule
 * that holds in every commune holds for their sum (when the same communes report both sides).
 *
 * <p>All of it is lazy Spark SQL: the checks are expanded on the driver from the catalogue (a few dozen), the
 * data never leave the executors.
 */
public final class DataQualityJob {
  private DataQualityJob() {}

  /** Relative tolerance of the comparisons: |l − r| ≤ 1e-9 · max(1, |l|, |r|) counts as equal. */
  static final double TOLERANCE = 1e-9;

  static final List<String> CELL = List.of("area_code", "year", "period", "population_group");
  static final List<String> KEY = List.of("area_code", "year", "period", "measure", "sex", "population_group");

  /**
   * @param kept the staged rows that passed every error rule (stg_counts)
   * @param rejects the rows an error rule rejected (rejects schema)
   * @param results one row per check and cell (dq_results)
   */
  public record Result(Dataset<Row> kept, Dataset<Row> rejects, Dataset<Row> results) {}

  /** @param staged staged counts (stg_counts schema), one row per key: after CountRules */
  public static Result run(Dataset<Row> staged, Catalogue catalogue) {
    List<DqCheck> checks = DqCheck.of(catalogue);
    if (checks.isEmpty()) {
      var spark = staged.sparkSession();
      return new Result(staged,
          spark.createDataFrame(List.of(), Tables.REJECTS.schema()),
          spark.createDataFrame(List.of(), Tables.DQ_RESULTS.schema()));
    }
    Dataset<Row> results = evaluate(staged, checks);
    Dataset<Row> failures = rejectedValues(results);
    Dataset<Row> kept = Tables.STG_COUNTS.conform(staged.join(failures, KEY.toArray(String[]::new), "left_anti"));
    Dataset<Row> rejects = toRejects(staged.join(failures, KEY.toArray(String[]::new), "inner"));
    return new Result(kept, rejects, Tables.DQ_RESULTS.conform(results));
  }

  /** dq_results rows, plus the internal columns {@code _reads} and {@code _message} of each evaluated check. */
  static Dataset<Row> evaluate(Dataset<Row> staged, List<DqCheck> checks) {
    Dataset<Row> cells = staged
        .groupBy(cols(CELL))
        .agg(map_from_entries(collect_list(struct(
            concat(col("measure"), lit("["), col("sex"), lit("]")), col("value")))).as("_v"));
    List<Column> structs = new ArrayList<>();
    for (DqCheck c : checks) structs.add(checkStruct(c));
    Dataset<Row> evaluated = cells
        .withColumn("_c", explode(array(structs.toArray(Column[]::new))))
        .where(col("_c._applies").and(col("_c._any")))
        .select(col("area_code"), col("year"), col("period"), col("population_group"), col("_c.*"));
    Column l = col("left_value");
    Column r = col("right_value");
    Column tol = greatest(lit(1.0), abs(l), abs(r)).multiply(TOLERANCE);
    Column passed = when(l.isNull().or(r.isNull()), lit(null).cast("boolean"))
        .when(col("operator").equalTo("<="), l.leq(r.plus(tol)))
        .when(col("operator").equalTo("<"), l.lt(r.minus(tol)))
        .when(col("operator").equalTo("="), abs(l.minus(r)).leq(tol))
        .when(col("operator").equalTo(">="), l.geq(r.minus(tol)))
        .otherwise(l.gt(r.plus(tol)));
    Column relation = when(abs(l.minus(r)).leq(tol), "=").when(l.lt(r), "<").otherwise(">");
    Column message = concat(col("_left_shown"), number(l), lit(" "), relation, lit(" "),
        col("_right_shown"), number(r), lit(" ("), col("area_code"), lit(" "), col("year").cast("string"),
        lit(" "), col("period"), lit(", group "), col("population_group"), lit("): breaks "), col("rule_code"),
        lit(" ("), col("left_expression"), lit(" "), col("operator"), lit(" "), col("right_expression"), lit(", "),
        col("severity"), lit(")"));
    return evaluated
        .withColumn("passed", passed)
        .withColumn("rejected", coalesce(col("severity").equalTo("error").and(col("passed").equalTo(false)), lit(false)))
        .withColumn("_message", when(col("passed").equalTo(false), message));
  }

  /** One struct per check: its constants, whether it applies to the cell, and both sides' values. */
  private static Column checkStruct(DqCheck c) {
    DqRule rule = c.rule();
    List<Column> reads = new ArrayList<>();
    List<Column> present = new ArrayList<>();
    for (MeasureRef ref : c.reads()) {
      reads.add(struct(lit(ref.measure()).as("measure"), lit(ref.fixedSex().name()).as("sex")));
      present.add(value(ref));
    }
    Column applies = col("population_group").isin(c.groups().toArray())
        .and(col("period").rlike("^(" + String.join("|", c.period().periods()) + ")$"));
    return struct(
        lit(rule.code()).as("rule_code"),
        lit(rule.order()).as("_order"),
        lit(rule.severity().code()).as("severity"),
        lit(c.measure()).cast("string").as("measure"),
        lit(c.sex().name()).as("sex"),
        lit(c.left().toString()).as("left_expression"),
        lit(rule.operator().symbol()).as("operator"),
        lit(c.right().toString()).as("right_expression"),
        side(c.left()).as("left_value"),
        side(c.right()).as("right_value"),
        lit(c.sensitive()).as("sensitive"),
        applies.as("_applies"),
        coalesce(present.toArray(Column[]::new)).isNotNull().as("_any"),
        array(reads.toArray(Column[]::new)).as("_reads"),
        lit(shown(c.left())).as("_left_shown"),
        lit(shown(c.right())).as("_right_shown"));
  }

  /** The value of a side: null as soon as one of its measures is missing in the cell. */
  private static Column side(DqExpression e) {
    Column sum = null;
    for (DqExpression.Term t : e.terms()) {
      Column term = t.ref() == null ? lit(t.coefficient())
          : t.coefficient() == 1 ? value(t.ref()) : value(t.ref()).multiply(t.coefficient());
      sum = sum == null ? term : sum.plus(term);
    }
    return sum.cast("double");
  }

  private static Column value(MeasureRef ref) {
    return try_element_at(col("_v"), lit(ref.measure() + "[" + ref.fixedSex().name() + "]"));
  }

  /**
   * What precedes a side's value in a message: "gbv_victims[F] " for a lone measure,
   * "primary_completion_age_pop[F] * 1.5 = " for an expression, nothing for a constant.
   */
  private static String shown(DqExpression e) {
    if (e.refs().isEmpty()) return "";
    return e.isSingleRef() ? e + " " : e + " = ";
  }

  /** A value as people write it: 1971, 23.5 (no thousands separator, no trailing zeros). */
  static Column number(Column v) {
    return when(v.isNull(), lit("missing"))
        .when(v.equalTo(round(v, 0)), format_string("%.0f", v))
        .otherwise(regexp_replace(format_string("%.6f", v), "0+$", ""));
  }

  /** The staged keys an error rule rejected, each with the first failing rule and a message naming the others. */
  static Dataset<Row> rejectedValues(Dataset<Row> results) {
    Dataset<Row> perValue = results.where(col("rejected"))
        .select(col("area_code"), col("year"), col("period"), col("population_group"),
            explode(col("_reads")).as("_read"), col("_order"), col("rule_code"), col("_message"))
        .select(col("area_code"), col("year"), col("period"), col("population_group"), col("_read.measure").as("measure"),
            col("_read.sex").as("sex"), struct(col("_order"), col("rule_code"), col("_message")).as("_fail"))
        .groupBy(cols(KEY))
        .agg(sort_array(collect_list(col("_fail"))).as("_fails"));
    Column first = col("_fails").getItem(0);
    Column others = concat_ws(", ", transform(slice(col("_fails"), 2, 1000), f -> f.getField("rule_code")));
    Column message = concat(first.getField("_message"),
        when(size(col("_fails")).gt(1), concat(lit("; also breaks "), others)).otherwise(lit("")),
        lit("; every value the rule reads is rejected: correct the wrong one and send them again"));
    return perValue.select(col("area_code"), col("year"), col("period"), col("measure"), col("sex"),
        col("population_group"), first.getField("rule_code").as("_rule"), message.as("_dq_message"));
  }

  /** Rejects rows (the rejects schema) for staged rows joined with their failure. */
  private static Dataset<Row> toRejects(Dataset<Row> rows) {
    Column loc = col("source_location");
    String cellPattern = "^(.*)!([A-Z]{1,3}[0-9]+)$";
    Column isCell = col("line_number").isNull().and(loc.rlike(cellPattern));
    return Tables.REJECTS.conform(rows.select(
        col("input_kind"), col("source_file"), loc.as("source_location"), col("line_number"),
        when(isCell, regexp_extract(loc, cellPattern, 1)).as("sheet"),
        when(isCell, regexp_extract(loc, cellPattern, 2)).as("cell"),
        col("area_code"), lit("value").as("field"),
        regexp_replace(col("value").cast("string"), "\\.0$", "").as("raw_value"),
        col("_rule").as("rule"), col("_dq_message").as("message"), col("file_sha256")));
  }

  private static Column[] cols(List<String> names) {
    return names.stream().map(org.apache.spark.sql.functions::col).toArray(Column[]::new);
  }
}
