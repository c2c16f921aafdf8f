package vn.binhdang.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import picocli.CommandLine;
import vn.binhdang.catalogue.CatalogueException;
import vn.binhdang.pipeline.UserException;

/**
 * Turns exceptions into one line on stderr and an exit code. Problems the user can fix get their
 * message; anything else is a bug: one line, and the stack trace in a log file for the developers.
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
    String log = writeLog(ex);
    err.println("binhdang: internal error: " + oneLine(ex) + (log == null ? "" : " (details: " + log + ")"));
    return ExitCodes.INTERNAL;
  }

  /** The message to show when the cause is something the user can fix; null otherwise. */
  static String userMessage(Throwable ex) {
    for (Throwable t = ex; t != null; t = t.getCause()) {
      if (t instanceof UserException || t instanceof CatalogueException || t instanceof IllegalArgumentException
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

  private static String writeLog(Throwable ex) {
    try {
      Path log = Files.createTempFile("binhdang-error-", ".log");
      StringWriter sw = new StringWriter();
      ex.printStackTrace(new PrintWriter(sw));
      Files.writeString(log, sw.toString());
      return log.toString();
    } catch (IOException e) {
      return null;
    }
  }
}
