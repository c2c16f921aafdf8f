package vn.binhdang.exports;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Date;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
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

  /** Writes the exports of the release being staged in {@code releaseDir}. */
  public static void run(SparkSession spark, Path releaseDir) {
    Path dir = releaseDir.resolve(FOLDER);
    try (SXSSFWorkbook wb = new SXSSFWorkbook(200)) {
      CellStyle header = wb.createCellStyle();
      Font bold = wb.createFont();
      bold.setBold(true);
      header.setFont(bold);
      for (TableSpec t : EXPORTED) {
        Dataset<Row> rows = FormulaGuard.neutraliseText(
            t.publishable(spark.read().parquet(releaseDir.resolve(t.name()).toString()))
                .select(t.columns().stream().map(org.apache.spark.sql.functions::col)
                    .toArray(org.apache.spark.sql.Column[]::new)));
        writeCsv(rows, dir, t.name());
        writeSheet(wb, header, t, rows);
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

  /**
   * One CSV file: Spark writes a single part into a temporary folder, which is then renamed. Quotes inside
   * a field are doubled (RFC 4180, what Excel and every CSV reader expect), not Spark's default backslash.
   */
  static void writeCsv(Dataset<Row> rows, Path dir, String name) throws IOException {
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
  }

  static void writeSheet(SXSSFWorkbook wb, CellStyle header, TableSpec t, Dataset<Row> rows) {
    SXSSFSheet sheet = wb.createSheet(t.name());
    org.apache.poi.ss.usermodel.Row h = sheet.createRow(0);
    StructField[] fields = t.schema().fields();
    for (int c = 0; c < fields.length; c++) {
      Cell cell = h.createCell(c);
      cell.setCellValue(fields[c].name());
      cell.setCellStyle(header);
    }
    sheet.createFreezePane(0, 1);
    int r = 1;
    for (Iterator<Row> it = rows.toLocalIterator(); it.hasNext() && r <= MAX_SHEET_ROWS; r++) {
      Row row = it.next();
      org.apache.poi.ss.usermodel.Row x = sheet.createRow(r);
      for (int c = 0; c < fields.length; c++) {
        Object v = row.get(c);
        if (v == null) continue;
        Cell cell = x.createCell(c);
        if (v instanceof Number n) cell.setCellValue(n.doubleValue());
        else if (v instanceof Boolean b) cell.setCellValue(b);
        else if (v instanceof Date d) cell.setCellValue(d.toLocalDate());
        else cell.setCellValue(v.toString());
      }
    }
  }
}
