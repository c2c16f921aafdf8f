package vn.binhdang.warehouse;

import static org.apache.spark.sql.types.DataTypes.DoubleType;
import static org.apache.spark.sql.types.DataTypes.IntegerType;
import static org.apache.spark.sql.types.DataTypes.StringType;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.apache.iceberg.Table;
import org.apache.iceberg.data.IcebergGenerics;
import org.apache.iceberg.data.Record;
import org.apache.iceberg.io.CloseableIterable;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.binhdang.testing.SharedSpark;

/**
 * The warehouse as Iceberg tables, read back with Iceberg's own generic reader (not our code): each
 * published table's {@code main} is the current release, partition values come from the folders, every
 * release stays readable by its tag, {@code rollback} makes an earlier release current again, and a
 * publication that fails between two table commits moves nothing.
 */
class IcebergReleasesTest {
  private static final TableSpec BY_YEAR = new TableSpec("t_by_year", "area × year", "test",
      TableSpec.schema(TableSpec.key("area_code", StringType, "area"), TableSpec.col("value", DoubleType, "a value"),
          TableSpec.key("year", IntegerType, "year of the value")),
      List.of("year"));
  private static final TableSpec PLAIN = new TableSpec("t_plain", "area", "test",
      TableSpec.schema(TableSpec.key("area_code", StringType, "area"), TableSpec.col("note", StringType, "a note")),
      List.of());

  @TempDir Path tmp;

