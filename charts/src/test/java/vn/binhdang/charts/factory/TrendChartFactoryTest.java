package vn.binhdang.charts.factory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.Marker;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.title.Title;
import org.jfree.chart.ui.Layer;
import org.jfree.data.Range;
import org.jfree.data.xy.YIntervalSeriesCollection;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.binhdang.charts.Lang;
import vn.binhdang.charts.release.Direction;
import vn.binhdang.charts.release.IndicatorDef;
import vn.binhdang.charts.release.Release;
import vn.binhdang.charts.release.ReleaseReader;
import vn.binhdang.charts.release.Sex;
import vn.binhdang.charts.spec.TargetLine;
import vn.binhdang.charts.spec.TrendChartSpec;
import vn.binhdang.charts.spec.TrendPoint;
import vn.binhdang.charts.spec.TrendSeries;
import vn.binhdang.charts.spec.TrendSpecs;
import vn.binhdang.charts.testing.Fixtures;
import vn.binhdang.charts.theme.Theme;

class TrendChartFactoryTest {

    @TempDir
    static Path tmp;

    static Release full;
    final TrendChartFactory factory = new TrendChartFactory(Theme.standard());

    @BeforeAll
    static void read() {
        full = ReleaseReader.read(Fixtures.full(tmp));
    }

    private static TrendChartSpec spec(String code, Lang lang) {
        IndicatorDef ind = full.indicator(code).orElseThrow();
        return TrendSpecs.trend(full, ind, "614", lang, 2023);
    }

    @Test
    void datasetHoldsThePlottedPointsOnly() {
        TrendChartSpec mmr = spec("HLT_MMR", Lang.VI);
        JFreeChart chart = factory.create(mmr);
        YIntervalSeriesCollection d = (YIntervalSeriesCollection) chart.getXYPlot().getDataset();
        assertThat(d.getSeriesCount()).isEqualTo(1);
        List<Integer> years = new ArrayList<>();
        for (int i = 0; i < d.getItemCount(0); i++) {
            years.add((int) d.getXValue(0, i));
        }
        assertThat(years).containsExactly(2015, 2016, 2017, 2018, 2020, 2022, 2023);
        assertThat(d.getYValue(0, 0)).isEqualTo(140.0);
        assertThat(d.getStartYValue(0, 0)).isCloseTo(49.0, within(1e-9));
        assertThat(d.getEndYValue(0, 0)).isCloseTo(308.0, within(1e-9));
    }

    @Test
    void bySexChartHasOneSeriesPerSexKeyedByItsLabel() {
        JFreeChart chart = factory.create(spec("LAB_AGRI_SHARE_F", Lang.VI));
        YIntervalSeriesCollection d = (YIntervalSeriesCollection) chart.getXYPlot().getDataset();
        assertThat(d.getSeriesKey(0)).isEqualTo("Nữ");
        assertThat(d.getSeriesKey(1)).isEqualTo("Nam");
        assertThat(d.getItemCount(0)).isEqualTo(9);
        assertThat(chart.getXYPlot().getRenderer().getSeriesPaint(0))
                .isEqualTo(vn.binhdang.charts.theme.Palette.sex(Sex.F));
    }

    @Test
    void targetIsADashedLineWithItsLabel() {
        JFreeChart chart = factory.create(spec("POL_FEMALE_KEY_LEADER", Lang.VI));
        List<Marker> markers = markers(chart.getXYPlot().getRangeMarkers(Layer.FOREGROUND));
        assertThat(markers).singleElement().satisfies(m -> {
            ValueMarker vm = (ValueMarker) m;
            assertThat(vm.getValue()).isEqualTo(60.0);
            assertThat(vm.getLabel()).isEqualTo("Chỉ tiêu 2023: ≥ 60 %");
            assertThat(((java.awt.BasicStroke) vm.getStroke()).getDashArray()).isNotNull();
        });
    }

