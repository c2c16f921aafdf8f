package vn.binhdang.charts.spec;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.binhdang.charts.Lang;
import vn.binhdang.charts.release.CompletenessRow;
import vn.binhdang.charts.release.Release;
import vn.binhdang.charts.release.ReleaseReader;
import vn.binhdang.charts.testing.SyntheticRelease;
import vn.binhdang.charts.theme.Light;

/** The status matrix says what the commune pages say; the completeness grid names what is late or missing. */
class GridPlannerTest {
    @TempDir
    static Path tmp;
    static Release release;
    static PackPlan plan;

    @BeforeAll
    static void read() {
        release = ReleaseReader.read(SyntheticRelease.write(tmp.resolve("r"), SyntheticRelease.Options.all()));
        plan = new PackPlanner(release, Lang.VI, 2023, LocalDate.of(2023, 12, 11), "614").plan();
    }

    @Test
    void everyMatrixCellHasTheLightOfTheCommunePageAndTheDistrictsOfTheSummary() {
        PackPlan.Grid m = plan.statusMatrix();
        assertThat(m.columns()).hasSize(1 + plan.communes().size());
        assertThat(m.columns().get(0)).isEqualTo("Huyện Kon Rẫy");
        int rows = 0;
        for (PackPlan.AnnexGroup g : plan.communes().get(0).groups()) {
            for (PackPlan.AnnexRow r : g.rows()) {
                rows += r.entries().size();
            }
        }
        assertThat(m.rows()).hasSize(rows);
        int row = 0;
        for (int g = 0; g < plan.communes().get(0).groups().size(); g++) {
            PackPlan.AnnexGroup group = plan.communes().get(0).groups().get(g);
            for (int r = 0; r < group.rows().size(); r++) {
                for (int e = 0; e < group.rows().get(r).entries().size(); e++) {
                    PackPlan.GridRow gr = m.rows().get(row++);
                    for (int c = 0; c < plan.communes().size(); c++) {
                        PackPlan.AnnexEntry ae = plan.communes().get(c).groups().get(g).rows().get(r).entries().get(e);
                        assertThat(gr.cells().get(1 + c).light()).as(gr.label()).isEqualTo(ae.status().light());
                        assertThat(gr.cells().get(1 + c).word()).isEqualTo(ae.status().word());
                    }
                }
            }
        }
        // the district's cell is the summary's status of the same indicator and sex
        StatusLine srb = plan.summary().groups().stream().flatMap(x -> x.lines().stream())
                .filter(l -> l.indicatorCode().equals("HLT_SRB")).findFirst().orElseThrow();
        PackPlan.GridRow srbRow = m.rows().stream().filter(r -> r.label().startsWith("Tỷ số giới tính khi sinh"))
                .findFirst().orElseThrow();
        assertThat(srbRow.label()).isEqualTo("Tỷ số giới tính khi sinh (bé trai/100 bé gái)");
        assertThat(srbRow.cells().get(0).light()).isEqualTo(srb.entries().get(0).status().light());
        assertThat(srb.entries().get(0).value()).startsWith(srbRow.cells().get(0).text() + " ");
    }

