package vn.binhdang.ingest;

import java.io.Serializable;
import java.util.List;

/**
 * Reads one input file into staged counts and rejects. Implementations are pure and serialisable:
 * Spark runs them on the executors, one call per file, and they never throw for bad content (a
 * file that cannot be read at all gives one reject with location "file").
 */
public interface FileParser extends Serializable {

  /** What one file gave: its checksum, how many data rows or cells it had, and where each went. */
  record Result(String fileName, String sha256, long rowsRead, List<StagedCount> staged, List<Reject> rejects)
      implements Serializable {}

  /** The input kind recorded in lineage ("counts_csv", "form_xlsx"). */
  String inputKind();

  /** The file-name pattern this parser reads, for Spark's {@code pathGlobFilter} ("*.csv"). */
  String glob();

  Result parse(String fileName, byte[] content);
}
