package vn.binhdang.registers;

import static org.apache.spark.sql.functions.array;
import static org.apache.spark.sql.functions.array_join;
import static org.apache.spark.sql.functions.array_sort;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_set;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.countDistinct;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.regexp_extract;
import static org.apache.spark.sql.functions.round;
import static org.apache.spark.sql.functions.sha2;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import vn.binhdang.warehouse.Tables;

/**
 * Aggregates the staged registers to counts in the schema of {@code stg_counts} (one row per area,
 * year, measure, sex and group; period {@code Y}), ready for the count rules and {@code fct_counts}:
 *
 * <table>
 *   <caption>measures from registers</caption>
 *   <tr><th>register</th><th>measure</th><th>sexes</th><th>group</th><th>what is counted</th></tr>
 *   <tr><td>births</td><td>live_births</td><td>F, M, T</td><td>all</td><td>records with outcome live</td></tr>
 *   <tr><td>births</td><td>live_births_mothers_15_19</td><td>T</td><td>all</td><td>live births whose mother was
 *       15-19 in completed years on the birth date</td></tr>
 *   <tr><td>maternal deaths</td><td>maternal_deaths</td><td>T</td><td>all</td><td>records</td></tr>
 *   <tr><td>school completion</td><td>primary_completers, lowsec_completers</td><td>F, M, T</td>
 *       <td>all, ethnic_minority</td><td>records with completed true at that level</td></tr>
 *   <tr><td>labour survey</td><td>employed, employed_wage, employed_agri</td><td>F, M, T</td><td>all</td>
 *       <td>weights of persons aged 15+ employed (of whom wage workers; in agriculture), summed exactly
 *       (as decimals of 6 places) and rounded half up to whole persons for F and M; T = F + M</td></tr>
 * </table>
 *
 * <p>A count exists for every (commune, year) the register covers, that is where it has at least one
 * record (of any kind: a stillbirth, a pupil who did not complete, a person not employed), and it
 * is 0 there when no record qualifies. School completion is covered per level. Maternal deaths are
 * rare: a commune-year covered by the birth register has 0 maternal deaths when the maternal-death
 * register covers that year and holds none for the commune; the maternal-death register covers a
 * year when it has a record of that year or a file named after it ({@code maternal_deaths/2023.csv},
 * possibly with its header only).
 *
 * <p>Lineage: {@code source_file} is the one file the records came from, or "N files";
 * {@code file_sha256} is that file's checksum, or the SHA-256 of the sorted, comma-joined checksums
 * of the N files; {@code source_location} says how many records were aggregated.
 */
public final class RegisterCountsJob {
  private RegisterCountsJob() {}

  public static final String SOURCE_LFS = "labour-force survey (weighted, rounded to whole persons)";

  /**
   * @param staged the staged registers (tables of {@link Register#table()}), e.g. read back from the release
   * @param files the register files, in the schema of {@code BinaryFiles.FILE_SCHEMA} (for the
   *     years the maternal-death register covers)
   */
  public static Dataset<Row> run(Map<Register, Dataset<Row>> staged, Dataset<Row> files) {
    List<Dataset<Row>> parts = new ArrayList<>();
    parts.add(births(staged.get(Register.BIRTHS)));
    parts.add(maternalDeaths(staged.get(Register.MATERNAL_DEATHS), staged.get(Register.BIRTHS), files));
    parts.add(schoolCompletion(staged.get(Register.SCHOOL_COMPLETION)));
    parts.add(labourSurvey(staged.get(Register.LABOUR_SURVEY)));
    Dataset<Row> out = parts.get(0);
    for (int i = 1; i < parts.size(); i++) out = out.unionByName(parts.get(i));
    return Tables.STG_COUNTS.conform(out);
  }

  // ---- per register --------------------------------------------------------------------------

