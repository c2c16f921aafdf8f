package vn.binhdang.marts;

import static org.apache.spark.sql.functions.array;
import static org.apache.spark.sql.functions.array_contains;
import static org.apache.spark.sql.functions.array_distinct;
import static org.apache.spark.sql.functions.array_except;
import static org.apache.spark.sql.functions.array_join;
import static org.apache.spark.sql.functions.array_sort;
import static org.apache.spark.sql.functions.array_union;
import static org.apache.spark.sql.functions.arrays_overlap;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_set;
import static org.apache.spark.sql.functions.concat_ws;
import static org.apache.spark.sql.functions.flatten;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.size;
import static org.apache.spark.sql.functions.slice;
import static org.apache.spark.sql.functions.substring_index;
import static org.apache.spark.sql.functions.transform;
import static org.apache.spark.sql.functions.when;

import java.util.List;
import java.util.function.Function;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import vn.binhdang.transform.AreaLinks;
import vn.binhdang.warehouse.TableSpec;
import vn.binhdang.warehouse.Tables;

/**
 * Produces {@code mart_revisions}: what changed since the previous release, for the statistician who signs
 * off on revisions and the leader who asks why last year's number moved.
 *
 * <ul>
 *   <li><b>Values</b> of {@code fct_indicator} of the years the previous release covered, compared as they
 *       were published: a value hidden by disclosure control counts as not published, so a change between two
 *       hidden values is not listed and a revision never shows a hidden figure. Each gets a reason from the
 *       input files of its area, and of the areas under it, for its year ({@code stg_counts}' file names and
 *       SHA-256): {@code reject_corrected} when such a file changed and one of its rejects cleared,
 *       {@code resubmitted_file} when one is new, changed or gone, {@code crosswalk} when the files are the
 *       same but the crosswalk changed and the area is a new one, else {@code method}.
 *   <li><b>Rejects</b> new or cleared, by file, location and rule (never the raw value: it may be a
 *       sensitive count).
 *   <li><b>Reports</b> ({@code mart_completeness}) of years both releases cover that became complete or
 *       stopped being so.
 * </ul>
 *
 * Areas are compared only where both releases report on them, so a run on another {@code --area} does not
 * list every value as added or withdrawn. The first release of a warehouse has no revisions.
 */
public final class MartRevisionsJob {
  private MartRevisionsJob() {}

  /** The tables of one release that revisions are computed from. */
  public record Side(Dataset<Row> fctIndicator, Dataset<Row> stgCounts, Dataset<Row> rejects,
      Dataset<Row> completeness, Dataset<Row> crosswalk) {

    /** The tables a side needs, in the order of the record. */
    public static final List<TableSpec> TABLES = List.of(Tables.FCT_INDICATOR, Tables.STG_COUNTS, Tables.REJECTS,
        Tables.MART_COMPLETENESS, Tables.DIM_AREA_CROSSWALK);

    /** A side whose tables {@code read} gives. */
    public static Side of(Function<TableSpec, Dataset<Row>> read) {
      return new Side(read.apply(TABLES.get(0)), read.apply(TABLES.get(1)), read.apply(TABLES.get(2)),
          read.apply(TABLES.get(3)), read.apply(TABLES.get(4)));
    }
  }

  /** A crosswalk line's content (what a change of the crosswalk is measured on). */
  private static Dataset<Row> crosswalkLines(Dataset<Row> crosswalk) {
    return crosswalk.select("old_code", "new_code", "share", "effective_date");
  }

  private static final String[] VALUE_KEY = {"indicator_code", "area_code", "year", "sex", "period_label"};
  private static final String[] REJECT_KEY = {"source_file", "source_location", "rule"};

  /**
   * @param links {@link AreaLinks#of} the run's catalogue: the areas whose files make an area's figure
   */
  public static Dataset<Row> run(String previousRelease, Side previous, Side current, Dataset<Row> links) {
    Dataset<Row> rejects = rejects(previous.rejects(), current.rejects());
    Dataset<Row> values = values(previous, current, links, rejects);
    Dataset<Row> reports = reports(previous.completeness(), current.completeness());
    return Tables.MART_REVISIONS.conform(values.unionByName(rejects, true).unionByName(reports, true)
        .withColumn("previous_release", lit(previousRelease)));
  }

