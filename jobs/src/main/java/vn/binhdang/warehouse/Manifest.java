package vn.binhdang.warehouse;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.util.List;
import java.util.Map;

/**
 * {@code manifest.json} of a release: what was run, on which inputs (with SHA-256), and what every
 * table holds. Written last, just before the release is published.
 */
public record Manifest(
    String runId,
    String createdAt,
    CodeVersion codeVersion,
    Map<String, String> parameters,
    List<Input> inputs,
    List<Table> tables,
    Map<String, Long> rejectsByRule) {

  /** The code that produced the release. */
  public record CodeVersion(String version, String gitCommit, boolean gitDirty, String spark, String java) {}

  /**
   * One input file: its checksum and where its rows went (staged + rejected = read).
   *
   * @param note for a file no parser reads, what it is (an empty file, a .txt in counts/); else null
   */
  public record Input(String file, String kind, String sha256, long bytes, long rowsRead, long rowsStaged,
      long rowsRejected, @com.fasterxml.jackson.annotation.JsonInclude(
          com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL) String note) {
    /** A file a parser read. */
    public Input(String file, String kind, String sha256, long bytes, long rowsRead, long rowsStaged, long rowsRejected) {
      this(file, kind, sha256, bytes, rowsRead, rowsStaged, rowsRejected, null);
    }

    @JsonProperty("reconciled")
    public boolean reconciled() {
      return rowsStaged + rowsRejected == rowsRead;
    }
  }

  /** One table of the release. */
  public record Table(String name, String grain, String owner, long rows, List<String> columns, List<String> partitionBy) {}

  private static final ObjectMapper JSON = new ObjectMapper()
      .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
      .enable(SerializationFeature.INDENT_OUTPUT);

  public String toJson() {
    try {
      return JSON.writeValueAsString(this) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("manifest cannot be written as JSON", e);
    }
  }

  public static Manifest fromJson(String json) {
    try {
      return JSON.readerFor(Manifest.class)
          .without(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .readValue(json);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("not a manifest: " + e.getOriginalMessage(), e);
    }
  }
}
