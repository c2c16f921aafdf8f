package vn.binhdang.pipeline;

import java.io.PrintStream;
import java.util.Locale;

/**
 * Console progress of a run: one line a step, with its time; silent when quiet. Subclasses may
 * watch the steps (tests use this to stop a run at a given step).
 */
public class Progress {
  private final PrintStream out;
  private final boolean quiet;
  private final long start = System.nanoTime();
  private long stepStart = start;
  private String step;
  private SparkWork work;
  private SparkWork.Snapshot stepWork;

  public Progress(PrintStream out, boolean quiet) {
    this.out = out;
    this.quiet = quiet;
  }

  public static Progress silent() {
    return new Progress(System.out, true);
  }

  /** Adds what Spark did to each step's line from now on ({@code run --profile}). */
  public void profile(SparkWork work) {
    this.work = work;
    this.stepWork = work.snapshot();
  }

  /** Ends the current step (printing its time) and starts the next. */
  public void step(String name) {
    finishStep();
    step = name;
    stepStart = System.nanoTime();
    if (work != null) stepWork = work.snapshot();
    if (!quiet) {
      out.print("  " + name + " …");
      out.flush();
    }
  }

  public void finishStep() {
    if (step != null && !quiet) {
      String spark = work == null ? "" : " (" + work.snapshot().minus(stepWork).describe() + ")";
      out.printf(Locale.ROOT, " %.1f s%s%n", seconds(stepStart), spark);
    }
    step = null;
  }

  /** A named point inside a step (a table's commit); nothing is printed. Tests watch these to stop a run there. */
  public void checkpoint(String name) {}

  /** A line of the summary; printed even when quiet is off only. */
  public void info(String line) {
    finishStep();
    if (!quiet) out.println(line);
  }

  /** A line printed whatever quiet says (where the results are). */
  public void result(String line) {
    finishStep();
    out.println(line);
  }

  public double elapsedSeconds() {
    return seconds(start);
  }

  private static double seconds(long since) {
    return (System.nanoTime() - since) / 1e9;
  }
}