    @Test
    void yearAxisHasWholeYearsWithoutGrouping() {
        JFreeChart chart = factory.create(spec("HLT_ABR", Lang.VI));
        NumberAxis years = (NumberAxis) chart.getXYPlot().getDomainAxis();
        assertThat(years.getTickUnit().getSize()).isEqualTo(1.0);
        assertThat(years.getRange()).isEqualTo(new Range(2014.5, 2023.5));
        NumberAxis values = (NumberAxis) chart.getXYPlot().getRangeAxis();
        assertThat(values.getNumberFormatOverride().format(1500)).isEqualTo("1.500");
        assertThat(values.getLabel()).isEqualTo("ca sinh/1.000 phụ nữ 15–19 tuổi");
    }

    @Test
    void suppressedYearsBreakTheLineAndAreMarked() {
        JFreeChart chart = factory.create(spec("HLT_MMR", Lang.EN));
        XYPlot plot = chart.getXYPlot();
        TrendRenderer r = (TrendRenderer) plot.getRenderer();
        assertThat(r.runs(plot.getDataset(), 0)).extracting(run -> run[0] + "-" + run[1])
                .containsExactly("0-3", "4-4", "5-6");
        List<Marker> columns = markers(plot.getDomainMarkers(Layer.BACKGROUND));
        assertThat(columns).hasSize(2).allSatisfy(m -> assertThat(m.getLabel()).isEqualTo("suppressed"));
    }

    /** Every text a chart draws, in every language and for every catalogue indicator, has glyphs. */
    @Test
    void everyLabelOfEveryChartIsDisplayableByTheThemeFont() {
        int checked = 0;
        for (Lang lang : Lang.values()) {
            for (IndicatorDef ind : full.indicators()) {
                JFreeChart chart = factory.create(TrendSpecs.trend(full, ind, "614", lang, 2023));
                for (Labelled t : texts(chart)) {
                    assertThat(t.font().getFamily()).isEqualTo("DejaVu Sans");
                    assertThat(t.font().canDisplayUpTo(t.text())).as(ind.code() + " " + lang + ": " + t.text())
                            .isEqualTo(-1);
                    checked++;
                }
            }
        }
        assertThat(checked).isGreaterThan(200);
    }

    record Labelled(String text, Font font) {
    }

    /** JFreeChart returns markers as a raw collection (or null). */
    private static List<Marker> markers(java.util.Collection<?> raw) {
        List<Marker> out = new ArrayList<>();
        if (raw != null) {
            raw.forEach(o -> out.add((Marker) o));
        }
        return out;
    }

    private static List<Labelled> texts(JFreeChart chart) {
        List<Labelled> out = new ArrayList<>();
        if (chart.getTitle() != null) {
            out.add(new Labelled(chart.getTitle().getText(), chart.getTitle().getFont()));
        }
        for (Object o : chart.getSubtitles()) {
            Title t = (Title) o;
            if (t instanceof TextTitle tt) {
                out.add(new Labelled(tt.getText(), tt.getFont()));
            } else if (t instanceof LegendTitle lt) {
                var items = chart.getXYPlot().getLegendItems();
                for (int i = 0; i < items.getItemCount(); i++) {
                    out.add(new Labelled(items.get(i).getLabel(), lt.getItemFont()));
                }
            }
        }
        XYPlot plot = chart.getXYPlot();
        for (NumberAxis a : List.of((NumberAxis) plot.getDomainAxis(), (NumberAxis) plot.getRangeAxis())) {
            if (a.getLabel() != null) {
                out.add(new Labelled(a.getLabel(), a.getLabelFont()));
            }
            String tick = a.getNumberFormatOverride() != null ? a.getNumberFormatOverride().format(12345.6)
                    : a.getTickUnit().valueToString(2023);
            out.add(new Labelled(tick, a.getTickLabelFont()));
        }
        for (Layer layer : List.of(Layer.FOREGROUND, Layer.BACKGROUND)) {
            List<Marker> all = new ArrayList<>(markers(plot.getRangeMarkers(layer)));
            all.addAll(markers(plot.getDomainMarkers(layer)));
            for (Marker mk : all) {
                out.add(new Labelled(mk.getLabel(), mk.getLabelFont()));
            }
        }
        out.add(new Labelled(plot.getNoDataMessage(), plot.getNoDataMessageFont()));
        return out;
    }

