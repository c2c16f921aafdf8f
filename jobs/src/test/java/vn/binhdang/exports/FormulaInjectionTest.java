package vn.binhdang.exports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.binhdang.ingest.IngestRows;
import vn.binhdang.ingest.Reject;
import vn.binhdang.catalogue.RejectRule;
import vn.binhdang.quality.RejectsReport;
import vn.binhdang.testing.SharedSpark;
import vn.binhdang.warehouse.TableSpec;
import vn.binhdang.warehouse.Tables;

/**
 * CSV injection (OWASP): a commune's cell {@code =HYPERLINK("http://x")} is rejected as not a number and
 * then written into the files people open in Excel. Every CSV and workbook we write must show it as text.
 * Each output is checked cell by cell: no text cell starts with a formula trigger, no workbook cell is a
 * formula, and the text is still readable after the apostrophe.
 */
class FormulaInjectionTest {
  static final List<String> ATTACKS = List.of("=HYPERLINK(\"http://x\",\"bấm\")", "+1+2", "-2+3", "@SUM(A1:A9)",
      "\t=1", "\r=1", "=cmd|' /C calc'!A0");

  @TempDir Path tmp;

  @Test
  void theRuleIsOwasps() {
    for (String a : ATTACKS) assertThat(FormulaGuard.neutralise(a)).isEqualTo("'" + a);
    assertThat(FormulaGuard.neutralise("1O1")).isEqualTo("1O1");
    assertThat(FormulaGuard.neutralise("")).isEmpty();
    assertThat(FormulaGuard.neutralise(null)).isNull();
    assertThat(FormulaGuard.neutralise("Đắk Kôi = 3")).isEqualTo("Đắk Kôi = 3");
  }

  @Test
  void theSparkExpressionAgreesAndLeavesNumbersAlone() {
    List<Row> rows = new ArrayList<>();
    for (String a : ATTACKS) rows.add(RowFactory.create(a, -1.5));
    rows.add(RowFactory.create("1O1", -2.0));
    Dataset<Row> df = SharedSpark.session().createDataFrame(rows,
        new org.apache.spark.sql.types.StructType().add("raw", "string").add("value", "double"));
    List<Row> out = FormulaGuard.neutraliseText(df).collectAsList();
    for (int i = 0; i < ATTACKS.size(); i++) {
      assertThat(out.get(i).getString(0)).isEqualTo(FormulaGuard.neutralise(ATTACKS.get(i)));
      assertThat(out.get(i).getDouble(1)).isEqualTo(-1.5);
    }
    assertThat(out.get(ATTACKS.size()).getString(0)).isEqualTo("1O1");
  }

  @Test
  void theRejectsReportCsvAndWorkbookShowTheCellsAsText() throws Exception {
    List<Row> rows = new ArrayList<>();
    int line = 2;
    for (String a : ATTACKS) {
      rows.add(IngestRows.reject(Reject.atLine("counts_csv", "counts/2023/23482.csv", line++, "23482", "value", a,
          RejectRule.NOT_A_NUMBER, "value is not a number", "s1")));
    }
    RejectsReport.Written w = RejectsReport.write(
        SharedSpark.session().createDataFrame(rows, Tables.REJECTS.schema()), SharedSpark.catalogue(), 2023,
        tmp.resolve(".rejects"));
    List<String> csvCells = csvCells(w.csv());
    for (String a : ATTACKS) assertThat(csvCells).contains("'" + a);
    assertThat(csvCells).allSatisfy(c -> assertThat(FormulaGuard.dangerous(c)).as(c).isFalse());
    assertWorkbookSafe(w.xlsx(), ATTACKS);
  }

  @Test
  void theExportsCsvAndWorkbookShowTheCellsAsText() throws Exception {
    // a release whose exported tables are empty but for an area named like an attack
    Path release = tmp.resolve("release");
    var spark = SharedSpark.session();
    for (TableSpec t : ExportsJob.EXPORTED) {
      Dataset<Row> df = spark.createDataFrame(List.of(), t.schema());
      if (t == Tables.DIM_AREA) {
        Object[] values = new Object[t.schema().size()];
        for (int i = 0; i < values.length; i++) {
          var f = t.schema().fields()[i];
          values[i] = f.dataType().equals(org.apache.spark.sql.types.DataTypes.StringType) ? ATTACKS.get(i % ATTACKS.size())
              : null;
        }
        df = spark.createDataFrame(List.of(RowFactory.create(values)), t.schema());
      }
      df.write().parquet(release.resolve(t.name()).toString());
    }
    ExportsJob.run(spark, release);
    Path dir = release.resolve(ExportsJob.FOLDER);
    List<String> cells = csvCells(dir.resolve(Tables.DIM_AREA.name() + ".csv"));
    assertThat(cells).contains("'" + ATTACKS.get(0));
    assertThat(cells).allSatisfy(c -> assertThat(FormulaGuard.dangerous(c)).as(c).isFalse());
    assertWorkbookSafe(dir.resolve(ExportsJob.WORKBOOK), List.of(ATTACKS.get(0)));
  }

  private static List<String> csvCells(Path csv) throws Exception {
    List<String> cells = new ArrayList<>();
    try (Reader r = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
      for (CSVRecord rec : CSVFormat.DEFAULT.parse(r)) rec.forEach(c -> cells.add(c.replace("\uFEFF", "")));
    }
    return cells;
  }

  private static void assertWorkbookSafe(Path xlsx, List<String> expected) throws Exception {
    List<String> texts = new ArrayList<>();
    try (InputStream in = Files.newInputStream(xlsx); XSSFWorkbook wb = new XSSFWorkbook(in)) {
      wb.forEach(sheet -> sheet.forEach(row -> row.forEach((Cell c) -> {
        assertThat(c.getCellType()).isNotEqualTo(CellType.FORMULA);
        if (c.getCellType() == CellType.STRING) texts.add(c.getStringCellValue());
      })));
    }
    for (String a : expected) assertThat(texts).contains("'" + a);
    assertThat(texts).allSatisfy(t -> assertThat(FormulaGuard.dangerous(t)).as(t).isFalse());
  }
}