  /** Published values that differ, with their reason. */
  static Dataset<Row> values(Side previous, Side current, Dataset<Row> links, Dataset<Row> rejects) {
    Dataset<Row> old = published(previous.fctIndicator(), "old_value");
    Dataset<Row> now = published(current.fctIndicator(), "new_value");
    Dataset<Row> years = previous.fctIndicator().select("year").distinct();
    Dataset<Row> areas = previous.fctIndicator().select("area_code").distinct()
        .join(current.fctIndicator().select("area_code").distinct(), "area_code");
    Column changed = col("old_value").isNull().and(col("new_value").isNotNull())
        .or(col("old_value").isNotNull().and(col("new_value").isNull()))
        .or(col("old_value").notEqual(col("new_value")));
    Dataset<Row> diff = old.join(now, VALUE_KEY, "full_outer")
        .join(years, "year").join(areas, "area_code")
        .where(changed)
        .withColumn("change", when(col("old_value").isNull(), "value_added")
            .when(col("new_value").isNull(), "value_withdrawn").otherwise("value_revised"));

    Dataset<Row> files = changedFiles(previous.stgCounts(), current.stgCounts(), links);
    Dataset<Row> cleared = rejects.where(col("change").equalTo("reject_cleared"))
        .agg(collect_set(col("source_file")).as("cleared_files"));
    Dataset<Row> linesBefore = crosswalkLines(previous.crosswalk());
    Dataset<Row> linesNow = crosswalkLines(current.crosswalk());
    Dataset<Row> crosswalkChanged = linesBefore.exceptAll(linesNow).unionByName(linesNow.exceptAll(linesBefore))
        .agg(collect_set(col("new_code")).as("crosswalk_new_areas"));
    Column reason = when(size(col("files")).gt(0).and(arrays_overlap(col("files"), col("cleared_files"))),
        "reject_corrected")
        .when(size(col("files")).gt(0), "resubmitted_file")
        .when(array_contains(col("crosswalk_new_areas"), col("area_code")), "crosswalk")
        .otherwise("method");
    return diff.join(files, new String[] {"area_code", "year"}, "left")
        .withColumn("files", coalesce(col("files"), emptyArray()))
        .crossJoin(cleared).crossJoin(crosswalkChanged)
        .withColumn("reason", reason)
        .withColumn("source_file", when(size(col("files")).gt(0), array_join(slice(col("files"), 1, 5), ", ")))
        .select(col("change"), col("indicator_code"), col("area_code"), col("year"), col("sex"), col("period_label"),
            col("old_value"), col("new_value"), col("reason"), col("source_file"));
  }

  private static Column emptyArray() {
    return array().cast("array<string>");
  }

  /** The values as published: null where suppressed. */
  private static Dataset<Row> published(Dataset<Row> fct, String as) {
    return fct.select(col("indicator_code"), col("area_code"), col("year"), col("sex"), col("period_label"),
        when(col("suppressed"), lit(null).cast("double")).otherwise(col("value")).as(as));
  }

  /**
   * Per area and year, the names of the input files that are new, changed or gone since the previous release,
   * for the area itself and for every area above the ones whose rows the files hold.
   */
  static Dataset<Row> changedFiles(Dataset<Row> previous, Dataset<Row> current, Dataset<Row> links) {
    Dataset<Row> old = fingerprints(previous, "old_files");
    Dataset<Row> now = fingerprints(current, "new_files");
    Dataset<Row> byArea = old.join(now, new String[] {"area_code", "year"}, "full_outer")
        .withColumn("old_files", coalesce(col("old_files"), emptyArray()))
        .withColumn("new_files", coalesce(col("new_files"), emptyArray()))
        .select(col("area_code"), col("year"), array_distinct(transform(
            array_union(array_except(col("new_files"), col("old_files")), array_except(col("old_files"), col("new_files"))),
            f -> substring_index(f, "@", 1))).as("files"))
        .where(size(col("files")).gt(0));
    Dataset<Row> above = byArea.join(AreaLinks.above(links), AreaLinks.of(col("area_code"), col("year")))
        .select(col("l_ancestor").as("area_code"), col("year"), col("files"));
    return byArea.unionByName(above).groupBy("area_code", "year")
        .agg(array_sort(array_distinct(flatten(collect_set(col("files"))))).as("files"));
  }

  /** Each area and year's input files as {@code name@sha256}. */
  private static Dataset<Row> fingerprints(Dataset<Row> stg, String as) {
    return stg.groupBy("area_code", "year")
        .agg(collect_set(concat_ws("@", col("source_file"), col("file_sha256"))).as(as));
  }

  /** Rejects in one release and not the other, by file, location and rule. */
  static Dataset<Row> rejects(Dataset<Row> previous, Dataset<Row> current) {
    Dataset<Row> old = previous.select(col("source_file"), col("source_location"), col("rule"), col("area_code"));
    Dataset<Row> now = current.select(col("source_file"), col("source_location"), col("rule"), col("area_code"));
    Dataset<Row> added = now.join(old, REJECT_KEY, "left_anti").withColumn("change", lit("reject_new"));
    Dataset<Row> cleared = old.join(now, REJECT_KEY, "left_anti").withColumn("change", lit("reject_cleared"));
    return added.unionByName(cleared).distinct()
        .select(col("change"), col("area_code"), col("rule").as("reason"), col("source_file"), col("source_location"));
  }

  /** Reports of years both releases cover that became complete, or stopped being so. */
  static Dataset<Row> reports(Dataset<Row> previous, Dataset<Row> current) {
    Dataset<Row> old = previous.select(col("area_code"), col("year"), col("form"), col("complete").as("was"));
    Dataset<Row> now = current.select(col("area_code"), col("year"), col("form"), col("complete").as("is"));
    return old.join(now, new String[] {"area_code", "year", "form"}).where(col("was").notEqual(col("is")))
        .select(col("area_code"), col("year"),
            when(col("is").equalTo(1), "report_completed").otherwise("report_incomplete").as("change"),
            col("form").as("reason"));
  }
}
