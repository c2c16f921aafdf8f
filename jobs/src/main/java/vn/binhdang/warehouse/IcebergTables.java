package vn.binhdang.warehouse;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.Map;
import java.util.Optional;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocatedFileStatus;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RemoteIterator;
import org.apache.iceberg.DataFile;
import org.apache.iceberg.DataFiles;
import org.apache.iceberg.FileFormat;
import org.apache.iceberg.ManageSnapshots;
import org.apache.iceberg.OverwriteFiles;
import org.apache.iceberg.Schema;
import org.apache.iceberg.Snapshot;
import org.apache.iceberg.SortOrder;
import org.apache.iceberg.Table;
import org.apache.iceberg.TableProperties;
import org.apache.iceberg.expressions.Expressions;
import org.apache.iceberg.hadoop.HadoopTables;
import org.apache.parquet.hadoop.ParquetFileReader;
import org.apache.parquet.hadoop.util.HadoopInputFile;

/**
 * The published tables as Apache Iceberg tables, one Hadoop table per name under
 * {@code <warehouse>/iceberg/<table>} (metadata only: the data files stay in the release folder Spark
 * wrote them to, {@code releases/<run-id>/<table>/}).
 *
 * <p>A run first <em>stages</em> one snapshot per table ({@link #stage}: an overwrite of every file,
 * committed with {@code stageOnly()}, so the table's {@code main} branch does not move). Only after the
 * {@link ReleaseLog} has the release does {@link #point} move each table's {@code main} to its snapshot
 * and tag it {@code release-<run-id>}. A run killed between two table commits therefore leaves
 * {@code main} of every table, and the log, where the last release put them.
 *
 * <p>Files carry no column statistics (Iceberg's metrics are optional): readers read every file of a
 * snapshot, as they read a release folder today.
 */
public final class IcebergTables {
  /** Snapshot summary property naming the run that staged the snapshot. */
  public static final String RELEASE_PROPERTY = "binhdang.release";
  public static final String TAG_PREFIX = "release-";

  private final Configuration conf;
  private final HadoopTables tables;
  private final Path root;

  IcebergTables(Configuration conf, Path warehouseRoot) {
    this.conf = conf;
    this.tables = new HadoopTables(conf);
    this.root = new Path(warehouseRoot, "iceberg");
  }

  /** Where a table's Iceberg metadata lives. */
  public String location(String table) {
    return new Path(root, table).toString();
  }

  /** The table, if a release has created it. */
  public Optional<Table> load(String table) {
    String location = location(table);
    return tables.exists(location) ? Optional.of(tables.load(location)) : Optional.empty();
  }

  /**
   * Stages a snapshot whose data files are exactly the Parquet files below {@code dataDir}; creates the
   * table on its first release and adds columns a newer declaration has. Returns the snapshot's id.
   */
  long stage(TableSpec spec, String runId, Path dataDir) {
    Schema declared = IcebergSchema.of(spec.schema());
    Table table = load(spec.name()).orElseGet(() -> tables.create(declared,
        IcebergSchema.partitionSpec(declared, spec.partitionBy()), SortOrder.unsorted(),
        Map.of(TableProperties.DEFAULT_NAME_MAPPING, IcebergSchema.nameMapping(declared),
            TableProperties.FORMAT_VERSION, "2"),
        location(spec.name())));
    if (!IcebergSchema.sameColumns(table.schema(), declared)) {
      table.updateSchema().unionByNameWith(declared).commit();
      table.updateProperties().set(TableProperties.DEFAULT_NAME_MAPPING, IcebergSchema.nameMapping(table.schema()))
          .commit();
    }
    OverwriteFiles overwrite = table.newOverwrite().overwriteByRowFilter(Expressions.alwaysTrue());
    for (DataFile f : dataFiles(table, dataDir)) overwrite.addFile(f);
    overwrite.set(RELEASE_PROPERTY, runId).stageOnly().commit();
    table.refresh();
    return stagedBy(table, runId).orElseThrow(() ->
        new IllegalStateException(spec.name() + ": the snapshot staged for " + runId + " is not in its metadata"));
  }

  /**
   * Stages every table ({@link #stage}), a few at a time: each is an Iceberg table of its own, so their
   * commits are independent, and most of a commit is waiting on small metadata files. Returns the
   * snapshot ids by table name, in the order given; {@code beforeEach} hears a table's name before its
   * commit starts. Any failure fails the whole (nothing is in the log yet).
   */
  Map<String, Long> stageAll(List<TableSpec> specs, String runId, Function<TableSpec, Path> dataDir,
      Consumer<String> beforeEach) {
    Map<String, Long> ids = new LinkedHashMap<>();
    List<String> names = specs.stream().map(TableSpec::name).toList();
    List<Long> staged = inParallel(specs, t -> {
      beforeEach.accept(t.name());
      return stage(t, runId, dataDir.apply(t));
    });
    for (int i = 0; i < names.size(); i++) ids.put(names.get(i), staged.get(i));
    return ids;
  }

  /** Moves each table's {@code main} to the given snapshot and tags it {@code release-<id>} (kept if present). */
  void point(String releaseId, Map<String, Long> snapshots) {
    inParallel(List.copyOf(snapshots.entrySet()), e -> {
      pointOne(releaseId, e.getKey(), e.getValue());
      return e.getKey();
    });
  }

