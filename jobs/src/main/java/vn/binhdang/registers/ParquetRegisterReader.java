package vn.binhdang.registers;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.element_at;
import static org.apache.spark.sql.functions.regexp_extract;
import static org.apache.spark.sql.functions.split;
import static org.apache.spark.sql.functions.when;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.expr;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.sha2;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocatedFileStatus;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RemoteIterator;
import org.apache.parquet.hadoop.ParquetFileReader;
import org.apache.parquet.hadoop.util.HadoopInputFile;
import org.apache.parquet.schema.LogicalTypeAnnotation;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.PrimitiveType;
import org.apache.parquet.schema.Type;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import vn.binhdang.ingest.BinaryFiles;
import vn.binhdang.catalogue.RejectRule;

/**
 * Reads a register's Parquet files into {@link RawRecords}. Each file's footer is read on the
 * driver (metadata only: its columns, their types and its row count); files with the same column
 * types are read together by Spark with that declared schema, and every register column is turned
 * to text so the same SQL checks apply as for CSV. A file whose column has another type than the
 * documented one is therefore not a failure: a DATE written as text is parsed, a text in a number
 * column is rejected per row ({@code not_a_number}). A missing column or a nested one rejects every
 * row of the file ({@code bad_header}); a file that is not Parquet is one {@code file_unreadable}
 * reject. Records are located by {@code _metadata.row_index} (from 0), correct across splits.
 */
final class ParquetRegisterReader {
  private ParquetRegisterReader() {}

  /** Recorded when a file listed on the driver was not found again by the checksum reader (it vanished meanwhile). */
  static final String UNKNOWN_SHA = "unknown";

  /** The columns a Parquet register file is expected to have, with their documented types. */
  static StructType declaredSchema(Register r) {
    StructType s = new StructType();
    for (String c : r.columns()) s = s.add(c, declaredType(c), true);
    return s;
  }

  static DataType declaredType(String column) {
    if (column.endsWith("_date")) return DataTypes.DateType;
    return switch (column) {
      case "mother_age", "age", "school_year", "survey_year" -> DataTypes.IntegerType;
      case "completed", "employed" -> DataTypes.BooleanType;
      case "weight" -> DataTypes.DoubleType;
      default -> DataTypes.StringType;
    };
  }

  /** A Parquet file of the register folder, as listed and as its footer says. */
  record FileInfo(String path, String name, long bytes, long rows, Map<String, DataType> columns, String problem,
      String problemRule) {}

  static Dataset<Row> read(SparkSession spark, String registerDir, String rootPrefix, Register r) {
    List<FileInfo> files = list(spark, registerDir, rootPrefix, r);
    StructType rawSchema = RawRecords.schema(r);
    if (files.isEmpty()) return spark.createDataFrame(List.of(), rawSchema);

    // checksums on the executors (whole files, like the CSV reader)
    Dataset<Row> sums = spark.read().format("binaryFile")
        .option("pathGlobFilter", "*.parquet").option("recursiveFileLookup", "true").load(registerDir)
        .select(col("path").as("_path"), sha2(col("content"), 256).as("_sha"));

    List<Row> fileRows = new ArrayList<>();
    List<Row> problemRows = new ArrayList<>();
    Map<Map<String, DataType>, List<FileInfo>> groups = new LinkedHashMap<>();
    int width = r.columns().size();
    for (FileInfo f : files) {
      boolean unreadable = f.problemRule() != null && f.problemRule().equals(RejectRule.FILE_UNREADABLE.code());
      fileRows.add(RowFactory.create(f.path(), f.name(), f.bytes(), unreadable ? 1L : f.rows()));
      if (unreadable) {
        problemRows.add(withPath(RawRecords.fileProblem(f.name(), null, f.problemRule(), f.problem(), width), f.path()));
      } else {
        groups.computeIfAbsent(f.columns(), k -> new ArrayList<>()).add(f);
      }
    }
    StructType fileSchema = new StructType().add("_path", DataTypes.StringType).add("source_file", DataTypes.StringType)
        .add("bytes", DataTypes.LongType).add("rows_read", DataTypes.LongType);
    Dataset<Row> fileTable = spark.createDataFrame(fileRows, fileSchema).join(sums, new String[] {"_path"}, "left")
        .withColumn("_sha", coalesce(col("_sha"), lit(UNKNOWN_SHA)));
    Dataset<Row> shaByFile = org.apache.spark.sql.functions.broadcast(fileTable.select(col("_path"), col("_sha")));

    List<String> rawColumns = List.of(rawSchema.fieldNames());
    Dataset<Row> records = null;
    for (List<FileInfo> group : groups.values()) {
      Dataset<Row> g = readGroup(spark, group, r, rootPrefix);
      records = records == null ? g : records.unionByName(g);
    }
    Dataset<Row> problems = spark.createDataFrame(problemRows, withPathSchema(rawSchema));
    Dataset<Row> all = records == null ? problems : records.unionByName(problems);
    Dataset<Row> located = all.join(shaByFile, new String[] {"_path"}, "left").withColumn("file_sha256", col("_sha"));

    Dataset<Row> summaries = fileTable.select(lit(true).as("is_file"), col("source_file"), col("_sha").as("file_sha256"),
        col("bytes"), col("rows_read"));
    for (String c : rawColumns) {
      if (!List.of(summaries.columns()).contains(c)) summaries = summaries.withColumn(c, lit(null).cast(rawSchema.apply(c).dataType()));
    }
    return located.select(rawColumns.stream().map(org.apache.spark.sql.functions::col).toArray(Column[]::new))
        .unionByName(summaries.select(rawColumns.stream().map(org.apache.spark.sql.functions::col).toArray(Column[]::new)));
  }

