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
    void bothLanguagesUseTheSamePlaceholdersInEveryText() {
        for (String key : Messages.of(Lang.VI).keys()) {
            assertThat(placeholders(Messages.of(Lang.EN).get(key))).as(key)
                    .isEqualTo(placeholders(Messages.of(Lang.VI).get(key)));
        }
    }

    @Test
    void noPlaceholderIsLeftUnfilledInTheTextsTheChartsUse() {
        for (Lang lang : Lang.values()) {
            for (String key : Messages.of(lang).keys()) {
                java.util.List<Object> args = new java.util.ArrayList<>();
                for (String name : placeholders(Messages.of(lang).get(key))) {
                    args.add(name);
                    args.add("x");
                }
                String filled = Messages.of(lang).get(key, args.toArray());
                assertThat(filled).as(lang + " " + key).doesNotContain("{").doesNotContain("}");
            }
        }
    }

    private static java.util.Set<String> placeholders(String text) {
        java.util.Set<String> names = new java.util.TreeSet<>();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\{([a-zA-Z]+)}").matcher(text);
        while (m.find()) {
            names.add(m.group(1));
        }
        return names;
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
