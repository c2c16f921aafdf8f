package vn.binhdang.warehouse;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

/**
 * The warehouse's commit log, {@code <warehouse>/release-log/NNNNNN-<run-id>.json}: one small file per
 * release made current, holding the Iceberg snapshot of every table in it. The entry with the highest
 * number is the current release; a run is committed when its entry exists, and not before.
 *
 * <p>An entry is written under a temporary name and renamed to its final one, which must not exist yet:
 * on a local disk and HDFS the rename is atomic and fails when the name is taken; on an object store
 * the final object appears whole (a single small PUT under S3A's copy). {@link RunLock} keeps two runs of
 * one output folder from racing for the same number.
 */
public final class ReleaseLog {
  static final String FOLDER = "release-log";

  /** What an entry did: a run published its release, or {@code rollback} made an earlier one current. */
  public enum Action { PUBLISH, ROLLBACK }

  /**
   * One committed entry.
   *
   * @param sequence position in the log, from 1
   * @param release the run id whose tables are current from this entry on
   * @param snapshots Iceberg snapshot id of each table of the release, by table name
   */
  public record Entry(int sequence, String release, Action action, String committedAt, Map<String, Long> snapshots) {
    public Entry {
      snapshots = java.util.Collections.unmodifiableMap(new TreeMap<>(snapshots)); // by name, in the file too
    }
  }

  private static final ObjectMapper JSON = new ObjectMapper()
      .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE).enable(SerializationFeature.INDENT_OUTPUT);

  private final Configuration conf;
  private final Path dir;

  ReleaseLog(Configuration conf, Path warehouseRoot) {
    this.conf = conf;
    this.dir = new Path(warehouseRoot, FOLDER);
  }

  /** Every entry, oldest first. */
  public List<Entry> entries() {
    try {
      FileSystem fs = dir.getFileSystem(conf);
      if (!fs.exists(dir)) return List.of();
      List<Entry> out = new ArrayList<>();
      for (FileStatus st : fs.listStatus(dir, p -> p.getName().endsWith(".json") && !p.getName().startsWith("."))) {
        try (InputStream in = fs.open(st.getPath())) {
          out.add(JSON.readValue(in, Entry.class));
        }
      }
      out.sort(Comparator.comparingInt(Entry::sequence));
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the release log " + dir + ": " + e.getMessage(), e);
    }
  }

  /** The entry that makes the current release, if any. */
  public Optional<Entry> latest() {
    List<Entry> all = entries();
    return all.isEmpty() ? Optional.empty() : Optional.of(all.get(all.size() - 1));
  }

  /** Commits a new entry after the latest; this is the moment a release becomes current. */
  Entry append(String release, Action action, Map<String, Long> snapshots) {
    int next = latest().map(Entry::sequence).orElse(0) + 1;
    Entry e = new Entry(next, release, action, Instant.now().toString(), new TreeMap<>(snapshots));
    String name = String.format(java.util.Locale.ROOT, "%06d-%s.json", next, release);
    try {
      FileSystem fs = dir.getFileSystem(conf);
      fs.mkdirs(dir);
      Path tmp = new Path(dir, "." + name + ".tmp");
      try (OutputStream out = fs.create(tmp, true)) {
        JSON.writeValue(out, e);
      }
      Path target = new Path(dir, name);
      if (!fs.rename(tmp, target)) {
        fs.delete(tmp, false);
        throw new IllegalStateException("release log entry " + target + " exists already: another run committed");
      }
      return e;
    } catch (IOException ex) {
      throw new UncheckedIOException("cannot write the release log entry " + name + ": " + ex.getMessage(), ex);
    }
  }
}
