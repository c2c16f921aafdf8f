package vn.binhdang.stats.trend;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import vn.binhdang.stats.TargetDirection;

class TrendLineTest {

    /** value = 40 + 2·(year − 2020). */
    private final TrendLine rising = new TrendLine(2, 40 - 2 * 2020.0);

    @Test
    void valueAtAndCrossing() {
        assertThat(rising.valueAt(2023)).isEqualTo(46.0);
        assertThat(rising.crossingYear(51)).isEqualTo(2025.5);
        assertThat(new TrendLine(0, 3).crossingYear(5)).isNull();
    }

    @Test
    void firstWholeYearAtOrAfterCrossing() {
        // 51 is crossed at 2025.5 -> first whole year 2026
        assertThat(rising.firstYearReaching(51, TargetDirection.AT_LEAST, 2023)).isEqualTo(2026);
        // exact crossing on a whole year: 50 at 2025 -> 2025 for ge, 2026 for gt
        assertThat(rising.firstYearReaching(50, TargetDirection.AT_LEAST, 2023)).isEqualTo(2025);
        assertThat(rising.firstYearReaching(50, TargetDirection.MORE_THAN, 2023)).isEqualTo(2026);
    }

    @Test
    void alreadyMetGivesFromYear() {
        assertThat(rising.firstYearReaching(30, TargetDirection.AT_LEAST, 2023)).isEqualTo(2023);
        assertThat(rising.firstYearReaching(46, TargetDirection.AT_LEAST, 2023)).isEqualTo(2023);
        // fromYear not whole: the next whole year
        assertThat(rising.firstYearReaching(30, TargetDirection.AT_LEAST, 2023.4)).isEqualTo(2024);
    }

    @Test
    void movingAwayOrFlatGivesNull() {
        assertThat(rising.firstYearReaching(30, TargetDirection.AT_MOST, 2023)).isNull();
        assertThat(new TrendLine(0, 10).firstYearReaching(12, TargetDirection.AT_LEAST, 2023)).isNull();
        TrendLine falling = new TrendLine(-1.5, 120 + 1.5 * 2020);
        assertThat(falling.firstYearReaching(130, TargetDirection.AT_LEAST, 2023)).isNull();
        // falling towards an at-most target: 120 − 1.5 (Y − 2020) ≤ 100 -> Y ≥ 2033.33 -> 2034
        assertThat(falling.firstYearReaching(100, TargetDirection.AT_MOST, 2023)).isEqualTo(2034);
        assertThat(falling.firstYearReaching(100, TargetDirection.LESS_THAN, 2023)).isEqualTo(2034);
    }

    @Test
    void closeToUsesTheToleranceBand() {
        // sex ratio per 100 girls falling from 112 by 0.8 a year towards 106 ± 1: reaches 107 at 2027.25 -> 2028
        TrendLine srb = new TrendLine(-0.8, 112 + 0.8 * 2021);
        assertThat(srb.firstYearReaching(106, TargetDirection.CLOSE_TO, 1, 2021)).isEqualTo(2028);
        // zero tolerance: 106 is crossed at 2028.5 and no whole year is exactly at 106 -> 2029
        assertThat(srb.firstYearReaching(106, TargetDirection.CLOSE_TO, 0, 2021)).isEqualTo(2029);
        // rising away from the band from above
        assertThat(new TrendLine(0.5, 110 - 0.5 * 2021).firstYearReaching(106, TargetDirection.CLOSE_TO, 1, 2021))
                .isNull();
        // below the band and rising: 100 + (Y − 2021) ≥ 105 -> 2026
        assertThat(new TrendLine(1, 100 - 2021).firstYearReaching(106, TargetDirection.CLOSE_TO, 1, 2021))
                .isEqualTo(2026);
        // inside the band already
        assertThat(new TrendLine(1, 105.5 - 2021).firstYearReaching(106, TargetDirection.CLOSE_TO, 1, 2021))
                .isEqualTo(2021);
    }

    @Test
    void roundingNoiseDoesNotMoveTheYear() {
        // 0.1 steps are not exact in binary: 10 + 0.1·(Y − 2020) reaches 10.3 in 2023
        TrendLine line = new TrendLine(0.1, 10 - 0.1 * 2020);
        assertThat(line.firstYearReaching(10.3, TargetDirection.AT_LEAST, 2020)).isEqualTo(2023);
    }

    @Test
    void crossingBeyondIntRangeGivesNull() {
        assertThat(new TrendLine(1e-12, 0).firstYearReaching(1e6, TargetDirection.AT_LEAST, 2023)).isNull();
    }
}
