package vn.binhdang.charts.workbook;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.binhdang.charts.testing.SheetText.rows;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.binhdang.charts.Lang;
import vn.binhdang.charts.release.Release;
import vn.binhdang.charts.release.ReleaseReader;
import vn.binhdang.charts.spec.PackPlan;
import vn.binhdang.charts.spec.PackPlanner;
import vn.binhdang.charts.spec.StatusEntry;
import vn.binhdang.charts.spec.StatusLine;
import vn.binhdang.charts.testing.SyntheticRelease;

/** The editable summary says what the pack's summary and matrix pages say, each sheet on one printed page. */
class SummaryWorkbookTest {
    @TempDir
    static Path tmp;
    static PackPlan plan;
    static XSSFWorkbook wb;

    @BeforeAll
    static void write() throws Exception {
        Release release = ReleaseReader.read(SyntheticRelease.write(tmp.resolve("r"), SyntheticRelease.Options.all()));
        plan = new PackPlanner(release, Lang.VI, 2023, LocalDate.of(2023, 12, 11), "614").plan();
        Path file = SummaryWorkbook.write(plan, release, Lang.VI, 2023, tmp.resolve("out"));
        assertThat(file.getFileName().toString()).isEqualTo("summary-2023-vi.xlsx");
        try (InputStream in = Files.newInputStream(file)) {
            wb = new XSSFWorkbook(in);
        }
    }

    @Test
    void threeSheetsEachFittedToOneLandscapePage() {
        assertThat(List.of(wb.getSheetName(0), wb.getSheetName(1), wb.getSheetName(2)))
                .containsExactly("Tóm tắt", "Ma trận theo xã", "Siêu dữ liệu chỉ tiêu");
        for (Sheet s : wb) {
            assertThat(s.getFitToPage()).as(s.getSheetName()).isTrue();
            assertThat(s.getPrintSetup().getFitWidth()).isEqualTo((short) 1);
            assertThat(s.getPrintSetup().getFitHeight()).isEqualTo((short) 1);
            assertThat(s.getPrintSetup().getLandscape()).isTrue();
        }
    }

    @Test
    void theSummarySheetHasEveryStatusOfTheSummaryPageInItsWords() {
        List<List<String>> rows = rows(wb.getSheetAt(0));
        assertThat(rows.get(1).get(0)).isEqualTo(plan.summary().title());
        List<String> expected = new ArrayList<>();
        for (PackPlan.Group g : plan.summary().groups()) {
            expected.add(g.heading());
            for (StatusLine l : g.lines()) {
                for (StatusEntry e : l.entries()) {
                    expected.add((e.sexLabel() == null ? l.name() : l.name() + " — " + e.sexLabel()) + " | "
                            + StatusEntry.valueText(null, e.value(), e.interval()) + " | " + l.target() + " | "
                            + e.status().light().symbol() + " " + e.status().word());
                }
            }
        }
        List<String> actual = rows.subList(5, 5 + expected.size()).stream()
                .map(r -> r.size() == 1 ? r.get(0) : String.join(" | ", r.subList(0, 4))).toList();
        assertThat(actual).isEqualTo(expected);
    }

    @Test
    void theMatrixSheetIsThePacksMatrix() {
        List<List<String>> rows = rows(wb.getSheetAt(1));
        PackPlan.Grid g = plan.statusMatrix();
        assertThat(rows.get(4).subList(1, 1 + g.columns().size())).isEqualTo(g.columns());
        PackPlan.GridRow first = g.rows().get(0);
        assertThat(rows.get(5).get(0)).isEqualTo(first.group());
        assertThat(rows.get(6).get(0)).isEqualTo(first.label());
        PackPlan.GridCell c = first.cells().get(1);
        assertThat(rows.get(6).get(2)).isEqualTo(c.light().symbol() + " " + (c.text().isEmpty() ? c.word() : c.text()));
    }

    @Test
    void aReleaseWithoutMetadataSaysSoOnTheMetadataSheet() {
        List<List<String>> rows = rows(wb.getSheetAt(2));
        assertThat(rows.get(3)).startsWith("Mã chỉ tiêu", "Chỉ số", "Định nghĩa", "Tử số", "Mẫu số");
        assertThat(rows.get(4).get(0)).isEqualTo("POL_FEMALE_KEY_LEADER");
        assertThat(rows.stream().map(r -> r.isEmpty() ? "" : r.get(0)))
                .contains("Bản dữ liệu này chưa có siêu dữ liệu chỉ tiêu (tệp indicator_metadata.csv của danh mục).");
    }
}
