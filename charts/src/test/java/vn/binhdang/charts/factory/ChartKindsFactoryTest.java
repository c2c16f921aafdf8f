package vn.binhdang.charts.factory;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.axis.Axis;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.title.TextTitle;
import org.jfree.data.category.CategoryDataset;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.binhdang.charts.Lang;
import vn.binhdang.charts.release.Release;
import vn.binhdang.charts.release.ReleaseReader;
import vn.binhdang.charts.spec.ChartSpec;
import vn.binhdang.charts.spec.CommuneBar;
import vn.binhdang.charts.spec.CommuneBarSpec;
import vn.binhdang.charts.spec.FunnelSpec;
import vn.binhdang.charts.spec.PackPlanner;
import vn.binhdang.charts.spec.SexPairSpec;
import vn.binhdang.charts.testing.SyntheticRelease;
import vn.binhdang.charts.theme.Palette;
import vn.binhdang.charts.theme.Theme;

/** Every chart of the sample pack, of every kind and in both languages, draws with the theme's font and data. */
class ChartKindsFactoryTest {

    @TempDir
    static Path tmp;

    static Release release;
    final Charts charts = new Charts(Theme.standard());

    @BeforeAll
    static void read() {
        release = ReleaseReader.read(SyntheticRelease.write(tmp.resolve("r"), SyntheticRelease.Options.all()));
    }

    static List<ChartSpec> specs(Lang lang) {
        return new PackPlanner(release, lang, 2023, LocalDate.of(2023, 12, 11), "614").plan().charts();
    }

    @Test
    void everyChartDrawsAndEveryTextHasGlyphsInTheShippedFont() {
        int texts = 0;
        for (Lang lang : Lang.values()) {
            for (ChartSpec spec : specs(lang)) {
                for (boolean standAlone : new boolean[] {true, false}) {
                    JFreeChart chart = charts.create(spec, standAlone, 420, 300);
                    BufferedImage img = new BufferedImage(420, 300, BufferedImage.TYPE_INT_RGB);
                    Graphics2D g2 = img.createGraphics();
                    chart.draw(g2, new Rectangle2D.Double(0, 0, 420, 300));
                    g2.dispose();
                    for (Labelled t : texts(chart)) {
                        assertThat(t.font().getFamily()).as(spec.id() + ": " + t.text()).isEqualTo("DejaVu Sans");
                        assertThat(t.font().canDisplayUpTo(t.text())).as(spec.id() + " " + lang + ": " + t.text())
                                .isEqualTo(-1);
                        texts++;
                    }
                }
            }
        }
        assertThat(texts).isGreaterThan(1000);
    }

    @Test
    void communeBarsHoldTheVisibleValuesAndNothingForHiddenOnes() {
        CommuneBarSpec bars = specs(Lang.VI).stream().filter(s -> s instanceof CommuneBarSpec)
                .map(s -> (CommuneBarSpec) s)
                .filter(b -> b.communes().stream().anyMatch(c -> c.state() == CommuneBar.State.SUPPRESSED))
                .findFirst().orElseThrow();
        CategoryDataset d = CommuneBarChartFactory.dataset(bars);
        assertThat(d.getColumnCount()).isEqualTo(7);
        for (CommuneBar b : bars.communes()) {
            Number n = d.getValue("value", b.label());
            if (b.state() == CommuneBar.State.VALUE) {
                assertThat(n.doubleValue()).isEqualTo(b.value());
            } else {
                assertThat(n).isNull();
            }
        }
    }

    @Test
    void funnelDatasetsHoldCurvesAndCommunes() {
        FunnelSpec f = specs(Lang.VI).stream().filter(s -> s instanceof FunnelSpec).map(s -> (FunnelSpec) s)
                .findFirst().orElseThrow();
        assertThat(FunnelChartFactory.limitsDataset(f).getSeriesCount()).isEqualTo(4);
        assertThat(FunnelChartFactory.limitsDataset(f).getItemCount(0)).isEqualTo(f.limits().size());
        var points = FunnelChartFactory.pointsDataset(f);
        int n = 0;
        for (int s = 0; s < points.getSeriesCount(); s++) {
            n += points.getItemCount(s);
        }
        assertThat(n).isEqualTo(f.points().size()).isPositive();
        XYPlot plot = charts.create(f, false).getXYPlot();
        assertThat(plot.getRenderer(1).getSeriesPaint(FunnelChartFactory.UPPER_95)).isEqualTo(Palette.LIMIT_95);
        assertThat(plot.getRenderer(1).getSeriesPaint(FunnelChartFactory.UPPER_998)).isEqualTo(Palette.LIMIT_998);
    }

    @Test
    void womenAndMenAreSideBySideInTheSexesColoursWithTheDistrictFirst() {
        SexPairSpec s = specs(Lang.VI).stream().filter(x -> x instanceof SexPairSpec).map(x -> (SexPairSpec) x)
                .findFirst().orElseThrow();
        CategoryDataset d = SexPairChartFactory.dataset(s);
        assertThat(d.getRowKeys()).containsExactly("Nữ", "Nam");
        assertThat((String) d.getColumnKey(0)).startsWith("Toàn huyện (");
        CategoryPlot plot = charts.create(s, false).getCategoryPlot();
        assertThat(plot.getRenderer().getSeriesPaint(0)).isEqualTo(Palette.sex(vn.binhdang.charts.release.Sex.F));
        assertThat(plot.getDomainAxis().getTickLabelFont(d.getColumnKey(0)).isBold()
                || plot.getDomainAxis().getTickLabelFont(d.getColumnKey(0)).getFontName().contains("Bold")).isTrue();
    }

    record Labelled(String text, Font font) {
    }

    static List<Labelled> texts(JFreeChart chart) {
        List<Labelled> out = new ArrayList<>();
        if (chart.getTitle() != null) {
            out.add(new Labelled(chart.getTitle().getText(), chart.getTitle().getFont()));
        }
        for (Object o : chart.getSubtitles()) {
            if (o instanceof TextTitle t) {
                out.add(new Labelled(t.getText(), t.getFont()));
            } else if (o instanceof LegendTitle lt) {
                LegendItemCollection items = chart.getPlot().getLegendItems();
                for (int i = 0; i < items.getItemCount(); i++) {
                    Font f = items.get(i).getLabelFont() != null ? items.get(i).getLabelFont() : lt.getItemFont();
                    out.add(new Labelled(items.get(i).getLabel(), f));
                }
            }
        }
        List<Axis> axes = new ArrayList<>();
        if (chart.getPlot() instanceof XYPlot p) {
            axes.add(p.getDomainAxis());
            axes.add(p.getRangeAxis());
        } else if (chart.getPlot() instanceof CategoryPlot p) {
            axes.add(p.getDomainAxis());
            axes.add(p.getRangeAxis());
            CategoryAxis c = p.getDomainAxis();
            for (Object key : p.getDataset().getColumnKeys()) {
                out.add(new Labelled(key.toString(), c.getTickLabelFont((Comparable<?>) key)));
            }
        }
        for (Axis a : axes) {
            if (a.getLabel() != null) {
                out.add(new Labelled(a.getLabel(), a.getLabelFont()));
            }
        }
        return out;
    }
}
