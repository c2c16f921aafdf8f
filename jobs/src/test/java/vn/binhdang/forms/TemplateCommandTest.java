package vn.binhdang.forms;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import vn.binhdang.cli.ExitCodes;
import vn.binhdang.cli.Main;

/** {@code binhdang template}: files, names, options, and one-line errors through the real command line. */
class TemplateCommandTest {
  @TempDir Path tmp;

  private record Run(int code, String out, String err) {}

  private static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cl = Main.commandLine();
    cl.setOut(new PrintWriter(out));
    cl.setErr(new PrintWriter(err));
    int code = cl.execute(args);
    return new Run(code, out.toString(), err.toString());
  }

  private static List<String> files(Path dir) throws Exception {
    try (Stream<Path> s = Files.list(dir)) {
      return s.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }

  @Test
  void writesOneFormPerCommuneForTheYear() throws Exception {
    Path out = tmp.resolve("forms");
    Run r = run("template", "--year", "2023", "--out", out.toString(), "--catalogue",
        vn.binhdang.testing.SharedSpark.repoRoot().resolve("data/catalogue").toString());
    assertThat(r.code()).isEqualTo(ExitCodes.OK);
    assertThat(files(out)).containsExactly(
        "bieu-mau-2023-23479-dak-rve.xlsx", "bieu-mau-2023-23482-dak-koi.xlsx", "bieu-mau-2023-23485-dak-to-lung.xlsx",
        "bieu-mau-2023-23488-dak-ruong.xlsx", "bieu-mau-2023-23491-dak-pne.xlsx", "bieu-mau-2023-23494-dak-to-re.xlsx",
        "bieu-mau-2023-23497-tan-lap.xlsx");
    assertThat(r.out()).contains("Wrote 7 report forms for 2023 to " + out)
        .contains("bieu-mau-2023-23482-dak-koi.xlsx").contains("Xã Đắk Kôi").contains("5 sheets, 59 input cells");
    // every written form reads back as an empty form of its commune and year
    for (String f : files(out)) {
      var result = Forms.parse(Forms.parser(), "forms/" + f, Files.readAllBytes(out.resolve(f)));
      assertThat(result.rowsRead()).isZero();
      assertThat(result.rejects()).isEmpty();
    }
  }

  @Test
  void theDistrictFormAndACommuneByName() throws Exception {
    Run r = run("template", "--year", "2024", "--area", "614", "--out", tmp.toString());
    assertThat(r.code()).isEqualTo(ExitCodes.OK);
    assertThat(r.out()).contains("Wrote 1 report form for 2024").contains("Huyện Kon Rẫy");
    r = run("template", "--year", "2024", "--area", "Đăk Tơ Lung", "--out", tmp.toString());
    assertThat(r.code()).isEqualTo(ExitCodes.OK);
    assertThat(files(tmp)).containsExactly("bieu-mau-2024-23485-dak-to-lung.xlsx", "bieu-mau-2024-614-kon-ray.xlsx");
    FormKey key;
    try (var wb = Forms.open(Files.readAllBytes(tmp.resolve("bieu-mau-2024-614-kon-ray.xlsx")))) {
      key = FormKey.read(wb);
    }
    assertThat(key.kind()).isEqualTo("district");
    assertThat(key.yearText()).isEqualTo("2024");
  }

  @Test
  void anExistingFormIsNotOverwrittenWithoutForce() throws Exception {
    assertThat(run("template", "--area", "23482", "--out", tmp.toString()).code()).isZero();
    Path form = tmp.resolve("bieu-mau-2023-23482-dak-koi.xlsx");
    Files.write(form, new byte[] {1, 2, 3}); // stands for a filled form
    Run r = run("template", "--area", "23482", "--out", tmp.toString());
    assertThat(r.code()).isEqualTo(ExitCodes.INPUT);
    assertThat(r.err()).startsWith("binhdang: error: ").contains("exists (it may be a filled form); use --force")
        .doesNotContain("Exception").doesNotContain("\tat ");
    assertThat(Files.readAllBytes(form)).containsExactly(1, 2, 3);
    assertThat(run("template", "--area", "23482", "--out", tmp.toString(), "--force").code()).isZero();
    assertThat(Files.size(form)).isGreaterThan(1000);
    assertThat(files(tmp)).containsExactly("bieu-mau-2023-23482-dak-koi.xlsx");
  }

  @Test
  void badOptionsGiveOneLine() {
    Run r = run("template", "--area", "Hà Nội", "--out", tmp.toString());
    assertThat(r.code()).isEqualTo(ExitCodes.INPUT);
    assertThat(r.err().strip()).isEqualTo("binhdang: error: --area 'Hà Nội' is not in the catalogue (areas.csv): "
        + "give a commune's code or name, or 614 for the district form");
    r = run("template", "--area", "62", "--out", tmp.toString());
    assertThat(r.err()).contains("has no report form");
    r = run("template", "--year", "1999", "--out", tmp.toString());
    assertThat(r.code()).isEqualTo(ExitCodes.INPUT);
    assertThat(r.err()).contains("--year must be a year from 2000 to 2100");
    r = run("template", "--year", "hai");
    assertThat(r.code()).isEqualTo(ExitCodes.USAGE);
  }

  @Test
  void helpDescribesTheOptions() {
    Run r = run("template", "--help");
    assertThat(r.code()).isZero();
    assertThat(r.out()).contains("--year=YEAR").contains("--area=CODE").contains("--out=DIR").contains("--force")
        .contains("bieu-mau-YEAR-CODE-NAME.xlsx");
    assertThat(run("--help").out()).contains("template");
  }
}