    @Test
    void aCommunePageThatLacksARowLeavesItsCellBlankInsteadOfShiftingTheRowsBelow() {
        PackPlan.CommunePage full = plan.communes().get(0);
        PackPlan.CommunePage second = plan.communes().get(1);
        // the second commune's page without its first row, and its groups in reverse order
        java.util.List<PackPlan.AnnexGroup> groups = new java.util.ArrayList<>();
        for (PackPlan.AnnexGroup g : second.groups()) {
            groups.add(0, new PackPlan.AnnexGroup(g.objective(), g.heading(),
                    groups.isEmpty() && g == second.groups().get(0) ? g.rows().subList(1, g.rows().size()) : g.rows()));
        }
        PackPlan.CommunePage lacking = new PackPlan.CommunePage(second.areaCode(), second.name(), second.title(),
                second.summary(), second.columns(), groups, second.footnote());
        GridPlanner p = new GridPlanner(release, Lang.VI, 2023, "614", IndicatorTexts.of(release, "614", Lang.VI));
        PackPlan.Grid m = p.statusMatrix(plan.summary().groups().stream().flatMap(x -> x.lines().stream()).toList(),
                java.util.List.of(full, lacking), java.util.List.of());
        PackPlan.AnnexRow dropped = second.groups().get(0).rows().get(0);
        int droppedEntries = dropped.entries().size();
        for (int i = 0; i < droppedEntries; i++) {
            assertThat(m.rows().get(i).cells().get(2)).isEqualTo(new PackPlan.GridCell(null, "", ""));
        }
        PackPlan.AnnexEntry next = second.groups().get(0).rows().get(1).entries().get(0);
        assertThat(m.rows().get(droppedEntries).cells().get(2).light()).isEqualTo(next.status().light());
        assertThat(m.rows().get(droppedEntries).cells().get(2).word()).isEqualTo(next.status().word());
    }

    @Test
    void aMatrixCellIsTheNumberWithoutItsUnitOrTheShortWord() {
        assertThat(GridPlanner.compact("114,5 bé trai/100 bé gái", "bé trai/100 bé gái")).isEqualTo("114,5");
        assertThat(GridPlanner.compact("42,9 %", "%")).isEqualTo("42,9 %");
        assertThat(GridPlanner.compact("bị ẩn", "%")).isEqualTo("bị ẩn");
        assertThat(GridPlanner.compact("Thiếu báo cáo quý 3, các quý khác đều đạt", "%")).isEmpty();
    }

    @Test
    void theCompletenessGridHasEveryAreaAndYearAndSaysWhatIsLateOrMissing() {
        PackPlan.Grid g = plan.completeness();
        assertThat(g.title()).isEqualTo("Mức độ đầy đủ của báo cáo, 2015–2023");
        assertThat(g.rows()).hasSize(8);
        assertThat(g.rows().get(7).label()).isEqualTo("Huyện Kon Rẫy");
        assertThat(g.rows().get(7).total()).isTrue();
        assertThat(g.columns()).first().isEqualTo("2015");
        GridPlanner p = new GridPlanner(release, Lang.VI, 2023, "614", IndicatorTexts.of(release, "614", Lang.VI));
        CompletenessRow late = new CompletenessRow("23482", 2023, "commune_report", 1, 1, 0, 1, 0, 8, 1, 71, 71, 4, 4, null);
        assertThat(p.cell(late)).isEqualTo(new PackPlan.GridCell(Light.CANNOT_TELL, "muộn 8 ngày", "muộn 8 ngày"));
        CompletenessRow quarter = new CompletenessRow("23497", 2023, "commune_report", 1, 1, 1, 0, 0, 0, 0, 71, 70, 4, 3, "Q3");
        assertThat(p.cell(quarter).text()).isEqualTo("thiếu quý 3");
        CompletenessRow both = new CompletenessRow("614", 2023, "district_report", 1, 1, 0, 1, 0, 2, 0, 90, 88, 12, 10,
                "M04 M05");
        assertThat(p.cell(both).text()).isEqualTo("muộn 2 ngày, thiếu tháng 4, 5");
        CompletenessRow missing = new CompletenessRow("23479", 2023, "commune_report", 1, 0, 0, 0, 1, null, 0, 71, 0, 4, 0,
                null);
        assertThat(p.cell(missing)).isEqualTo(new PackPlan.GridCell(Light.NOT_ACHIEVED, "thiếu", "Không nhận được báo cáo"));
        CompletenessRow fine = new CompletenessRow("23479", 2022, "commune_report", 1, 1, 1, 0, 0, 0, 1, 71, 71, 4, 4, null);
        assertThat(p.cell(fine).light()).isEqualTo(Light.ACHIEVED);
        assertThat(p.cell(fine).text()).isEmpty();
    }
}
