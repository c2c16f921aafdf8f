package vn.binhdang.warehouse;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.hadoop.conf.Configuration;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;

/**
 * The warehouse folder and its publication protocol:
 *
 * <pre>
 * out/warehouse/.staging/&lt;run-id&gt;/    tables being written (invisible to readers)
 * out/warehouse/releases/&lt;run-id&gt;/    the Parquet files of a release, its manifest.json and outputs
 * out/warehouse/iceberg/&lt;table&gt;/       each table as an Apache Iceberg table (metadata/ only)
 * out/warehouse/release-log/          the commit log: which release is current, with its snapshots
 * out/warehouse/current              symbolic link to the current release (plain Parquet for everyone)
 * </pre>
 *
 * A run publishes in this order: its staging folder is renamed into {@code releases/} (still marked
 * uncommitted), each table gets an Iceberg snapshot staged off its {@code main} branch, then one entry
 * is written to the {@link ReleaseLog}: that entry is the commit. Only then do the tables' {@code main}
 * branches, their {@code release-<id>} tags and the {@code current} link move, and a run killed
 * before them is finished by the next run's {@link #begin}. A run that fails or is killed before the
 * entry leaves every table, the log and {@code current} as they were; the next run removes its folders.
 *
 * <p>{@code current} in this class is the log's latest entry; a warehouse written before the log
 * existed falls back to the link.
 */
public final class Warehouse {
  public static final String MANIFEST = "manifest.json";
  /** In a release folder from its rename until its log entry exists. */
  static final String UNCOMMITTED = "_UNCOMMITTED";

  private final Path root;
  private final IcebergTables iceberg;
  private final ReleaseLog log;

  /** A warehouse on the local disk. */
  public Warehouse(Path root) {
    this(root, localConf());
  }

  /** A warehouse whose Iceberg metadata and log are written through {@code conf} (a run passes Spark's). */
  public Warehouse(Path root, Configuration conf) {
    this.root = root.toAbsolutePath().normalize();
    org.apache.hadoop.fs.Path hadoopRoot = new org.apache.hadoop.fs.Path(this.root.toUri());
    this.iceberg = new IcebergTables(conf, hadoopRoot);
    this.log = new ReleaseLog(conf, hadoopRoot);
  }

  /** Hadoop's configuration for the local disk, permissions without a forked chmod (see NioLocalFileSystem). */
  public static Configuration localConf() {
    Configuration conf = new Configuration();
    conf.set("fs.file.impl", NioLocalFileSystem.class.getName());
    return conf;
  }

  public IcebergTables iceberg() {
    return iceberg;
  }

