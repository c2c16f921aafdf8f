package vn.binhdang.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import vn.binhdang.charts.Lang;
import vn.binhdang.testing.SharedSpark;
import vn.binhdang.warehouse.Manifest;

/**
 * A run on an input folder as offices fill it: files saved by LibreOffice under Vietnamese settings,
 * a Windows-1258 file, an empty file, a header alone, a draft, notes, a Finder file, an upper-case
 * extension, a folder that is not a register. Every file has a manifest entry; each one that carries no
 * data has one reject saying why.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OfficeFilesRunTest {
  @TempDir static Path input;
  @TempDir static Path out;
  private Map<String, Manifest.Input> inputs;
  private Map<String, List<Row>> rejectsByFile;

  @BeforeAll
  void run() throws IOException {
    Path dialects = SharedSpark.repoRoot().resolve("jobs/src/test/resources/fixtures/dialects");
    Path counts = Files.createDirectories(input.resolve("counts/2023"));
    Files.copy(dialects.resolve("libreoffice-vi-semicolon-counts.csv"), counts.resolve("23482.csv"));
    Files.copy(dialects.resolve("iconv-windows-1258-counts.csv"), counts.resolve("23482-ansi.csv"));
    Files.writeString(counts.resolve("23485.CSV"), "area_code,year,period,measure,sex,group,value\n"
        + "23485,2023,Y,employed,F,all,596\n23485,2023,Y,employed,M,all,640\n");
    Files.write(counts.resolve("23488.csv"), new byte[0]);
    Files.writeString(counts.resolve("23491.csv"), "area_code,year,period,measure,sex,group,value\r\n");
    Files.writeString(counts.resolve("_draft.csv"), "area_code,year,period,measure,sex,group,value\n23491,2023,Y,employed,F,all,1\n");
    Files.writeString(counts.resolve("notes.txt"), "Tân Lập gửi muộn\n");
    Files.write(counts.resolve(".DS_Store"), new byte[] {0, 0, 0, 1, 'B', 'u', 'd', '1'});
    Path published = Files.createDirectories(input.resolve("published"));
    Files.copy(dialects.resolve("libreoffice-unicode-tab-published.csv"), published.resolve("worldbank.csv"));
    Path deaths = Files.createDirectories(input.resolve("registers/deaths"));
    Files.writeString(deaths.resolve("2023.csv"), "death_id,area_code,death_date,age\nD1,23482,2023-03-01,30\n");

    RunPipeline.Outcome o = RunPipeline.run(SharedSpark.session(),
        new RunPipeline.Options(input, out, null, 2023, "local[2]", Lang.VI), Progress.silent());
    inputs = o.manifest().inputs().stream().collect(Collectors.toMap(Manifest.Input::file, i -> i));
    rejectsByFile = SharedSpark.session().read().parquet(o.release().resolve("rejects").toString()).collectAsList()
        .stream().collect(Collectors.groupingBy(r -> r.getAs("source_file")));
  }

  @Test
  void everyFileHasAManifestEntryThatReconciles() {
    assertThat(inputs.keySet()).containsExactlyInAnyOrder("counts/2023/23482.csv", "counts/2023/23482-ansi.csv",
        "counts/2023/23485.CSV", "counts/2023/23488.csv", "counts/2023/23491.csv", "counts/2023/_draft.csv",
        "counts/2023/notes.txt", "counts/2023/.DS_Store", "published/worldbank.csv", "registers/deaths/2023.csv");
    assertThat(inputs.values()).allMatch(Manifest.Input::reconciled);
    assertThat(inputs.values()).allSatisfy(i -> assertThat(i.sha256()).hasSize(64));
  }

  @Test
  void filesSavedUnderVietnameseSettingsAndAnUpperCaseExtensionAreStaged() {
    assertThat(inputs.get("counts/2023/23482.csv")).extracting(Manifest.Input::rowsRead, Manifest.Input::rowsStaged)
        .containsExactly(5L, 5L);
    assertThat(inputs.get("counts/2023/23485.CSV").rowsStaged()).isEqualTo(2);
    assertThat(inputs.get("published/worldbank.csv").rowsStaged()).isEqualTo(5);
  }

  @Test
  void filesWithoutDataHaveOneRejectSayingWhy() {
    assertThat(rule("counts/2023/23482-ansi.csv")).isEqualTo("file_unreadable");
    assertThat(message("counts/2023/23482-ansi.csv")).startsWith("the file is saved as Windows-1258, not UTF-8");
    assertThat(rule("counts/2023/23488.csv")).isEqualTo("no_data");
    assertThat(message("counts/2023/23488.csv")).startsWith("the file is empty (0 bytes)");
    assertThat(inputs.get("counts/2023/23488.csv").bytes()).isZero();
    assertThat(rule("counts/2023/23491.csv")).isEqualTo("no_data");
    assertThat(message("counts/2023/23491.csv")).startsWith("the file has a header but no data lines");
    assertThat(rule("counts/2023/_draft.csv")).isEqualTo("not_an_input");
    assertThat(message("counts/2023/_draft.csv")).contains("'_draft.csv' starts with '_'");
    assertThat(rule("counts/2023/notes.txt")).isEqualTo("not_an_input");
    assertThat(message("counts/2023/notes.txt")).isEqualTo("counts/ reads .csv files; a .txt file is not read; "
        + "save it as CSV UTF-8 (or rename a CSV text file to .csv)");
    assertThat(rule("registers/deaths/2023.csv")).isEqualTo("not_an_input");
    assertThat(message("registers/deaths/2023.csv")).contains("'deaths' is not read");
  }

  @Test
  void aSystemFileIsListedWithoutAReject() {
    assertThat(rejectsByFile).doesNotContainKey("counts/2023/.DS_Store");
    assertThat(inputs.get("counts/2023/.DS_Store")).satisfies(i -> {
      assertThat(i.kind()).isEqualTo("system_file");
      assertThat(i.rowsRead()).isZero();
      assertThat(i.note()).isEqualTo("a file the operating system keeps; not read");
    });
  }

  private String rule(String file) {
    assertThat(rejectsByFile.get(file)).as(file).hasSize(1);
    return rejectsByFile.get(file).get(0).getAs("rule");
  }

  private String message(String file) {
    return rejectsByFile.get(file).get(0).getAs("message");
  }

}
