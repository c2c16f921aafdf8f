package vn.binhdang.charts.render;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PngWriterTest {

    @Test
    void ordinaryChartsAreDrawnAtTwoPixelsPerPoint() {
        assertThat(PngWriter.scaleFor(900, 520)).isEqualTo(PngWriter.SCALE);
        // commune bars of a district of 30 communes: 150 + 34 × 30 pt tall
        assertThat(PngWriter.scaleFor(900, 150 + 34 * 30)).isEqualTo(PngWriter.SCALE);
    }

    @Test
    void barsForHundredsOfCommunesAreDrawnAtOnePixelPerPoint() {
        // 1,000 communes: 900 × 34,150 pt would be 123 million pixels (490 MB) at 2 px/pt
        assertThat(PngWriter.scaleFor(900, 150 + 34 * 1000)).isEqualTo(1.0);
        double[] size = {900, 150 + 34 * 1000};
        double scale = PngWriter.scaleFor(size[0], size[1]);
        assertThat(size[0] * size[1] * scale * scale).isLessThan(4 * PngWriter.MAX_PIXELS);
    }
}
