package vn.binhdang.charts.spec;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.binhdang.charts.Lang;
import vn.binhdang.charts.release.IndicatorDef;
import vn.binhdang.charts.release.IndicatorValue;
import vn.binhdang.charts.release.Release;
import vn.binhdang.charts.release.ReleaseReader;
import vn.binhdang.charts.release.Sex;
import vn.binhdang.charts.testing.FixtureRelease.Value;
import vn.binhdang.charts.testing.Fixtures;

class TrendSpecsTest {

    @TempDir
    static Path tmp;

    static Release release;
    static Release full;

    @BeforeAll
    static void read() {
        release = ReleaseReader.read(Fixtures.small(tmp.resolve("small")));
        full = ReleaseReader.read(Fixtures.full(tmp.resolve("full")));
    }

    private static IndicatorDef ind(Release r, String code) {
        return r.indicator(code).orElseThrow();
    }

    @Test
    void womenAndMenAreDrawnWhereTheTargetIsForASex() {
        assertThat(TrendSpecs.drawnSexes(ind(full, "LAB_WAGE_SHARE_F"))).containsExactly(Sex.F, Sex.M);
        assertThat(TrendSpecs.drawnSexes(ind(full, "EDU_PRIMARY_COMPLETION_EM"))).containsExactly(Sex.F, Sex.M);
        assertThat(TrendSpecs.drawnSexes(ind(full, "MED_GE_KNOWLEDGE"))).containsExactly(Sex.T);
        assertThat(TrendSpecs.drawnSexes(ind(full, "HLT_SRB"))).containsExactly(Sex.T);
    }

    @Test
    void yearsResolvedFromSplitCommunesAreNotedAsApproximate(@TempDir Path dir) {
        List<vn.binhdang.charts.testing.FixtureRelease.Value> v = List.of(
                Value.of("HLT_SRB", 2021, "T", 109.0, 100.0, 118.0).area("23479").flags("apportioned"),
                Value.of("HLT_SRB", 2022, "T", 108.0, 99.0, 117.0).area("23479").flags("unreliable,apportioned"),
                Value.of("HLT_SRB", 2023, "T", 107.0, 98.0, 116.0).area("23479"));
        Release r = ReleaseReader.read(vn.binhdang.charts.testing.FixtureRelease.write(dir, Set.of("HLT_SRB"), v));
        TrendChartSpec srb = TrendSpecs.trend(r, ind(r, "HLT_SRB"), "23479", Lang.EN, 2023);
        assertThat(srb.series().get(0).points()).hasSize(3);
        assertThat(srb.notes()).anySatisfy(n -> assertThat(n).startsWith("2021")
                .endsWith(": from the communes of the old map, one of them split by population or area: approximate."));
        assertThat(srb.notes()).noneSatisfy(n -> assertThat(n).contains("2023"));
    }

    @Test
    void suppressedYearsAreLeftOutAndNoted() {
        TrendChartSpec mmr = TrendSpecs.trend(release, ind(release, "HLT_MMR"), "614", Lang.VI, 2023);
        assertThat(mmr.series()).singleElement().satisfies(s -> {
            assertThat(s.label()).isEqualTo("Huyện Kon Rẫy");
            assertThat(s.points()).extracting(TrendPoint::year).containsExactly(2015, 2016, 2017, 2018, 2020, 2021,
                    2022, 2023);
            assertThat(s.points()).extracting(TrendPoint::value).doesNotContain(Fixtures.SUPPRESSED_MMR_2019);
            assertThat(s.suppressedYears()).containsExactly(2019);
        });
        assertThat(mmr.pointCount()).isEqualTo(8);
        assertThat(mmr.notes()).containsExactly(
                "Năm 2019: số liệu bị ẩn để bảo vệ danh tính người liên quan.",
                "Mọi năm có trên biểu đồ: ít trường hợp, số liệu kém tin cậy.");
        assertThat(mmr.target().label()).isEqualTo("Chỉ tiêu 2023: ≤ 31,8");
        assertThat(mmr.target().value()).isEqualTo(31.8);
        assertThat(mmr.unitLabel()).isEqualTo("/100.000 trẻ đẻ sống");
        assertThat(mmr.includeZero()).isTrue();
        assertThat(mmr.maxValue()).isNull();
        assertThat(mmr.firstYear()).isEqualTo(2015);
        assertThat(mmr.lastYear()).isEqualTo(2023);
    }

