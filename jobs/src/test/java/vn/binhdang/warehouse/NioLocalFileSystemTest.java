package vn.binhdang.warehouse;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FSDataOutputStream;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.permission.FsPermission;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NioLocalFileSystemTest {

  @TempDir Path tmp;

  @Test
  void modesBecomeThePosixPermissionsChmodWouldSet() {
    assertThat(PosixFilePermissions.toString(NioLocalFileSystem.posix(0644))).isEqualTo("rw-r--r--");
    assertThat(PosixFilePermissions.toString(NioLocalFileSystem.posix(0755))).isEqualTo("rwxr-xr-x");
    assertThat(PosixFilePermissions.toString(NioLocalFileSystem.posix(01777))).isEqualTo("rwxrwxrwx");
    assertThat(NioLocalFileSystem.posix(0)).isEmpty();
  }

  @Test
  void filesWrittenThroughHadoopGetTheirPermissionsAndChecksums() throws Exception {
    Configuration conf = new Configuration();
    conf.set("fs.file.impl", NioLocalFileSystem.class.getName());
    conf.setBoolean("fs.file.impl.disable.cache", true);
    FileSystem fs = FileSystem.get(tmp.toUri(), conf);
    assertThat(fs).isInstanceOf(NioLocalFileSystem.class);
    org.apache.hadoop.fs.Path file = new org.apache.hadoop.fs.Path(tmp.toUri().toString(), "a/b.txt");
    try (FSDataOutputStream out = fs.create(file)) {
      out.writeBytes("xin chào");
    }
    fs.setPermission(file, new FsPermission((short) 0640));
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(tmp.resolve("a/b.txt"))))
        .isEqualTo("rw-r-----");
    assertThat(tmp.resolve("a/.b.txt.crc")).exists();
    assertThat(fs.getFileStatus(file).getPermission().toShort()).isEqualTo((short) 0640);
  }
}
