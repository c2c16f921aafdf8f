package vn.binhdang.charts.spec;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.binhdang.charts.testing.Mini.COMMUNES;
import static vn.binhdang.charts.testing.Mini.D;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import vn.binhdang.charts.Lang;
import vn.binhdang.charts.release.AreaDef;
import vn.binhdang.charts.release.IndicatorValue;
import vn.binhdang.charts.release.Release;
import vn.binhdang.charts.release.Sex;
import vn.binhdang.charts.testing.Mini;

/** A district value resting on some communes only is marked and the others are named (issue 12, point 6). */
class CoverageTest {

    /** The adolescent birth rate with one commune's report refused: no row for it, the district from six. */
    static Release abr(boolean withTanLap) {
        List<IndicatorValue> v = new ArrayList<>();
        v.add(Mini.v("HLT_ABR", D, 2023, Sex.T, 77.0, 1201.0, 64.1, 51.3, 79.8));
        for (String c : COMMUNES) {
            if (withTanLap || !c.equals("23497")) {
                v.add(Mini.v("HLT_ABR", c, 2023, Sex.T, 11.0, 170.0, 64.7, 36.3, 112.5));
            }
        }
        return Mini.release(v);
    }

    @Test
    void theMissingCommuneIsNamedOnThePageAndTheValueIsMarkedOnTheSummary() {
        Release r = abr(false);
        var ind = r.indicator("HLT_ABR").orElseThrow();
        assertThat(Coverage.missing(r, ind, D, Sex.T, 2023)).extracting(AreaDef::code).containsExactly("23497");
        StatusLine line = StatusLines.line(r, ind, D, 2023, Lang.VI);
        assertThat(line.entries().get(0).value()).endsWith("(chỉ 6/7 xã)");
        assertThat(new Sentences(r, ind, D, 2023, new IndicatorTexts(Lang.VI)).coverage()).hasValue(
                "Giá trị toàn huyện năm 2023 chỉ gồm 6/7 xã, thị trấn: chưa có số liệu của Xã Tân Lập (báo cáo thiếu,"
                        + " bị từ chối hoặc có giá trị bị loại); khi có đủ, giá trị có thể thay đổi.");
        assertThat(StatusLines.line(r, ind, D, 2023, Lang.EN).entries().get(0).value())
                .endsWith("(only 6 of 7 communes)");
    }

    @Test
    void aCompleteDistrictValueAndACommuneValueCarryNoMark() {
        Release r = abr(true);
        var ind = r.indicator("HLT_ABR").orElseThrow();
        assertThat(Coverage.missing(r, ind, D, Sex.T, 2023)).isEmpty();
        assertThat(StatusLines.line(r, ind, D, 2023, Lang.VI).entries().get(0).value()).doesNotContain("chỉ");
        assertThat(new Sentences(r, ind, D, 2023, new IndicatorTexts(Lang.VI)).coverage()).isEmpty();
        assertThat(Coverage.missing(abr(false), ind, "23479", Sex.T, 2023)).isEmpty(); // a commune has no communes
    }
}
