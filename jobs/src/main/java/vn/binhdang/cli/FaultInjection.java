package vn.binhdang.cli;

import java.io.PrintStream;
import vn.binhdang.pipeline.Progress;

/**
 * A fault injected at a named step of a run, for the tests that check what a person sees when the
 * pipeline fails inside (one line on the terminal, the stack trace in the log, the last release
 * untouched): with {@code BINHDANG_FAIL_AT=fct_indicator} in the environment, the run throws an
 * internal error when that step starts. Without the variable the progress is the plain one.
 */
final class FaultInjection {
  private FaultInjection() {}

  static final String VARIABLE = "BINHDANG_FAIL_AT";

  /** The run's progress, failing at the step the environment names. */
  static Progress progress(PrintStream out, boolean quiet) {
    String at = System.getenv(VARIABLE);
    if (at == null || at.isBlank()) return new Progress(out, quiet);
    return new Progress(out, quiet) {
      @Override
      public void step(String name) {
        super.step(name);
        if (name.equals(at)) throw new IllegalStateException("fault injected at step '" + name + "' (" + VARIABLE + ")");
      }
    };
  }
}
