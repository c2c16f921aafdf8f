package vn.binhdang.charts.theme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.binhdang.charts.Lang;

/** The words of a pack's area in every message: a district's, a province's on either map, the nation's. */
class WordingTest {
    private static final Wording NEW_PROVINCE = Wording.of("province", Set.of("commune", "ward"));
    private static final Wording OLD_PROVINCE = Wording.of("province", Set.of("district"));
    private static final Wording NATION = Wording.of("national", Set.of("province"));

    @Test
    void everyPlaceholderIsFilledInEveryWordingAndLanguage() {
        for (Wording w : List.of(Wording.DISTRICT, NEW_PROVINCE, OLD_PROVINCE, NATION)) {
            for (Lang lang : Lang.values()) {
                Messages m = Messages.of(lang, w);
                assertThat(m.keys()).allSatisfy(k -> assertThat(m.get(k)).as(k).doesNotContain("{w."));
            }
        }
    }

    @Test
    void kinds() {
        assertThat(NEW_PROVINCE.units()).isEqualTo(Wording.Units.COMMUNES_WARDS);
        assertThat(OLD_PROVINCE.units()).isEqualTo(Wording.Units.DISTRICTS);
        assertThat(Wording.of("district", Set.of("commune", "town"))).isEqualTo(Wording.DISTRICT);
        // a province of communes only (no town, no ward) is on the new map: towns were abolished with districts
        assertThat(Wording.of("province", Set.of("commune")).units()).isEqualTo(Wording.Units.COMMUNES_WARDS);
        assertThatThrownBy(() -> new Wording("commune", Wording.Units.COMMUNES_TOWNS))
                .hasMessage("a pack is about a district, a province or the nation, not a commune");
    }

    @Test
    void aDistrictReadsAsBefore() {
        Messages vi = Messages.of(Lang.VI);
        assertThat(vi.get("chart.funnel.title", "period", "2023")).isEqualTo("Biểu đồ phễu: các xã so với toàn huyện, 2023");
        assertThat(vi.get("chart.communes.title", "period", "2023")).isEqualTo("Các xã, thị trấn, 2023");
        assertThat(vi.get("col.compare")).isEqualTo("So với huyện");
        assertThat(Messages.of(Lang.EN).get("summary.intro", "year", 2023)).startsWith("District value in 2023");
    }

    @Test
    void aProvinceOnTheNewMapComparesItsCommunesAndWards() {
        Messages vi = Messages.of(Lang.VI, NEW_PROVINCE);
        assertThat(vi.get("chart.funnel.title", "period", "2025")).isEqualTo("Biểu đồ phễu: các xã so với toàn tỉnh, 2025");
        assertThat(vi.get("chart.communes.title", "period", "2025")).isEqualTo("Các xã, phường, 2025");
        assertThat(vi.get("legend.district")).isEqualTo("Toàn tỉnh");
        assertThat(vi.get("col.compare")).isEqualTo("So với tỉnh");
        Messages en = Messages.of(Lang.EN, NEW_PROVINCE);
        assertThat(en.get("chart.funnel.title", "period", "2025"))
                .isEqualTo("Funnel plot: communes and wards against the province, 2025");
        assertThat(en.get("summary.intro", "year", 2025)).startsWith("Province value in 2025");
        assertThat(en.get("sentence.coverage", "year", 2025, "reporting", 23, "total", 24, "list", "X"))
                .startsWith("The province value for 2025 includes only 23 of 24 communes and wards");
    }

    @Test
    void aProvinceOnTheOldMapComparesItsDistrictsAndTheNationItsProvinces() {
        assertThat(Messages.of(Lang.VI, OLD_PROVINCE).get("chart.communes.title", "period", "2024"))
                .isEqualTo("Các huyện, 2024");
        assertThat(Messages.of(Lang.EN, OLD_PROVINCE).get("commune.title", "commune", "D1", "year", 2024))
                .isEqualTo("D1: indicators against the province in 2024");
        assertThat(Messages.of(Lang.VI, NATION).get("legend.high")).isEqualTo("Cao hơn toàn quốc");
        assertThat(Messages.of(Lang.VI, NATION).get("col.compare")).isEqualTo("So với cả nước");
        assertThat(Messages.of(Lang.EN, NATION).get("chart.funnel.title", "period", "2024"))
                .isEqualTo("Funnel plot: provinces against the country, 2024");
    }
}
