package vn.binhdang.exports;

import static org.apache.spark.sql.functions.abs;
import static org.apache.spark.sql.functions.broadcast;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.floor;
import static org.apache.spark.sql.functions.greatest;
import static org.apache.spark.sql.functions.isnan;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.log10;
import static org.apache.spark.sql.functions.pow;
import static org.apache.spark.sql.functions.round;
import static org.apache.spark.sql.functions.when;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import vn.binhdang.warehouse.TableSpec;
import vn.binhdang.warehouse.Tables;

/**
 * Writes the tables people open in a spreadsheet — the indicators and the marts — as CSV (one file per
 * table, UTF-8, header) and as one XLSX workbook (a sheet per table), into {@code <release>/exports/}, so
 * they are published with the release. Disclosure control applies: every column that could reveal a
 * hidden count is blank on suppressed rows ({@link TableSpec#publishable}); a {@code suppressed} column
 * says which. Text that a spreadsheet would run as a formula is neutralised ({@link FormulaGuard}).
 * Rows are streamed to the workbook, never collected.
 *
 * <p>For people rather than programs: every table with an {@code area_code} gets the area's names beside
 * it ({@code area_name_vi}, {@code area_name_en}), and every floating value is rounded to four significant
 * digits, whole digits always kept (28.571428… → 28.57, 11507.0 stays, 7.2608e-7 → 7.261e-7): more than any
 * page shows, without the binary noise of a double. The warehouse's Parquet keeps the full precision.
 */
public final class ExportsJob {
  private ExportsJob() {}

  public static final String FOLDER = "exports";
  public static final String WORKBOOK = "binhdang-exports.xlsx";
  /** An XLSX sheet holds at most 1,048,576 rows; larger tables are exported as CSV only. */
  static final long MAX_SHEET_ROWS = 1_048_575;

  public static final List<TableSpec> EXPORTED = List.of(Tables.DIM_INDICATOR, Tables.DIM_AREA, Tables.FCT_INDICATOR,
      Tables.MART_TARGET_STATUS, Tables.MART_TREND, Tables.MART_GENDER_GAP, Tables.MART_COMMUNE_COMPARE,
      Tables.MART_COMPLETENESS);

  /** Significant digits of an exported floating value. */
  static final int SIGNIFICANT = 4;

  /** Writes the exports of the release being staged in {@code releaseDir}. */
  public static void run(SparkSession spark, Path releaseDir) {
    Path dir = releaseDir.resolve(FOLDER);
    Dataset<Row> names = spark.read().parquet(releaseDir.resolve(Tables.DIM_AREA.name()).toString())
        .select(col("area_code"), col("name_vi").as("area_name_vi"), col("name_en").as("area_name_en"));
    try (SXSSFWorkbook wb = new SXSSFWorkbook(200)) {
      CellStyle header = wb.createCellStyle();
      Font bold = wb.createFont();
      bold.setBold(true);
      header.setFont(bold);
      for (TableSpec t : EXPORTED) {
        Dataset<Row> rows = FormulaGuard.neutraliseText(forPeople(
            t.publishable(spark.read().parquet(releaseDir.resolve(t.name()).toString()))
                .select(t.columns().stream().map(org.apache.spark.sql.functions::col)
                    .toArray(org.apache.spark.sql.Column[]::new)), t, names));
        Path csv = writeCsv(rows, dir, t.name());
        writeSheet(wb, header, t, rows.schema().fields(), csv);
      }
      Files.createDirectories(dir);
      try (OutputStream out = Files.newOutputStream(dir.resolve(WORKBOOK))) {
        wb.write(out);
      }
      wb.dispose();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the exports in " + dir, e);
    }
  }

  /** The area's names after {@code area_code} (not for dim_area, which has them), and rounded doubles. */
  static Dataset<Row> forPeople(Dataset<Row> rows, TableSpec t, Dataset<Row> names) {
    List<org.apache.spark.sql.Column> out = new java.util.ArrayList<>();
    boolean named = t != Tables.DIM_AREA && t.columns().contains("area_code");
    for (StructField f : rows.schema().fields()) {
      out.add(f.dataType().equals(DataTypes.DoubleType) ? rounded(col(f.name())).as(f.name()) : col(f.name()));
      if (named && f.name().equals("area_code")) {
        out.add(col("area_name_vi"));
        out.add(col("area_name_en"));
      }
    }
    Dataset<Row> in = named ? rows.join(broadcast(names), new String[] {"area_code"}, "left") : rows;
    return in.select(out.toArray(org.apache.spark.sql.Column[]::new));
  }

