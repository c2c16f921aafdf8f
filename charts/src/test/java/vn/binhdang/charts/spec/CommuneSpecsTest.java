package vn.binhdang.charts.spec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static vn.binhdang.charts.testing.Mini.COMMUNES;
import static vn.binhdang.charts.testing.Mini.D;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import vn.binhdang.charts.Lang;
import vn.binhdang.charts.release.CommuneCompareRow;
import vn.binhdang.charts.release.IndicatorValue;
import vn.binhdang.charts.release.Release;
import vn.binhdang.charts.release.Sex;
import vn.binhdang.charts.testing.Mini;
import vn.binhdang.stats.funnel.FunnelLimits;

class CommuneSpecsTest {

    /** District 300/1000 women wage workers; communes of 100, 150, … women. */
    static List<IndicatorValue> wage(boolean hideSecond) {
        List<IndicatorValue> v = new ArrayList<>();
        v.add(Mini.v("LAB_WAGE_SHARE_F", D, 2023, Sex.F, 300.0, 1000.0, 30.0, 27.3, 32.9));
        for (int i = 0; i < COMMUNES.size(); i++) {
            double n = 100 + 50 * i;
            double x = Math.round(n * (0.22 + 0.025 * i));
            v.add(hideSecond && i == 1 ? Mini.hidden("LAB_WAGE_SHARE_F", COMMUNES.get(i), 2023, Sex.F, x, n, 100 * x / n)
                    : Mini.v("LAB_WAGE_SHARE_F", COMMUNES.get(i), 2023, Sex.F, x, n, 100 * x / n, null, null));
        }
        return v;
    }

    static CommuneView view(Release r, String code) {
        return CommuneView.of(r, r.indicator(code).orElseThrow(), D, 2023).orElseThrow();
    }

    @Test
    void proportionLimitsAreExactBinomialAroundTheDistrictOverARangeOfDenominators() {
        Release r = Mini.release(wage(false));
        FunnelSpec f = CommuneSpecs.funnel(r, view(r, "LAB_WAGE_SHARE_F"), Lang.VI).orElseThrow();
        assertThat(f.centre().value()).isEqualTo(30.0);
        assertThat(f.limits()).hasSizeGreaterThan(40);
        assertThat(f.limits().get(0).n()).isLessThan(100);
        assertThat(f.limits().get(f.limits().size() - 1).n()).isGreaterThan(400);
        for (FunnelSpec.Limits l : f.limits()) {
            assertThat(l.n()).isEqualTo(Math.rint(l.n()));
            assertThat(l.upper95()).isCloseTo(100 * FunnelLimits.exactBinomialLimit(0.3, l.n(), 0.975), within(1e-9));
            assertThat(l.lower998()).isCloseTo(100 * FunnelLimits.exactBinomialLimit(0.3, l.n(), 0.001), within(1e-9));
        }
        assertThat(f.points()).hasSize(7).extracting(FunnelSpec.Point::label).contains("Đắk Rve", "Tân Lập");
        assertThat(f.points()).extracting(FunnelSpec.Point::n).containsExactly(100.0, 150.0, 200.0, 250.0, 300.0,
                350.0, 400.0);
        assertThat(f.adjusted()).isFalse();
        assertThat(f.title()).isEqualTo("Biểu đồ phễu: các xã so với toàn huyện, 2023 (nữ)");
        assertThat(f.xLabel()).isEqualTo("Số lao động có việc làm");
    }

    @Test
    void sexRatioLimitsAreOnTheShareOfBoysShownAsBoysPer100Girls() {
        List<IndicatorValue> v = new ArrayList<>();
        v.add(Mini.v("HLT_SRB", D, 2023, Sex.T, 520.0, 480.0, 108.3, 95.0, 123.0));
        for (int i = 0; i < COMMUNES.size(); i++) {
            double boys = 60 + 5 * i;
            double girls = 55 + 4 * i;
            v.add(Mini.v("HLT_SRB", COMMUNES.get(i), 2023, Sex.T, boys, girls, 100 * boys / girls, null, null));
        }
        Release r = Mini.release(v);
        FunnelSpec f = CommuneSpecs.funnel(r, view(r, "HLT_SRB"), Lang.EN).orElseThrow();
        double p = 0.52;
        for (FunnelSpec.Limits l : f.limits()) {
            double up = FunnelLimits.exactBinomialLimit(p, l.n(), 0.975);
            assertThat(l.upper95()).isCloseTo(100 * up / (1 - up), within(1e-9));
        }
        // x = births (boys + girls), y = boys per 100 girls.
        assertThat(f.points().get(0).n()).isEqualTo(115.0);
        assertThat(f.points().get(0).value()).isCloseTo(100 * 60 / 55.0, within(1e-9));
        assertThat(f.xLabel()).isEqualTo("Live births");
    }

