package vn.binhdang.charts.theme;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Font;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import vn.binhdang.charts.Lang;
import vn.binhdang.charts.release.Direction;
import vn.binhdang.charts.testing.Catalogue;

/**
 * Every text the charts can show is displayable by the shipped font, regular and bold: no boxes for
 * Vietnamese on a server without fonts.
 */
class FontCoverageTest {

    private final Theme theme = Theme.standard();

    private void assertDisplayable(String text) {
        for (Font f : List.of(theme.regular(10), theme.bold(10))) {
            assertThat(f.canDisplayUpTo(text)).as("%s cannot display \"%s\"", f.getFontName(), text).isEqualTo(-1);
        }
    }

    @Test
    void theShippedFontIsUsedNotASystemFont() {
        assertThat(theme.regular(10).getFontName()).isEqualTo("DejaVu Sans");
        assertThat(theme.bold(10).getFontName()).isEqualTo("DejaVu Sans Bold");
        assertThat(ThemeFonts.class.getResource("/fonts/LICENSE-DejaVu.txt")).isNotNull();
    }

    @Test
    void allCatalogueTextsAreDisplayable() {
        List<String> texts = new ArrayList<>();
        for (Map<String, String> r : Catalogue.indicators()) {
            texts.addAll(List.of(r.get("name_vi"), r.get("name_en"), r.get("unit_vi"), r.get("unit_en"),
                    r.get("note")));
        }
        for (Map<String, String> r : Catalogue.objectives()) {
            texts.addAll(List.of(r.get("name_vi"), r.get("name_en")));
        }
        for (Map<String, String> r : Catalogue.areas()) {
            texts.addAll(List.of(r.get("name_vi"), r.get("name_en"), r.get("aliases")));
        }
        for (Map<String, String> r : Catalogue.read("measures.csv")) {
            texts.addAll(List.of(r.get("name_vi"), r.get("name_en")));
        }
        assertThat(texts).hasSizeGreaterThan(100);
        texts.forEach(this::assertDisplayable);
    }

    @Test
    void allUiStringsAndSignsAreDisplayable() {
        for (Lang lang : Lang.values()) {
            Messages m = Messages.of(lang);
            m.keys().forEach(k -> assertDisplayable(m.get(k)));
        }
        for (Direction d : Direction.values()) {
            assertDisplayable(d.symbol() + " 100 %");
        }
        assertDisplayable("101,3–115,6 · ± ≈ ≥ ≤ ●▲■ ✓ ✗ ↑ ↓");
    }
}
