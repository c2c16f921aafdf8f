package vn.binhdang.quality;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.binhdang.charts.testing.SheetText.rows;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import vn.binhdang.ingest.IngestRows;
import vn.binhdang.ingest.Reject;
import vn.binhdang.catalogue.RejectRule;
import vn.binhdang.testing.SharedSpark;
import vn.binhdang.warehouse.Tables;

/** The Vietnamese rejects report: one sheet per area grouped by file, a CSV with a BOM, nothing on the console. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RejectsReportTest {
  @TempDir static Path tmp;
  private RejectsReport.Written written;
  private String console;
  private XSSFWorkbook wb;

  @BeforeAll
  void write() throws Exception {
    List<Reject> r = new ArrayList<>();
    r.add(Reject.atLine("counts_csv", "counts/2019/23482.csv", 36, "23482", "measure", "schools_gender_curiculum",
        RejectRule.UNKNOWN_MEASURE, "measure 'schools_gender_curiculum' is not in the catalogue", "s1"));
    r.add(Reject.atLine("counts_csv", "counts/2019/23482.csv", 9, "23482", "value", "1O1",
        RejectRule.NOT_A_NUMBER, "value '1O1' is not a number", "s1"));
    r.add(Reject.atLine("counts_csv", "counts/2023/23482.csv", 12, "23482", "value", "9",
        RejectRule.NOT_A_NUMBER, "replaced below by a data-quality reject", "s2"));
    r.add(Reject.atCell("form_xlsx", "forms/bieu-mau-2023-23491.xlsx", "Mục tiêu 4", "D10", "23491", "value", "#VALUE!",
        RejectRule.CELL_ERROR, "error", "s3"));
    r.add(Reject.atCell("form_xlsx", "forms/bieu-mau-2023-23491.xlsx", "Mục tiêu 4", "D9", "23491", "value", "3,5,",
        RejectRule.NOT_A_NUMBER, "error", "s3"));
    r.add(Reject.atLine("counts_csv", "counts/2020/614.csv", 20, "614", "value", "2", RejectRule.DUPLICATE_ROW,
        "repeats line 19", "s4"));
    r.add(Reject.ofFile("counts_csv", "counts/2023/broken.csv", RejectRule.BAD_HEADER, "no header", "s5"));
    // refused whole (no area of its own), but named for Tân Lập: its sheet, to be sent back to it
    r.add(Reject.ofFile("counts_csv", "counts/2023/23497.csv", RejectRule.BAD_HEADER, "no header", "s6"));
    List<org.apache.spark.sql.Row> rows = new ArrayList<>(r.stream().map(IngestRows::reject).toList());
    // a data-quality reject (its rule code is data, not a RejectRule)
    rows.set(2, org.apache.spark.sql.RowFactory.create("counts_csv", "counts/2023/23482.csv", "line 12", 12L, null, null,
        "23482", "value", "9", "gbv_supported_le_victims",
        "gbv_victims_supported[F] 9 > gbv_victims[F] 7 (23482 2023 Y, group all): breaks gbv_supported_le_victims", "s2"));
    var df = SharedSpark.session().createDataFrame(rows, Tables.REJECTS.schema());

    PrintStream out = System.out;
    PrintStream err = System.err;
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    try (PrintStream p = new PrintStream(captured, true, StandardCharsets.UTF_8)) {
      System.setOut(p);
      System.setErr(p);
      written = RejectsReport.write(df, SharedSpark.catalogue(), 2023, tmp.resolve(".rejects-run"));
    } finally {
      System.setOut(out);
      System.setErr(err);
    }
    console = captured.toString(StandardCharsets.UTF_8);
    try (InputStream in = Files.newInputStream(written.xlsx())) {
      wb = new XSSFWorkbook(in);
    }
  }

  @Test
  void oneSheetPerAreaWithRejectsAfterASummaryOfAll() {
    List<String> names = new ArrayList<>();
    wb.forEach(s -> names.add(s.getSheetName()));
    assertThat(names).containsExactly("Tổng hợp", "Xã Đắk Kôi", "Xã Đắk Pne", "Xã Tân Lập", "Huyện Kon Rẫy",
        "Khác");
    List<List<String>> summary = rows(wb.getSheet("Tổng hợp"));
    assertThat(summary.get(0).get(0)).isEqualTo("Tổng hợp số liệu bị từ chối — rà soát năm 2023");
    assertThat(summary.get(3)).containsExactly("Mã địa bàn", "Địa bàn", "Số giá trị bị từ chối", "Số tệp");
    assertThat(summary.subList(4, summary.size())).extracting(l -> l.get(0) + " " + l.get(2) + " " + l.get(3))
        .containsExactly("23479 0 0", "23482 3 2", "23485 0 0", "23488 0 0", "23491 2 1", "23494 0 0", "23497 1 1",
            "614 1 1", " 1 1");
    assertThat(written.rows()).isEqualTo(8);
  }

  @Test
  void aCommuneSheetIsGroupedByFileInLineOrderInVietnamese() {
    List<List<String>> koi = rows(wb.getSheet("Xã Đắk Kôi"));
    assertThat(koi.get(0).get(0)).isEqualTo("Danh sách số liệu bị từ chối — Xã Đắk Kôi — rà soát năm 2023");
    assertThat(koi.get(3)).containsExactly("Tệp", "Vị trí", "Trường", "Giá trị", "Lỗi", "Cách sửa", "Mã lỗi");
    assertThat(koi.get(4)).containsExactly("Tệp: counts/2019/23482.csv");
    assertThat(koi.get(5).subList(0, 4)).containsExactly("counts/2019/23482.csv", "dòng 9", "Giá trị", "1O1");
    assertThat(koi.get(5).get(4)).isEqualTo("Giá trị không phải là số");
    assertThat(koi.get(5).get(5)).contains("ví dụ chữ O thay cho số 0");
    assertThat(koi.get(6).subList(1, 4)).containsExactly("dòng 36", "Chỉ tiêu", "schools_gender_curiculum");
    assertThat(koi.get(7)).containsExactly("Tệp: counts/2023/23482.csv");
    assertThat(koi.get(8).get(4)).isEqualTo("Không đạt quy tắc kiểm tra: Số nạn nhân bạo lực được hỗ trợ không được lớn "
        + "hơn số nạn nhân bạo lực được phát hiện (gbv_victims_supported[F] 9 > gbv_victims[F] 7)");
    assertThat(koi.get(8).get(5)).startsWith("Kiểm tra lại các số liên quan");
    assertThat(koi.get(8).get(6)).isEqualTo("gbv_supported_le_victims");
  }

  @Test
  void formCellsAreInRowOrderAndRowsWithoutAnAreaGoToKhac() {
    List<List<String>> pne = rows(wb.getSheet("Xã Đắk Pne"));
    assertThat(pne.subList(5, 7)).extracting(l -> l.get(1)).containsExactly("Mục tiêu 4!D9", "Mục tiêu 4!D10");
    assertThat(pne.get(6).get(4)).startsWith("Ô có lỗi");
    List<List<String>> other = rows(wb.getSheet("Khác"));
    assertThat(other.get(5).subList(0, 2)).containsExactly("counts/2023/broken.csv", "cả tệp");
    assertThat(other.get(5).get(4)).startsWith("Dòng tiêu đề thiếu cột");
  }

  @Test
  void theCsvHasABomVietnameseHeadingsAndEveryReject() throws Exception {
    byte[] bytes = Files.readAllBytes(written.csv());
    assertThat(bytes[0] & 0xFF).isEqualTo(0xEF);
    assertThat(bytes[1] & 0xFF).isEqualTo(0xBB);
    assertThat(bytes[2] & 0xFF).isEqualTo(0xBF);
    List<String> lines = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8).lines().toList();
    assertThat(lines).hasSize(9);
    assertThat(lines.get(0)).isEqualTo("Mã địa bàn,Địa bàn,Tệp,Vị trí,Trường,Giá trị,Lỗi,Cách sửa,Mã lỗi");
    assertThat(lines.get(1)).startsWith("23482,Xã Đắk Kôi,counts/2019/23482.csv,dòng 9,Giá trị,1O1,");
    // an empty first field is written "" (CSV's way to keep the line from looking blank)
    assertThat(lines.get(6)).startsWith("23497,Xã Tân Lập,counts/2023/23497.csv,cả tệp,");
    assertThat(lines.get(8)).startsWith("\"\",\"Không xác định được địa bàn, hoặc ngoài huyện\",counts/2023/broken.csv,cả tệp,");
  }

  @Test
  void eachAreaHasItsOwnWorkbookWithItsRowsAloneOrALineSayingNothingWasRejected() throws Exception {
    try (InputStream in = Files.newInputStream(written.byArea().resolve("rejects-2023-23482.xlsx"));
        XSSFWorkbook own = new XSSFWorkbook(in)) {
      assertThat(own.getNumberOfSheets()).isEqualTo(1);
      assertThat(rows(own.getSheetAt(0))).isEqualTo(rows(wb.getSheet("Xã Đắk Kôi")));
    }
    // refused whole, named for Tân Lập: in Tân Lập's own workbook too
    try (InputStream in = Files.newInputStream(written.byArea().resolve("rejects-2023-23497.xlsx"));
        XSSFWorkbook own = new XSSFWorkbook(in)) {
      assertThat(rows(own.getSheetAt(0)).get(5).subList(0, 2)).containsExactly("counts/2023/23497.csv", "cả tệp");
    }
    try (InputStream in = Files.newInputStream(written.byArea().resolve("rejects-2023-23479.xlsx"));
        XSSFWorkbook own = new XSSFWorkbook(in)) {
      List<List<String>> none = rows(own.getSheetAt(0));
      assertThat(none.get(0).get(0)).isEqualTo("Danh sách số liệu bị từ chối — Thị trấn Đắk Rve — rà soát năm 2023");
      assertThat(none.get(5)).containsExactly("Không có số liệu bị từ chối.");
    }
    // every commune and the district; nothing for rows without an area
    try (var files = Files.list(written.byArea())) {
      assertThat(files.map(f -> f.getFileName().toString()).sorted()).containsExactly("rejects-2023-23479.xlsx",
          "rejects-2023-23482.xlsx", "rejects-2023-23485.xlsx", "rejects-2023-23488.xlsx", "rejects-2023-23491.xlsx",
          "rejects-2023-23494.xlsx", "rejects-2023-23497.xlsx", "rejects-2023-614.xlsx");
    }
  }

  @Test
  void nothingIsPrinted() {
    assertThat(console).doesNotContain("1O1").doesNotContain("schools_gender_curiculum");
  }

  @Test
  void everyStagingRuleHasItsVietnameseTextsAndSheetNamesAreValid() {
    ReportTexts texts = ReportTexts.load(SharedSpark.catalogue());
    for (RejectRule rule : RejectRule.values()) assertThat(texts.hasRule(rule.code())).as(rule.code()).isTrue();
    for (var rule : SharedSpark.catalogue().dqRules()) {
      if (texts.hasRule(rule.code())) continue; // sex_total_mismatch: the staging rule's own text
      assertThat(texts.explain(rule.code(), "a 1 > b 0 (x)", null).error()).contains(rule.descriptionVi());
    }
    assertThat(texts.explain("something_new", "m", null).error()).isEqualTo("Lỗi something_new");
    java.util.Set<String> taken = new java.util.HashSet<>();
    assertThat(RejectsSheet.sheetName("Xã [Mới]: a/b?*\\c", taken)).isEqualTo("Xã Mới a b c");
    assertThat(RejectsSheet.sheetName("x".repeat(40), taken)).hasSize(31);
    assertThat(RejectsSheet.sheetName("x".repeat(40), taken)).hasSize(31).endsWith(" (2)");
  }

  @Test
  void everyStagingRuleAndInputKindHasItsNameInTheChartPackInBothLanguages() {
    for (vn.binhdang.charts.Lang lang : vn.binhdang.charts.Lang.values()) {
      var keys = vn.binhdang.charts.theme.Messages.of(lang).keys();
      for (RejectRule rule : RejectRule.values()) assertThat(keys).as(lang + " " + rule.code()).contains("rule." + rule.code());
      java.util.List<String> kinds = new java.util.ArrayList<>(java.util.List.of(vn.binhdang.ingest.CountsCsvParser.INPUT_KIND,
          vn.binhdang.forms.FormParser.INPUT_KIND, vn.binhdang.published.PublishedSeriesParser.INPUT_KIND));
      for (vn.binhdang.registers.Register r : vn.binhdang.registers.Register.values()) kinds.add(r.inputKind());
      for (String kind : kinds) assertThat(keys).as(lang + " " + kind).contains("kind." + kind);
    }
  }
}
