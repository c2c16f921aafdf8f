package vn.binhdang.warehouse;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;

/**
 * One run at a time on an output folder: an operating-system lock on {@code OUT/.lock}. The system
 * releases it when the process ends in any way, SIGKILL included, so a killed run never leaves it
 * stuck; the file itself stays and only says who held it last (pid and start time, for the message).
 */
public final class RunLock implements AutoCloseable {
  public static final String FILE = ".lock";

  private final FileChannel channel;
  private final FileLock lock;

  private RunLock(FileChannel channel, FileLock lock) {
    this.channel = channel;
    this.lock = lock;
  }

  /**
   * Takes the lock of {@code out}, creating the folder if needed.
   *
   * @throws Busy when another run holds it
   */
  public static RunLock acquire(Path out) {
    Path file = out.resolve(FILE);
    FileChannel ch = null;
    try {
      Files.createDirectories(out);
      ch = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
      FileLock lock;
      try {
        lock = ch.tryLock();
      } catch (OverlappingFileLockException e) {
        lock = null; // held by this very process (a run within a run)
      }
      if (lock == null) {
        String holder = holder(ch);
        ch.close();
        throw new Busy(out, holder);
      }
      ch.truncate(0);
      ch.write(ByteBuffer.wrap(("pid " + ProcessHandle.current().pid() + ", started " + Instant.now() + "\n")
          .getBytes(StandardCharsets.UTF_8)));
      ch.force(false);
      return new RunLock(ch, lock);
    } catch (IOException e) {
      try {
        if (ch != null) ch.close();
      } catch (IOException ignored) {
        // the lock was not taken; nothing to release
      }
      throw new UncheckedIOException("cannot lock " + file + ": " + e.getMessage(), e);
    }
  }

  private static String holder(FileChannel ch) throws IOException {
    ByteBuffer b = ByteBuffer.allocate(200);
    ch.read(b, 0);
    String s = new String(b.array(), 0, b.position(), StandardCharsets.UTF_8).strip();
    return s.isEmpty() ? "another process" : s;
  }

  @Override
  public void close() {
    try {
      lock.release();
      channel.close();
    } catch (IOException e) {
      // the system releases the lock when the process ends
    }
  }

  /** Another run is writing to the same output folder. */
  public static final class Busy extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Busy(Path out, String holder) {
      super("another run is writing to " + out.toAbsolutePath().normalize() + " (" + holder
          + "); wait for it to finish, or give this run another --out");
    }
  }
}
