package vn.binhdang.charts.theme;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import vn.binhdang.charts.Lang;

class FormatsTest {

    private final Formats vi = Formats.of(Lang.VI);
    private final Formats en = Formats.of(Lang.EN);

    @Test
    void vietnameseUsesCommaForDecimalsAndDotForThousands() {
        assertThat(vi.number(31.8, 1)).isEqualTo("31,8");
        assertThat(vi.number(1234.0, 0)).isEqualTo("1.234");
        assertThat(vi.integer(1234567)).isEqualTo("1.234.567");
        assertThat(vi.number(108.25, 1)).isEqualTo("108,3");
        assertThat(vi.number(1.7, 2)).isEqualTo("1,70");
        assertThat(vi.compact(26.05)).isEqualTo("26,05");
        assertThat(vi.compact(60)).isEqualTo("60");
        assertThat(vi.compact(100_000)).isEqualTo("100.000");
        assertThat(vi.range(101.3, 115.6, 1)).isEqualTo("101,3–115,6");
        assertThat(vi.date(LocalDate.of(2023, 12, 8))).isEqualTo("08/12/2023");
    }

    @Test
    void englishUsesDotForDecimalsAndCommaForThousands() {
        assertThat(en.number(31.8, 1)).isEqualTo("31.8");
        assertThat(en.number(1234.0, 0)).isEqualTo("1,234");
        assertThat(en.compact(26.05)).isEqualTo("26.05");
        assertThat(en.range(101.3, 115.6, 1)).isEqualTo("101.3–115.6");
        assertThat(en.date(LocalDate.of(2023, 12, 8))).isEqualTo("8 December 2023");
    }

    @Test
    void yearsAreNeverGrouped() {
        assertThat(vi.yearFormat().format(2023)).isEqualTo("2023");
        assertThat(en.yearFormat().format(2023)).isEqualTo("2023");
    }

    @Test
    void roundingIsHalfUpAndNeverShowsMinusZero() {
        assertThat(vi.number(0.05, 1)).isEqualTo("0,1");
        assertThat(vi.number(-0.01, 1)).isEqualTo("0,0");
        assertThat(en.number(-2.5, 1)).isEqualTo("-2.5");
    }

    @Test
    void signedDifferencesUseATypographicMinusAndAPlus() {
        assertThat(vi.signed(-10.54, 1)).isEqualTo("−10,5");
        assertThat(vi.signed(4.1, 1)).isEqualTo("+4,1");
        assertThat(vi.signed(-0.01, 1)).isEqualTo("0,0");
        assertThat(en.signed(-1234.5, 1)).isEqualTo("−1,234.5");
    }

    @Test
    void unitsAreJoinedAsWritten() {
        assertThat(Formats.withUnit("31,8", "%")).isEqualTo("31,8 %");
        assertThat(Formats.withUnit("45,0", "/100.000 trẻ đẻ sống")).isEqualTo("45,0/100.000 trẻ đẻ sống");
        assertThat(Formats.withUnit("1,70", "lần")).isEqualTo("1,70 lần");
        assertThat(Formats.withUnit("12", "")).isEqualTo("12");
        assertThat(Formats.withUnit("12", null)).isEqualTo("12");
    }

    @Test
    void formatsDoNotDependOnTheDefaultLocale() {
        java.util.Locale saved = java.util.Locale.getDefault();
        try {
            java.util.Locale.setDefault(java.util.Locale.GERMANY);
            assertThat(Formats.of(Lang.EN).number(1234.5, 1)).isEqualTo("1,234.5");
            java.util.Locale.setDefault(java.util.Locale.US);
            assertThat(Formats.of(Lang.VI).number(1234.5, 1)).isEqualTo("1.234,5");
        } finally {
            java.util.Locale.setDefault(saved);
        }
    }
}