    @Test
    void bySexTrendHasOneLinePerSexWithIntervals() {
        TrendChartSpec wage = TrendSpecs.trend(release, ind(release, "LAB_WAGE_SHARE_F"), "614", Lang.EN, 2023);
        assertThat(wage.series()).extracting(TrendSeries::sex).containsExactly(Sex.F, Sex.M);
        assertThat(wage.series()).extracting(TrendSeries::label).containsExactly("Female", "Male");
        TrendPoint f2023 = wage.series().get(0).points().get(8);
        assertThat(f2023.year()).isEqualTo(2023);
        assertThat(f2023.value()).isEqualTo(46.3);
        assertThat(f2023.lower()).isEqualTo(46.3 - 4.2);
        assertThat(wage.target().label()).isEqualTo("2023 target (female): ≥ 50 %");
        assertThat(wage.maxValue()).isEqualTo(100.0);
        assertThat(wage.notes()).isEmpty();
        assertThat(wage.title()).isEqualTo("Employed women who are wage or salary workers");
    }

    @Test
    void sexRatioDoesNotStartAtZero() {
        TrendChartSpec srb = TrendSpecs.trend(release, ind(release, "HLT_SRB"), "614", Lang.VI, 2023);
        assertThat(srb.includeZero()).isFalse();
        assertThat(srb.target().label()).isEqualTo("Chỉ tiêu 2023: ≈ 100");
        // The commune's 140 and the pooled 130 are not the district's trend.
        assertThat(srb.series().get(0).points()).extracting(TrendPoint::value).doesNotContain(140.0, 130.0);
    }

    @Test
    void notesNameTheSexWhenOnlyOneSexIsHidden(@TempDir Path d) {
        IndicatorDef wage = ind(release, "LAB_WAGE_SHARE_F");
        List<IndicatorValue> values = List.of(
                value("LAB_WAGE_SHARE_F", 2022, Sex.F, 40.0, false), value("LAB_WAGE_SHARE_F", 2023, Sex.F, 0, true),
                value("LAB_WAGE_SHARE_F", 2022, Sex.M, 45.0, false), value("LAB_WAGE_SHARE_F", 2023, Sex.M, 46.0, false));
        Release r = new Release("r", d, List.of(wage), release.areas(), values);
        TrendChartSpec spec = TrendSpecs.trend(r, wage, "614", Lang.VI, 2023);
        assertThat(spec.notes()).containsExactly("Năm 2023 (nữ): số liệu bị ẩn để bảo vệ danh tính người liên quan.");
        assertThat(spec.pointCount()).isEqualTo(3);
        assertThat(new IndicatorTexts(Lang.VI).valueLine(r, wage, "614", 2023))
                .isEqualTo("Năm 2023: Nữ: số liệu bị ẩn; Nam: 46,0 %; chỉ tiêu (nữ): ≥ 50 %");
    }

    @Test
    void anIndicatorWithoutDataGivesAnEmptyChartNotAnError(@TempDir Path d) {
        IndicatorDef srb = ind(release, "HLT_SRB");
        Release r = new Release("r", d, List.of(srb), release.areas(), List.of());
        TrendChartSpec spec = TrendSpecs.trend(r, srb, "614", Lang.VI, 2023);
        assertThat(spec.pointCount()).isZero();
        assertThat(spec.firstYear()).isEqualTo(2023);
        assertThat(new IndicatorTexts(Lang.VI).valueLine(r, srb, "614", 2023))
                .isEqualTo("Năm 2023: chưa có số liệu; chỉ tiêu: ≈ 100");
    }