  /**
   * {@value #SIGNIFICANT} significant digits, whole digits kept: round(x · 10^s) / 10^s with
   * s = max(0, 3 − floor(log10 |x|)); dividing by an exact power of ten gives the double nearest the decimal,
   * so it prints as "28.57". Zero, NaN and null pass through.
   */
  static org.apache.spark.sql.Column rounded(org.apache.spark.sql.Column x) {
    org.apache.spark.sql.Column scale = greatest(lit(0), lit(SIGNIFICANT - 1).minus(floor(log10(abs(x)))));
    org.apache.spark.sql.Column p = pow(lit(10), scale);
    return when(x.isNull().or(x.equalTo(0)).or(isnan(x)).or(abs(x).lt(1e-290)), x)
        .otherwise(round(x.multiply(p)).divide(p));
  }

  /**
   * One CSV file: Spark writes a single part into a temporary folder, which is then renamed. Quotes inside
   * a field are doubled (RFC 4180, what Excel and every CSV reader expect), not Spark's default backslash.
   */
  static Path writeCsv(Dataset<Row> rows, Path dir, String name) throws IOException {
    Path tmp = dir.resolve("." + name + ".csv.parts");
    rows.coalesce(1).write().mode(SaveMode.Overwrite).option("header", "true").option("encoding", "UTF-8")
        .option("escape", "\"").option("emptyValue", "").csv(tmp.toString());
    try (Stream<Path> parts = Files.list(tmp)) {
      Path part = parts.filter(p -> p.getFileName().toString().endsWith(".csv")).findFirst()
          .orElseThrow(() -> new IOException("Spark wrote no CSV part for " + name));
      Files.move(part, dir.resolve(name + ".csv"));
    }
    try (Stream<Path> rest = Files.walk(tmp)) {
      for (Path p : rest.sorted(java.util.Comparator.reverseOrder()).toList()) Files.delete(p);
    }
    return dir.resolve(name + ".csv");
  }

  /**
   * The sheet of a table, streamed from the CSV just written rather than computed again by Spark (a second
   * job over the same plan: at 1,000 communes the exports took 84 s, half of it that recomputation). Each
   * field is typed back by the table's schema: numbers and true/false as such, dates as dates; an empty
   * field (null) is no cell.
   */
  static void writeSheet(SXSSFWorkbook wb, CellStyle header, TableSpec t, StructField[] fields, Path csv)
      throws IOException {
    SXSSFSheet sheet = wb.createSheet(t.name());
    org.apache.poi.ss.usermodel.Row h = sheet.createRow(0);
    for (int c = 0; c < fields.length; c++) {
      Cell cell = h.createCell(c);
      cell.setCellValue(fields[c].name());
      cell.setCellStyle(header);
    }
    sheet.createFreezePane(0, 1);
    try (java.io.Reader in = Files.newBufferedReader(csv, java.nio.charset.StandardCharsets.UTF_8);
        CSVParser parser = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).build().parse(in)) {
      int r = 1;
      for (Iterator<CSVRecord> it = parser.iterator(); it.hasNext() && r <= MAX_SHEET_ROWS; r++) {
        CSVRecord rec = it.next();
        org.apache.poi.ss.usermodel.Row x = sheet.createRow(r);
        for (int c = 0; c < fields.length && c < rec.size(); c++) {
          String v = rec.get(c);
          if (v.isEmpty()) continue;
          Cell cell = x.createCell(c);
          org.apache.spark.sql.types.DataType type = fields[c].dataType();
          if (type instanceof org.apache.spark.sql.types.NumericType) cell.setCellValue(Double.parseDouble(v));
          else if (type.equals(DataTypes.BooleanType)) cell.setCellValue(Boolean.parseBoolean(v));
          else if (type.equals(DataTypes.DateType)) cell.setCellValue(java.time.LocalDate.parse(v));
          else cell.setCellValue(v);
        }
      }
    }
  }
}
