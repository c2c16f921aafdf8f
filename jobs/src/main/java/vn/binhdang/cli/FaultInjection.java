package vn.binhdang.cli;

import java.io.PrintStream;
import vn.binhdang.pipeline.Progress;

/**
 * A fault injected at a named step of a run, for the tests that check what a person sees when the
 * pipeline fails inside (one line on the terminal, the stack trace in the log, the last release
 * untouched): with {@code BINHDANG_FAIL_AT=fct_indicator} in the environment, the run throws an
 * internal error when that step starts. With {@code BINHDANG_HALT_AT="commit fct_indicator"} the JVM
 * halts at that checkpoint, as SIGKILL would stop it (no finally block, no shutdown hook), so a test
 * can kill a run between two table commits. Without the variables the progress is the plain one.
 */
final class FaultInjection {
  private FaultInjection() {}

  static final String VARIABLE = "BINHDANG_FAIL_AT";
  static final String HALT = "BINHDANG_HALT_AT";
  /** The exit status of a process killed with SIGKILL (128 + 9). */
  static final int KILLED = 137;

  /** The run's progress, failing at the step the environment names. */
  static Progress progress(PrintStream out, boolean quiet) {
    String at = System.getenv(VARIABLE);
    String halt = System.getenv(HALT);
    if ((at == null || at.isBlank()) && (halt == null || halt.isBlank())) return new Progress(out, quiet);
    return new Progress(out, quiet) {
      @Override
      public void step(String name) {
        super.step(name);
        if (name.equals(at)) throw new IllegalStateException("fault injected at step '" + name + "' (" + VARIABLE + ")");
      }

      @Override
      public void checkpoint(String name) {
        if (name.equals(halt)) Runtime.getRuntime().halt(KILLED);
      }
    };
  }
}
