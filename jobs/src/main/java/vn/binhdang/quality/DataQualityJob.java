package vn.binhdang.quality;

import static org.apache.spark.sql.functions.abs;
import static org.apache.spark.sql.functions.array_contains;
import static org.apache.spark.sql.functions.broadcast;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_list;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.concat_ws;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.format_string;
import static org.apache.spark.sql.functions.greatest;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.regexp_extract;
import static org.apache.spark.sql.functions.regexp_replace;
import static org.apache.spark.sql.functions.round;
import static org.apache.spark.sql.functions.size;
import static org.apache.spark.sql.functions.slice;
import static org.apache.spark.sql.functions.sort_array;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.transform;
import static org.apache.spark.sql.functions.when;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import vn.binhdang.catalogue.Catalogue;
import vn.binhdang.catalogue.DqExpression;
import vn.binhdang.catalogue.DqRule;
import vn.binhdang.sql.ExactSum;
import vn.binhdang.warehouse.Tables;

/**
 * Evaluates the data-quality rules of the catalogue ({@code dq_rules.csv}) on the staged counts, after the
 * row checks and {@code CountRules} (duplicates, F + M = T) and before {@code fct_counts}:
 *
 * <ol>
 *   <li>every rule is expanded to its checks ({@link DqCheck}: one per sex, and per measure for {@code *});
 *       their terms (check, side, measure, sex, coefficient), a small table built on the driver and broadcast,
 *       are joined to the staged rows on measure and sex and summed per check × area × year × period ×
 *       population group: a pivot of the measures each check reads, in Spark;
 *   <li>every check is evaluated in every cell of its period type and group where it reads at least one
 *       value: one row of {@code dq_results} each, with both sides' values and whether it passed
 *       ({@code null} when a value is missing: not evaluated);
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
 * <p>Two steps, so that the pipeline evaluates the rules once: {@link #results} gives {@code dq_results}; once it
 * is written, {@link #enforce} takes the failures of error rules from it and splits the staged rows into kept
 * and rejected ({@link #run} composes both, for tests and callers without a warehouse). All of it is lazy Spark
 * SQL (joins with small broadcast tables of the checks, aggregates, no per-row Java): the data never leave the
 * executors.
 */
public final class DataQualityJob {
  private DataQualityJob() {}

  /** Relative tolerance of the comparisons: |l − r| ≤ 1e-9 · max(1, |l|, |r|) counts as equal. */
  static final double TOLERANCE = 1e-9;

  static final List<String> KEY = List.of("area_code", "year", "period", "measure", "sex", "population_group");

  /**
   * @param kept the staged rows that passed every error rule (stg_counts)
   * @param rejects the rows an error rule rejected (rejects schema)
   */
  public record Checked(Dataset<Row> kept, Dataset<Row> rejects) {}

  /** {@link Checked} with the dq_results they come from. */
  public record Result(Dataset<Row> kept, Dataset<Row> rejects, Dataset<Row> results) {}

  /** Both steps at once (the results are computed again by each action on kept and rejects). */
  public static Result run(Dataset<Row> staged, Catalogue catalogue) {
    Dataset<Row> results = results(staged, catalogue);
    Checked c = enforce(staged, results, catalogue);
    return new Result(c.kept(), c.rejects(), results);
  }

