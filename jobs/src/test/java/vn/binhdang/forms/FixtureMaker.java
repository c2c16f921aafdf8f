package vn.binhdang.forms;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.binhdang.catalogue.Catalogue;
import vn.binhdang.catalogue.CatalogueLoader;

/**
 * Makes the committed LibreOffice fixtures in {@code src/test/resources/forms/} (not a test). It fills
 * a blank template the way a reporter does, finding each cell by what is printed on the form — the
 * sheet, the row's label and the column's header — never through the layout or the key, then lets
 * LibreOffice re-save the workbook ({@code soffice --headless --convert-to xlsx}), so that the fixture
 * is a file written by another program. Run from the repository root after {@code mvn test-compile}:
 *
 * <pre>
 *   java -cp jobs/target/test-classes:jobs/target/classes:$(cat cp.txt) vn.binhdang.forms.FixtureMaker \
 *       jobs/src/test/resources/forms
 * </pre>
 *
 * The expected values are written, independently, in {@link LibreOfficeFixtureTest}.
 */
public final class FixtureMaker {
  private FixtureMaker() {}

  /** What a reporter types: on a sheet, in the row with a label, under a column header. */
  record Typed(String sheet, String label, String column, Object value) {}

  static final String COMMUNE_FILE = "bieu-mau-2023-23482-dak-koi.libreoffice.xlsx";
  static final String DISTRICT_FILE = "bieu-mau-2023-614-kon-ray.libreoffice.xlsx";

