package vn.binhdang.ingest;

import vn.binhdang.catalogue.RejectRule;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

/** What each file of an input folder is, from its name and size alone. */
class InputInventoryTest {
  private static final Set<String> REGISTERS = Set.of("births", "maternal_deaths");

  private static InputInventory.Unread of(String file, long bytes) {
    return InputInventory.classify(file, bytes, REGISTERS);
  }

  @Test
  void filesAParserReadsAreNotListed() {
    assertThat(of("counts/2023/23482.csv", 10)).isNull();
    assertThat(of("counts/23482.CSV", 10)).as("upper-case extension: read by the case-blind glob").isNull();
    assertThat(of("forms/2023/Dak Koi.xlsx", 10)).isNull();
    assertThat(of("registers/births/2023.parquet", 10)).isNull();
    assertThat(of("README.md", 10)).as("not in an input folder").isNull();
  }

  @Test
  void emptyFilesOfAReadKindAreNoData() {
    assertThat(of("counts/2023/23482.csv", 0)).extracting(InputInventory.Unread::rule, InputInventory.Unread::kind)
        .containsExactly(RejectRule.NO_DATA, "counts");
    assertThat(of("registers/births/2023.csv", 0).kind()).isEqualTo("register_births");
  }

  @Test
  void otherKindsHiddenNamesAndUnknownRegistersAreNotInputs() {
    assertThat(of("forms/bao cao.xls", 100)).as("Excel 97-2003 forms are read").isNull();
    assertThat(of("forms/bao cao.ods", 100).note())
        .isEqualTo("forms/ reads .xls and .xlsx files; a .ods file is not read; open it and save it as Excel Workbook (.xlsx)");
    assertThat(of("counts/README", 100).note()).isEqualTo("counts/ reads .csv files; a file without extension is not read");
    assertThat(of("counts/_old/23482.csv", 100).note()).startsWith("'_old' starts with '_', which marks a hidden file");
    assertThat(of("counts/.~lock.23482.csv#", 100).rule()).isEqualTo(RejectRule.NOT_AN_INPUT);
    assertThat(of("registers/deaths/2023.csv", 100).note())
        .isEqualTo("registers/ holds one folder per register (births, maternal_deaths); 'deaths' is not read");
    assertThat(of("registers/2023.csv", 100).note()).endsWith("a file directly in registers/ is not read");
  }

  @Test
  void systemFilesAndParquetBookkeepingHaveNoReject() {
    assertThat(of("counts/Thumbs.db", 100).rule()).isNull();
    assertThat(of("forms/.DS_Store", 100).kind()).isEqualTo("system_file");
    assertThat(of("registers/births/2023/_SUCCESS", 0).kind()).isEqualTo("bookkeeping");
    assertThat(of("registers/births/2023/.part-00000.parquet.crc", 12).rule()).isNull();
  }
}