  /**
   * {@code dq_results}: every check of every rule in every cell where it reads a value.
   *
   * @param staged staged counts (stg_counts schema), one row per key: after CountRules
   */
  public static Dataset<Row> results(Dataset<Row> staged, Catalogue catalogue) {
    List<DqCheck> checks = DqCheck.of(catalogue);
    var spark = staged.sparkSession();
    if (checks.isEmpty()) return spark.createDataFrame(List.of(), Tables.DQ_RESULTS.schema());
    Dataset<Row> terms = broadcast(spark.createDataFrame(termRows(checks), TERM_SCHEMA));
    Dataset<Row> defs = broadcast(spark.createDataFrame(checkRows(checks), CHECK_SCHEMA));
    Column left = col("_side").equalTo("left");
    Column right = col("_side").equalTo("right");
    Column product = col("value").multiply(col("_coefficient"));
    Dataset<Row> sums = staged.select(col("area_code"), col("year"), col("period"), col("population_group"),
            col("measure"), col("sex"), col("value"))
        .join(terms, new String[] {"measure", "sex"}, "inner")
        .groupBy(col("_check"), col("area_code"), col("year"), col("period"), col("population_group"))
        .agg(ExactSum.of(when(left, product)).as("_lsum"), count(when(left, lit(1))).as("_ln"),
            ExactSum.of(when(right, product)).as("_rsum"), count(when(right, lit(1))).as("_rn"));
    Dataset<Row> evaluated = sums.join(defs, "_check")
        .where(array_contains(col("_groups"), col("population_group")).and(array_contains(col("_periods"), col("period"))))
        .withColumn("left_value", when(col("_ln").equalTo(col("_lterms")),
            coalesce(col("_lsum"), lit(0.0)).plus(col("_lconst"))))
        .withColumn("right_value", when(col("_rn").equalTo(col("_rterms")),
            coalesce(col("_rsum"), lit(0.0)).plus(col("_rconst"))));
    Column l = col("left_value");
    Column r = col("right_value");
    Column tol = tolerance(l, r);
    Column passed = when(l.isNull().or(r.isNull()), lit(null).cast("boolean"))
        .when(col("operator").equalTo("<="), l.leq(r.plus(tol)))
        .when(col("operator").equalTo("<"), l.lt(r.minus(tol)))
        .when(col("operator").equalTo("="), abs(l.minus(r)).leq(tol))
        .when(col("operator").equalTo(">="), l.geq(r.minus(tol)))
        .otherwise(l.gt(r.plus(tol)));
    return Tables.DQ_RESULTS.conform(evaluated
        .withColumn("passed", passed)
        .withColumn("rejected", coalesce(col("severity").equalTo("error").and(col("passed").equalTo(false)), lit(false))));
  }

  /**
   * Splits the staged rows by the failures of error rules in {@code dq_results} (best read back from the
   * release, so the rules are not evaluated again): the values every failing check read are rejected.
   */
  public static Checked enforce(Dataset<Row> staged, Dataset<Row> dqResults, Catalogue catalogue) {
    List<DqCheck> checks = DqCheck.of(catalogue);
    var spark = staged.sparkSession();
    if (checks.isEmpty()) return new Checked(staged, spark.createDataFrame(List.of(), Tables.REJECTS.schema()));
    Dataset<Row> reads = broadcast(spark.createDataFrame(readRows(checks), READ_SCHEMA));
    Column l = col("left_value");
    Column r = col("right_value");
    Column relation = when(abs(l.minus(r)).leq(tolerance(l, r)), "=").when(l.lt(r), "<").otherwise(">");
    Column message = concat(col("_left_shown"), number(l), lit(" "), relation, lit(" "),
        col("_right_shown"), number(r), lit(" ("), col("area_code"), lit(" "), col("year").cast("string"),
        lit(" "), col("period"), lit(", group "), col("population_group"), lit("): breaks "), col("rule_code"),
        lit(" ("), col("left_expression"), lit(" "), col("operator"), lit(" "), col("right_expression"), lit(", "),
        col("severity"), lit(")"));
    Dataset<Row> perValue = dqResults.where(col("rejected"))
        .withColumn("_mkey", coalesce(col("measure"), lit("")))
        .withColumnRenamed("sex", "_csex")
        .join(reads, new String[] {"rule_code", "_mkey", "_csex"}, "inner")
        .select(col("area_code"), col("year"), col("period"), col("population_group"), col("_read_measure").as("measure"),
            col("_read_sex").as("sex"), struct(col("_order"), col("rule_code"), message.as("_message")).as("_fail"))
        .groupBy(cols(KEY))
        .agg(sort_array(collect_list(col("_fail"))).as("_fails"));
    Column first = col("_fails").getItem(0);
    Column others = concat_ws(", ", transform(slice(col("_fails"), 2, 1000), f -> f.getField("rule_code")));
    Column full = concat(first.getField("_message"),
        when(size(col("_fails")).gt(1), concat(lit("; also breaks "), others)).otherwise(lit("")),
        lit("; every value the rule reads is rejected: correct the wrong one and send them again"));
    Dataset<Row> failures = perValue.select(col("area_code"), col("year"), col("period"), col("measure"), col("sex"),
        col("population_group"), first.getField("rule_code").as("_rule"), full.as("_dq_message"));
    String[] key = KEY.toArray(String[]::new);
    return new Checked(
        Tables.STG_COUNTS.conform(staged.join(failures, key, "left_anti")),
        toRejects(staged.join(failures, key, "inner")));
  }

