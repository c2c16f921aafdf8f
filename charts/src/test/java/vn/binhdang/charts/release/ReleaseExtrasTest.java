package vn.binhdang.charts.release;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.binhdang.charts.testing.TableWriter.dbl;
import static vn.binhdang.charts.testing.TableWriter.integer;
import static vn.binhdang.charts.testing.TableWriter.str;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.binhdang.charts.testing.SyntheticRelease;
import vn.binhdang.charts.testing.TableWriter;

class ReleaseExtrasTest {

    @TempDir
    static Path tmp;

    static Release release;

    @BeforeAll
    static void read() {
        release = ReleaseReader.read(SyntheticRelease.write(tmp.resolve("run-7"), SyntheticRelease.Options.all()));
    }

    @Test
    void readsEveryMartAndOptionalTable() {
        ReleaseExtras x = release.extras();
        assertThat(x.missingTables()).isEmpty();
        assertThat(x.trends()).isNotEmpty();
        assertThat(x.statuses()).isNotEmpty();
        assertThat(x.gaps()).isNotEmpty();
        assertThat(x.communes()).isNotEmpty();
        assertThat(x.rejects()).hasSize(6).extracting(RejectRow::rule).contains("not_a_number");
        assertThat(x.published()).isNotEmpty().allSatisfy(p -> assertThat(p.areaCode()).isEqualTo("VN"));
        assertThat(release.published("HLT_SRB", "VN", Sex.T)).isNotEmpty()
                .allSatisfy(p -> assertThat(p.value()).isBetween(100.0, 120.0));
        assertThat(x.completeness()).hasSize(9 * 8);
        assertThat(release.status("HLT_SRB", "614", Sex.T, 2023)).isPresent();
        assertThat(release.trend("LAB_WAGE_SHARE_F", "614", Sex.F)).get()
                .extracting(TrendSummary::testStatus).isEqualTo("tested");
    }

    @Test
    void manifestGivesRunInputsAndRejects() {
        ReleaseManifest m = release.extras().manifest();
        assertThat(m.runId()).isEqualTo("run-7");
        assertThat(m.createdAt().getYear()).isEqualTo(2023);
        assertThat(m.inputs()).hasSize(72);
        assertThat(m.rowsRead()).isEqualTo(4689);
        assertThat(m.rowsRead()).isEqualTo(m.rowsStaged() + m.rowsRejected());
        assertThat(m.rejectsByRule()).containsEntry("sex_total_mismatch", 3L);
        assertThat(release.extras().tableRows()).containsKey("fct_indicator");
    }

    @Test
    void suppressedMartRowsCarryNoNumbers() {
        assertThat(release.extras().statuses()).filteredOn(TargetStatusRow::suppressed).isNotEmpty()
                .allSatisfy(r -> {
                    assertThat(r.value()).isNull();
                    assertThat(r.ciLower()).isNull();
                    assertThat(r.gap()).isNull();
                    assertThat(r.status()).isEqualTo(TargetStatus.NO_DATA);
                });
        assertThat(release.extras().communes()).filteredOn(CommuneCompareRow::suppressed).isNotEmpty()
                .allSatisfy(r -> {
                    assertThat(r.value()).isNull();
                    assertThat(r.numerator()).isNull();
                    assertThat(r.rank()).isNull();
                    assertThat(r.funnelBand()).isNull();
                    assertThat(r.funnelZ()).isNull();
                });
        assertThat(release.extras().gaps()).filteredOn(GenderGapRow::suppressed)
                .allSatisfy(r -> assertThat(r.gap()).isNull());
        // A trend with a hidden year keeps only its key: no slope, p-value, verdict or target year.
        assertThat(release.extras().trends()).filteredOn(TrendSummary::suppressed).isNotEmpty()
                .allSatisfy(t -> {
                    assertThat(t.senSlope()).isNull();
                    assertThat(t.mkPValue()).isNull();
                    assertThat(t.directionOfChange()).isNull();
                    assertThat(t.testStatus()).isNull();
                });
    }

    @Test
    void missingOptionalTablesAreListedNotFatal(@TempDir Path d) {
        Release r = ReleaseReader.read(SyntheticRelease.write(d.resolve("r"), SyntheticRelease.Options.factsOnly()));
        assertThat(r.extras().missingTables()).containsExactlyInAnyOrderElementsOf(ReleaseReader.OPTIONAL_TABLES);
        assertThat(r.extras().manifest()).isNull();
        assertThat(r.extras().trends()).isEmpty();
        assertThat(r.indicators()).hasSize(20);
    }

    @Test
    void publishedSeriesNeedsOnlyWhatALineNeeds(@TempDir Path d) {
        Path dir = SyntheticRelease.write(d.resolve("r"), SyntheticRelease.Options.factsOnly());
        TableWriter.write(dir, "published_series", List.of(str("area_code"), integer("year"), str("indicator_code"),
                dbl("value")), List.of(Map.of("area_code", "VN", "year", 2020, "indicator_code", "HLT_ABR",
                "value", 35.0)), 1);
        Release r = ReleaseReader.read(dir);
        assertThat(r.published("HLT_ABR", "VN", Sex.T)).singleElement()
                .satisfies(p -> assertThat(p.source()).isNull());
    }

    @Test
    void aPresentMartMustFollowTheContract(@TempDir Path d) {
        Path dir = SyntheticRelease.write(d.resolve("r"), SyntheticRelease.Options.factsOnly());
        TableWriter.write(dir, "mart_target_status", List.of(str("indicator_code"), str("area_code")),
                List.of(Map.of("indicator_code", "HLT_ABR", "area_code", "614")), 1);
        assertThatThrownBy(() -> ReleaseReader.read(dir)).isInstanceOf(ReleaseException.class)
                .hasMessageContaining("mart_target_status").hasMessageContaining("missing column");
    }

    @Test
    void manifestJsonIsReadTolerantly() {
        ReleaseManifest m = ReleaseManifest.parse("{\"run_id\": \"x\", \"new_field\": 1, \"inputs\": [{\"file\": \"a.csv\","
                + " \"rows_read\": 5, \"rows_staged\": 4, \"rows_rejected\": 1}]}");
        assertThat(m.runId()).isEqualTo("x");
        assertThat(m.createdAt()).isNull();
        assertThat(m.rowsRejected()).isEqualTo(1);
        assertThatThrownBy(() -> ReleaseManifest.parse("[1]")).isInstanceOf(ReleaseException.class);
    }
}