    @Test
    void ratesUseExactPoissonLimits() {
        List<IndicatorValue> v = new ArrayList<>();
        v.add(Mini.v("HLT_ABR", D, 2023, Sex.T, 120.0, 2000.0, 60.0, 50.0, 72.0));
        for (int i = 0; i < COMMUNES.size(); i++) {
            double n = 200 + 30 * i;
            v.add(Mini.v("HLT_ABR", COMMUNES.get(i), 2023, Sex.T, 10.0 + i, n, 1000 * (10.0 + i) / n, null, null));
        }
        Release r = Mini.release(v);
        FunnelSpec f = CommuneSpecs.funnel(r, view(r, "HLT_ABR"), Lang.VI).orElseThrow();
        FunnelSpec.Limits l = f.limits().get(f.limits().size() / 2);
        assertThat(l.upper998()).isCloseTo(1000 * FunnelLimits.exactPoissonLimit(0.06, l.n(), 0.999), within(1e-9));
    }

    @Test
    void completeEnumerationsGetBarsButNoFunnel() {
        List<IndicatorValue> v = new ArrayList<>();
        v.add(Mini.v("EDU_GENDER_CURRICULUM", D, 2023, Sex.T, 30.0, 38.0, 78.9, 63.6, 88.9));
        for (String c : COMMUNES) {
            v.add(Mini.v("EDU_GENDER_CURRICULUM", c, 2023, Sex.T, 4.0, 5.0, 80.0, 37.6, 96.4));
        }
        Release r = Mini.release(v);
        CommuneView view = view(r, "EDU_GENDER_CURRICULUM");
        assertThat(CommuneSpecs.funnelApplies(r.indicator("EDU_GENDER_CURRICULUM").orElseThrow())).isFalse();
        assertThat(CommuneSpecs.funnel(r, view, Lang.VI)).isEmpty();
        CommuneBarSpec bars = CommuneSpecs.bars(r, view, Lang.VI, 2023).orElseThrow();
        assertThat(bars.pointCount()).isEqualTo(7);
        assertThat(bars.bars()).isTrue();
        assertThat(bars.district().label()).isEqualTo("Toàn huyện: 78,9");
        assertThat(bars.target().label()).isEqualTo("Chỉ tiêu 2023: ≥ 100 %");
    }

    @Test
    void hiddenCommunesAreLeftOutOfChartsAndNamedInTheNotes() {
        Release r = Mini.release(wage(true));
        CommuneView view = view(r, "LAB_WAGE_SHARE_F");
        FunnelSpec f = CommuneSpecs.funnel(r, view, Lang.VI).orElseThrow();
        assertThat(f.points()).hasSize(6).extracting(FunnelSpec.Point::areaCode).doesNotContain("23482");
        assertThat(f.notes()).contains("Bị ẩn để bảo vệ danh tính: Xã Đắk Kôi.");
        CommuneBarSpec bars = CommuneSpecs.bars(r, view, Lang.VI, 2023).orElseThrow();
        CommuneBar kôi = bars.communes().stream().filter(b -> b.areaCode().equals("23482")).findFirst().orElseThrow();
        assertThat(kôi.state()).isEqualTo(CommuneBar.State.SUPPRESSED);
        assertThat(kôi.value()).isNull();
        assertThat(bars.communes().get(bars.communes().size() - 1)).isEqualTo(kôi);
    }

    @Test
    void ranksCountOnlyVisibleCommunes() {
        Release r = Mini.release(wage(true));
        CommuneView view = view(r, "LAB_WAGE_SHARE_F");
        // Shares rise with the commune index; the target is "at least": the last commune is first.
        assertThat(view.rank(view.entries().get(6))).contains(1);
        assertThat(view.rank(view.entries().get(0))).contains(6);
        assertThat(view.rank(view.entries().get(1))).isEmpty();
    }

