package vn.binhdang.generate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code data/README.md} documents what the generator really writes, and the reference copy is in place. */
class DataReadmeTest {
  private static final Path README = Path.of("../data/README.md");

  @Test
  void everyPlantedFaultIsDocumentedWithItsFileAndLines(@TempDir Path tmp) throws IOException {
    SampleGenerator.Summary s = SampleGenerator.generate(SampleGenerator.Options.defaults(tmp));
    List<String> lines = Files.readAllLines(README);
    for (PlantedFault f : s.faults()) {
      String where = f.where().isEmpty() ? "(no line)" : f.where();
      assertThat(lines).as("a README table row for %s %s %s", f.kind(), f.file(), where)
          .anyMatch(l -> l.contains("`" + f.file() + "`") && l.contains("| " + where + " |")
              && (f.rule() == null || l.contains("`" + f.rule().code() + "`")));
    }
  }

  @Test
  void everyPlantedRegisterFaultIsDocumentedWithItsFileAndLines(@TempDir Path tmp) throws IOException {
    SampleGenerator.Summary s = SampleGenerator.generate(SampleGenerator.Options.defaults(tmp));
    List<String> lines = Files.readAllLines(README);
    assertThat(s.registers().faults()).hasSize(RegisterFaultKind.values().length);
    for (PlantedRegisterFault f : s.registers().faults()) {
      assertThat(lines).as("a README table row for %s %s %s", f.kind(), f.file(), f.where())
          .anyMatch(l -> l.contains("`" + f.file() + "`") && l.contains("| " + f.where() + " |")
              && l.contains("`" + f.rule().code() + "`"));
    }
    String readme = Files.readString(README);
    RegisterSummary r = s.registers();
    assertThat(readme)
        .contains(String.format(Locale.ROOT, "In all %,d records (%,d bytes)", r.totalRecords(), r.bytes()))
        .contains("Exactly **" + r.rejectedRecords() + " records** must be rejected")
        .contains("`sample/registers/`");
    for (var e : r.records().entrySet()) {
      assertThat(readme).as(e.getKey()).contains("| `registers/" + e.getKey() + "/` |");
      if (e.getValue() > 0) assertThat(readme).contains(String.format(Locale.ROOT, "| %,d (", e.getValue()));
    }
  }

  @Test
  void theSizesAndTheSeedInTheReadmeAreTheGeneratorsOwn(@TempDir Path tmp) throws IOException {
    SampleGenerator.Summary s = SampleGenerator.generate(SampleGenerator.Options.defaults(tmp));
    String readme = Files.readString(README);
    assertThat(readme)
        .contains(String.format(Locale.ROOT, "%,d (%,d bytes)", s.rows(), s.bytes()))
        .contains("| files | " + s.files() + ":")
        .contains("--seed " + s.seed() + " ")
        .contains("Exactly **" + s.rejectedRows() + " rows** must be rejected")
        .contains("SYNTHETIC");
  }

  @Test
  void theWorldBankSeriesIsCopiedIntoTheRepositoryWithItsAttribution() throws IOException {
    Path wb = Path.of("../data/reference/worldbank_vietnam_gender.csv");
    assertThat(wb).exists();
    assertThat(Files.readAllLines(wb).get(0)).isEqualTo("country_iso3,country_name,indicator_code,indicator_name,year,value");
    assertThat(Files.readString(wb)).contains("SP.POP.BRTH.MF").contains("SL.EMP.WORK.FE.ZS");
    assertThat(Files.readString(README)).contains("World Bank, World Development Indicators").contains("CC BY 4.0")
        .contains("Open Numbers");
  }
}
