package vn.binhdang.quality;

import static org.apache.spark.sql.functions.array;
import static org.apache.spark.sql.functions.array_distinct;
import static org.apache.spark.sql.functions.array_except;
import static org.apache.spark.sql.functions.array_join;
import static org.apache.spark.sql.functions.array_sort;
import static org.apache.spark.sql.functions.collect_set;
import static org.apache.spark.sql.functions.element_at;
import static org.apache.spark.sql.functions.size;
import static org.apache.spark.sql.functions.split;
import static org.apache.spark.sql.functions.transform;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat_ws;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.countDistinct;
import static org.apache.spark.sql.functions.datediff;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.first;
import static org.apache.spark.sql.functions.greatest;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.make_date;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.sequence;
import static org.apache.spark.sql.functions.when;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import vn.binhdang.catalogue.Area;
import vn.binhdang.catalogue.Catalogue;
import vn.binhdang.catalogue.PeriodType;

/**
 * Produces {@code mart_completeness}: for every expected report — each commune's yearly report and the
 * district's own, every year of the run — whether it was received, on time, late, or is missing, and how
 * complete it is.
 *
 * <ul>
 *   <li><b>Expected</b>: the district's communes and towns ({@code commune_report}) and the district
 *       ({@code district_report}) of the catalogue, every year from the first year staged to the plan year.
 *   <li><b>Received</b>: at least one value of that area and year arrived, from a counts CSV or a form, whether
 *       it was staged or rejected. A staged row carries its area and year; a reject carries its area but no
 *       year, so it counts for the year its file staged for that area (files that staged several years for the
 *       area are not attributed), and a form's reject for the plan year (a form is always of the run's year;
 *       {@code form_wrong_year} rejects are another year's form and count for none). A file whose every row was
 *       refused without an area (unreadable, bad header) counts for no report: it is in the rejects report under
 *       "Khác".
 *   <li><b>Submission date</b>: the earliest {@code submitted_on} of the report's staged rows (the CSV column or
 *       the form's "Ngày nộp"). <b>On time</b> when on or before 10 December of the year, <b>late</b> after it,
 *       <b>date_unknown</b> when no row carries a date, <b>missing</b> when nothing was received.
 *   <li><b>Completeness</b>: values the report should hold (its measures × sexes × groups × periods, from the
 *       catalogue: 71 for a commune, 24 for the district), values staged, rejects attributed to it, and the
 *       quarters and months of its sub-yearly measures received (a commune's 4 quarters of news items; the
 *       district's 12 months of media segments).
 * </ul>
 *
 * Lazy Spark: the grid of areas × years and the aggregates are joined on the executors.
 */
public final class MartCompletenessJob {
  private MartCompletenessJob() {}

  /** Reports are due on or before this day and month of their year (the plan: "trước ngày 10/12"). */
  public static final int DEADLINE_MONTH = 12;
  public static final int DEADLINE_DAY = 10;

  public static final String COMMUNE_REPORT = "commune_report";
  public static final String DISTRICT_REPORT = "district_report";

  /**
   * @param stagedCounts stg_counts of the release (after every rule)
   * @param allRejects the rejects table of the release
   * @param planYear the run's year: the last year expected, and the year of every form
   */
  public static Dataset<Row> run(SparkSession spark, Dataset<Row> stagedCounts, Dataset<Row> allRejects,
      Catalogue catalogue, int planYear) {
    // a report is what a commune or the district sends (counts files, forms); registers are not reports
    Column report = col("input_kind").isin("counts_csv", "form_xlsx");
    Dataset<Row> staged = stagedCounts.where(report);
    Dataset<Row> rejects = allRejects.where(report);
    Dataset<Row> areas = expectedAreas(spark, catalogue);
    Dataset<Row> years = staged.agg(min("year").as("_first"))
        .select(explode(sequence(coalesce(col("_first"), lit(planYear)), lit(planYear))).as("year"));
    Dataset<Row> grid = areas.crossJoin(years);

    // standard errors are welcome but optional: a report without them is whole, and one with them but
    // without a required value is not
    Object[] optional = catalogue.measures().stream()
        .filter(m -> m.valueType() == vn.binhdang.catalogue.Measure.ValueType.STANDARD_ERROR)
        .map(vn.binhdang.catalogue.Measure::code).toArray();
    Column required = optional.length == 0 ? lit(true) : col("measure").isin(optional).unary_$bang();
    Dataset<Row> values = staged.groupBy("area_code", "year").agg(
        min("submitted_on").as("submitted_on"),
        count(when(required, lit(1))).cast("int").as("values_staged"),
        countDistinct(when(col("period").notEqual("Y"), concat_ws("|", col("measure"), col("period"))))
            .cast("int").as("periods_received"),
        collect_set(when(col("period").notEqual("Y"), concat_ws("|", col("measure"), col("period"))))
            .as("_periods_received"));

    Dataset<Row> fileAreaYears = staged.select("source_file", "area_code", "year").distinct();
    Dataset<Row> oneYear = fileAreaYears.groupBy("source_file", "area_code")
        .agg(count(lit(1)).as("_years"), first("year").as("year"))
        .where(col("_years").equalTo(1)).drop("_years");
    Dataset<Row> withArea = rejects.where(col("area_code").isNotNull());
    Dataset<Row> attributed = withArea.join(oneYear, new String[] {"source_file", "area_code"}, "inner")
        .select("source_file", "area_code", "year")
        .unionByName(withArea
            .where(col("input_kind").equalTo("form_xlsx").and(col("rule").notEqual("form_wrong_year")))
            .join(fileAreaYears.select("source_file", "area_code").distinct(),
                new String[] {"source_file", "area_code"}, "left_anti")
            .select(col("source_file"), col("area_code"), lit(planYear).as("year")));
    Dataset<Row> rejected = attributed.groupBy("area_code", "year").agg(count(lit(1)).cast("int").as("values_rejected"));
    Dataset<Row> files = fileAreaYears.unionByName(attributed).distinct()
        .groupBy("area_code", "year").agg(count(lit(1)).cast("int").as("files_received"));

    String[] key = {"area_code", "year"};
    Dataset<Row> d = grid.join(values, key, "left").join(rejected, key, "left").join(files, key, "left")
        .withColumn("files_received", coalesce(col("files_received"), lit(0)))
        .withColumn("values_staged", coalesce(col("values_staged"), lit(0)))
        .withColumn("values_rejected", coalesce(col("values_rejected"), lit(0)))
        .withColumn("periods_received", coalesce(col("periods_received"), lit(0)))
        .withColumn("periods_missing", missingPeriods())
        .withColumn("deadline", make_date(col("year"), lit(DEADLINE_MONTH), lit(DEADLINE_DAY)));

    Column received = col("files_received").gt(0);
    Column dated = col("submitted_on").isNotNull();
    Column onTime = received.and(dated).and(col("submitted_on").leq(col("deadline")));
    Column late = received.and(dated).and(col("submitted_on").gt(col("deadline")));
    Column unknown = received.and(col("submitted_on").isNull());
    return vn.binhdang.warehouse.Tables.MART_COMPLETENESS.conform(d
        .withColumn("expected", lit(1))
        .withColumn("received", flag(received))
        .withColumn("on_time", flag(onTime))
        .withColumn("late", flag(late))
        .withColumn("date_unknown", flag(unknown))
        .withColumn("missing", flag(org.apache.spark.sql.functions.not(received)))
        .withColumn("status", when(onTime, "on_time").when(late, "late").when(unknown, "date_unknown")
            .otherwise("missing"))
        .withColumn("submitted_on", when(received, col("submitted_on")))
        .withColumn("days_late", when(received.and(dated), greatest(lit(0), datediff(col("submitted_on"), col("deadline")))))
        .withColumn("complete", flag(received.and(col("values_staged").geq(col("values_expected"))))));
  }

