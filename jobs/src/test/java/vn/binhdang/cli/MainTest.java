package vn.binhdang.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class MainTest {

  @Test
  void outOfMemoryIsOneLineThatSaysHowToGiveMore() {
    String m = Main.outOfMemoryMessage(1500L * 1024 * 1024);
    assertThat(m).isEqualTo("binhdang: error: out of memory (Java heap of 1500 MB); give the JVM more, e.g. "
        + "BINHDANG_JAVA_OPTS=-Xmx2g");
    assertThat(Main.outOfMemoryMessage(6L * 1024 * 1024 * 1024)).endsWith("-Xmx12g").doesNotContain("\n");
  }

  @Test
  void anUnknownOptionIsAUsageErrorWithoutAStackTrace() {
    CommandLine cl = Main.commandLine();
    StringWriter err = new StringWriter();
    cl.setErr(new PrintWriter(err));
    assertThat(cl.execute("run", "--no-such-option")).isEqualTo(ExitCodes.USAGE);
    assertThat(err.toString()).startsWith("binhdang: Unknown option: '--no-such-option'").doesNotContain("\tat ");
  }
}
