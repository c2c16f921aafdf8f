package vn.binhdang.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.iceberg.Table;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import vn.binhdang.testing.CommandProcess;
import vn.binhdang.testing.SharedSpark;
import vn.binhdang.warehouse.IcebergTables;
import vn.binhdang.warehouse.Manifest;
import vn.binhdang.warehouse.ParquetFooters;
import vn.binhdang.warehouse.ReleaseLog;
import vn.binhdang.warehouse.RunLock;
import vn.binhdang.warehouse.Warehouse;

/**
 * The real command in its own JVM, as a person runs it: an internal error is one line on the terminal
 * with the log file's path; a run killed with SIGKILL at any stage leaves the current release and the
 * earlier ones whole and the next run removes what it left; so does a run halted between two of its
 * Iceberg table commits, in every table's {@code main}; a second run on the same output folder is
 * refused in one line. Input: the small literature fixture.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CrashSafetyTest {
  private static final Path INPUT = SharedSpark.repoRoot().resolve("jobs/src/test/resources/fixtures/literature");
  @TempDir static Path out;

  private static CommandProcess run(Map<String, String> env) {
    return CommandProcess.start(env, "run", "--input", INPUT.toString(), "--out", out.toString(), "--master", "local[2]");
  }

  @Test
  @Order(1)
  void anInternalErrorIsOneLineWithTheLogFileAndTheStackTraceIsInTheLog() throws Exception {
    try (CommandProcess p = run(Map.of(FaultInjection.VARIABLE, "fct_indicator"))) {
      assertThat(p.waitFor(300)).isEqualTo(ExitCodes.INTERNAL);
      List<String> err = p.stderr().stream().filter(l -> !l.startsWith("WARNING: ")).toList(); // the JVM's own module notice
      assertThat(err).singleElement().asString()
          .startsWith("binhdang: internal error: fault injected at step 'fct_indicator' (BINHDANG_FAIL_AT) (details: "
              + out.resolve("logs").toAbsolutePath());
      String log = err.get(0).replaceFirst(".*\\(details: (.*)\\)$", "$1");
      assertThat(Files.readString(Path.of(log))).contains("java.lang.IllegalStateException: fault injected")
          .contains("\tat vn.binhdang.cli.FaultInjection");
      assertThat(String.join("\n", p.stdout()) + String.join("\n", p.stderr()))
          .doesNotContain("\tat ").doesNotContain("Exception").doesNotContain(" WARN ").doesNotContain(" ERROR ");
      assertThat(p.stdout()).anyMatch(l -> l.contains("fct_indicator"));
    }
    assertThat(new Warehouse(out.resolve("warehouse")).current()).isEmpty();
  }

  @Test
  @Order(2)
  void aRunKilledAtAnyStageLeavesEveryReleaseWholeAndTheNextRunCleansUp() throws Exception {
    try (CommandProcess first = run(Map.of())) {
      assertThat(first.waitFor(300)).as(String.join("\n", first.stderr())).isZero();
      assertThat(first.stderr()).noneMatch(l -> l.contains("\tat ") || l.contains("Exception"));
      String log = first.stdout().stream().filter(l -> l.startsWith("Log of Spark and Hadoop: ")).findFirst()
          .orElseThrow().substring("Log of Spark and Hadoop: ".length());
      assertThat(Path.of(log)).as("the log the run names exists").isRegularFile();
    }
    Warehouse w = new Warehouse(out.resolve("warehouse"));
    Path firstRelease = w.current().orElseThrow();
    String before = digest(firstRelease);

    for (String stage : List.of("staging and validating counts", "fct_indicator", "chart pack", "publishing")) {
      try (CommandProcess p = run(Map.of())) {
        assertThat(p.awaitOutput(l -> l.contains(stage + " …"), 300)).as("reached " + stage).isTrue();
        p.kill();
      }
      Path current = w.current().orElseThrow();
      assertWhole(current);
      assertThat(digest(firstRelease)).as("the first release after a kill at " + stage).isEqualTo(before);
      if (!stage.equals("publishing")) { // killed while publishing, the run may have finished its switch
        try (Stream<Path> s = Files.list(out.resolve("warehouse/.staging"))) {
          assertThat(s.count()).as("the run killed at " + stage + " left its staging folder; the earlier ones are gone")
              .isEqualTo(1);
        }
        assertThat(current).isEqualTo(firstRelease);
      }
    }

    try (CommandProcess last = run(Map.of())) {
      assertThat(last.waitFor(300)).isZero();
    }
    try (Stream<Path> s = Files.list(out.resolve("warehouse/.staging"))) {
      assertThat(s.toList()).as("the next run removes what killed runs left").isEmpty();
    }
    assertWhole(w.current().orElseThrow());
    assertThat(digest(firstRelease)).isEqualTo(before);
  }

  @Test
  @Order(3)
  void aRunKilledBetweenTwoTableCommitsLeavesTheCurrentReleaseWholeInEveryTable() throws Exception {
    Warehouse w = new Warehouse(out.resolve("warehouse"));
    Path before = w.current().orElseThrow();
    String digest = digest(before);
    ReleaseLog.Entry committed = w.log().latest().orElseThrow();
    try (CommandProcess p = run(Map.of(FaultInjection.HALT, "commit fct_indicator"))) {
      assertThat(p.waitFor(300)).as("halted as SIGKILL would").isEqualTo(FaultInjection.KILLED);
    }
    assertThat(w.log().entries()).as("no log entry for the killed run").last().isEqualTo(committed);
    assertThat(w.current()).contains(before);
    assertWhole(before);
    assertThat(digest(before)).isEqualTo(digest);
    String killed;
    try (Stream<Path> s = Files.list(w.releases())) {
      killed = s.filter(d -> Files.exists(d.resolve("_UNCOMMITTED"))).map(d -> d.getFileName().toString())
          .findFirst().orElseThrow();
    }
    Manifest m = Manifest.fromJson(Files.readString(before.resolve(Warehouse.MANIFEST)));
    for (Manifest.Table t : m.tables()) {
      Table table = w.iceberg().load(t.name()).orElseThrow();
      assertThat(table.currentSnapshot().snapshotId()).as("main of " + t.name())
          .isEqualTo(committed.snapshots().get(t.name()));
      assertThat(Long.parseLong(table.currentSnapshot().summary().get("total-records")))
          .as("rows of " + t.name() + " in its main snapshot").isEqualTo(t.rows());
    }
    long stagedByTheKilledRun = m.tables().stream().map(t -> w.iceberg().load(t.name()).orElseThrow())
        .filter(tb -> java.util.stream.StreamSupport.stream(tb.snapshots().spliterator(), false)
            .anyMatch(sn -> killed.equals(sn.summary().get(IcebergTables.RELEASE_PROPERTY))))
        .count();
    assertThat(stagedByTheKilledRun).as("tables the killed run committed before the halt, staged off main").isPositive();

    w.begin("after-the-kill").abandon(); // what the next run does first
    assertThat(w.releases().resolve(killed)).doesNotExist();
    assertThat(digest(before)).isEqualTo(digest);
  }

  @Test
  @Order(4)
  void releasesListsTheLogAndRollbackMakesTheFirstReleaseCurrentWithItsOutputs() throws Exception {
    Warehouse w = new Warehouse(out.resolve("warehouse"));
    List<ReleaseLog.Entry> log = w.log().entries();
    String first = log.get(0).release();
    String last = log.get(log.size() - 1).release();
    try (CommandProcess p = CommandProcess.start(Map.of(), "releases", "--out", out.toString())) {
      assertThat(p.waitFor(60)).isZero();
      assertThat(p.stdout()).hasSize(1 + log.size());
      assertThat(p.stdout().get(1)).contains(first).contains("publish");
      assertThat(p.stdout().get(log.size())).contains(last).endsWith("← current");
    }
    try (CommandProcess p = CommandProcess.start(Map.of(), "rollback", first, "--out", out.toString())) {
      assertThat(p.waitFor(60)).isZero();
      assertThat(p.stdout()).containsExactly("Release " + first + " is current again (log entry " + (log.size() + 1)
          + ", " + log.get(0).snapshots().size() + " tables).");
    }
    Path firstDir = w.releases().resolve(first).toRealPath();
    assertThat(w.current()).contains(firstDir);
    assertThat(out.resolve("chart-pack-2023-vi.pdf").toRealPath().startsWith(firstDir)).as("the pack follows").isTrue();
    for (var e : log.get(0).snapshots().entrySet()) {
      assertThat(w.iceberg().mainSnapshot(e.getKey())).as(e.getKey()).contains(e.getValue());
    }
    try (CommandProcess p = CommandProcess.start(Map.of(), "rollback", "no-such-release", "--out", out.toString())) {
      assertThat(p.waitFor(60)).isEqualTo(ExitCodes.INPUT);
      assertThat(p.stderr().stream().filter(l -> !l.startsWith("WARNING: ")).toList()).singleElement().asString()
          .startsWith("binhdang: error: no release no-such-release in ");
    }
  }

  @Test
  @Order(5)
  void aSecondRunOnTheSameOutputFolderIsRefusedInOneLine() throws Exception {
    try (RunLock held = RunLock.acquire(out); CommandProcess p = run(Map.of())) {
      assertThat(p.waitFor(120)).isEqualTo(ExitCodes.INPUT);
      assertThat(p.stderr().stream().filter(l -> !l.startsWith("WARNING: ")).toList()).singleElement().asString()
          .startsWith("binhdang: error: another run is writing to " + out.toAbsolutePath().normalize() + " (pid "
              + ProcessHandle.current().pid() + ", started ")
          .endsWith("); wait for it to finish, or give this run another --out");
    }
  }

  /** A release with its manifest, every table it lists, and as many rows in each as the manifest says. */
  private static void assertWhole(Path release) throws IOException {
    Manifest m = Manifest.fromJson(Files.readString(release.resolve(Warehouse.MANIFEST)));
    assertThat(m.tables()).isNotEmpty();
    for (Manifest.Table t : m.tables()) {
      assertThat(ParquetFooters.rowCount(release.resolve(t.name()))).as(release + " " + t.name()).isEqualTo(t.rows());
    }
    assertThat(release.resolve("outputs")).isDirectory();
  }

  /** SHA-256 over every file of a folder, names and bytes. */
  private static String digest(Path dir) throws Exception {
    MessageDigest md = MessageDigest.getInstance("SHA-256");
    try (Stream<Path> s = Files.walk(dir)) {
      for (Path p : s.filter(Files::isRegularFile).sorted().toList()) {
        md.update(dir.relativize(p).toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
        md.update(Files.readAllBytes(p));
      }
    }
    return HexFormat.of().formatHex(md.digest());
  }
}