  @Test
  void eachReleaseIsASnapshotOfEveryTableAndTheLogSaysWhichIsCurrent() {
    Warehouse w = new Warehouse(tmp.resolve("warehouse"));
    publish(w, "r1", rows("23482|1.5|2022", "23485|2.5|2023"), plain("23482|first"));
    publish(w, "r2", rows("23482|7.0|2023"), plain("23482|second"));

    assertThat(w.current()).contains(real(w.releases().resolve("r2")));
    assertThat(read(w, BY_YEAR, null)).containsExactly("23482|7.0|2023");
    assertThat(read(w, BY_YEAR, "r1")).as("time travel by tag").containsExactly("23482|1.5|2022", "23485|2.5|2023");
    assertThat(read(w, PLAIN, "r1")).containsExactly("23482|first");
    Table t = w.iceberg().load(BY_YEAR.name()).orElseThrow();
    assertThat(t.schema().findField("value").doc()).isEqualTo("a value");
    assertThat(t.spec().fields()).extracting(f -> f.name()).containsExactly("year");
    assertThat(w.log().entries()).extracting(ReleaseLog.Entry::release).containsExactly("r1", "r2");
    assertThat(w.log().latest().orElseThrow().snapshots())
        .containsEntry(BY_YEAR.name(), t.currentSnapshot().snapshotId()).hasSize(2);

    w.rollback("r1");
    assertThat(w.current()).contains(real(w.releases().resolve("r1")));
    assertThat(read(w, BY_YEAR, null)).containsExactly("23482|1.5|2022", "23485|2.5|2023");
    assertThat(read(w, PLAIN, null)).containsExactly("23482|first");
    assertThat(real(w.currentLink())).isEqualTo(real(w.releases().resolve("r1")));
    assertThat(w.log().entries()).extracting(e -> e.release() + " " + e.action())
        .containsExactly("r1 PUBLISH", "r2 PUBLISH", "r1 ROLLBACK");
    assertThat(w.release("r2")).as("the release rolled back from stays readable").isPresent();
    assertThatThrownBy(() -> w.rollback("r9")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("no release r9");
  }

  @Test
  void aPublicationThatStopsBetweenTwoTableCommitsMovesNothingAndTheNextRunRemovesIt() {
    Warehouse w = new Warehouse(tmp.resolve("warehouse"));
    publish(w, "r1", rows("23482|1.5|2022"), plain("23482|first"));
    long mainBefore = w.iceberg().mainSnapshot(BY_YEAR.name()).orElseThrow();

    Warehouse.Release r2 = stage(w, "r2", rows("23482|9.0|2022"), plain("23482|second"));
    assertThatThrownBy(() -> r2.publish(table -> {
      if (table.equals(PLAIN.name())) throw new IllegalStateException("stopped before " + table);
    })).hasMessage("stopped before t_plain");

    assertThat(w.current()).contains(real(w.releases().resolve("r1")));
    assertThat(w.iceberg().mainSnapshot(BY_YEAR.name())).as("t_by_year was staged, main did not move")
        .contains(mainBefore);
    assertThat(read(w, BY_YEAR, null)).containsExactly("23482|1.5|2022");
    assertThat(w.log().entries()).hasSize(1);
    assertThat(w.release("r2")).isEmpty();
    assertThat(w.releases().resolve("r2").resolve(Warehouse.UNCOMMITTED)).exists();

    assertThat(w.iceberg().load(BY_YEAR.name()).orElseThrow().snapshots()).as("staged before the stop")
        .anyMatch(s -> "r2".equals(s.summary().get(IcebergTables.RELEASE_PROPERTY)));

    w.begin("r3").abandon();
    assertThat(w.releases().resolve("r2")).as("the next run removes the uncommitted folder").doesNotExist();
    for (TableSpec spec : List.of(BY_YEAR, PLAIN)) {
      Table t = w.iceberg().load(spec.name()).orElseThrow();
      assertThat(t.snapshots()).as("and expires what it staged in " + spec.name())
          .noneMatch(s -> "r2".equals(s.summary().get(IcebergTables.RELEASE_PROPERTY)))
          .anyMatch(s -> "r1".equals(s.summary().get(IcebergTables.RELEASE_PROPERTY)));
    }
    assertThat(read(w, BY_YEAR, null)).containsExactly("23482|1.5|2022");
    assertThat(w.releases().resolve("r1")).isDirectory();
  }

  @Test
  void aRunKilledAfterItsLogEntryIsFinishedByTheNextRun() throws IOException {
    Warehouse w = new Warehouse(tmp.resolve("warehouse"));
    publish(w, "r1", rows("23482|1.5|2022"), plain("23482|first"));
    java.util.Map<String, Long> first = w.log().latest().orElseThrow().snapshots();
    publish(w, "r2", rows("23482|9.0|2022"), plain("23482|second"));
    // as a run killed right after its entry leaves it: main and the link still at r1
    w.iceberg().point("r1", first);
    Files.delete(w.currentLink());
    Files.createSymbolicLink(w.currentLink(), w.root().relativize(w.releases().resolve("r1")));
    assertThat(read(w, BY_YEAR, null)).containsExactly("23482|1.5|2022");

    w.begin("r3").abandon();
    assertThat(real(w.currentLink())).isEqualTo(real(w.releases().resolve("r2")));
    assertThat(read(w, BY_YEAR, null)).containsExactly("23482|9.0|2022");
    assertThat(read(w, PLAIN, null)).containsExactly("23482|second");
  }

  @Test
  void aColumnAddedToADeclarationIsAddedToTheTableAndOldSnapshotsKeepTheirSchema() {
    Warehouse w = new Warehouse(tmp.resolve("warehouse"));
    publish(w, "r1", rows("23482|1.5|2022"), plain("23482|first"));
    TableSpec wider = new TableSpec(PLAIN.name(), PLAIN.grain(), PLAIN.owner(),
        TableSpec.schema(TableSpec.key("area_code", StringType, "area"), TableSpec.col("note", StringType, "a note"),
            TableSpec.col("extra", StringType, "a later column")), List.of());
    Warehouse.Release r2 = w.begin("r2");
    r2.write(wider, SharedSpark.session().createDataFrame(List.of(RowFactory.create("23482", "second", "x")),
        wider.schema()));
    r2.writeManifest("{}");
    r2.publish();
    assertThat(read(w, wider, null)).containsExactly("23482|second|x");
    assertThat(read(w, PLAIN, "r1")).containsExactly("23482|first");
  }

  private static Dataset<Row> rows(String... lines) {
    List<Row> rows = new ArrayList<>();
    for (String l : lines) {
      String[] f = l.split("\\|");
      rows.add(RowFactory.create(f[0], Double.valueOf(f[1]), Integer.valueOf(f[2])));
    }
    return SharedSpark.session().createDataFrame(rows, BY_YEAR.schema());
  }

  private static Dataset<Row> plain(String... lines) {
    List<Row> rows = new ArrayList<>();
    for (String l : lines) rows.add(RowFactory.create((Object[]) l.split("\\|")));
    return SharedSpark.session().createDataFrame(rows, PLAIN.schema());
  }

  private static Warehouse.Release stage(Warehouse w, String id, Dataset<Row> byYear, Dataset<Row> plain) {
    Warehouse.Release r = w.begin(id);
    r.write(BY_YEAR, byYear);
    r.write(PLAIN, plain);
    r.writeManifest("{}");
    return r;
  }

  private static void publish(Warehouse w, String id, Dataset<Row> byYear, Dataset<Row> plain) {
    stage(w, id, byYear, plain).publish();
  }

  /** A table's rows through Iceberg's generic reader, at {@code main} or at a release's tag; sorted. */
  private static List<String> read(Warehouse w, TableSpec spec, String releaseTag) {
    Table t = w.iceberg().load(spec.name()).orElseThrow();
    var scan = IcebergGenerics.read(t);
    if (releaseTag != null) scan = scan.useSnapshot(t.refs().get(IcebergTables.TAG_PREFIX + releaseTag).snapshotId());
    TreeSet<String> out = new TreeSet<>();
    try (CloseableIterable<Record> records = scan.build()) {
      for (Record r : records) {
        List<String> f = new ArrayList<>();
        for (int i = 0; i < r.size(); i++) f.add(String.valueOf(r.get(i)));
        out.add(String.join("|", f));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return List.copyOf(out);
  }

  private static Path real(Path p) {
    try {
      return p.toRealPath();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
