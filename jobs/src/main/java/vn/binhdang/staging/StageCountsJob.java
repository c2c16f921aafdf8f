package vn.binhdang.staging;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import vn.binhdang.catalogue.Catalogue;
import vn.binhdang.forms.FormParser;
import vn.binhdang.ingest.BinaryFiles;
import vn.binhdang.ingest.CountRules;
import vn.binhdang.ingest.CountsCsvParser;

/**
 * Produces {@code stg_counts} and {@code rejects} from every count source of an input folder (count
 * reports {@code counts/**}{@code /*.csv}, commune forms {@code forms/**}{@code /*.xlsx}, and the counts
 * aggregated from the unit-record registers), then applies the rules that need several rows
 * ({@link CountRules}, where a register takes precedence): every row read is either staged or rejected.
 */
public final class StageCountsJob {
  private StageCountsJob() {}

  /** The input sub-folders this job reads. */
  public static final String COUNTS = "counts";
  public static final String FORMS = "forms";

  /** Valid counts, rejects, and one row per input file (for the manifest). */
  public record Result(Dataset<Row> staged, Dataset<Row> rejects, Dataset<Row> files) {}

  /**
   * @param input the input folder (a Hadoop path)
   * @param registerCounts counts aggregated from unit-record registers (stg_counts schema), or null
   */
  public static Result run(SparkSession spark, String input, Catalogue catalogue, int year, Dataset<Row> registerCounts) {
    List<BinaryFiles.Staged> sources = new ArrayList<>();
    if (BinaryFiles.exists(spark, input + "/" + COUNTS)) {
      sources.add(BinaryFiles.stage(spark, input + "/" + COUNTS, new CountsCsvParser(catalogue, year)));
    }
    if (BinaryFiles.exists(spark, input + "/" + FORMS)) {
      sources.add(BinaryFiles.stage(spark, input + "/" + FORMS, new FormParser(catalogue, year)));
    }
    Dataset<Row> staged = registerCounts;
    Dataset<Row> rejects = null;
    Dataset<Row> files = null;
    for (BinaryFiles.Staged s : sources) {
      staged = staged == null ? s.staged() : staged.unionByName(s.staged());
      rejects = rejects == null ? s.rejects() : rejects.unionByName(s.rejects());
      files = files == null ? s.files() : files.unionByName(s.files());
    }
    if (staged == null) throw new IllegalStateException("no count source in " + input);
    CountRules.Checked checked = CountRules.apply(staged, catalogue);
    return new Result(checked.kept(), rejects == null ? checked.rejects() : rejects.unionByName(checked.rejects()),
        files == null ? spark.createDataFrame(List.of(), BinaryFiles.FILE_SCHEMA) : files);
  }

}
