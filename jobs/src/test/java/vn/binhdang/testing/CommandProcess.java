package vn.binhdang.testing;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * The real command line in its own JVM, as {@code bin/binhdang} starts it (Spark's module options from
 * {@code jvm.options}, this test run's classpath), with its terminal captured line by line: for the
 * tests of what a person sees, of killed runs and of concurrent runs.
 */
public final class CommandProcess implements AutoCloseable {
  private final Process process;
  private final List<String> out = Collections.synchronizedList(new ArrayList<>());
  private final List<String> err = Collections.synchronizedList(new ArrayList<>());
  private final Thread outReader;
  private final Thread errReader;

  private CommandProcess(Process process) {
    this.process = process;
    this.outReader = reader(process.getInputStream(), out);
    this.errReader = reader(process.getErrorStream(), err);
  }

  /** Starts {@code binhdang ARGS} with extra environment variables. */
  public static CommandProcess start(Map<String, String> env, String... args) {
    List<String> cmd = new ArrayList<>();
    cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    cmd.addAll(jvmOptions());
    cmd.add("-Xmx2g");
    cmd.add("-Dfile.encoding=UTF-8");
    cmd.add("-Djava.awt.headless=true");
    cmd.add("-Dbinhdang.home=" + SharedSpark.repoRoot());
    cmd.add("-cp");
    cmd.add(System.getProperty("java.class.path"));
    cmd.add("vn.binhdang.cli.Main");
    cmd.addAll(List.of(args));
    ProcessBuilder pb = new ProcessBuilder(cmd);
    pb.environment().put("SPARK_LOCAL_IP", "127.0.0.1");
    pb.environment().putAll(env);
    try {
      return new CommandProcess(pb.start());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static List<String> jvmOptions() {
    Path options = SharedSpark.repoRoot().resolve("jobs/target/classes/jvm.options");
    try {
      return List.of(Files.readString(options).replace("--add-modules=jdk.incubator.vector", "").trim().split("\\s+"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Thread reader(java.io.InputStream in, List<String> lines) {
    Thread t = new Thread(() -> {
      try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
        // progress prints "  step …" and its time on the same line: split at the ellipsis so a step is seen when it starts
        StringBuilder line = new StringBuilder();
        int c;
        while ((c = r.read()) >= 0) {
          if (c == '\n' || c == '…') {
            if (c == '…') line.append('…');
            lines.add(line.toString());
            line.setLength(0);
          } else {
            line.append((char) c);
          }
        }
        if (line.length() > 0) lines.add(line.toString());
      } catch (IOException e) {
        // the process was killed: what was read is kept
      }
    });
    t.setDaemon(true);
    t.start();
    return t;
  }

  /** Waits until a line of standard output matches (true), or the process ends or time runs out (false). */
  public boolean awaitOutput(Predicate<String> line, long seconds) throws InterruptedException {
    long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
    while (System.nanoTime() < end) {
      synchronized (out) {
        if (out.stream().anyMatch(line)) return true;
      }
      if (!process.isAlive()) {
        outReader.join(2000);
        synchronized (out) {
          return out.stream().anyMatch(line);
        }
      }
      Thread.sleep(20);
    }
    return false;
  }

  /** Sends SIGKILL and waits for the process to end. */
  public void kill() throws InterruptedException {
    process.destroyForcibly();
    process.waitFor(60, TimeUnit.SECONDS);
  }

  /** Waits for the exit code. */
  public int waitFor(long seconds) throws InterruptedException {
    if (!process.waitFor(seconds, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      throw new AssertionError("the command did not end within " + seconds + " s; output: " + out + " " + err);
    }
    outReader.join(5000);
    errReader.join(5000);
    return process.exitValue();
  }

  public List<String> stdout() {
    synchronized (out) {
      return List.copyOf(out);
    }
  }

  public List<String> stderr() {
    synchronized (err) {
      return List.copyOf(err);
    }
  }

  @Override
  public void close() {
    process.destroyForcibly();
  }
}