  public ReleaseLog log() {
    return log;
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

  /** The current release: the one the log's latest entry names (the link in a warehouse without a log). */
  public Optional<Path> current() {
    Optional<ReleaseLog.Entry> latest = log.latest();
    if (latest.isPresent()) return existing(releases().resolve(latest.get().release()));
    Path link = currentLink();
    if (!Files.exists(link)) return Optional.empty();
    try {
      return Optional.of(link.toRealPath());
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  private static Optional<Path> existing(Path dir) {
    try {
      return Files.isDirectory(dir) ? Optional.of(dir.toRealPath()) : Optional.empty();
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  /** The release folder of a run id that the log has committed. */
  public Optional<Path> release(String runId) {
    boolean committed = log.entries().stream().anyMatch(e -> e.release().equals(runId));
    return committed ? existing(releases().resolve(runId)) : Optional.empty();
  }

  /**
   * Makes an earlier release current again: a new log entry with that release's snapshots, then the
   * tables' {@code main} branches and the link. The release's files are never rewritten.
   *
   * @throws IllegalArgumentException when the log has no release of that id or its folder is gone
   */
  public ReleaseLog.Entry rollback(String runId) {
    ReleaseLog.Entry published = log.entries().stream()
        .filter(e -> e.release().equals(runId) && e.action() == ReleaseLog.Action.PUBLISH).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no release " + runId + " in " + root
            + "; 'binhdang releases' lists them"));
    if (!Files.isDirectory(releases().resolve(runId))) {
      throw new IllegalArgumentException("the files of release " + runId + " are gone from " + releases());
    }
    ReleaseLog.Entry entry = log.append(runId, ReleaseLog.Action.ROLLBACK, published.snapshots());
    finish(entry);
    return entry;
  }

  private boolean currentLinkReaches(Path release) {
    try {
      return Files.isSymbolicLink(currentLink()) && currentLink().toRealPath().equals(release.toRealPath());
    } catch (IOException e) {
      return false;
    }
  }

  /**
   * What follows a log entry, done again until it holds (idempotent): the tables' {@code main} branches
   * and tags, the folder's uncommitted mark removed, the {@code current} link.
   */
  private void finish(ReleaseLog.Entry entry) {
    Path target = releases().resolve(entry.release());
    iceberg.point(entry.release(), entry.snapshots());
    try {
      Files.deleteIfExists(target.resolve(UNCOMMITTED));
      Path tmpLink = root.resolve(".current-" + entry.release());
      Files.deleteIfExists(tmpLink);
      Files.createSymbolicLink(tmpLink, root.relativize(target));
      try {
        Files.move(tmpLink, currentLink(), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(tmpLink, currentLink(), StandardCopyOption.REPLACE_EXISTING);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot make release " + entry.release() + " current: " + e.getMessage(), e);
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
      // a run killed after its commit is completed here; the link moves last, so it says whether that is needed
      log.latest().filter(e -> !currentLinkReaches(releases().resolve(e.release()))).ifPresent(this::finish);
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
    private final List<TableSpec> written = new ArrayList<>();

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
      written.add(table);
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

    /** Publishes the release; see {@link #publish(Consumer)}. */
    public Path publish() {
      return publish(table -> {});
    }

    /**
     * Makes the release current: rename into {@code releases/}, one staged Iceberg snapshot per table
     * written ({@code beforeEachCommit} hears each table's name first), the log entry, then
     * {@code main}, tags and the link.
     */
    public Path publish(Consumer<String> beforeEachCommit) {
      if (!Files.isRegularFile(dir.resolve(MANIFEST))) {
        throw new IllegalStateException("release " + runId + " has no manifest; write it before publishing");
      }
      Path target = releases().resolve(runId);
      try {
        Files.writeString(dir.resolve(UNCOMMITTED), runId);
        Files.createDirectories(releases());
        Files.move(dir, target, StandardCopyOption.ATOMIC_MOVE);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot publish release " + runId + ": " + e.getMessage(), e);
      }
      Map<String, Long> snapshots = iceberg.stageAll(written, runId,
          t -> new org.apache.hadoop.fs.Path(target.resolve(t.name()).toUri()), beforeEachCommit);
      finish(log.append(runId, ReleaseLog.Action.PUBLISH, snapshots));
      return target;
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

  /**
   * Staging folders, temporary {@code .current-*} links and uncommitted release folders of runs that
   * did not finish, with the Iceberg snapshots they staged (a folder marked uncommitted that the log
   * names only lost its mark).
   */
  private void removeLeftovers() throws IOException {
    if (Files.isDirectory(releases())) {
      Set<String> committed = log.entries().stream().map(ReleaseLog.Entry::release).collect(Collectors.toSet());
      Set<String> abandoned = new java.util.TreeSet<>();
      try (Stream<Path> dirs = Files.list(releases())) {
        for (Path d : dirs.filter(d -> Files.exists(d.resolve(UNCOMMITTED))).toList()) {
          if (committed.contains(d.getFileName().toString())) continue;
          deleteTree(d);
          abandoned.add(d.getFileName().toString());
        }
      }
      iceberg.forget(abandoned); // the snapshots those runs staged pointed into the folders just deleted
    }
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
