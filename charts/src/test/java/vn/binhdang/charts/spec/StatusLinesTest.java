package vn.binhdang.charts.spec;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.binhdang.charts.testing.Mini.D;

import java.util.List;

import org.junit.jupiter.api.Test;

import vn.binhdang.charts.Lang;
import vn.binhdang.charts.release.Release;
import vn.binhdang.charts.release.ReleaseExtras;
import vn.binhdang.charts.release.Sex;
import vn.binhdang.charts.release.TargetStatus;
import vn.binhdang.charts.testing.Mini;
import vn.binhdang.charts.theme.Light;
import vn.binhdang.charts.theme.Tone;

class StatusLinesTest {

    @Test
    void eachStatusHasItsLightAndWord() {
        IndicatorTexts vi = new IndicatorTexts(Lang.VI);
        assertThat(StatusLines.mark(TargetStatus.ACHIEVED, vi)).isEqualTo(new StatusMark(Light.ACHIEVED, "Đạt"));
        assertThat(StatusLines.mark(TargetStatus.NOT_ACHIEVED, vi)).isEqualTo(new StatusMark(Light.NOT_ACHIEVED, "Chưa đạt"));
        assertThat(StatusLines.mark(TargetStatus.CANNOT_TELL, vi))
                .isEqualTo(new StatusMark(Light.CANNOT_TELL, "Chưa đủ cơ sở kết luận"));
        assertThat(StatusLines.mark(TargetStatus.NO_DATA, vi)).isEqualTo(new StatusMark(Light.NO_DATA, "Không có số liệu"));
        assertThat(StatusLines.mark(TargetStatus.CANNOT_TELL, new IndicatorTexts(Lang.EN)).word()).isEqualTo("Cannot tell");
    }

    /** Colour is never the only code: every light has its own shape and symbol. */
    @Test
    void lightsDifferInShapeAndSymbolNotOnlyInColour() {
        assertThat(List.of(Light.values())).extracting(Light::shape).doesNotHaveDuplicates();
        assertThat(List.of(Light.values())).extracting(Light::symbol).doesNotHaveDuplicates();
        assertThat(List.of(Light.values())).extracting(Light::colour).doesNotHaveDuplicates();
    }

    @Test
    void lineHasOneEntryPerJudgedSexWithValueIntervalStatusAndTrend() {
        Release r = Mini.release(List.of(
                Mini.v("EDU_PRIMARY_COMPLETION_EM", D, 2023, Sex.F, 95.0, 100.0, 95.0, 76.9, 116.1),
                Mini.v("EDU_PRIMARY_COMPLETION_EM", D, 2023, Sex.M, 104.0, 100.0, 104.0, 85.0, 126.0)),
                List.of(Mini.status("EDU_PRIMARY_COMPLETION_EM", D, Sex.F, TargetStatus.CANNOT_TELL),
                        Mini.status("EDU_PRIMARY_COMPLETION_EM", D, Sex.M, TargetStatus.CANNOT_TELL)),
                List.of(Mini.trend("EDU_PRIMARY_COMPLETION_EM", D, Sex.F, 1.2, 0.01, "improving", null),
                        Mini.trend("EDU_PRIMARY_COMPLETION_EM", D, Sex.M, -0.3, 0.4, "no_clear_trend", null)),
                List.of(), List.of());
        StatusLine line = StatusLines.line(r, r.indicator("EDU_PRIMARY_COMPLETION_EM").orElseThrow(), D, 2023, Lang.VI);
        assertThat(line.target()).isEqualTo("> 100 %");
        assertThat(line.entries()).hasSize(2);
        StatusEntry f = line.entries().get(0);
        assertThat(f.sexLabel()).isEqualTo("Nữ");
        assertThat(f.value()).isEqualTo("95,0 %");
        assertThat(f.interval()).isEqualTo("76,9–116,1");
        assertThat(f.status().light()).isEqualTo(Light.CANNOT_TELL);
        assertThat(f.trend()).isEqualTo(new TrendMark("↑", Tone.GOOD, "Cải thiện"));
        assertThat(line.entries().get(1).trend()).isEqualTo(new TrendMark("→", Tone.NEUTRAL, "Chưa rõ xu hướng"));
    }

    @Test
    void hiddenValuesAndMissingMartsAreSaidAsSuch() {
        Release hidden = Mini.release(List.of(Mini.hidden("HLT_MMR", D, 2023, Sex.T, 2, 650, 307.7)),
                List.of(Mini.status("HLT_MMR", D, Sex.T, TargetStatus.NOT_ACHIEVED)), List.of(), List.of(), List.of());
        StatusEntry e = StatusLines.line(hidden, hidden.indicator("HLT_MMR").orElseThrow(), D, 2023, Lang.VI)
                .entries().get(0);
        assertThat(e.status()).isEqualTo(new StatusMark(Light.NO_DATA, "Bị ẩn"));
        assertThat(e.value()).isEqualTo("bị ẩn");
        assertThat(e.interval()).isNull();

        Release base = Mini.release(List.of(Mini.v("HLT_ABR", D, 2023, Sex.T, 120.0, 2000.0, 60.0, 50.0, 72.0)));
        Release noMarts = new Release("r", base.dir(), base.indicators(), base.areas(), base.values(),
                new ReleaseExtras(List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), null,
                        java.util.Map.of(), java.util.Set.of("mart_target_status", "mart_trend")));
        StatusEntry n = StatusLines.line(noMarts, noMarts.indicator("HLT_ABR").orElseThrow(), D, 2023, Lang.VI)
                .entries().get(0);
        assertThat(n.status()).isEqualTo(new StatusMark(Light.NO_DATA, "Chưa đánh giá"));
        assertThat(n.trend().word()).isEqualTo("Chưa đánh giá");
    }
}
