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
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import vn.binhdang.testing.CommandProcess;
import vn.binhdang.testing.SharedSpark;
import vn.binhdang.warehouse.Manifest;
import vn.binhdang.warehouse.ParquetFooters;
import vn.binhdang.warehouse.RunLock;
import vn.binhdang.warehouse.Warehouse;

/**
 * The real command in its own JVM, as a person runs it: an internal error is one line on the terminal
 * with the log file's path; a run killed with SIGKILL at any stage leaves the current release and the
 * earlier ones whole and the next run removes what it left; a second run on the same output folder
 * is refused in one line. Input: the small literature fixture.
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
