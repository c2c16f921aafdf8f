package vn.binhdang.generate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import vn.binhdang.generate.cli.GenerateCommand;

/** The {@code generate} command: options, defaults, what it prints, and errors as exceptions. */
class GenerateCommandTest {
  @TempDir Path tmp;

  private String run(String... args) {
    StringWriter out = new StringWriter();
    CommandLine cl = new CommandLine(new GenerateCommand());
    cl.setOut(new PrintWriter(out));
    cl.setExecutionExceptionHandler((ex, c, parsed) -> {
      throw ex;
    });
    assertThat(cl.execute(args)).isZero();
    return out.toString();
  }

  @Test
  void defaultsWriteTheSampleWithItsFaultsAndSayWhatWasWritten() {
    String out = run("--out", tmp.toString());
    assertThat(out)
        .contains("SYNTHETIC counts written to " + tmp.resolve("counts"))
        .contains("72 files, ")
        .contains("years 2015-2023; 7 communes + district 614; seed " + SampleGenerator.DEFAULT_SEED)
        .contains("7 faults planted; 6 rows must be rejected")
        .contains("counts/2021/23491.csv").contains("not_a_number")
        .contains("done in");
    assertThat(GeneratedFiles.read(tmp)).hasSize(72);
    assertThat(out)
        .contains("SYNTHETIC registers written to " + tmp.resolve("registers"))
        .contains("12 files, 6,479 records")
        .contains("years 2021-2023: births 1,741, maternal_deaths 0, school_completion 3,477, labour_survey 1,261")
        .contains("4 register faults planted; 5 records must be rejected:")
        .contains("registers/births/2022.csv").contains("out_of_range");
  }

  @Test
  void registerOptionsReachTheGenerator() {
    String out = run("--out", tmp.toString(), "--communes", "3", "--from-year", "2022", "--to-year", "2023",
        "--registers-from-year", "2023", "--survey-sample", "10", "--register-part-rows", "50", "--no-faults");
    assertThat(out).contains("years 2023-2023").doesNotContain("register faults");
    assertThat(tmp.resolve("registers/births/2023-2.csv")).exists();
    assertThat(run("--out", tmp.resolve("b").toString(), "--no-registers")).doesNotContain("registers");
    assertThat(tmp.resolve("b/registers")).doesNotExist();
  }

  @Test
  void faultsAreNegatable() {
    assertThat(run("--out", tmp.resolve("a").toString(), "--no-faults")).contains("no faults planted");
    assertThat(run("--out", tmp.resolve("b").toString(), "--faults")).contains("7 faults planted");
  }

  @Test
  void scaledRunPrintsItsCatalogueAndTheYearNote() {
    String out = run("--out", tmp.toString(), "--communes", "20", "--from-year", "1998", "--to-year", "2000",
        "--seed", "5", "--no-faults");
    assertThat(out).contains("63 files").contains("20 communes + district 614")
        .contains("catalogue for these communes: " + tmp.resolve("catalogue"))
        .contains("rejects years before 2000");
  }

  @Test
  void badOptionsAreIllegalArgumentsWithOneLineMessages() {
    GenerateCommand cmd = new GenerateCommand();
    new CommandLine(cmd).parseArgs("--out", tmp.toString(), "--from-year", "2023", "--to-year", "2015");
    assertThatThrownBy(cmd::call).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("--from-year 2023 is after --to-year 2015");
    GenerateCommand again = new GenerateCommand();
    new CommandLine(again).parseArgs("--out", tmp.toString(), "--communes", "0");
    assertThatThrownBy(again::call).isInstanceOf(IllegalArgumentException.class).hasMessageNotContaining("\n");
  }

  @Test
  void existingOutputNeedsForce() {
    run("--out", tmp.toString(), "--no-faults");
    GenerateCommand cmd = new GenerateCommand();
    new CommandLine(cmd).parseArgs("--out", tmp.toString());
    assertThatThrownBy(cmd::call).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("--force");
    assertThat(run("--out", tmp.toString(), "--force")).contains("72 files");
  }
}
