package vn.binhdang.charts.factory;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import org.jfree.chart.JFreeChart;
import org.jfree.data.category.CategoryDataset;
import org.junit.jupiter.api.Test;

import vn.binhdang.charts.Lang;
import vn.binhdang.charts.spec.CommuneBar;
import vn.binhdang.charts.spec.CommuneBarSpec;
import vn.binhdang.charts.spec.FunnelSpec;
import vn.binhdang.charts.spec.ReferenceValue;
import vn.binhdang.charts.spec.SexPairSpec;
import vn.binhdang.charts.theme.Theme;
import vn.binhdang.charts.theme.Wording;

/** A province's dozens of communes stay legible: the ends drawn, the rest counted, every name its own. */
class ManyAreasChartTest {

    static final Wording PROVINCE = Wording.of("province", List.of("commune"));
    final Charts charts = new Charts(Theme.standard());

    static CommuneBarSpec bars(int values, int hidden) {
        List<CommuneBar> communes = new ArrayList<>();
        // highest first, as CommuneSpecs orders them
        IntStream.range(0, values).forEach(i -> communes.add(
                new CommuneBar("C" + i, "Xã " + i, 90.0 - i, null, null, CommuneBar.State.VALUE)));
        IntStream.range(0, hidden).forEach(i -> communes.add(
                new CommuneBar("H" + i, "Xã ẩn " + i, null, null, null, CommuneBar.State.SUPPRESSED)));
        return new CommuneBarSpec("communes_X", "X", Lang.VI, PROVINCE, "Các xã, phường, 2025", "X", "%", 1, true,
                100.0, communes, new ReferenceValue(60, "Toàn tỉnh: 60"), null, List.of());
    }

    static List<String> labels(CategoryDataset d) {
        List<String> out = new ArrayList<>();
        d.getColumnKeys().forEach(k -> out.add((String) k));
        return out;
    }

    @Test
    void upToSeventeenCommunesEveryOneIsDrawn() {
        assertThat(CommuneBarChartFactory.drawn(bars(17, 0))).hasSize(17);
        assertThat(bars(9, 0).tall()).isFalse();
        assertThat(bars(10, 0).tall()).isTrue();
    }

    @Test
    void manyCommunesShowTheEightHighestAndLowestAroundARowCountingTheRest() {
        CommuneBarSpec spec = bars(40, 4);
        List<CommuneBar> drawn = CommuneBarChartFactory.drawn(spec);
        assertThat(drawn).hasSize(17);
        assertThat(drawn.subList(0, 8)).extracting(CommuneBar::label)
                .containsExactly("Xã 0", "Xã 1", "Xã 2", "Xã 3", "Xã 4", "Xã 5", "Xã 6", "Xã 7");
        assertThat(drawn.get(8).label()).isEqualTo(CommuneBarChartFactory.BETWEEN);
        assertThat(drawn.get(16).label()).isEqualTo("Xã 39");
        JFreeChart chart = charts.create(spec, false, 420, 600);
        assertThat(labels(chart.getCategoryPlot().getDataset())).hasSize(17).contains("Xã 39")
                .doesNotContain("Xã 20", "Xã ẩn 0");
        // 44 communes, 16 drawn: the row says 28 are not
        CommuneBarChartFactory.WhiskerRenderer r = (CommuneBarChartFactory.WhiskerRenderer) chart.getCategoryPlot()
                .getRenderer();
        assertThat(r.betweenWord()).isEqualTo("28 xã, phường khác");
    }

    @Test
    void fewValuesAmongManyHiddenAreAllDrawnAboveOneRowForTheHidden() {
        List<CommuneBar> drawn = CommuneBarChartFactory.drawn(bars(10, 14));
        assertThat(drawn).hasSize(11);
        assertThat(drawn.subList(0, 10)).allMatch(b -> b.state() == CommuneBar.State.VALUE);
        assertThat(drawn.get(10).label()).isEqualTo(CommuneBarChartFactory.BETWEEN);
    }