  static final List<Typed> COMMUNE = List.of(
      new Typed("Mục tiêu 2", "Lao động có việc làm từ 15 tuổi trở lên", "Nữ", "1.234"),
      new Typed("Mục tiêu 2", "Lao động có việc làm từ 15 tuổi trở lên", "Nam", 1302),
      new Typed("Mục tiêu 2", "Lao động có việc làm từ 15 tuổi trở lên", "Tổng", 2536),
      new Typed("Mục tiêu 2", "Trong đó làm công hưởng lương", "Nữ", 312),
      new Typed("Mục tiêu 2", "Trong đó làm công hưởng lương", "Nam", 405),
      new Typed("Mục tiêu 2", "Trong đó làm công hưởng lương", "Tổng", 717),
      new Typed("Mục tiêu 2", "Trong đó làm nông, lâm nghiệp và thủy sản", "Nữ", 803),
      new Typed("Mục tiêu 2", "Trong đó làm nông, lâm nghiệp và thủy sản", "Nam", 761),
      new Typed("Mục tiêu 2", "Trong đó làm nông, lâm nghiệp và thủy sản", "Tổng", 1564),
      new Typed("Mục tiêu 2", "Trong đó làm nông, lâm nghiệp và thủy sản", "Ghi chú", "số liệu ước tính"),
      new Typed("Mục tiêu 3", "Người bị bạo lực gia đình và bạo lực trên cơ sở giới được phát hiện", "Nữ", 3),
      new Typed("Mục tiêu 3", "Người bị bạo lực gia đình và bạo lực trên cơ sở giới được phát hiện", "Nam", 0),
      new Typed("Mục tiêu 3", "Người bị bạo lực gia đình và bạo lực trên cơ sở giới được phát hiện", "Tổng", 3),
      new Typed("Mục tiêu 3", "Trong đó được tiếp cận ít nhất một dịch vụ hỗ trợ cơ bản", "Nữ", 3),
      new Typed("Mục tiêu 3", "Trong đó được tiếp cận ít nhất một dịch vụ hỗ trợ cơ bản", "Nam", 0),
      new Typed("Mục tiêu 3", "Trong đó được tiếp cận ít nhất một dịch vụ hỗ trợ cơ bản", "Tổng", 3),
      new Typed("Mục tiêu 3", "Người gây bạo lực được phát hiện (chưa bị truy cứu hình sự)", "Nữ", 0),
      new Typed("Mục tiêu 3", "Người gây bạo lực được phát hiện (chưa bị truy cứu hình sự)", "Nam", 2),
      new Typed("Mục tiêu 3", "Người gây bạo lực được phát hiện (chưa bị truy cứu hình sự)", "Tổng", 2),
      new Typed("Mục tiêu 3", "Trong đó được tư vấn, tham vấn", "Nữ", 0),
      new Typed("Mục tiêu 3", "Trong đó được tư vấn, tham vấn", "Nam", 1),
      new Typed("Mục tiêu 3", "Trong đó được tư vấn, tham vấn", "Tổng", 1),
      // trafficking rows left blank: nothing to report
      new Typed("Mục tiêu 4", "Số trẻ sinh ra sống", "Nữ", 41),
      new Typed("Mục tiêu 4", "Số trẻ sinh ra sống", "Nam", 44),
      new Typed("Mục tiêu 4", "Số trẻ sinh ra sống", "Tổng", "=D6+E6"),
      new Typed("Mục tiêu 4", "Số ca tử vong mẹ", "Tổng", 0),
      new Typed("Mục tiêu 4", "Số phụ nữ 15–19 tuổi (giữa năm)", "Tổng", 312),
      new Typed("Mục tiêu 4", "Số trẻ sinh sống của bà mẹ 15–19 tuổi", "Tổng", 19),
      new Typed("Mục tiêu 5", "Số trường học", "Tổng", 6),
      new Typed("Mục tiêu 5", "Trong đó giảng dạy nội dung về giới và bình đẳng giới", "Tổng", 6),
      new Typed("Mục tiêu 5", "Học sinh hoàn thành tiểu học (dân tộc thiểu số)", "Nữ", 52),
      new Typed("Mục tiêu 5", "Học sinh hoàn thành tiểu học (dân tộc thiểu số)", "Nam", 49),
      new Typed("Mục tiêu 5", "Học sinh hoàn thành tiểu học (dân tộc thiểu số)", "Tổng", 101),
      new Typed("Mục tiêu 5", "Dân số trong độ tuổi hoàn thành tiểu học (dân tộc thiểu số)", "Nữ", 55),
      new Typed("Mục tiêu 5", "Dân số trong độ tuổi hoàn thành tiểu học (dân tộc thiểu số)", "Nam", 50),
      new Typed("Mục tiêu 5", "Dân số trong độ tuổi hoàn thành tiểu học (dân tộc thiểu số)", "Tổng", 105),
      new Typed("Mục tiêu 5", "Học sinh hoàn thành trung học cơ sở (dân tộc thiểu số)", "Nữ", 38),
      new Typed("Mục tiêu 5", "Học sinh hoàn thành trung học cơ sở (dân tộc thiểu số)", "Nam", 31),
      new Typed("Mục tiêu 5", "Học sinh hoàn thành trung học cơ sở (dân tộc thiểu số)", "Tổng", 69),
      new Typed("Mục tiêu 5", "Dân số trong độ tuổi hoàn thành trung học cơ sở (dân tộc thiểu số)", "Nữ", 44),
      new Typed("Mục tiêu 5", "Dân số trong độ tuổi hoàn thành trung học cơ sở (dân tộc thiểu số)", "Nam", 41),
      new Typed("Mục tiêu 5", "Dân số trong độ tuổi hoàn thành trung học cơ sở (dân tộc thiểu số)", "Tổng", 85),
      new Typed("Mục tiêu 6", "Người được khảo sát", "Nữ", 60),
      new Typed("Mục tiêu 6", "Người được khảo sát", "Nam", 60),
      new Typed("Mục tiêu 6", "Người được khảo sát", "Tổng", 120),
      new Typed("Mục tiêu 6", "Trong đó có kiến thức cơ bản về bình đẳng giới", "Nữ", 37),
      new Typed("Mục tiêu 6", "Trong đó có kiến thức cơ bản về bình đẳng giới", "Nam", 33),
      new Typed("Mục tiêu 6", "Trong đó có kiến thức cơ bản về bình đẳng giới", "Tổng", 70),
      new Typed("Mục tiêu 6", "Tổ chức Đảng, chính quyền, cơ quan, ban, ngành, đoàn thể", "Tổng", 14),
      new Typed("Mục tiêu 6", "Trong đó được phổ biến và cam kết thực hiện bình đẳng giới", "Tổng", 14),
      new Typed("Mục tiêu 6", "Số tin, bài về bình đẳng giới trên hệ thống thông tin cơ sở", "Quý I", 3),
      new Typed("Mục tiêu 6", "Số tin, bài về bình đẳng giới trên hệ thống thông tin cơ sở", "Quý II", 4),
      new Typed("Mục tiêu 6", "Số tin, bài về bình đẳng giới trên hệ thống thông tin cơ sở", "Quý III", " 2 "),
      new Typed("Mục tiêu 6", "Số tin, bài về bình đẳng giới trên hệ thống thông tin cơ sở", "Quý IV", 5));