  static Dataset<Row> births(Dataset<Row> b) {
    Column live = col("outcome").equalTo("live");
    Column adolescent = live.and(col("mother_age").between(RegisterChecks.ADOLESCENT_FROM, RegisterChecks.ADOLESCENT_TO));
    Dataset<Row> g = b.groupBy("area_code", "year").agg(
        countWhen(live.and(col("sex").equalTo("F"))).as("f"),
        countWhen(live.and(col("sex").equalTo("M"))).as("m"),
        countWhen(adolescent).as("adolescent"),
        lineageAggregates()[0], lineageAggregates()[1], lineageAggregates()[2], lineageAggregates()[3]);
    return rows(g, Register.BIRTHS, Register.BIRTHS.label(), "aggregate of ",
        cell("live_births", "F", "all", col("f")), cell("live_births", "M", "all", col("m")),
        cell("live_births", "T", "all", col("f").plus(col("m"))),
        cell("live_births_mothers_15_19", "T", "all", col("adolescent")));
  }

  static Dataset<Row> maternalDeaths(Dataset<Row> deaths, Dataset<Row> births, Dataset<Row> files) {
    Register r = Register.MATERNAL_DEATHS;
    // the years the maternal-death register covers, with its files of that year
    Dataset<Row> named = files.where(col("input_kind").equalTo(r.inputKind()))
        .select(regexp_extract(col("source_file"), "(?:^|/)((?:19|20)[0-9]{2})[^/0-9]*$", 1).as("y"), col("source_file"),
            col("file_sha256"))
        .where(col("y").notEqual(""))
        .select(col("y").cast("int").as("year"), col("source_file"), col("file_sha256"));
    Dataset<Row> yearFiles = named.unionByName(deaths.select(col("year"), col("source_file"), col("file_sha256")))
        .groupBy("year").agg(lineageAggregates()[1], lineageAggregates()[2], lineageAggregates()[3])
        .withColumnRenamed("_files", "_yfiles").withColumnRenamed("_file", "_yfile").withColumnRenamed("_sha", "_ysha");
    Dataset<Row> perCommune = deaths.groupBy("area_code", "year").agg(count(lit(1)).as("_records"));
    Dataset<Row> covered = births.select("area_code", "year").distinct().join(yearFiles.select("year"), "year")
        .unionByName(perCommune.select("area_code", "year")).distinct();
    Dataset<Row> g = covered.join(perCommune, new String[] {"area_code", "year"}, "left")
        .join(yearFiles, "year")
        .select(col("area_code"), col("year"), coalesce(col("_records"), lit(0L)).as("_records"),
            col("_yfiles").as("_files"), col("_yfile").as("_file"), col("_ysha").as("_sha"));
    return rows(g, r, r.label(), "aggregate of ", cell("maternal_deaths", "T", "all", col("_records")));
  }

  static Dataset<Row> schoolCompletion(Dataset<Row> s) {
    Column done = col("completed");
    Column em = col("ethnic_minority");
    Dataset<Row> g = s.groupBy("area_code", "year", "level").agg(
        countWhen(done.and(col("sex").equalTo("F"))).as("f"),
        countWhen(done.and(col("sex").equalTo("M"))).as("m"),
        countWhen(done.and(em).and(col("sex").equalTo("F"))).as("ef"),
        countWhen(done.and(em).and(col("sex").equalTo("M"))).as("em"),
        lineageAggregates()[0], lineageAggregates()[1], lineageAggregates()[2], lineageAggregates()[3]);
    Column measure = when(col("level").equalTo("primary"), lit("primary_completers")).otherwise(lit("lowsec_completers"));
    return rows(g, Register.SCHOOL_COMPLETION, Register.SCHOOL_COMPLETION.label(), "aggregate of ",
        cell(measure, "F", "all", col("f")), cell(measure, "M", "all", col("m")),
        cell(measure, "T", "all", col("f").plus(col("m"))),
        cell(measure, "F", "ethnic_minority", col("ef")), cell(measure, "M", "ethnic_minority", col("em")),
        cell(measure, "T", "ethnic_minority", col("ef").plus(col("em"))));
  }

  /** The survey measures and which respondents each counts (the design-based intervals use the same). */
  public static final Map<String, Column> LABOUR_MEASURES = labourMeasures();