    @Test
    void manyPairsShowTheWholeAreaThenTheLargestAndSmallestGaps() {
        List<SexPairSpec.Pair> pairs = new ArrayList<>();
        pairs.add(new SexPairSpec.Pair("P", "Toàn tỉnh (−10,0*)", 30.0, 40.0, -10.0, true, false));
        // gaps −1, −2, … −25, in an order unrelated to their size
        IntStream.range(0, 25).map(i -> (i * 7) % 25).forEach(i -> pairs.add(new SexPairSpec.Pair("C" + i,
                "Xã " + i, 30.0, 31.0 + i, -1.0 - i, false, false)));
        SexPairSpec spec = new SexPairSpec("sexes_X", "X", Lang.VI, PROVINCE, "Nữ và nam", "X", "%", 1, 100.0, "Nữ",
                "Nam", pairs, null, List.of());
        List<SexPairSpec.Pair> drawn = SexPairChartFactory.drawn(spec, vn.binhdang.charts.theme.Messages.of(Lang.VI,
                PROVINCE));
        assertThat(drawn).hasSize(16);
        assertThat(drawn.get(0).label()).startsWith("Toàn tỉnh");
        assertThat(drawn.subList(1, 8)).extracting(SexPairSpec.Pair::gap)
                .containsExactly(-1.0, -2.0, -3.0, -4.0, -5.0, -6.0, -7.0);
        assertThat(drawn.get(8).label()).isEqualTo("… 11 xã, phường khác");
        assertThat(drawn.get(15).gap()).isEqualTo(-25.0);
        assertThat(labels(charts.create(spec, false, 420, 600).getCategoryPlot().getDataset())).hasSize(16);
    }

    @Test
    void twoCommunesAtTheSamePointKeepTheirOwnNames() {
        List<FunnelSpec.Point> points = List.of(
                new FunnelSpec.Point("A", "Đắk Kôi", 6, 100, FunnelSpec.Position.HIGH_95),
                new FunnelSpec.Point("B", "Đắk Pne", 6, 100, FunnelSpec.Position.HIGH_95),
                new FunnelSpec.Point("C", "Tân Lập", 9, 50, FunnelSpec.Position.INSIDE));
        FunnelSpec spec = new FunnelSpec("funnel_X", "X", Lang.VI, PROVINCE, "Phễu", "X", "n", "%", 1, 100.0,
                new ReferenceValue(60, "Toàn tỉnh: 60"), List.of(new FunnelSpec.Limits(6, 20.0, 30.0, 90.0, 99.0)),
                points, false, List.of());
        FunnelChartFactory.PointRenderer r = new FunnelChartFactory.PointRenderer(spec,
                Theme.standard().regular(Theme.POINT_LABEL_PT));
        assertThat(r.labelOf(FunnelChartFactory.HIGH, 0)).isEqualTo("Đắk Kôi");
        assertThat(r.labelOf(FunnelChartFactory.HIGH, 1)).isEqualTo("Đắk Pne");
        assertThat(r.labelOf(FunnelChartFactory.INSIDE, 0)).isEqualTo("Tân Lập");
    }

    @Test
    void labelsDropTheWordOfTheLevelBeforeTheName() {
        for (String[] c : new String[][] {{"Huyện Kon Rẫy", "Kon Rẫy"}, {"Tỉnh Quảng Ngãi", "Quảng Ngãi"},
                {"Thành phố Hồ Chí Minh", "Hồ Chí Minh"}, {"Thị xã Sơn Tây", "Sơn Tây"}, {"Xã Đắk Kôi", "Đắk Kôi"},
                {"Kon Ray district", "Kon Ray"}}) {
            var area = new vn.binhdang.charts.release.AreaDef("1", null, "district", c[0], c[0], List.of(), null, null);
            assertThat(vn.binhdang.charts.spec.CommuneView.shortName(area, Lang.VI)).isEqualTo(c[1]);
        }
    }

    @Test
    void theEndsOfARankingAroundTheCountingRow() {
        List<Integer> ranked = IntStream.range(0, 30).boxed().toList();
        assertThat(ManyRows.ends(ranked, 7, -1)).containsExactly(0, 1, 2, -1, 27, 28, 29);
        assertThat(ManyRows.ends(ranked.subList(0, 6), 7, -1)).containsExactly(0, 1, 2, 3, 4, 5, -1);
    }
}