    @Test
    void valueLinesInBothLanguages() {
        IndicatorTexts vi = new IndicatorTexts(Lang.VI);
        IndicatorTexts en = new IndicatorTexts(Lang.EN);
        assertThat(vi.valueLine(release, ind(release, "HLT_SRB"), "614", 2023))
                .isEqualTo("Năm 2023: 108,2 bé trai/100 bé gái (KTC 95 %: 101,3–115,6); chỉ tiêu: ≈ 100");
        assertThat(en.valueLine(release, ind(release, "HLT_SRB"), "614", 2023))
                .isEqualTo("2023: 108.2 boys per 100 girls (95% CI: 101.3–115.6); target: ≈ 100");
        assertThat(vi.valueLine(release, ind(release, "LAB_WAGE_SHARE_F"), "614", 2023))
                .isEqualTo("Năm 2023: Nữ: 46,3 % (KTC 95 %: 42,1–50,6); Nam: 50,4 % (KTC 95 %: 46,4–54,5);"
                        + " chỉ tiêu (nữ): ≥ 50 %");
        assertThat(vi.target(ind(full, "LAB_FEMALE_DIRECTORS"))).isEqualTo("≥ 26,05 %");
        assertThat(vi.target(ind(full, "EDU_PRIMARY_COMPLETION_EM"))).isEqualTo("> 100 %");
        assertThat(vi.targetLabel(ind(full, "EDU_PRIMARY_COMPLETION_EM"), 2023))
                .isEqualTo("Chỉ tiêu 2023 (nữ và nam): > 100 %");
        assertThat(en.target(ind(full, "FAM_UNPAID_CARE_RATIO"))).isEqualTo("≤ 1.7");
        assertThat(vi.valueLine(full, ind(full, "FAM_UNPAID_CARE_RATIO"), "614", 2023))
                .isEqualTo("Năm 2023: 1,70 lần; chỉ tiêu: ≤ 1,7");
    }

    @Test
    void aNationalLineTakesOneSourceWhenSeveralPublishTheSameYears() {
        var a = new vn.binhdang.charts.release.PublishedValue("VN", 2020, "HLT_ABR", Sex.T, 35.0, null, null, "B yearbook");
        var b1 = new vn.binhdang.charts.release.PublishedValue("VN", 2020, "HLT_ABR", Sex.T, 34.0, null, null, "A bank");
        var b2 = new vn.binhdang.charts.release.PublishedValue("VN", 2021, "HLT_ABR", Sex.T, 33.0, null, null, "A bank");
        assertThat(TrendSpecs.oneSource(List.of(a, b1, b2), 2015, 2023)).containsExactly(b1, b2);
        assertThat(TrendSpecs.oneSource(List.of(a, b1), 2015, 2023)).containsExactly(b1);
        assertThat(TrendSpecs.sourceName("World Bank, World Development Indicators (SP.ADO.TFRT), CC BY 4.0"))
                .isEqualTo("World Bank, World Development Indicators, CC BY 4.0");
    }

    @Test
    void districtNameWithProvince() {
        assertThat(TrendSpecs.areaWithParent(release, "614", Lang.VI)).isEqualTo("Huyện Kon Rẫy, tỉnh Kon Tum");
        assertThat(TrendSpecs.areaWithParent(release, "614", Lang.EN)).isEqualTo("Kon Rẫy district, Kon Tum province");
        assertThat(TrendSpecs.areaWithParent(release, "999", Lang.VI)).isEqualTo("999");
    }

    private static IndicatorValue value(String code, int year, Sex sex, double v, boolean suppressed) {
        return new IndicatorValue(code, "614", year, sex, String.valueOf(year), false, null, null, v, null, null, null,
                Set.of(), suppressed);
    }
}
