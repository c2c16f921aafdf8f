package vn.binhdang.warehouse;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.apache.hadoop.conf.Configuration;
import org.apache.parquet.hadoop.ParquetFileReader;
import org.apache.parquet.hadoop.util.HadoopInputFile;

/** Row counts read from Parquet footers: no Spark job, no data pages read. */
public final class ParquetFooters {
  private ParquetFooters() {}

  /** Sum of the row counts of every {@code *.parquet} file below {@code tableDir}. */
  public static long rowCount(Path tableDir) {
    Configuration conf = new Configuration();
    try (Stream<Path> files = Files.walk(tableDir)) {
      long rows = 0;
      for (Path f : files.filter(p -> p.getFileName().toString().endsWith(".parquet")).toList()) {
        var in = HadoopInputFile.fromPath(new org.apache.hadoop.fs.Path(f.toUri()), conf);
        try (ParquetFileReader reader = ParquetFileReader.open(in)) {
          rows += reader.getRecordCount();
        }
      }
      return rows;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the Parquet footers of " + tableDir, e);
    }
  }
}