  /**
   * "Q3", "M04 M05": the periods (of any sub-yearly measure of the report) expected and not staged, in
   * order; null when none is missing or nothing was received (a missing report is missing as a whole).
   */
  private static Column missingPeriods() {
    Column missing = array_sort(array_distinct(transform(
        array_except(col("_periods_expected"), coalesce(col("_periods_received"), array().cast("array<string>"))),
        x -> element_at(split(x, "\\|"), 2))));
    return when(col("files_received").gt(0).and(size(missing).gt(0)), array_join(missing, " "));
  }

  private static Column flag(Column condition) {
    return when(condition, 1).otherwise(0);
  }

  /** The expected reports of one year: the district's reporting units and the district, with their sizes. */
  static Dataset<Row> expectedAreas(SparkSession spark, Catalogue catalogue) {
    StructType schema = new StructType()
        .add("area_code", DataTypes.StringType, false)
        .add("form", DataTypes.StringType, false)
        .add("values_expected", DataTypes.IntegerType, false)
        .add("periods_expected", DataTypes.IntegerType, false)
        .add("_periods_expected", DataTypes.createArrayType(DataTypes.StringType, false), false);
    List<Row> rows = new ArrayList<>();
    for (Area a : catalogue.communes()) {
      rows.add(RowFactory.create(a.code(), COMMUNE_REPORT, valuesExpected(catalogue, true),
          periodsExpected(catalogue, true), periodKeys(catalogue, true)));
    }
    rows.add(RowFactory.create(catalogue.scope().code(), DISTRICT_REPORT, valuesExpected(catalogue, false),
        periodsExpected(catalogue, false), periodKeys(catalogue, false)));
    return spark.createDataFrame(rows, schema);
  }

  /** Measures × sexes × groups × periods a report of this level must hold (standard errors are optional). */
  static int valuesExpected(Catalogue catalogue, boolean communeLevel) {
    return catalogue.measures().stream().filter(m -> m.communeLevel() == communeLevel)
        .filter(m -> m.valueType() != vn.binhdang.catalogue.Measure.ValueType.STANDARD_ERROR)
        .mapToInt(m -> m.sexes().size() * m.populationGroups().size() * m.period().periods().size()).sum();
  }

  /** "measure|Q1" … for every sub-yearly measure of this level and its periods. */
  static String[] periodKeys(Catalogue catalogue, boolean communeLevel) {
    List<String> keys = new ArrayList<>();
    catalogue.measures().stream().filter(m -> m.communeLevel() == communeLevel && m.period() != PeriodType.Y)
        .forEach(m -> m.period().periods().forEach(p -> keys.add(m.code() + "|" + p)));
    return keys.toArray(new String[0]);
  }

  /** Quarters and months of the sub-yearly measures of this level. */
  static int periodsExpected(Catalogue catalogue, boolean communeLevel) {
    return catalogue.measures().stream()
        .filter(m -> m.communeLevel() == communeLevel && m.period() != PeriodType.Y)
        .mapToInt(m -> m.period().periods().size()).sum();
  }
}
