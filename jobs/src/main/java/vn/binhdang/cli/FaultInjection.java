package vn.binhdang.cli;

import vn.binhdang.pipeline.Progress;

/**
 * A fault injected at a named step of a run, for the tests that check what a person sees when the
 * pipeline fails inside (one line on the terminal, the stack trace in the log, the last release
 * untouched): with {@code BINHDANG_FAIL_AT=fct_indicator} in the environment, the run throws an
 * internal error when that step starts. Without the variable the progress is unchanged.
 */
final class FaultInjection {
  private FaultInjection() {}

  static final String VARIABLE = "BINHDANG_FAIL_AT";

  static Progress wrap(Progress progress) {
    String at = System.getenv(VARIABLE);
    if (at == null || at.isBlank()) return progress;
    return new Progress(System.out, false) {
      @Override
      public void step(String name) {
        progress.step(name);
        if (name.equals(at)) throw new IllegalStateException("fault injected at step '" + name + "' (" + VARIABLE + ")");
      }

      @Override
      public void finishStep() {
        progress.finishStep();
      }

      @Override
      public void info(String line) {
        progress.info(line);
      }

      @Override
      public void result(String line) {
        progress.result(line);
      }

      @Override
      public double elapsedSeconds() {
        return progress.elapsedSeconds();
      }
    };
  }
}
