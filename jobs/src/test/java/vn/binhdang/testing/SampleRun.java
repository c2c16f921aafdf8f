package vn.binhdang.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import vn.binhdang.charts.Lang;
import vn.binhdang.pipeline.Progress;
import vn.binhdang.pipeline.RunPipeline;

/** The pipeline run once per test JVM on the embedded sample; tests that read its release share it. */
public final class SampleRun {
  private SampleRun() {}

  private static RunPipeline.Outcome outcome;
  private static Path out;

  public static synchronized RunPipeline.Outcome outcome() {
    if (outcome == null) {
      try {
        out = Files.createTempDirectory("binhdang-sample-run");
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      outcome = RunPipeline.run(SharedSpark.session(), options(), Progress.silent());
    }
    return outcome;
  }

  /** The options of the shared run (same input and output folder). */
  public static RunPipeline.Options options() {
    outcomeDir();
    return new RunPipeline.Options(SharedSpark.repoRoot().resolve("data/sample"), out, null, 2023, "local[2]", Lang.VI);
  }

  public static synchronized Path outcomeDir() {
    if (out == null) outcome();
    return out;
  }
}
