package vn.binhdang.charts.spec;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.binhdang.charts.testing.Mini.D;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import vn.binhdang.charts.Lang;
import vn.binhdang.charts.release.GenderGapRow;
import vn.binhdang.charts.release.IndicatorValue;
import vn.binhdang.charts.release.Release;
import vn.binhdang.charts.release.Sex;
import vn.binhdang.charts.release.TargetStatus;
import vn.binhdang.charts.testing.Mini;

class SentencesTest {

    static Sentences sentences(Release r, String code, Lang lang) {
        return new Sentences(r, r.indicator(code).orElseThrow(), D, 2023, new IndicatorTexts(lang));
    }

    static List<IndicatorValue> srb(boolean hide2019) {
        List<IndicatorValue> v = new ArrayList<>();
        for (int y = 2015; y <= 2022; y++) {
            v.add(y == 2019 && hide2019 ? Mini.hidden("HLT_SRB", D, y, Sex.T, 3, 2, 150)
                    : Mini.v("HLT_SRB", D, y, Sex.T, 560.0, 500.0, 112.0 - 0.5 * (y - 2015), 100.0, 125.0));
        }
        v.add(Mini.v("HLT_SRB", D, 2023, Sex.T, 1299.0, 1200.0, 108.2, 101.3, 115.6));
        return v;
    }

    @Test
    void statusSentenceStatesValueIntervalAndVerdictInEachLanguage() {
        Release r = Mini.release(srb(false), List.of(Mini.status("HLT_SRB", D, Sex.T, TargetStatus.NOT_ACHIEVED)),
                List.of(), List.of(), List.of());
        assertThat(sentences(r, "HLT_SRB", Lang.VI).status()).isEqualTo(
                "Tỷ số giới tính khi sinh năm 2023: 108,2 bé trai/100 bé gái (KTC 95 %: 101,3–115,6) — chưa đạt chỉ tiêu 100.");
        assertThat(sentences(r, "HLT_SRB", Lang.EN).status()).isEqualTo(
                "Sex ratio at birth in 2023: 108.2 boys per 100 girls (95% CI: 101.3–115.6) — target 100 not achieved.");
    }

    @Test
    void cannotTellAndAchievedAreWorded() {
        List<IndicatorValue> v = List.of(Mini.v("HLT_ABR", D, 2023, Sex.T, 120.0, 2000.0, 60.0, 50.0, 72.0));
        Release unclear = Mini.release(v, List.of(Mini.status("HLT_ABR", D, Sex.T, TargetStatus.CANNOT_TELL)),
                List.of(), List.of(), List.of());
        assertThat(sentences(unclear, "HLT_ABR", Lang.VI).status()).endsWith(
                "— chưa đủ cơ sở kết luận so với chỉ tiêu ≤ 60 (khoảng tin cậy chứa mức chỉ tiêu).");
        Release met = Mini.release(v, List.of(Mini.status("HLT_ABR", D, Sex.T, TargetStatus.ACHIEVED)), List.of(),
                List.of(), List.of());
        assertThat(sentences(met, "HLT_ABR", Lang.VI).status()).endsWith("— đạt chỉ tiêu ≤ 60.");
    }

    @Test
    void aHiddenValueIsNeverStated() {
        Release r = Mini.release(List.of(Mini.hidden("HLT_MMR", D, 2023, Sex.T, 2, 650, 307.7)),
                List.of(Mini.status("HLT_MMR", D, Sex.T, TargetStatus.NOT_ACHIEVED)), List.of(), List.of(), List.of());
        String s = sentences(r, "HLT_MMR", Lang.VI).status();
        assertThat(s).isEqualTo("Tỷ số tử vong mẹ liên quan đến thai sản năm 2023: số liệu bị ẩn để bảo vệ danh tính"
                + " người liên quan.");
        assertThat(s).doesNotContain("307").doesNotContain("650").doesNotContain("chưa đạt");
    }

    @Test
    void trendSentenceGivesSenSlopeTestAndTargetYear() {
        Release r = Mini.release(srb(false), List.of(Mini.status("HLT_SRB", D, Sex.T, TargetStatus.NOT_ACHIEVED)),
                List.of(Mini.trend("HLT_SRB", D, Sex.T, -0.6, 0.02, "improving", 2031)), List.of(), List.of());
        assertThat(sentences(r, "HLT_SRB", Lang.VI).trend()).contains("Giai đoạn 2015–2023: giảm khoảng 0,6 mỗi"
                + " năm (độ dốc Sen, trung vị của các độ dốc giữa hai năm); xu hướng cải thiện có ý nghĩa thống kê (Mann–Kendall, p = 0,020). Nếu giữ xu hướng này, chỉ"
                + " tiêu sẽ đạt vào năm 2031.");
        assertThat(sentences(r, "HLT_SRB", Lang.EN).trend()).contains("2015–2023: down by about 0.6 a year (Sen's"
                + " slope, the median of the slopes between two years); a significant improvement (Mann–Kendall, p = 0.020). If the trend holds, the target will be reached"
                + " in 2031.");
    }

    @Test
    void aSeriesWithAHiddenYearGetsNoTrendVerdict() {
        Release r = Mini.release(srb(true), List.of(), List.of(Mini.trend("HLT_SRB", D, Sex.T, 0.0, 1.0,
                "no_clear_trend", null)), List.of(), List.of());
        assertThat(sentences(r, "HLT_SRB", Lang.VI).trend())
                .contains("Không đánh giá xu hướng giai đoạn 2015–2023 vì có năm số liệu bị ẩn.");
        TrendMark mark = StatusLines.trend(r, r.indicator("HLT_SRB").orElseThrow(), D, Sex.T, new IndicatorTexts(Lang.VI));
        assertThat(mark.word()).isEqualTo("Không đánh giá");
        assertThat(mark.arrow()).isEqualTo("–");
    }

    @Test
    void genderGapWithItsIntervalAndTypographicMinus() {
        List<IndicatorValue> v = List.of(
                Mini.v("LAB_WAGE_SHARE_F", D, 2023, Sex.F, 262.0, 1000.0, 26.2, 25.1, 27.2),
                Mini.v("LAB_WAGE_SHARE_F", D, 2023, Sex.M, 367.0, 1000.0, 36.7, 35.1, 38.3));
        GenderGapRow g = new GenderGapRow("LAB_WAGE_SHARE_F", D, 2023, 26.2, 36.7, -10.5, -12.04, -8.96,
                "newcombe_hybrid_score", 0.714, false);
        Release r = Mini.release(v, List.of(), List.of(), List.of(g), List.of());
        assertThat(sentences(r, "LAB_WAGE_SHARE_F", Lang.VI).gap()).contains("Chênh lệch nữ − nam năm 2023 (toàn"
                + " huyện): −10,5 điểm phần trăm (KTC 95 %: từ −12,0 đến −9,0), có ý nghĩa thống kê; chỉ số bình đẳng"
                + " giới (nữ/nam): 0,71.");
    }
}
