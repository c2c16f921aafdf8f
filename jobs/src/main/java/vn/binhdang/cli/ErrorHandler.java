package vn.binhdang.cli;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import picocli.CommandLine;
import vn.binhdang.catalogue.CatalogueException;
import vn.binhdang.pipeline.UserException;

/**
 * Turns exceptions into one line on stderr and an exit code. Problems the user can fix get their
 * message; anything else is a bug: one line, and the stack trace in the run's log file ({@link LogFile}).
 */
final class ErrorHandler implements CommandLine.IExecutionExceptionHandler {

  @Override
  public int handleExecutionException(Exception ex, CommandLine cl, CommandLine.ParseResult parsed) {
    PrintWriter err = cl.getErr();
    String userMessage = userMessage(ex);
    if (userMessage != null) {
      err.println("binhdang: error: " + userMessage);
      return ExitCodes.INPUT;
    }
    err.println("binhdang: internal error: " + oneLine(ex) + " (details: " + log(ex, "internal error") + ")");
    return ExitCodes.INTERNAL;
  }

  /** Writes the stack trace to the run's log file and returns the file's path. */
  static Path log(Throwable ex, String what) {
    org.apache.logging.log4j.LogManager.getLogger(ErrorHandler.class).error(what, ex);
    return LogFile.current();
  }

  /**
   * For errors on threads other than the command's (Spark's own threads, a chart renderer): the stack
   * trace to the log file, one line to the terminal.
   */
  static void installForAllThreads(PrintStream err) {
    Thread.setDefaultUncaughtExceptionHandler((thread, ex) -> err.println("binhdang: internal error on thread "
        + thread.getName() + ": " + oneLine(ex) + " (details: " + log(ex, "uncaught on thread " + thread.getName()) + ")"));
  }

  /** The message to show when the cause is something the user can fix; null otherwise. */
  static String userMessage(Throwable ex) {
    for (Throwable t = ex; t != null; t = t.getCause()) {
      if (t instanceof UserException || t instanceof CatalogueException || t instanceof vn.binhdang.warehouse.RunLock.Busy || t instanceof IllegalArgumentException
          && t.getStackTrace().length > 0 && t.getStackTrace()[0].getClassName().startsWith("vn.binhdang")) {
        return t.getMessage();
      }
      if (t instanceof AccessDeniedException a) return "cannot read " + a.getFile() + " (permission denied)";
      if (t instanceof NoSuchFileException n) return "file not found: " + n.getFile();
    }
    return null;
  }

  private static String oneLine(Throwable ex) {
    Throwable root = ex;
    while (root.getCause() != null && root.getCause() != root) root = root.getCause();
    String m = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
    int nl = m.indexOf('\n');
    return nl < 0 ? m : m.substring(0, nl);
  }

}
