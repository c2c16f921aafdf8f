package vn.binhdang.ingest;

import vn.binhdang.catalogue.RejectRule;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * A size and a time limit around each call of a {@link FileParser}, so that no single file can stop a
 * run: a file larger than {@link FileParser#maxBytes()}, or whose reading takes longer than
 * {@link #TIME_LIMIT}, is one {@code file_unsafe} reject, and a parser that throws (a bug: parsers turn
 * bad content into rejects) is one {@code file_unreadable} reject instead of a failed run. The parsers
 * are linear in the size of a file (the fuzz tests feed them a 100 MB line), so the time limit is a
 * guard, not a budget.
 */
public final class ParseGuard {
  private ParseGuard() {}

  public static final Duration TIME_LIMIT = Duration.ofMinutes(2);

  /** Reused daemon threads: one per file being read at a time on an executor. */
  private static final ExecutorService THREADS = Executors.newCachedThreadPool(r -> {
    Thread t = new Thread(r, "binhdang-parse");
    t.setDaemon(true);
    return t;
  });

  public static <T> FileParser.Result<T> parse(FileParser<T> parser, String name, byte[] content) {
    return parse(parser, name, content, TIME_LIMIT);
  }

  static <T> FileParser.Result<T> parse(FileParser<T> parser, String name, byte[] content, Duration limit) {
    if (content.length > parser.maxBytes()) {
      return refused(parser, name, content, RejectRule.FILE_UNSAFE, "the file is " + mb(content.length)
          + ", more than the " + mb(parser.maxBytes()) + " a file of this kind may have; refused (split it)");
    }
    Future<FileParser.Result<T>> f = THREADS.submit(() -> parser.parse(name, content));
    try {
      return f.get(limit.toMillis(), TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      f.cancel(true);
      return refused(parser, name, content, RejectRule.FILE_UNSAFE, "reading the file took more than "
          + limit.toSeconds() + " s and was stopped (a file of this kind reads in well under a second); refused");
    } catch (ExecutionException e) {
      Throwable cause = e.getCause() == null ? e : e.getCause();
      String m = cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage().lines().findFirst().orElse("");
      return refused(parser, name, content, RejectRule.FILE_UNREADABLE, "the file could not be read (" + m
          + "); save it again and resend it");
    } catch (InterruptedException e) {
      f.cancel(true);
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while reading " + name, e);
    }
  }

  private static <T> FileParser.Result<T> refused(FileParser<T> parser, String name, byte[] content, RejectRule rule,
      String message) {
    String sha = FileParser.sha256(content);
    return new FileParser.Result<>(name, sha, 1, List.of(), List.of(Reject.ofFile(parser.inputKind(), name, rule, message, sha)));
  }

  private static String mb(long bytes) {
    return bytes / (1024 * 1024) + " MB";
  }
}
