package vn.binhdang.charts.spec;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.binhdang.charts.Lang;
import vn.binhdang.charts.release.Release;
import vn.binhdang.charts.release.ReleaseExtras;
import vn.binhdang.charts.release.ReleaseReader;
import vn.binhdang.charts.release.RevisionRow;
import vn.binhdang.charts.testing.SyntheticRelease;

/** The revisions page lists each changed published value with before, now and why, the run's area first. */
class RevisionsPlannerTest {
    @TempDir
    static Path tmp;
    static Release base;

    @BeforeAll
    static void read() {
        base = ReleaseReader.read(SyntheticRelease.write(tmp.resolve("r"), SyntheticRelease.Options.all()));
    }

    private static Release with(List<RevisionRow> revisions) {
        ReleaseExtras e = base.extras();
        ReleaseExtras extras = new ReleaseExtras(e.trends(), e.statuses(), e.gaps(), e.communes(), e.rejects(),
                e.published(), e.completeness(), revisions, e.manifest(), e.tableRows(), e.missingTables());
        return new Release(base.id(), base.dir(), base.indicators(), base.areas(), base.values(), extras);
    }

    private static RevisionRow value(String change, String area, Double old, Double now, String reason, String files) {
        return new RevisionRow(change, "20231211T090000Z-ab12", "HLT_SRB", area, 2022, "T", "2022", old, now, reason,
                files);
    }

    private static RevisionRow other(String change) {
        return new RevisionRow(change, "20231211T090000Z-ab12", null, "23482", null, null, null, null, null,
                "value_not_a_number", "counts/xa-23482-2023.csv");
    }

    private static PackPlan.Grid plan(Release r, Lang lang) {
        return new RevisionsPlanner(r, lang, 2023, "614", IndicatorTexts.of(r, "614", lang)).revisions();
    }

    @Test
    void eachChangedValueIsARowWithBeforeNowAndWhyTheDistrictFirst() {
        Release r = with(List.of(
                value("value_revised", "23482", 108.24, 112.5, "reject_corrected",
                        "counts/xa-23482-2022.csv, counts/xa-23482-2023.csv"),
                value("value_added", "614", null, 109.0, "resubmitted_file", "counts/huyen-2022.csv"),
                other("reject_new"), other("reject_new"), other("reject_cleared"), other("report_completed")));
        PackPlan.Grid g = plan(r, Lang.VI);

        assertThat(g.title()).isEqualTo("Những gì đã thay đổi so với bản phát hành trước");
        assertThat(g.intro()).isEqualTo("So với bản phát hành 20231211T090000Z-ab12: 2 giá trị đã công bố thay đổi;"
                + " 2 lỗi mới, 1 lỗi đã được sửa; 1 báo cáo trở nên đầy đủ, 0 báo cáo không còn đầy đủ.");
        assertThat(g.columns()).containsExactly("Năm", "Trước", "Nay", "Thay đổi", "Lý do");
        assertThat(g.rows()).hasSize(2);
        PackPlan.GridRow district = g.rows().get(0);
        assertThat(district.group()).isEqualTo("Huyện Kon Rẫy");
        assertThat(district.label()).isEqualTo("Tỷ số giới tính khi sinh");
        assertThat(district.cells()).extracting(PackPlan.GridCell::text).containsExactly("2022", "chưa công bố",
                "109,0 bé trai/100 bé gái", "mới công bố", "tệp được nộp lại: huyen-2022.csv");
        PackPlan.GridRow commune = g.rows().get(1);
        assertThat(commune.group()).isNotNull().isNotEqualTo("Huyện Kon Rẫy");
        assertThat(commune.cells()).extracting(PackPlan.GridCell::text).containsExactly("2022",
                "108,2 bé trai/100 bé gái", "112,5 bé trai/100 bé gái", "sửa đổi",
                "lỗi đã được sửa trong tệp nộp lại: xa-23482-2022.csv (+1)");
        assertThat(g.rows()).allSatisfy(row -> assertThat(row.cells()).allMatch(c -> c.light() == null));

        PackPlan.Grid en = plan(r, Lang.EN);
        assertThat(en.rows().get(1).cells().get(4).text())
                .isEqualTo("a rejected value was corrected in a resubmitted file: xa-23482-2022.csv (+1)");
    }

    @Test
    void aFirstReleaseHasNoRevisionsPageAndOnlyRejectsChangedSaysSo() {
        assertThat(plan(with(List.of()), Lang.VI)).isNull();
        PackPlan.Grid g = plan(with(List.of(other("reject_cleared"))), Lang.VI);
        assertThat(g.rows()).singleElement().extracting(PackPlan.GridRow::label)
                .isEqualTo("Không có giá trị đã công bố nào thay đổi");
        assertThat(g.intro()).contains("0 giá trị đã công bố thay đổi").contains("1 lỗi đã được sửa");
    }

    @Test
    void aLongListStopsAtTheLimitAndTheNoteCountsTheRest() {
        List<RevisionRow> many = new ArrayList<>();
        for (int i = 0; i < RevisionsPlanner.MAX_ROWS + 7; i++) {
            many.add(value("value_revised", "23482", 100.0 + i, 101.0 + i, "method", null));
        }
        PackPlan.Grid g = plan(with(many), Lang.VI);
        assertThat(g.rows()).hasSize(RevisionsPlanner.MAX_ROWS);
        assertThat(g.note()).startsWith("Trang này liệt kê 150 trong 157 giá trị thay đổi");
        assertThat(g.rows().get(0).cells().get(4).text()).isEqualTo("danh mục hoặc phương pháp thay đổi");
    }
}
