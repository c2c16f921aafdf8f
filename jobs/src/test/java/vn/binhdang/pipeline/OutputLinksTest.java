package vn.binhdang.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.binhdang.warehouse.Warehouse;

/** The links in out/ through warehouse/current, on plain folders (no Spark). */
class OutputLinksTest {
  @TempDir Path out;

  @Test
  void linksReplaceAnOlderLayoutAndFollowTheCurrentRelease() throws Exception {
    Warehouse w = new Warehouse(out.resolve("warehouse"));
    release(w, "a", "chart-pack-2023-vi.pdf", "A");
    Files.createDirectories(out.resolve("report/vi")); // a real folder, as runs before outputs/ left it
    Files.writeString(out.resolve("report/vi/index.html"), "old");
    point(w, "a");
    OutputLinks.refresh(Path.of("").toAbsolutePath().relativize(out), w); // as the CLI's default "out"
    assertThat(out.resolve("report")).isSymbolicLink();
    assertThat(Files.readString(out.resolve("report/vi/index.html"))).isEqualTo("A");
    assertThat(Files.readString(out.resolve("chart-pack-2023-vi.pdf"))).isEqualTo("A");

    release(w, "b", "chart-pack-2024-vi.pdf", "B");
    point(w, "b"); // the switch alone already shows release b's report
    assertThat(Files.readString(out.resolve("report/vi/index.html"))).isEqualTo("B");
    OutputLinks.refresh(out, w);
    assertThat(Files.readString(out.resolve("chart-pack-2024-vi.pdf"))).isEqualTo("B");
    assertThat(out.resolve("chart-pack-2023-vi.pdf")).as("a pack release b does not have").doesNotExist();
    assertThat(Files.isSymbolicLink(out.resolve("chart-pack-2023-vi.pdf"))).isFalse();
    try (var names = Files.list(out)) {
      assertThat(names.map(p -> p.getFileName().toString())).noneMatch(n -> n.startsWith("."));
    }
  }

  private static void release(Warehouse w, String id, String pdf, String text) throws Exception {
    Path outputs = OutputLinks.of(w.releases().resolve(id));
    Files.createDirectories(outputs.resolve("report/vi"));
    Files.writeString(outputs.resolve("report/vi/index.html"), text);
    Files.writeString(outputs.resolve(pdf), text);
  }

  private static void point(Warehouse w, String id) throws Exception {
    Path tmp = w.root().resolve(".current-tmp");
    Files.createSymbolicLink(tmp, Path.of("releases", id));
    Files.move(tmp, w.currentLink(), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
  }
}
