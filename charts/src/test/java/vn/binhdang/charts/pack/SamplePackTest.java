package vn.binhdang.charts.pack;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.binhdang.charts.ChartPack;
import vn.binhdang.charts.ChartPackResult;
import vn.binhdang.charts.Lang;
import vn.binhdang.charts.release.Release;
import vn.binhdang.charts.release.ReleaseReader;
import vn.binhdang.charts.testing.SyntheticRelease;

/** Renders the full synthetic pack into {@code target/chart-pack-sample/} for people to look at. */
class SamplePackTest {

    @TempDir
    Path tmp;

    @Test
    void rendersTheSamplePackForReview() {
        Path dir = SyntheticRelease.write(tmp.resolve("releases/20231211T031542Z-demo"), SyntheticRelease.Options.all());
        long t0 = System.nanoTime();
        Release release = ReleaseReader.read(dir);
        long t1 = System.nanoTime();
        Path out = Paths.get("target/chart-pack-sample").toAbsolutePath();
        ChartPackResult vi = ChartPack.render(release, out, Lang.VI, 2023, LocalDate.of(2023, 12, 11));
        ChartPackResult en = ChartPack.render(release, out, Lang.EN, 2023, LocalDate.of(2023, 12, 11));
        System.out.printf("read %.0f ms, vi %d ms (%d pages, %d charts), en %d ms%n", (t1 - t0) / 1e6,
                vi.renderTime().toMillis(), vi.pageCount(), vi.charts().size(), en.renderTime().toMillis());
        assertThat(vi.pageCount()).isGreaterThan(20);
    }
}
