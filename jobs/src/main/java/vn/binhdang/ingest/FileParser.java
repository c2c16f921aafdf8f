package vn.binhdang.ingest;

import java.io.Serializable;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.StructType;

/**
 * Reads one input file into staged records and rejects. Implementations are pure and serialisable:
 * Spark runs them on the executors, one call per file ({@link BinaryFiles}), and they never throw for
 * bad content (a file that cannot be read at all gives one reject with location "file").
 *
 * @param <T> the staged record (a count, a published value)
 */
public interface FileParser<T> extends Serializable {

  /** What one file gave: its checksum, how many data rows or cells it had, and where each went. */
  record Result<T>(String fileName, String sha256, long rowsRead, List<T> staged, List<Reject> rejects)
      implements Serializable {}

  /** The input kind recorded in lineage ("counts_csv", "form_xlsx", "published_csv"). */
  String inputKind();

  /** The file-name pattern this parser reads, for Spark's {@code pathGlobFilter} ("*.csv"). */
  String glob();

  Result<T> parse(String fileName, byte[] content);

  /**
   * The largest file this parser reads ({@link ParseGuard} refuses bigger ones): 512 MB by default, far
   * beyond any report and below the 2 GB a Spark binary-file row can hold.
   */
  default long maxBytes() {
    return 512L * 1024 * 1024;
  }

  /** The staged table's schema. */
  StructType schema();

  /** A staged record as a row of {@link #schema()}. */
  Row toRow(T staged);

  /** SHA-256 of a file's bytes, in hex: the checksum recorded in lineage and in the manifest. */
  static String sha256(byte[] content) {
    try {
      return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(content));
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
