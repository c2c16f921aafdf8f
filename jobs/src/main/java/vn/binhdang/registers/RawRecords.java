package vn.binhdang.registers;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * The common shape of what the CSV and Parquet readers give, before validation: one row per record
 * with every register column as text ({@code raw_<column>}), its lineage and, when the record could
 * not even be split into fields, the structural problem; plus one row per file ({@code is_file})
 * with its checksum, size and the number of records read.
 */
final class RawRecords {
  private RawRecords() {}

  static final String PREFIX = "raw_";

  static StructType schema(Register r) {
    StructType s = new StructType()
        .add("is_file", DataTypes.BooleanType, false)
        .add("source_file", DataTypes.StringType, false)
        .add("file_sha256", DataTypes.StringType, true)
        .add("bytes", DataTypes.LongType, true)
        .add("rows_read", DataTypes.LongType, true)
        .add("line_number", DataTypes.LongType, true)
        .add("row_index", DataTypes.LongType, true)
        .add("source_location", DataTypes.StringType, true)
        .add("problem_rule", DataTypes.StringType, true)
        .add("problem_field", DataTypes.StringType, true)
        .add("problem_raw", DataTypes.StringType, true)
        .add("problem_message", DataTypes.StringType, true);
    for (String c : r.columns()) s = s.add(PREFIX + c, DataTypes.StringType, true);
    return s;
  }

  /** A record of a CSV file; {@code values} in the register's column order (null for a column the file lacks). */
  static Row csvRecord(String file, String sha, long line, String[] values) {
    return row(false, file, sha, null, null, line, null, "line " + line, null, null, null, null, values);
  }

  /** A CSV line that could not be read as a record: every field null, the problem set. */
  static Row csvProblem(String file, String sha, long line, String rule, String raw, String message, int columns) {
    return row(false, file, sha, null, null, line, null, "line " + line, rule, null, raw, message, new String[columns]);
  }

  /** A file that could not be read at all. */
  static Row fileProblem(String file, String sha, String rule, String message, int columns) {
    return row(false, file, sha, null, null, null, null, "file", rule, null, null, message, new String[columns]);
  }

  /** The summary row of one file. */
  static Row file(String file, String sha, long bytes, long rowsRead, int columns) {
    return row(true, file, sha, bytes, rowsRead, null, null, null, null, null, null, null, new String[columns]);
  }

  private static Row row(boolean isFile, String file, String sha, Long bytes, Long rowsRead, Long line, Long rowIndex,
      String location, String rule, String field, String raw, String message, String[] values) {
    List<Object> v = new ArrayList<>(12 + values.length);
    v.add(isFile);
    v.add(file);
    v.add(sha);
    v.add(bytes);
    v.add(rowsRead);
    v.add(line);
    v.add(rowIndex);
    v.add(location);
    v.add(rule);
    v.add(field);
    v.add(raw);
    v.add(message);
    for (String x : values) v.add(x);
    return RowFactory.create(v.toArray());
  }
}