    @Test
    void overDispersionAdjustmentIsUsedOnlyWhenNoCommuneIsHidden() {
        List<CommuneCompareRow> marts = new ArrayList<>();
        for (String c : COMMUNES) {
            marts.add(Mini.compare("LAB_WAGE_SHARE_F", c, Sex.F, "inside", true, 0.004));
        }
        Release open = Mini.release(wage(false), List.of(), List.of(), List.of(), marts);
        FunnelSpec adjusted = CommuneSpecs.funnel(open, view(open, "LAB_WAGE_SHARE_F"), Lang.VI).orElseThrow();
        assertThat(adjusted.adjusted()).isTrue();
        assertThat(adjusted.notes()).anyMatch(n -> n.contains("DerSimonian–Laird"));
        FunnelSpec.Limits last = adjusted.limits().get(adjusted.limits().size() - 1);
        assertThat(last.upper95()).isGreaterThan(100 * FunnelLimits.exactBinomialLimit(0.3, last.n(), 0.975) + 5);

        Release withHidden = Mini.release(wage(true), List.of(), List.of(), List.of(), marts);
        FunnelSpec exact = CommuneSpecs.funnel(withHidden, view(withHidden, "LAB_WAGE_SHARE_F"), Lang.VI).orElseThrow();
        assertThat(exact.adjusted()).isFalse();
    }

    @Test
    void insideWidenedLimitsIsTheUsualSpreadNotNoDifference() {
        // issue 12, point 5: Đắk Tơ Lung's 15.8 % (13.2–18.7) against the district's 26.2 % sat inside
        // limits widened for over-dispersion and was labelled "no difference"
        List<IndicatorValue> v = new ArrayList<>(wage(false));
        v.set(1, Mini.v("LAB_WAGE_SHARE_F", COMMUNES.get(0), 2023, Sex.F, 16.0, 100.0, 16.0, 10.1, 24.4));
        v.set(2, Mini.v("LAB_WAGE_SHARE_F", COMMUNES.get(1), 2023, Sex.F, 36.0, 150.0, 24.0, 17.9, 31.4));
        List<CommuneCompareRow> widened = new ArrayList<>();
        List<CommuneCompareRow> exact = new ArrayList<>();
        for (String c : COMMUNES) {
            widened.add(Mini.compare("LAB_WAGE_SHARE_F", c, Sex.F, "inside", true, 0.004));
            exact.add(Mini.compare("LAB_WAGE_SHARE_F", c, Sex.F, "inside", false, 0));
        }
        Release r = Mini.release(v, List.of(), List.of(), List.of(), widened);
        CommuneView view = view(r, "LAB_WAGE_SHARE_F");
        assertThat(CommuneSpecs.compareKey(view, view.entries().get(0), FunnelSpec.Position.INSIDE))
                .isEqualTo("compare.inside_spread_low");
        assertThat(CommuneSpecs.compareKey(view, view.entries().get(1), FunnelSpec.Position.INSIDE))
                .isEqualTo("compare.inside_spread"); // its interval holds 30 %
        assertThat(CommuneSpecs.compareKey(view, view.entries().get(0), FunnelSpec.Position.LOW_95))
                .isEqualTo("compare.low_95");
        Release plain = Mini.release(v, List.of(), List.of(), List.of(), exact);
        CommuneView exactView = view(plain, "LAB_WAGE_SHARE_F");
        assertThat(CommuneSpecs.compareKey(exactView, exactView.entries().get(0), FunnelSpec.Position.INSIDE))
                .isEqualTo("compare.inside");
        assertThat(vn.binhdang.charts.theme.Messages.of(Lang.VI).get("compare.inside_spread_low"))
                .isEqualTo("Thấp hơn, trong mức chung giữa các xã");
    }

    @Test
    void pooledPeriodIsUsedForTheCommunesWhereTheReleaseHasIt() {
        List<IndicatorValue> v = new ArrayList<>();
        v.add(Mini.v("HLT_SRB", D, 2023, Sex.T, 520.0, 480.0, 108.3, 95.0, 123.0));
        v.add(Mini.pooled("HLT_SRB", D, Sex.T, "2021-2023", 1560, 1440, 108.3));
        for (String c : COMMUNES) {
            v.add(Mini.v("HLT_SRB", c, 2023, Sex.T, 70.0, 70.0, 100.0, null, null));
            v.add(Mini.pooled("HLT_SRB", c, Sex.T, "2021-2023", 220, 200, 110.0));
        }
        Release r = Mini.release(v);
        CommuneView view = view(r, "HLT_SRB");
        assertThat(view.pooled()).isTrue();
        assertThat(view.periodText()).isEqualTo("2021–2023");
        CommuneBarSpec bars = CommuneSpecs.bars(r, view, Lang.VI, 2023).orElseThrow();
        assertThat(bars.title()).isEqualTo("Các xã, thị trấn, 2021–2023");
        assertThat(bars.communes()).allSatisfy(b -> assertThat(b.value()).isEqualTo(110.0));
        assertThat(bars.bars()).isFalse();
        assertThat(bars.notes()).contains("Gộp 2021–2023 vì mỗi năm có ít trường hợp.");
    }
}
