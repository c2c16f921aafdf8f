package vn.binhdang.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.stream.Stream;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.core.LoggerContext;

/**
 * The log file of a run: {@code OUT/logs/<yyyyMMdd-HHmmss>-<pid>.log}, where Spark, Hadoop and the
 * stack traces of internal errors are written ({@code log4j2.properties} reads its name from the
 * system property {@code binhdang.log.file}). The last {@link #KEEP} logs are kept.
 */
final class LogFile {
  private LogFile() {}

  static final String PROPERTY = "binhdang.log.file";
  static final int KEEP = 20;
  private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

  /** Points the logging at a new file below {@code out/logs} and returns it; null if it cannot be made. */
  static Path start(Path out, String... args) {
    try {
      Path dir = Files.createDirectories(out.resolve("logs"));
      prune(dir);
      Path file = dir.resolve(LocalDateTime.now().format(STAMP) + "-" + ProcessHandle.current().pid() + ".log")
          .toAbsolutePath().normalize();
      System.setProperty(PROPERTY, file.toString());
      ((LoggerContext) LogManager.getContext(false)).reconfigure();
      // the first line makes the file (it is created on demand): the path printed at the end then exists
      LogManager.getLogger(LogFile.class).info("binhdang " + String.join(" ", args) + " (pid "
          + ProcessHandle.current().pid() + ", Java " + Runtime.version() + ")");
      return file;
    } catch (IOException | RuntimeException e) {
      return null; // logging stays in the temp folder; the run itself does not depend on it
    }
  }

  /** The file logging goes to now (the temp folder's binhdang.log when no run set one). */
  static Path current() {
    String p = System.getProperty(PROPERTY);
    return p != null ? Path.of(p) : Path.of(System.getProperty("java.io.tmpdir"), "binhdang.log");
  }

  private static void prune(Path dir) throws IOException {
    try (Stream<Path> logs = Files.list(dir)) {
      List<Path> old = logs.filter(p -> p.getFileName().toString().endsWith(".log")).sorted().toList();
      for (int i = 0; i < old.size() - (KEEP - 1); i++) Files.deleteIfExists(old.get(i));
    }
  }
}
