package vn.binhdang.quality;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.binhdang.charts.Lang;
import vn.binhdang.pipeline.Progress;
import vn.binhdang.pipeline.RunPipeline;
import vn.binhdang.testing.SharedSpark;
import vn.binhdang.warehouse.Manifest;

/**
 * An error rule through the whole run: two years of the sample with Đắk Kôi's 2023 report claiming more
 * victims supported than victims. The values move from stg_counts to rejects, the manifest still reconciles
 * every file, and the commune finds them in its sheet of the rejects report.
 */
class PipelineErrorRuleTest {
  @TempDir Path tmp;

  @Test
  void failingValuesAreRejectedAndAccountedForPerFile() throws IOException {
    Path input = tmp.resolve("in");
    Path sample = SharedSpark.repoRoot().resolve("data/sample/counts");
    for (String year : List.of("2022", "2023")) {
      Path dir = Files.createDirectories(input.resolve("counts").resolve(year));
      try (Stream<Path> files = Files.list(sample.resolve(year))) {
        for (Path f : files.toList()) Files.copy(f, dir.resolve(f.getFileName()));
      }
    }
    Path koi = input.resolve("counts/2023/23482.csv");
    List<String> lines = Files.readAllLines(koi, StandardCharsets.UTF_8);
    assertThat(lines.get(13)).startsWith("23482,2023,Y,gbv_victims_supported,F,all,0,");
    assertThat(lines.get(15)).startsWith("23482,2023,Y,gbv_victims_supported,T,all,0,");
    lines.set(13, lines.get(13).replace(",F,all,0,", ",F,all,2,")); // 2 supported, 0 victims
    lines.set(15, lines.get(15).replace(",T,all,0,", ",T,all,2,")); // T = F + M still holds
    Files.write(koi, lines, StandardCharsets.UTF_8);

    RunPipeline.Outcome o = RunPipeline.run(SharedSpark.session(), new RunPipeline.Options(input, tmp.resolve("out"),
        null, 2023, "local[2]", Lang.VI), Progress.silent());

    assertThat(o.manifest().rejectsByRule()).containsEntry("gbv_supported_le_victims", 4L);
    Manifest.Input in = o.manifest().inputs().stream().filter(i -> i.file().equals("counts/2023/23482.csv"))
        .findFirst().orElseThrow();
    assertThat(in.rowsRead()).isEqualTo(71);
    assertThat(in.rowsStaged()).isEqualTo(67);
    assertThat(in.rowsRejected()).isEqualTo(4);
    assertThat(o.manifest().inputs()).allMatch(Manifest.Input::reconciled);

    try (InputStream x = Files.newInputStream(tmp.resolve("out/rejects/rejects-2023.xlsx"));
        XSSFWorkbook wb = new XSSFWorkbook(x)) {
      var sheet = wb.getSheet("Xã Đắk Kôi");
      DataFormatter f = new DataFormatter();
      List<String> locations = new java.util.ArrayList<>();
      for (int r = 5; r <= sheet.getLastRowNum(); r++) locations.add(f.formatCellValue(sheet.getRow(r).getCell(1)));
      assertThat(locations).containsExactly("dòng 11", "dòng 13", "dòng 14", "dòng 16");
      assertThat(f.formatCellValue(sheet.getRow(5).getCell(4)))
          .startsWith("Không đạt quy tắc kiểm tra: Số nạn nhân bạo lực được hỗ trợ")
          .contains("(gbv_victims_supported[F] 2 > gbv_victims[F] 0)");
    }
    String csv = Files.readString(tmp.resolve("out/rejects/rejects-2023.csv"), StandardCharsets.UTF_8);
    assertThat(csv.lines().filter(l -> l.contains("gbv_supported_le_victims"))).hasSize(4);
  }
}
