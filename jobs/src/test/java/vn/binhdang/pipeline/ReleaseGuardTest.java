package vn.binhdang.pipeline;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import vn.binhdang.warehouse.Manifest;

/** The refusals that keep a good release from being replaced by (almost) nothing (issue 12, point 9b). */
class ReleaseGuardTest {
  private static final Path INPUT = Path.of("data/sample");

  @Test
  void aYearWithoutDataIsRefusedNamingTheYearsTheReportsCover() {
    TreeMap<Integer, Long> years = new TreeMap<>(Map.of(2015, 900L, 2023, 1200L));
    assertThatCode(() -> ReleaseGuard.requireDataForYear(2023, years, INPUT)).doesNotThrowAnyException();
    assertThatThrownBy(() -> ReleaseGuard.requireDataForYear(2999, years, INPUT)).isInstanceOf(UserException.class)
        .hasMessage("the input has no data for 2999 (its reports cover 2015–2023); give --year one of those years."
            + " Nothing was published.");
    assertThatThrownBy(() -> ReleaseGuard.requireDataForYear(1800, new TreeMap<>(), INPUT))
        .isInstanceOf(UserException.class).hasMessageStartingWith("no row of data/sample was staged for 1800 or earlier");
  }

  @Test
  void aRunStagingLessThanHalfTheCurrentRowsIsRefusedUnlessAskedFor() {
    Optional<Manifest> current = Optional.of(manifest("20261201T000000Z-abcd", 11_000, 501));
    assertThatCode(() -> ReleaseGuard.requireNotShrinking(5_751, current, false)).doesNotThrowAnyException();
    assertThatThrownBy(() -> ReleaseGuard.requireNotShrinking(5_749, current, false))
        .isInstanceOf(UserException.class)
        .hasMessage("this run stages 5,749 rows, the current release 20261201T000000Z-abcd 11,501: check --input"
            + " (a wrong or half-copied folder?), or pass --allow-shrink to publish it anyway. Nothing was published.");
    assertThatCode(() -> ReleaseGuard.requireNotShrinking(0, current, true)).doesNotThrowAnyException();
    assertThatCode(() -> ReleaseGuard.requireNotShrinking(0, Optional.empty(), false)).doesNotThrowAnyException();
  }

  @Test
  void anUnreadableCurrentManifestDoesNotBlockANewRelease() throws Exception {
    Path dir = java.nio.file.Files.createTempDirectory("guard");
    java.nio.file.Files.writeString(dir.resolve("manifest.json"), "{ not json");
    org.assertj.core.api.Assertions.assertThat(ReleaseGuard.currentManifest(Optional.of(dir))).isEmpty();
    org.assertj.core.api.Assertions.assertThat(ReleaseGuard.currentManifest(Optional.empty())).isEmpty();
  }

  private static Manifest manifest(String runId, long... staged) {
    List<Manifest.Input> inputs = new java.util.ArrayList<>();
    for (int i = 0; i < staged.length; i++) {
      inputs.add(new Manifest.Input("f" + i + ".csv", "counts_csv", "0".repeat(64), 10, staged[i], staged[i], 0));
    }
    return new Manifest(runId, "2026-12-01T00:00:00Z", null, Map.of(), inputs, List.of(), Map.of());
  }
}