  /** Reads files of one column signature; every register column becomes text. */
  private static Dataset<Row> readGroup(SparkSession spark, List<FileInfo> group, Register r, String rootPrefix) {
    Map<String, DataType> types = group.get(0).columns();
    StructType schema = new StructType();
    for (Map.Entry<String, DataType> e : types.entrySet()) {
      if (e.getValue() != null) schema = schema.add(e.getKey(), e.getValue(), true);
    }
    String[] paths = group.stream().map(FileInfo::path).toArray(String[]::new);
    Dataset<Row> df = spark.read().schema(schema).parquet(paths)
        .select(col("*"), col("_metadata.row_index").as("_row_index"),
            expr("try_url_decode(replace(_metadata.file_path, '+', '%2B'))").as("_path"));
    String missing = r.missingColumns(types.entrySet().stream().filter(e -> e.getValue() != null).map(Map.Entry::getKey)
        .toList());
    String nested = types.entrySet().stream().filter(e -> e.getValue() == null).map(Map.Entry::getKey)
        .reduce((a, b) -> a + ", " + b).orElse(null);
    String problem = missing != null ? missing
        : nested != null ? "column " + nested + " is not a plain Parquet column (a list, map or group); "
            + "write one value per row" : null;

    List<Column> out = new ArrayList<>();
    out.add(lit(false).as("is_file"));
    out.add(relativeName(col("_path"), rootPrefix).as("source_file"));
    out.add(lit(null).cast("string").as("file_sha256"));
    out.add(lit(null).cast("long").as("bytes"));
    out.add(lit(null).cast("long").as("rows_read"));
    out.add(lit(null).cast("long").as("line_number"));
    out.add(col("_row_index").as("row_index"));
    out.add(concat(lit("row "), col("_row_index").cast("string")).as("source_location"));
    out.add(lit(problem == null ? null : RejectRule.BAD_HEADER.code()).cast("string").as("problem_rule"));
    out.add(lit(null).cast("string").as("problem_field"));
    out.add(lit(null).cast("string").as("problem_raw"));
    out.add(lit(problem).cast("string").as("problem_message"));
    for (String c : r.columns()) {
      DataType t = types.get(c);
      out.add((t == null ? lit(null).cast("string") : col(c).cast("string")).as(RawRecords.PREFIX + c));
    }
    out.add(col("_path"));
    return df.select(out.toArray(Column[]::new));
  }

  /** The file name relative to the input folder, as the CSV reader gives it ("registers/births/2021.parquet"). */
  static Column relativeName(Column path, String rootPrefix) {
    Column below = regexp_extract(path, ".*/(" + Pattern.quote(rootPrefix) + ".*)$", 1);
    return when(below.notEqual(""), below).otherwise(element_at(split(path, "/"), -1));
  }

  private static Row withPath(Row r, String path) {
    Object[] v = new Object[r.size() + 1];
    for (int i = 0; i < r.size(); i++) v[i] = r.get(i);
    v[r.size()] = path;
    return RowFactory.create(v);
  }

  private static StructType withPathSchema(StructType s) {
    return s.add("_path", DataTypes.StringType, true);
  }

  // ---- listing and footers (driver) ----------------------------------------------------------

  private static final Pattern HIDDEN = Pattern.compile("(^|/)[._][^/]*(/|$)");

