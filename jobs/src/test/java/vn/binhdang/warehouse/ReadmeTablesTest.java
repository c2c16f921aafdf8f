package vn.binhdang.warehouse;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import org.junit.jupiter.api.Test;
import vn.binhdang.testing.SharedSpark;

/** The README's table reference is the output of {@code binhdang tables}: it cannot drift from the schemas. */
class ReadmeTablesTest {
  @Test
  void readmeDocumentsEveryTableAndColumnAsDeclared() throws IOException {
    String readme = Files.readString(SharedSpark.repoRoot().resolve("README.md"));
    assertThat(readme).contains(TablesDoc.markdown(Tables.ALL));
  }
}