  private static Map<String, Column> labourMeasures() {
    Column counted = col("employed").and(col("age").geq(15));
    Map<String, Column> m = new java.util.LinkedHashMap<>();
    m.put("employed", counted);
    m.put("employed_wage", counted.and(col("status_in_employment").equalTo("wage")));
    m.put("employed_agri", counted.and(col("sector").equalTo("agriculture")));
    return java.util.Collections.unmodifiableMap(m);
  }

  static Dataset<Row> labourSurvey(Dataset<Row> p) {
    Column w = col("weight").cast("decimal(20,6)");
    Column employed = LABOUR_MEASURES.get("employed");
    Column wage = LABOUR_MEASURES.get("employed_wage");
    Column agri = LABOUR_MEASURES.get("employed_agri");
    Dataset<Row> g = p.groupBy("area_code", "year").agg(
        weighted(employed.and(col("sex").equalTo("F")), w).as("e_f"),
        weighted(employed.and(col("sex").equalTo("M")), w).as("e_m"),
        weighted(wage.and(col("sex").equalTo("F")), w).as("w_f"),
        weighted(wage.and(col("sex").equalTo("M")), w).as("w_m"),
        weighted(agri.and(col("sex").equalTo("F")), w).as("a_f"),
        weighted(agri.and(col("sex").equalTo("M")), w).as("a_m"),
        lineageAggregates()[0], lineageAggregates()[1], lineageAggregates()[2], lineageAggregates()[3]);
    List<Column> cells = new ArrayList<>();
    for (String[] m : new String[][] {{"employed", "e"}, {"employed_wage", "w"}, {"employed_agri", "a"}}) {
      cells.add(cell(m[0], "F", "all", col(m[1] + "_f")));
      cells.add(cell(m[0], "M", "all", col(m[1] + "_m")));
      cells.add(cell(m[0], "T", "all", col(m[1] + "_f").plus(col(m[1] + "_m"))));
    }
    return rows(g, Register.LABOUR_SURVEY, SOURCE_LFS, "weighted aggregate of ", cells.toArray(Column[]::new));
  }

  // ---- helpers -------------------------------------------------------------------------------

  private static Column countWhen(Column condition) {
    return sum(when(condition, 1L).otherwise(0L));
  }

  /** Weights of the persons meeting {@code condition}, summed exactly and rounded half up to whole persons. */
  private static Column weighted(Column condition, Column weight) {
    return round(coalesce(sum(when(condition, weight)), lit(0).cast("decimal(20,6)")), 0).cast("long");
  }

  /** Records, number of files, the single file, and the file checksum (or the checksum of the checksums). */
  private static Column[] lineageAggregates() {
    Column files = countDistinct(col("source_file"));
    Column shas = array_join(array_sort(collect_set(col("file_sha256"))), ",");
    return new Column[] {
        count(lit(1)).as("_records"),
        files.as("_files"),
        when(files.equalTo(1), min(col("source_file"))).otherwise(concat(files.cast("string"), lit(" files"))).as("_file"),
        when(files.equalTo(1), min(col("file_sha256"))).otherwise(sha2(shas, 256)).as("_sha")};
  }

  private static Column cell(String measure, String sex, String group, Column value) {
    return cell(lit(measure), sex, group, value);
  }

  private static Column cell(Column measure, String sex, String group, Column value) {
    return struct(measure.as("measure"), lit(sex).as("sex"), lit(group).as("population_group"),
        value.cast("double").as("value"));
  }

  private static Dataset<Row> rows(Dataset<Row> g, Register r, String source, String what, Column... cells) {
    return g.select(col("area_code"), col("year"), col("_records"), col("_file"), col("_sha"),
            explode(array(cells)).as("c"))
        .select(col("area_code"), col("year"), lit("Y").as("period"), col("c.measure").as("measure"),
            col("c.sex").as("sex"), col("c.population_group").as("population_group"), col("c.value").as("value"),
            lit(null).cast("date").as("submitted_on"), lit(source).as("source"), lit(r.inputKind()).as("input_kind"),
            col("_file").as("source_file"),
            concat(lit(what), col("_records").cast("string"),
                when(col("_records").equalTo(1), lit(" record")).otherwise(lit(" records"))).as("source_location"),
            lit(null).cast("long").as("line_number"), col("_sha").as("file_sha256"), lit(true).as("used"));
  }
}
