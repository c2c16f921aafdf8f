package vn.binhdang.forms;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.function.UnaryOperator;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.binhdang.ingest.StagedCount;
import vn.binhdang.catalogue.Catalogue;
import vn.binhdang.catalogue.Sex;
import vn.binhdang.ingest.FileParser;
import vn.binhdang.ingest.Reject;
import vn.binhdang.testing.SharedSpark;

/** Test helpers: make a form, fill cells like a reporter would, parse it and check the accounting. */
final class Forms {
  private Forms() {}

  static final int YEAR = 2023;
  static final String DAK_KOI = "23482";
  static final String DISTRICT = "614";

  static Catalogue catalogue() {
    return SharedSpark.catalogue(); // loads data/catalogue; starts no Spark
  }

  static FormParser parser() {
    return new FormParser(catalogue(), YEAR);
  }

  static FormLayout layout(String area) {
    return FormLayout.of(catalogue(), area, YEAR);
  }

  /** A blank form of {@code area} for 2023, opened for editing. */
  static XSSFWorkbook open(String area) {
    return open(TemplateWriter.write(layout(area)));
  }

  static XSSFWorkbook open(byte[] xlsx) {
    try {
      return new XSSFWorkbook(new ByteArrayInputStream(xlsx));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static byte[] bytes(XSSFWorkbook wb) {
    try (wb) {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      wb.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The input cell of a field on a fresh form of {@code area} (the layout, not the key). */
  static FormLayout.InputCell where(String area, String measure, Sex sex, String period) {
    FormLayout l = layout(area);
    return l.cells().stream()
        .filter(c -> c.field().measure().equals(measure) && c.field().sex() == sex && c.field().period().equals(period))
        .findFirst().orElseThrow(() -> new AssertionError("no cell for " + measure + " " + sex + " " + period));
  }

  static String sheetOf(String area, String measure) {
    FormLayout l = layout(area);
    return l.sheets().stream()
        .filter(s -> s.cells().stream().anyMatch(c -> c.field().measure().equals(measure)))
        .findFirst().orElseThrow().name();
  }

  /** The cell of a field in a workbook made from the template of {@code area} (created if absent). */
  static Cell cell(XSSFWorkbook wb, String area, String measure, Sex sex, String period) {
    FormLayout.InputCell c = where(area, measure, sex, period);
    return cell(wb.getSheet(sheetOf(area, measure)), c.row(), c.column());
  }

  static Cell cell(Sheet sheet, int row, int col) {
    Row r = sheet.getRow(row) == null ? sheet.createRow(row) : sheet.getRow(row);
    return r.getCell(col) == null ? r.createCell(col) : r.getCell(col);
  }

  static Cell cell(XSSFWorkbook wb, String sheet, String ref) {
    org.apache.poi.ss.util.CellReference r = new org.apache.poi.ss.util.CellReference(ref);
    return cell(wb.getSheet(sheet), r.getRow(), r.getCol());
  }

  /** Parses and checks what every parse must satisfy: staged + rejected = read, lineage, no stray fields. */
  static FileParser.Result<StagedCount> parse(FormParser parser, String name, byte[] xlsx) {
    FileParser.Result<StagedCount> r = parser.parse(name, xlsx);
    checkAccounting(r, name);
    return r;
  }

  static FileParser.Result<StagedCount> parse(byte[] xlsx) {
    return parse(parser(), "forms/test.xlsx", xlsx);
  }

  static FileParser.Result<StagedCount> parse(XSSFWorkbook wb) {
    return parse(bytes(wb));
  }

  static void checkAccounting(FileParser.Result<StagedCount> r, String name) {
    assertThat(r.staged().size() + r.rejects().size()).as("staged + rejected = read").isEqualTo(r.rowsRead());
    assertThat(r.fileName()).isEqualTo(name);
    assertThat(r.sha256()).hasSize(64);
    r.staged().forEach(s -> {
      assertThat(s.inputKind()).isEqualTo("form_xlsx");
      assertThat(s.sourceFile()).isEqualTo(name);
      assertThat(s.lineNumber()).isNull();
      assertThat(s.sourceLocation()).matches(".+![A-Z]+[0-9]+");
      assertThat(s.fileSha256()).isEqualTo(r.sha256());
    });
    for (Reject j : r.rejects()) {
      assertThat(j.inputKind()).isEqualTo("form_xlsx");
      assertThat(j.sourceFile()).isEqualTo(name);
      assertThat(j.lineNumber()).isNull();
      assertThat(j.message()).isNotBlank().doesNotContain("\n").doesNotContain("\tat ");
      if (j.sourceLocation().equals("file")) {
        assertThat(j.sheet()).isNull();
      } else {
        assertThat(j.sourceLocation()).isEqualTo(j.sheet() + "!" + j.cell());
        assertThat(j.cell()).matches("[A-Z]+[0-9]+");
      }
    }
  }

  /** The one file-level reject of a refused file. */
  static Reject refused(byte[] content) {
    FileParser.Result<StagedCount> r = parse(content);
    assertThat(r.rowsRead()).isEqualTo(1);
    assertThat(r.staged()).isEmpty();
    assertThat(r.rejects()).hasSize(1);
    Reject j = r.rejects().get(0);
    assertThat(j.sourceLocation()).isEqualTo("file");
    assertThat(j.message()).doesNotContain("Exception").doesNotContain("at org.");
    return j;
  }

  /** Rewrites the ZIP entries of an .xlsx: {@code edit} gets each entry's name and text, returns the new text. */
  static byte[] rewrite(byte[] xlsx, String entry, UnaryOperator<String> edit) {
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(xlsx))) {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      try (ZipOutputStream zip = new ZipOutputStream(out)) {
        for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
          byte[] data = in.readAllBytes();
          if (e.getName().equals(entry)) data = edit.apply(new String(data, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8);
          zip.putNextEntry(new ZipEntry(e.getName()));
          zip.write(data);
          zip.closeEntry();
        }
      }
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Adds a ZIP entry of raw bytes to an .xlsx. */
  static byte[] addEntry(byte[] xlsx, String name, byte[] data) {
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(xlsx))) {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      try (ZipOutputStream zip = new ZipOutputStream(out)) {
        for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
          byte[] d = in.readAllBytes();
          zip.putNextEntry(new ZipEntry(e.getName()));
          zip.write(d);
          zip.closeEntry();
        }
        zip.putNextEntry(new ZipEntry(name));
        zip.write(data);
        zip.closeEntry();
      }
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The ZIP entry name of a sheet of a template (POI writes sheetN.xml in tab order). */
  static String sheetEntry(int index) {
    return "xl/worksheets/sheet" + (index + 1) + ".xml";
  }
}
