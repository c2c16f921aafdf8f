package vn.binhdang.quality;

import static org.apache.spark.sql.functions.broadcast;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.expr;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.regexp_extract;
import static org.apache.spark.sql.functions.when;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import vn.binhdang.exports.FormulaGuard;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import vn.binhdang.catalogue.Area;
import vn.binhdang.catalogue.Catalogue;

/**
 * The rejects report a statistician sends back to the reporting communes: {@code rejects-<year>.xlsx} and
 * {@code rejects-<year>.csv}, in Vietnamese, every row of the {@code rejects} table with the file, the line or
 * sheet!cell, the field, the raw value, what is wrong and how to fix it.
 *
 * <p>Workbook: a first sheet "Tổng hợp" (rejects and files per area, every commune and the district listed, 0
 * where nothing was rejected), then one sheet per area with rejects — the communes in catalogue order, the
 * district, and "Khác" for rejects without an area or outside the district (a file refused as a whole, the
 * national series) — each grouped by file (a bold "Tệp: …" row, then its rejects by line or cell). Columns:
 * Tệp, Vị trí, Trường, Giá trị, Lỗi, Cách sửa, Mã lỗi. Each commune and the district also get a workbook of their
 * own in {@code by-area/} ({@code rejects-2023-23482.xlsx}): their sheet alone, or a line saying nothing was
 * rejected, to be sent back to that area without the others' rows. The CSV has the same rows with the area in front, UTF-8
 * with a byte-order mark so that Excel shows the Vietnamese correctly.
 *
 * <p>The texts are data ({@code rejects-report-vi.csv}; data-quality rules use {@code description_vi} of
 * {@code dq_rules.csv}). Rows are streamed from Spark ({@code toLocalIterator}, sorted on the executors) into
 * POI's streaming workbook and the CSV: nothing is collected. Raw values go into the files (they go back to the
 * commune that sent them) and nowhere else: nothing is printed or logged.
 */
public final class RejectsReport {
  private RejectsReport() {}

  /** The folder of the reports in the output folder. */
  public static final String FOLDER = "rejects";
  /** The folder, in {@link #FOLDER}, of each area's own workbook. */
  public static final String BY_AREA = "by-area";
  private static final int HEADER_ROW = RejectsSheet.HEADER_ROW;

  /** The report files, the folder of the areas' own workbooks and how many rejects they list. */
  public record Written(Path xlsx, Path csv, Path byArea, long rows) {}

  public static String xlsxName(int year) {
    return "rejects-" + year + ".xlsx";
  }

  /** An area's own workbook: {@code rejects-2023-23482.xlsx}, named by its official code. */
  public static String areaXlsxName(int year, String areaCode) {
    return "rejects-" + year + "-" + areaCode + ".xlsx";
  }

  public static String csvName(int year) {
    return "rejects-" + year + ".csv";
  }

  /**
   * Writes the two files into {@code dir} (created): the staged release's {@code outputs/rejects/},
   * published with the tables in one switch.
   *
   * @param rejects the rejects table
   * @param year the plan year (the file names and titles)
   */
  public static Written write(Dataset<Row> rejects, Catalogue catalogue, int year, Path dir) {
    ReportTexts texts = ReportTexts.load(catalogue);
    List<Area> areas = new ArrayList<>(catalogue.communes());
    areas.add(catalogue.scope());
    StructType orderSchema = new StructType()
        .add("_sheet_area", DataTypes.StringType, false).add("_order", DataTypes.IntegerType, false);
    List<Row> orderRows = new ArrayList<>();
    for (int i = 0; i < areas.size(); i++) orderRows.add(RowFactory.create(areas.get(i).code(), i));
    Dataset<Row> order = rejects.sparkSession().createDataFrame(orderRows, orderSchema);
    int other = areas.size();
    // A file refused whole has no area of its own; a commune's file is named for it (counts/2023/23497.csv,
    // bieu-mau-2023-23497.xlsx), so its rejects go to that commune's sheet, to be sent back to it.
    Column byFileName = regexp_extract(col("source_file"), "([0-9]+)\\.[A-Za-z]+$", 1);
    Iterator<Row> rows = rejects
        .withColumn("_sheet_area", coalesce(col("area_code"), byFileName))
        .join(broadcast(order), new String[] {"_sheet_area"}, "left")
        .select(when(col("_order").isNotNull(), col("_sheet_area")).otherwise(col("area_code")).as("area_code"),
            coalesce(col("_order"), lit(other)).as("_order"), col("source_file"),
            col("source_location"), col("line_number"), col("sheet"), col("cell"), col("field"), col("raw_value"),
            col("rule"), col("message"),
            expr("try_cast(regexp_extract(coalesce(cell, ''), '([0-9]+)$', 1) as int)").as("_cell_row"))
        .orderBy(col("_order"), col("source_file"), col("line_number").asc_nulls_first(), col("sheet"),
            col("_cell_row"), col("cell"), col("source_location"))
        .toLocalIterator();
    try {
      Files.createDirectories(dir);
      Path xlsx = dir.resolve(xlsxName(year));
      Path csv = dir.resolve(csvName(year));
      Path byArea = dir.resolve(BY_AREA);
      long n = stream(rows, areas, texts, year, xlsx, csv, byArea);
      return new Written(xlsx, csv, byArea, n);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the rejects report in " + dir + ": " + e.getMessage(), e);
    }
  }