  private static Column tolerance(Column l, Column r) {
    return greatest(lit(1.0), abs(l), abs(r)).multiply(TOLERANCE);
  }

  private static final StructType TERM_SCHEMA = new StructType()
      .add("_check", DataTypes.IntegerType, false)
      .add("_side", DataTypes.StringType, false)
      .add("measure", DataTypes.StringType, false)
      .add("sex", DataTypes.StringType, false)
      .add("_coefficient", DataTypes.DoubleType, false);

  private static final StructType CHECK_SCHEMA = new StructType()
      .add("_check", DataTypes.IntegerType, false)
      .add("rule_code", DataTypes.StringType, false)
      .add("severity", DataTypes.StringType, false)
      .add("measure", DataTypes.StringType, true)
      .add("sex", DataTypes.StringType, false)
      .add("left_expression", DataTypes.StringType, false)
      .add("operator", DataTypes.StringType, false)
      .add("right_expression", DataTypes.StringType, false)
      .add("sensitive", DataTypes.BooleanType, false)
      .add("_groups", DataTypes.createArrayType(DataTypes.StringType), false)
      .add("_periods", DataTypes.createArrayType(DataTypes.StringType), false)
      .add("_lterms", DataTypes.LongType, false)
      .add("_rterms", DataTypes.LongType, false)
      .add("_lconst", DataTypes.DoubleType, false)
      .add("_rconst", DataTypes.DoubleType, false);

  /** A check (rule, measure or "", sex) with a value it reads, its rule's order and how its sides are shown. */
  private static final StructType READ_SCHEMA = new StructType()
      .add("rule_code", DataTypes.StringType, false)
      .add("_mkey", DataTypes.StringType, false)
      .add("_csex", DataTypes.StringType, false)
      .add("_order", DataTypes.IntegerType, false)
      .add("_left_shown", DataTypes.StringType, false)
      .add("_right_shown", DataTypes.StringType, false)
      .add("_read_measure", DataTypes.StringType, false)
      .add("_read_sex", DataTypes.StringType, false);

  /** One row per measure term of every check: check, side, measure, sex, coefficient. */
  private static List<Row> termRows(List<DqCheck> checks) {
    List<Row> out = new ArrayList<>();
    for (int i = 0; i < checks.size(); i++) {
      DqCheck c = checks.get(i);
      for (String side : List.of("left", "right")) {
        for (DqExpression.Term t : (side.equals("left") ? c.left() : c.right()).terms()) {
          if (t.ref() == null) continue;
          out.add(RowFactory.create(i, side, t.ref().measure(), t.ref().fixedSex().name(), t.coefficient()));
        }
      }
    }
    return out;
  }

  /** One row per check: what dq_results shows of it, where it applies, and its constants. */
  private static List<Row> checkRows(List<DqCheck> checks) {
    List<Row> out = new ArrayList<>();
    for (int i = 0; i < checks.size(); i++) {
      DqCheck c = checks.get(i);
      DqRule rule = c.rule();
      out.add(RowFactory.create(i, rule.code(), rule.severity().code(), c.measure(), c.sex().name(),
          c.left().toString(), rule.operator().symbol(), c.right().toString(), c.sensitive(),
          c.groups().toArray(String[]::new), c.period().periods().toArray(String[]::new),
          (long) c.left().refs().size(), (long) c.right().refs().size(), constant(c.left()), constant(c.right())));
    }
    return out;
  }

  /** One row per check and value it reads (a check is identified by rule, measure for *, and sex). */
  private static List<Row> readRows(List<DqCheck> checks) {
    List<Row> out = new ArrayList<>();
    for (DqCheck c : checks) {
      for (var ref : c.reads()) {
        out.add(RowFactory.create(c.rule().code(), c.measure() == null ? "" : c.measure(), c.sex().name(),
            c.rule().order(), shown(c.left()), shown(c.right()), ref.measure(), ref.fixedSex().name()));
      }
    }
    return out;
  }

  private static double constant(DqExpression e) {
    return e.terms().stream().filter(t -> t.ref() == null).mapToDouble(DqExpression.Term::coefficient).sum();
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