  private void pointOne(String releaseId, String name, long snapshotId) {
    Table table = load(name).orElseThrow(() -> new IllegalStateException("no Iceberg table " + name));
    Snapshot main = table.currentSnapshot();
    boolean tagged = table.refs().containsKey(TAG_PREFIX + releaseId);
    if (main != null && main.snapshotId() == snapshotId && tagged) return;
    ManageSnapshots m = table.manageSnapshots().setCurrentSnapshot(snapshotId);
    if (!tagged) m = m.createTag(TAG_PREFIX + releaseId, snapshotId);
    m.commit();
  }

  /** Threads for the tables' commits: enough to overlap their file waits on a small machine. */
  private static final int COMMIT_THREADS = 4;

  /** {@code f} of every item on a small pool, results in the items' order; the first failure is rethrown. */
  private static <A, B> List<B> inParallel(List<A> items, Function<A, B> f) {
    if (items.isEmpty()) return List.of();
    ExecutorService pool = Executors.newFixedThreadPool(Math.min(COMMIT_THREADS, items.size()), r -> {
      Thread t = new Thread(r, "iceberg-commit");
      t.setDaemon(true);
      return t;
    });
    try {
      List<Future<B>> futures = items.stream().map(a -> pool.submit(() -> f.apply(a))).toList();
      List<B> out = new ArrayList<>();
      for (var fu : futures) {
        try {
          out.add(fu.get());
        } catch (ExecutionException e) {
          if (e.getCause() instanceof RuntimeException r) throw r;
          if (e.getCause() instanceof Error err) throw err;
          throw new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw new IllegalStateException("interrupted while committing the tables", e);
        }
      }
      return out;
    } finally {
      pool.shutdownNow();
    }
  }

  /**
   * Expires the snapshots that runs which never committed staged, in every table (their files are gone
   * with their folders). Published snapshots are tagged, so the expiry keeps them whatever their age.
   */
  void forget(java.util.Set<String> runIds) {
    if (runIds.isEmpty()) return;
    for (String name : tableNames()) {
      Optional<Table> table = load(name);
      if (table.isEmpty()) continue;
      List<Long> staged = new ArrayList<>();
      table.get().snapshots().forEach(s -> {
        if (runIds.contains(s.summary().get(RELEASE_PROPERTY))) staged.add(s.snapshotId());
      });
      if (staged.isEmpty()) continue;
      var expire = table.get().expireSnapshots();
      for (long id : staged) expire = expire.expireSnapshotId(id);
      expire.commit();
    }
  }

  /** The names of the tables created so far (the folders under {@code iceberg/}). */
  List<String> tableNames() {
    try {
      FileSystem fs = root.getFileSystem(conf);
      if (!fs.exists(root)) return List.of();
      List<String> names = new ArrayList<>();
      for (var st : fs.listStatus(root)) {
        if (st.isDirectory()) names.add(st.getPath().getName());
      }
      return names;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list the Iceberg tables in " + root + ": " + e.getMessage(), e);
    }
  }

  /** The id of a table's {@code main} snapshot, if it has one. */
  public Optional<Long> mainSnapshot(String table) {
    return load(table).map(Table::currentSnapshot).map(Snapshot::snapshotId);
  }

  private static Optional<Long> stagedBy(Table table, String runId) {
    List<Snapshot> mine = new ArrayList<>();
    table.snapshots().forEach(s -> {
      if (runId.equals(s.summary().get(RELEASE_PROPERTY))) mine.add(s);
    });
    return mine.stream().max(Comparator.comparingLong(Snapshot::sequenceNumber)).map(Snapshot::snapshotId);
  }

  /**
   * The Parquet files of a table folder as Iceberg data files: partition values from the hive-style
   * folder names, row counts from the footers. Files without rows are left out (the empty file an empty
   * partitioned table gets exists for Parquet readers, Iceberg has the schema).
   */
  private List<DataFile> dataFiles(Table table, Path dataDir) {
    List<DataFile> files = new ArrayList<>();
    try {
      FileSystem fs = dataDir.getFileSystem(conf);
      RemoteIterator<LocatedFileStatus> it = fs.listFiles(dataDir, true);
      String base = fs.makeQualified(dataDir).toUri().getPath().replaceAll("/+$", "");
      while (it.hasNext()) {
        LocatedFileStatus st = it.next();
        String name = st.getPath().getName();
        if (!name.endsWith(".parquet") || name.startsWith(".") || name.startsWith("_")) continue;
        long rows;
        try (ParquetFileReader r = ParquetFileReader.open(HadoopInputFile.fromStatus(st, conf))) {
          rows = r.getRecordCount();
        }
        if (rows == 0) continue;
        String parent = st.getPath().getParent().toUri().getPath();
        String partition = parent.length() > base.length() ? parent.substring(base.length() + 1) : "";
        DataFiles.Builder b = DataFiles.builder(table.spec()).withPath(st.getPath().toString())
            .withFileSizeInBytes(st.getLen()).withRecordCount(rows).withFormat(FileFormat.PARQUET);
        if (table.spec().isPartitioned()) b = b.withPartitionPath(partition);
        files.add(b.build());
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list the files of " + dataDir + ": " + e.getMessage(), e);
    }
    return files;
  }
}
