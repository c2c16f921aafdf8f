package vn.binhdang.ingest;

import static org.apache.spark.sql.functions.col;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import vn.binhdang.warehouse.Tables;

/**
 * Stages input files with a {@link FileParser}: files are read as whole binaries ({@code binaryFile})
 * and parsed on the executors, one call per file, so line and cell locations are exact and nothing is
 * collected to the driver. Each file yields staged rows, rejects, and one row of file facts (name,
 * checksum, rows read) for the manifest.
 */
public final class BinaryFiles {
  private BinaryFiles() {}

  /** One row per input file: its name, checksum and how many data rows it had. */
  public static final StructType FILE_SCHEMA = new StructType()
      .add("source_file", DataTypes.StringType, false)
      .add("input_kind", DataTypes.StringType, false)
      .add("file_sha256", DataTypes.StringType, false)
      .add("bytes", DataTypes.LongType, false)
      .add("rows_read", DataTypes.LongType, false);

  /** The three outputs of staging; the parsed rows behind them are cached. */
  public record Staged(Dataset<Row> staged, Dataset<Row> rejects, Dataset<Row> files) {}

  /**
   * Parses every file matching the parser's pattern below {@code dir} (recursively).
   *
   * @param dir a Hadoop path (local folder, hdfs://, s3a://)
   */
  public static <T> Staged stage(SparkSession spark, String dir, FileParser<T> parser) {
    Dataset<Row> files = spark.read().format("binaryFile")
        .option("pathGlobFilter", parser.glob())
        .option("recursiveFileLookup", "true")
        .load(dir);
    Dataset<Row> parsed = parse(files, dir, parser).cache();
    return new Staged(
        parsed.where(col("staged").isNotNull()).select("staged.*"),
        parsed.where(col("reject").isNotNull()).select("reject.*"),
        parsed.where(col("file").isNotNull()).select("file.*"));
  }

  /** Whether an input sub-folder exists (on any Hadoop file system): optional inputs may be absent. */
  public static boolean exists(SparkSession spark, String dir) {
    try {
      org.apache.hadoop.fs.Path p = new org.apache.hadoop.fs.Path(dir);
      return p.getFileSystem(spark.sparkContext().hadoopConfiguration()).isDirectory(p);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException("cannot look at " + dir, e);
    }
  }

  /** Parses binary-file rows (columns {@code path}, {@code content}); exactly one struct is set per row. */
  static <T> Dataset<Row> parse(Dataset<Row> binaryFiles, String root, FileParser<T> parser) {
    StructType schema = new StructType()
        .add("staged", parser.schema(), true)
        .add("reject", Tables.REJECTS.schema(), true)
        .add("file", FILE_SCHEMA, true);
    String prefix = rootPrefix(root);
    FlatMapFunction<Row, Row> perFile = f -> {
      String path = f.getAs("path");
      byte[] content = f.getAs("content");
      String name = relativeName(path, prefix);
      FileParser.Result<T> r = ParseGuard.parse(parser, name, content);
      List<Row> out = new ArrayList<>(r.staged().size() + r.rejects().size() + 1);
      for (T s : r.staged()) out.add(RowFactory.create(parser.toRow(s), null, null));
      for (Reject j : r.rejects()) out.add(RowFactory.create(null, IngestRows.reject(j), null));
      out.add(RowFactory.create(null, null,
          RowFactory.create(name, parser.inputKind(), r.sha256(), (long) content.length, r.rowsRead())));
      return out.iterator();
    };
    return binaryFiles.select("path", "content").flatMap(perFile, Encoders.row(schema));
  }

  /** The folder's last path segment plus a slash: file names are kept relative to the input root. */
  public static String rootPrefix(String root) {
    String r = root.endsWith("/") ? root.substring(0, root.length() - 1) : root;
    int slash = r.lastIndexOf('/');
    return (slash >= 0 ? r.substring(slash + 1) : r) + "/";
  }

  /** "file:/x/data/sample/counts/2023/a.csv" with prefix "counts/" → "counts/2023/a.csv". */
  public static String relativeName(String path, String prefix) {
    int i = path.lastIndexOf("/" + prefix);
    return i >= 0 ? path.substring(i + 1) : path.substring(path.lastIndexOf('/') + 1);
  }
}