    @Test
    void anEmptyChartDrawsWithItsNoDataMessage() {
        TrendChartSpec empty = new TrendChartSpec("X", Lang.VI, "Trống", null, "%", 1, true, 100.0, 2023, 2023,
                List.of(new TrendSeries(Sex.T, "Huyện Kon Rẫy", List.of(), new TreeSet<>())),
                new TargetLine(60, Direction.GE, "Chỉ tiêu 2023: ≥ 60 %"), List.of());
        JFreeChart chart = factory.create(empty);
        assertThat(chart.getLegend()).isNull();
        BufferedImage img = new BufferedImage(400, 300, BufferedImage.TYPE_INT_RGB);
        Graphics2D g2 = img.createGraphics();
        chart.draw(g2, new Rectangle2D.Double(0, 0, 400, 300));
        g2.dispose();
        assertThat(chart.getXYPlot().getNoDataMessage()).isEqualTo("Chưa có số liệu");
    }

    @Test
    void valueRangeKeepsDataTargetAndNaturalBounds() {
        TrendChartSpec share = simple(true, 100.0, new TargetLine(100, Direction.GE, "t"), 95, 100);
        Range r = TrendChartFactory.valueRange(share);
        assertThat(r.getLowerBound()).isLessThanOrEqualTo(0).isGreaterThan(-5);
        assertThat(r.getUpperBound()).isGreaterThan(100).isLessThan(105);
        TrendChartSpec ratio = simple(false, null, new TargetLine(100, Direction.NEAR, "t"), 104, 112);
        Range rr = TrendChartFactory.valueRange(ratio);
        assertThat(rr.getLowerBound()).isGreaterThan(90).isLessThan(100);
        assertThat(rr.getUpperBound()).isGreaterThan(112);
    }

    @Test
    void tickStepsAreRoundAndDecimalsFollowThem() {
        assertThat(TrendChartFactory.niceStep(340, 8)).isEqualTo(50);
        assertThat(TrendChartFactory.niceStep(75, 8)).isEqualTo(10);
        assertThat(TrendChartFactory.niceStep(24, 8)).isEqualTo(5);
        assertThat(TrendChartFactory.niceStep(2.6, 8)).isEqualTo(0.5);
        assertThat(TrendChartFactory.decimals(0.5)).isEqualTo(1);
        assertThat(TrendChartFactory.decimals(2.5)).isEqualTo(1);
        assertThat(TrendChartFactory.decimals(20)).isZero();
    }

    @Test
    void targetLabelAvoidsTheData() {
        // Data hugging the target on the left: the label goes to the right or below.
        TrendChartSpec s = new TrendChartSpec("X", Lang.VI, "t", null, "%", 1, true, 100.0, 2015, 2023,
                List.of(new TrendSeries(Sex.T, "a", List.of(new TrendPoint(2015, 62, 60.0, 64.0),
                        new TrendPoint(2016, 62, 60.0, 64.0), new TrendPoint(2017, 30, 28.0, 32.0),
                        new TrendPoint(2023, 20, 18.0, 22.0)), new TreeSet<>())),
                new TargetLine(60, Direction.GE, "Chỉ tiêu 2023: ≥ 60 %"), List.of());
        TargetLabelPlace p = TargetLabelPlace.choose(s, TrendChartFactory.valueRange(s), 120, 12);
        assertThat(p.left()).isFalse();
    }

    private static TrendChartSpec simple(boolean zero, Double max, TargetLine target, double lo, double hi) {
        return new TrendChartSpec("X", Lang.VI, "t", null, "%", 1, zero, max, 2020, 2023,
                List.of(new TrendSeries(Sex.T, "a", List.of(new TrendPoint(2020, lo, null, null),
                        new TrendPoint(2023, hi, null, null)), new TreeSet<>())), target, List.of());
    }
}
