package vn.binhdang.warehouse;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.Optional;
import java.util.stream.Stream;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;

/**
 * The warehouse folder and its atomic publication protocol:
 *
 * <pre>
 * out/warehouse/.staging/&lt;run-id&gt;/    tables being written (invisible to readers)
 * out/warehouse/releases/&lt;run-id&gt;/    a complete release: every table + manifest.json
 * out/warehouse/current              symbolic link to the last complete release
 * </pre>
 *
 * A release becomes visible in two atomic steps: the staging folder is renamed into
 * {@code releases/}, then a new link is renamed over {@code current}. A run that fails before that
 * deletes its staging folder; {@code current} and earlier releases are never touched.
 *
 * <p>The folder must be on a local or mounted file system (symbolic links, atomic rename).
 */
public final class Warehouse {
  public static final String MANIFEST = "manifest.json";

  private final Path root;

  public Warehouse(Path root) {
    this.root = root.toAbsolutePath().normalize();
  }

  public Path root() {
    return root;
  }

  public Path releases() {
    return root.resolve("releases");
  }

  public Path currentLink() {
    return root.resolve("current");
  }

  /** The release {@code current} points to, if any. */
  public Optional<Path> current() {
    Path link = currentLink();
    if (!Files.exists(link)) return Optional.empty();
    try {
      return Optional.of(link.toRealPath());
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  /**
   * Starts a release: an empty staging folder for the run. What killed runs left — their staging
   * folders and temporary links — is removed first; the caller holds the {@link RunLock}, so no other
   * run can be using them.
   */
  public Release begin(String runId) {
    Path dir = root.resolve(".staging").resolve(runId);
    try {
      removeLeftovers();
      if (Files.exists(releases().resolve(runId))) {
        throw new IllegalStateException("release " + runId + " exists already");
      }
      deleteTree(dir);
      Files.createDirectories(dir);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create " + dir, e);
    }
    return new Release(runId, dir);
  }

  /** A release being written. */
  public final class Release {
    private final String runId;
    private final Path dir;

    Release(String runId, Path dir) {
      this.runId = runId;
      this.dir = dir;
    }

    public String runId() {
      return runId;
    }

    /** The staging folder (where tables are written before publication). */
    public Path dir() {
      return dir;
    }

    public Path tablePath(TableSpec table) {
      return dir.resolve(table.name());
    }

    /**
     * Writes a table as Parquet, conformed to its declared schema and partitioning. An empty
     * partitioned table gets one empty, unpartitioned file, so that every reader still finds its schema.
     */
    public void write(TableSpec table, Dataset<Row> rows) {
      Dataset<Row> conformed = table.conform(rows);
      var writer = conformed.write().mode(SaveMode.ErrorIfExists).option("compression", "snappy");
      if (!table.partitionBy().isEmpty()) writer = writer.partitionBy(table.partitionBy().toArray(String[]::new));
      writer.parquet(tablePath(table).toString());
      if (!table.partitionBy().isEmpty() && !hasParquet(tablePath(table))) {
        conformed.limit(0).coalesce(1).write().mode(SaveMode.Overwrite).parquet(tablePath(table).toString());
      }
    }

    /** Writes {@code manifest.json} into the staged release (the chart pack reads it before publication). */
    public void writeManifest(String manifestJson) {
      try {
        Files.writeString(dir.resolve(MANIFEST), manifestJson);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot write the manifest of " + runId + ": " + e.getMessage(), e);
      }
    }

    /** Makes the release visible: rename into releases/, then switch {@code current} to it. */
    public Path publish() {
      if (!Files.isRegularFile(dir.resolve(MANIFEST))) {
        throw new IllegalStateException("release " + runId + " has no manifest; write it before publishing");
      }
      try {
        Files.createDirectories(releases());
        Path target = releases().resolve(runId);
        Files.move(dir, target, StandardCopyOption.ATOMIC_MOVE);
        Path tmpLink = root.resolve(".current-" + runId);
        Files.deleteIfExists(tmpLink);
        Files.createSymbolicLink(tmpLink, root.relativize(target));
        try {
          Files.move(tmpLink, currentLink(), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
          Files.move(tmpLink, currentLink(), StandardCopyOption.REPLACE_EXISTING);
        }
        return target;
      } catch (IOException e) {
        throw new UncheckedIOException("cannot publish release " + runId + ": " + e.getMessage(), e);
      }
    }

    /** Deletes the staging folder of a failed run. */
    public void abandon() {
      try {
        deleteTree(dir);
      } catch (IOException e) {
        // leaving a staging folder behind is harmless: readers never look there
      }
    }
  }

  /** Staging folders and temporary {@code .current-*} links of runs that did not finish. */
  private void removeLeftovers() throws IOException {
    Path staging = root.resolve(".staging");
    if (Files.isDirectory(staging)) {
      try (Stream<Path> dirs = Files.list(staging)) {
        for (Path d : dirs.toList()) deleteTree(d);
      }
    }
    if (Files.isDirectory(root)) {
      try (Stream<Path> links = Files.list(root)) {
        for (Path l : links.filter(p -> p.getFileName().toString().startsWith(".current-")).toList()) {
          Files.deleteIfExists(l);
        }
      }
    }
  }

  private static boolean hasParquet(Path dir) {
    try (Stream<Path> walk = Files.walk(dir)) {
      return walk.anyMatch(p -> p.getFileName().toString().endsWith(".parquet"));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + dir, e);
    }
  }

  /** Deletes a folder and everything below it (links are deleted, not followed); nothing when absent. */
  public static void deleteTree(Path dir) throws IOException {
    if (!Files.exists(dir, LinkOption.NOFOLLOW_LINKS)) return;
    try (Stream<Path> walk = Files.walk(dir)) {
      for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) Files.delete(p);
    }
  }
}