  private static long stream(Iterator<Row> rows, List<Area> areas, ReportTexts texts, int year, Path xlsx, Path csv,
      Path byArea) throws IOException {
    Map<Integer, long[]> perArea = new LinkedHashMap<>();
    long n = 0;
    Files.createDirectories(byArea);
    try (SXSSFWorkbook wb = new SXSSFWorkbook(200);
        BufferedWriter w = Files.newBufferedWriter(csv, StandardCharsets.UTF_8);
        CSVPrinter out = new CSVPrinter(w, CSVFormat.DEFAULT.builder().setRecordSeparator("\r\n").get())) {
      RejectsSheet.Styles st = new RejectsSheet.Styles(wb);
      w.write('\uFEFF');
      out.printRecord(texts.label("h_area_code"), texts.label("h_area"), texts.label("h_file"),
          texts.label("h_location"), texts.label("h_field"), texts.label("h_value"), texts.label("h_error"),
          texts.label("h_fix"), texts.label("h_rule"));
      Sheet summary = wb.createSheet(texts.label("summary_sheet"));
      Set<String> sheetNames = new HashSet<>(List.of(summary.getSheetName()));

      RejectsSheet sheet = null;
      AreaBook own = null;
      int current = -1;
      Set<String> files = new HashSet<>();
      while (rows.hasNext()) {
        Row x = rows.next();
        int order = x.getInt(1);
        String areaCode = x.getString(0);
        String areaName = order < areas.size() ? areas.get(order).nameVi() : texts.label("other_area");
        if (order != current) {
          current = order;
          String name = order < areas.size() ? areas.get(order).nameVi() : texts.label("other_sheet");
          String title = texts.label("title", "area", areaName, "year", year);
          sheet = new RejectsSheet(wb, st, texts, name, sheetNames, title);
          if (own != null) own.close();
          own = order < areas.size() ? new AreaBook(byArea.resolve(areaXlsxName(year, areas.get(order).code())),
              texts, name, title) : null;
          files.clear();
        }
        String sourceFile = x.getString(2);
        RejectsSheet.Line line = new RejectsSheet.Line(sourceFile, texts.location(x.getString(3)),
            texts.field(x.getString(7)), x.isNullAt(8) ? "" : x.getString(8),
            texts.explain(x.getString(9), x.getString(10), x.getString(7)), x.getString(9));
        out.printRecord(safe(areaCode == null ? "" : areaCode), safe(areaName), safe(sourceFile),
            safe(line.location()), safe(line.field()), safe(line.raw()), safe(line.why().error()),
            safe(line.why().fix()), safe(line.rule()));
        long[] counts = perArea.computeIfAbsent(order, k -> new long[2]);
        counts[0]++;
        if (files.add(sourceFile)) counts[1]++;
        n++;
        sheet.add(line);
        if (own != null) own.sheet.add(line);
      }
      if (own != null) own.close();
      // every area gets its own workbook, one without rejects says so: the commune knows it has nothing to fix
      for (int i = 0; i < areas.size(); i++) {
        if (perArea.containsKey(i)) continue;
        String title = texts.label("title", "area", areas.get(i).nameVi(), "year", year);
        AreaBook empty = new AreaBook(byArea.resolve(areaXlsxName(year, areas.get(i).code())), texts,
            areas.get(i).nameVi(), title);
        empty.sheet.none();
        empty.close();
      }
      summary(summary, st, texts, year, areas, perArea);
      try (OutputStream os = Files.newOutputStream(xlsx)) {
        wb.write(os);
      } finally {
        wb.dispose();
      }
    }
    return n;
  }

  /** One area's own workbook: the same sheet as in the combined workbook, alone, to send back to that area. */
  private static final class AreaBook {
    private final SXSSFWorkbook wb = new SXSSFWorkbook(200);
    private final Path target;
    final RejectsSheet sheet;

    AreaBook(Path target, ReportTexts texts, String name, String title) {
      this.target = target;
      this.sheet = new RejectsSheet(wb, new RejectsSheet.Styles(wb), texts, name, new HashSet<>(), title);
    }

    void close() throws IOException {
      try (OutputStream os = Files.newOutputStream(target)) {
        wb.write(os);
      } finally {
        wb.close();
        wb.dispose();
      }
    }
  }

  private static void summary(Sheet s, RejectsSheet.Styles st, ReportTexts texts, int year, List<Area> areas,
      Map<Integer, long[]> perArea) {
    text(s.createRow(0), 0, texts.label("summary_title", "year", year), st.title);
    text(s.createRow(1), 0, texts.label("intro"), null);
    org.apache.poi.ss.usermodel.Row h = s.createRow(HEADER_ROW);
    String[] heads = {"h_area_code", "h_area", "h_count", "h_files"};
    int[] widths = {12, 30, 22, 10};
    for (int c = 0; c < heads.length; c++) {
      text(h, c, texts.label(heads[c]), st.bold);
      s.setColumnWidth(c, widths[c] * 256);
    }
    RejectsSheet.printable(s);
    int r = HEADER_ROW + 1;
    for (int i = 0; i <= areas.size(); i++) {
      long[] counts = perArea.getOrDefault(i, new long[2]);
      if (i == areas.size() && counts[0] == 0) break;
      org.apache.poi.ss.usermodel.Row row = s.createRow(r++);
      text(row, 0, i < areas.size() ? areas.get(i).code() : "", null);
      text(row, 1, i < areas.size() ? areas.get(i).nameVi() : texts.label("other_area"), null);
      row.createCell(2).setCellValue(counts[0]);
      row.createCell(3).setCellValue(counts[1]);
    }
    if (perArea.isEmpty()) text(s.createRow(r + 1), 0, texts.label("none"), st.bold);
  }

  private static void text(org.apache.poi.ss.usermodel.Row row, int c, String value, CellStyle style) {
    RejectsSheet.text(row, c, value, style);
  }

  /** What a commune typed is written for Excel: a cell that would run as a formula is neutralised. */
  private static String safe(String text) {
    return FormulaGuard.neutralise(text);
  }
}