  static List<FileInfo> list(SparkSession spark, String registerDir, String rootPrefix, Register r) {
    Configuration conf = spark.sparkContext().hadoopConfiguration();
    Path dir = new Path(registerDir);
    List<FileInfo> out = new ArrayList<>();
    try {
      FileSystem fs = dir.getFileSystem(conf);
      if (!fs.exists(dir)) return out;
      String root = fs.makeQualified(dir).toString();
      RemoteIterator<LocatedFileStatus> it = fs.listFiles(dir, true);
      while (it.hasNext()) {
        LocatedFileStatus s = it.next();
        String path = s.getPath().toString();
        String below = path.startsWith(root) ? path.substring(root.length()) : s.getPath().getName();
        if (!s.isFile() || s.getLen() == 0 || !s.getPath().getName().toLowerCase(Locale.ROOT).endsWith(".parquet")
            || HIDDEN.matcher(below).find()) {
          continue;
        }
        out.add(footer(conf, s, BinaryFiles.relativeName(path, rootPrefix), r));
      }
    } catch (IOException e) {
      throw new java.io.UncheckedIOException("cannot list " + registerDir + ": " + e.getMessage(), e);
    }
    out.sort(java.util.Comparator.comparing(FileInfo::name));
    return out;
  }


  private static FileInfo footer(Configuration conf, LocatedFileStatus s, String name, Register r) {
    String path = s.getPath().toString();
    try (ParquetFileReader reader = ParquetFileReader.open(HadoopInputFile.fromStatus(s, conf))) {
      MessageType schema = reader.getFooter().getFileMetaData().getSchema();
      Map<String, Type> byName = new LinkedHashMap<>();
      for (Type t : schema.getFields()) byName.putIfAbsent(t.getName().toLowerCase(Locale.ROOT), t);
      Map<String, DataType> columns = new LinkedHashMap<>();
      for (String c : r.columns()) {
        Type t = byName.get(c);
        if (t != null) columns.put(c, sparkType(t));
      }
      return new FileInfo(path, name, s.getLen(), reader.getRecordCount(), columns, null, null);
    } catch (IOException | RuntimeException e) {
      String why = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage().replace('\n', ' ');
      return new FileInfo(path, name, s.getLen(), 1, Map.of(), "not a readable Parquet file: " + why,
          RejectRule.FILE_UNREADABLE.code());
    }
  }

  /** The Spark type to read a Parquet column as; null for a nested or repeated column. */
  static DataType sparkType(Type t) {
    if (!t.isPrimitive() || t.isRepetition(Type.Repetition.REPEATED)) return null;
    PrimitiveType p = t.asPrimitiveType();
    LogicalTypeAnnotation a = p.getLogicalTypeAnnotation();
    switch (p.getPrimitiveTypeName()) {
      case BOOLEAN:
        return DataTypes.BooleanType;
      case INT32:
        if (a instanceof LogicalTypeAnnotation.DateLogicalTypeAnnotation) return DataTypes.DateType;
        if (a instanceof LogicalTypeAnnotation.DecimalLogicalTypeAnnotation d) return DataTypes.createDecimalType(d.getPrecision(), d.getScale());
        if (a instanceof LogicalTypeAnnotation.IntLogicalTypeAnnotation i && !i.isSigned()) return DataTypes.LongType;
        return DataTypes.IntegerType;
      case INT64:
        if (a instanceof LogicalTypeAnnotation.TimestampLogicalTypeAnnotation ts) {
          return ts.isAdjustedToUTC() ? DataTypes.TimestampType : DataTypes.TimestampNTZType;
        }
        if (a instanceof LogicalTypeAnnotation.DecimalLogicalTypeAnnotation d) return DataTypes.createDecimalType(d.getPrecision(), d.getScale());
        if (a instanceof LogicalTypeAnnotation.IntLogicalTypeAnnotation i && !i.isSigned()) return DataTypes.createDecimalType(20, 0);
        return DataTypes.LongType;
      case INT96:
        return DataTypes.TimestampType;
      case FLOAT:
        return DataTypes.FloatType;
      case DOUBLE:
        return DataTypes.DoubleType;
      case BINARY:
      case FIXED_LEN_BYTE_ARRAY:
        if (a instanceof LogicalTypeAnnotation.DecimalLogicalTypeAnnotation d) return DataTypes.createDecimalType(d.getPrecision(), d.getScale());
        if (a instanceof LogicalTypeAnnotation.StringLogicalTypeAnnotation
            || a instanceof LogicalTypeAnnotation.EnumLogicalTypeAnnotation
            || a instanceof LogicalTypeAnnotation.JsonLogicalTypeAnnotation) {
          return DataTypes.StringType;
        }
        return p.getPrimitiveTypeName() == PrimitiveType.PrimitiveTypeName.BINARY ? DataTypes.BinaryType : null;
      default:
        return null;
    }
  }
}
