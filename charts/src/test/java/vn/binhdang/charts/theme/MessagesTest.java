package vn.binhdang.charts.theme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

import vn.binhdang.charts.Lang;

class MessagesTest {

    @Test
    void bothLanguagesHaveTheSameKeys() {
        assertThat(Messages.of(Lang.EN).keys()).isEqualTo(Messages.of(Lang.VI).keys()).isNotEmpty();
    }

    @Test
    void placeholdersAreFilledAndUtf8IsRead() {
        assertThat(Messages.of(Lang.VI).get("target.label", "year", 2023, "value", "≥ 60 %"))
                .isEqualTo("Chỉ tiêu 2023: ≥ 60 %");
        assertThat(Messages.of(Lang.EN).get("target.label", "year", 2023, "value", "≥ 60 %"))
                .isEqualTo("2023 target: ≥ 60 %");
        assertThat(Messages.of(Lang.VI).get("sexes.join")).isEqualTo(" và ");
    }

    @Test
    void noPlaceholderIsLeftUnfilledInTheTextsTheChartsUse() {
        for (Lang lang : Lang.values()) {
            for (String key : Messages.of(lang).keys()) {
                String filled = Messages.of(lang).get(key, "year", 2023, "value", "1", "years", "2019", "sex", "nữ",
                        "sexes", "nữ", "values", "1", "target", "1", "range", "1–2", "district", "d", "province", "p",
                        "date", "d", "release", "r", "objective", 1, "name", "n", "first", 2, "last", 3, "page", 2,
                        "pages", 21, "area", "a");
                assertThat(filled).as(lang + " " + key).doesNotContain("{").doesNotContain("}");
            }
        }
    }

    @Test
    void unknownKeyIsAnError() {
        assertThatThrownBy(() -> Messages.of(Lang.VI).get("no.such.key")).hasMessageContaining("no.such.key");
    }

    @Test
    void langParsesCodes() {
        assertThat(Lang.parse("EN")).isEqualTo(Lang.EN);
        assertThat(Lang.parse("vi")).isEqualTo(Lang.VI);
        assertThat(Lang.DEFAULT).isEqualTo(Lang.VI);
        assertThat(Lang.VI.pick("a", "b")).isEqualTo("a");
        assertThat(Lang.EN.pick("a", null)).isEqualTo("a");
        assertThatThrownBy(() -> Lang.parse("fr")).hasMessageContaining("fr");
    }
}
