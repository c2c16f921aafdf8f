package vn.binhdang.warehouse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.attribute.PosixFilePermission;
import java.util.EnumSet;
import java.util.Set;
import org.apache.hadoop.fs.LocalFileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RawLocalFileSystem;
import org.apache.hadoop.fs.permission.FsPermission;
import org.apache.hadoop.io.nativeio.NativeIO;

/**
 * Hadoop's local file system with permissions set through {@code java.nio} instead of a {@code chmod} process.
 *
 * <p>Without Hadoop's native library (which the Maven jars do not ship) {@link RawLocalFileSystem#setPermission}
 * forks {@code chmod} for every file and folder a write creates: 650 processes in one sample run, found with Java
 * Flight Recorder's {@code jdk.ProcessStart} events (issue 9). The permissions set are the same; with the native
 * library loaded Hadoop's own call is kept. Checksums ({@code .crc}) are unchanged: this is still a
 * {@link LocalFileSystem}. Installed for {@code file:} by {@code spark.hadoop.fs.file.impl}.
 */
public final class NioLocalFileSystem extends LocalFileSystem {

  public NioLocalFileSystem() {
    super(new Raw());
  }

  /** The raw file system underneath the checksums. */
  static final class Raw extends RawLocalFileSystem {
    @Override
    public void setPermission(Path p, FsPermission permission) throws IOException {
      if (NativeIO.isAvailable()) {
        super.setPermission(p, permission);
        return;
      }
      Files.setPosixFilePermissions(pathToFile(p).toPath(), posix(permission.toShort()));
    }
  }

  /** The nine rwx bits of a mode (sticky, setuid and setgid have no {@link PosixFilePermission}). */
  static Set<PosixFilePermission> posix(int mode) {
    PosixFilePermission[] order = {
      PosixFilePermission.OTHERS_EXECUTE, PosixFilePermission.OTHERS_WRITE, PosixFilePermission.OTHERS_READ,
      PosixFilePermission.GROUP_EXECUTE, PosixFilePermission.GROUP_WRITE, PosixFilePermission.GROUP_READ,
      PosixFilePermission.OWNER_EXECUTE, PosixFilePermission.OWNER_WRITE, PosixFilePermission.OWNER_READ
    };
    Set<PosixFilePermission> out = EnumSet.noneOf(PosixFilePermission.class);
    for (int bit = 0; bit < order.length; bit++) {
      if ((mode & (1 << bit)) != 0) out.add(order[bit]);
    }
    return out;
  }
}