  static final List<Typed> DISTRICT = List.of(
      new Typed("Mục tiêu 1", "Cơ quan quản lý nhà nước và chính quyền địa phương", "Tổng", 35),
      new Typed("Mục tiêu 1", "Trong đó có lãnh đạo chủ chốt là nữ", "Tổng", 22),
      new Typed("Mục tiêu 2", "Giám đốc/chủ doanh nghiệp và hợp tác xã", "Nữ", 12),
      new Typed("Mục tiêu 2", "Giám đốc/chủ doanh nghiệp và hợp tác xã", "Nam", 41),
      new Typed("Mục tiêu 2", "Giám đốc/chủ doanh nghiệp và hợp tác xã", "Tổng", 53),
      new Typed("Mục tiêu 3", "Số giờ trung bình/tuần làm việc nhà và chăm sóc không được trả công", "Nữ", "31,8"),
      new Typed("Mục tiêu 3", "Số giờ trung bình/tuần làm việc nhà và chăm sóc không được trả công", "Nam", 18.7),
      new Typed("Mục tiêu 3", "Cơ sở trợ giúp xã hội công lập", "Tổng", 2),
      new Typed("Mục tiêu 3", "Trong đó triển khai phòng ngừa và ứng phó bạo lực trên cơ sở giới", "Tổng", 1),
      new Typed("Mục tiêu 5", "Học viên tuyển mới giáo dục nghề nghiệp", "Nữ", 140),
      new Typed("Mục tiêu 5", "Học viên tuyển mới giáo dục nghề nghiệp", "Nam", 310),
      new Typed("Mục tiêu 5", "Học viên tuyển mới giáo dục nghề nghiệp", "Tổng", 450),
      media(1, 1), media(2, 1), media(3, 0), media(4, 2), media(5, 1), media(6, 1),
      media(7, 1), media(8, 0), media(9, 1), media(10, 2), media(11, 1), media(12, 1));

  private static Typed media(int month, int value) {
    return new Typed("Mục tiêu 6", "Số chuyên mục, chuyên đề về bình đẳng giới của Trung tâm VH-TT-DL&TT",
        "Tháng " + month, value);
  }

  public static void main(String[] args) throws Exception {
    Path out = Path.of(args.length > 0 ? args[0] : "jobs/src/test/resources/forms");
    Catalogue c = CatalogueLoader.fromDirectory(Path.of(args.length > 1 ? args[1] : "data/catalogue"));
    Files.createDirectories(out);
    make(c, "23482", COMMUNE, LocalDate.of(2023, 12, 8), "Y Hơn – công chức Văn hóa – Xã hội", out.resolve(COMMUNE_FILE));
    make(c, "614", DISTRICT, "12/12/2023", "Phòng Lao động – Thương binh và Xã hội", out.resolve(DISTRICT_FILE));
  }

  private static void make(Catalogue c, String area, List<Typed> typed, Object date, String by, Path target)
      throws Exception {
    Path work = Files.createTempDirectory("binhdang-fixture-");
    Path filled = work.resolve("filled.xlsx");
    try (XSSFWorkbook wb = new XSSFWorkbook(new java.io.ByteArrayInputStream(
        TemplateWriter.write(FormLayout.of(c, area, 2023))))) {
      fill(wb, typed);
      Sheet cover = wb.getSheet("Thông tin chung");
      Cell d = cover.getRow(8).getCell(1);
      if (date instanceof LocalDate ld) d.setCellValue(ld);
      else d.setCellValue(date.toString());
      cover.getRow(9).getCell(1).setCellValue(by);
      // a remark typed two rows below the last table of the first objective sheet: not read
      Sheet first = wb.getSheetAt(1);
      first.createRow(first.getLastRowNum() + 2).createCell(1).setCellValue("Người lập biểu đã kiểm tra số liệu.");
      try (OutputStream os = Files.newOutputStream(filled)) {
        wb.write(os);
      }
    }
    Path lo = work.resolve("lo");
    Process p = new ProcessBuilder("soffice", "--headless", "--convert-to", "xlsx", "--outdir", lo.toString(),
        filled.toString()).redirectErrorStream(true).start();
    try (InputStream log = p.getInputStream()) {
      System.out.print(new String(log.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
    }
    if (!p.waitFor(120, TimeUnit.SECONDS) || p.exitValue() != 0) throw new IOException("soffice failed");
    Files.copy(lo.resolve("filled.xlsx"), target, StandardCopyOption.REPLACE_EXISTING);
    try (var walk = Files.walk(work)) {
      walk.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
    }
    System.out.println("wrote " + target);
  }

  /** Finds each cell by sheet, row label (column B) and the header of its section (the row with "STT"). */
  static void fill(XSSFWorkbook wb, List<Typed> typed) {
    for (Typed t : typed) {
      Sheet sh = wb.getSheet(t.sheet());
      Map<String, Integer> header = new HashMap<>();
      Cell target = null;
      for (Row row : sh) {
        Cell a = row.getCell(0);
        if (a != null && "STT".equals(a.toString())) {
          header.clear();
          for (Cell h : row) header.put(h.toString(), h.getColumnIndex());
        } else if (row.getCell(1) != null && t.label().equals(row.getCell(1).toString()) && header.containsKey(t.column())) {
          target = row.getCell(header.get(t.column()), Row.MissingCellPolicy.CREATE_NULL_AS_BLANK);
        }
      }
      if (target == null) throw new IllegalStateException("no cell for " + t);
      if (t.value() instanceof Number n) target.setCellValue(n.doubleValue());
      else if (t.value().toString().startsWith("=")) target.setCellFormula(t.value().toString().substring(1));
      else target.setCellValue(t.value().toString());
    }
  }
}
