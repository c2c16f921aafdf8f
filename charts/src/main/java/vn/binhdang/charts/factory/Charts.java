package vn.binhdang.charts.factory;

import org.jfree.chart.JFreeChart;

import vn.binhdang.charts.spec.ChartSpec;
import vn.binhdang.charts.spec.CommuneBarSpec;
import vn.binhdang.charts.spec.FunnelSpec;
import vn.binhdang.charts.spec.SexPairSpec;
import vn.binhdang.charts.spec.TrendChartSpec;
import vn.binhdang.charts.theme.Theme;

/** Picks the factory of a spec's kind: one factory per chart kind, all on the one theme. */
public final class Charts {

    private final TrendChartFactory trend;
    private final CommuneBarChartFactory communes;
    private final FunnelChartFactory funnel;
    private final SexPairChartFactory sexes;

    public Charts(Theme theme) {
        this.trend = new TrendChartFactory(theme);
        this.communes = new CommuneBarChartFactory(theme);
        this.funnel = new FunnelChartFactory(theme);
        this.sexes = new SexPairChartFactory(theme);
    }

    /**
     * @param standAlone true for a PNG file (with the indicator's name as title), false for a pack page
     *                   that names the indicator already
     */
    public JFreeChart create(ChartSpec spec, boolean standAlone) {
        return create(spec, standAlone, 700, 300);
    }

    /**
     * @param widthPt  width of the box the chart is laid out in, in points (a hint for label placement)
     * @param heightPt height of that box
     */
    public JFreeChart create(ChartSpec spec, boolean standAlone, double widthPt, double heightPt) {
        if (spec instanceof TrendChartSpec t) {
            // The plot is the box less axes, headings and legend.
            return trend.create(t, standAlone, Math.max(100, widthPt - 70), Math.max(60, heightPt - 95));
        }
        if (spec instanceof CommuneBarSpec c) {
            return communes.create(c, standAlone);
        }
        if (spec instanceof FunnelSpec f) {
            return funnel.create(f, standAlone);
        }
        if (spec instanceof SexPairSpec s) {
            return sexes.create(s, standAlone);
        }
        throw new IllegalArgumentException("No factory for " + spec.getClass().getSimpleName());
    }

    /** Layout size of a chart as a stand-alone PNG, in points: width, height. */
    public static double[] pngSize(ChartSpec spec) {
        if (spec instanceof SexPairSpec s) {
            return new double[] {900, Math.max(360, 150 + 38 * s.pairs().size())};
        }
        if (spec instanceof CommuneBarSpec c) {
            return new double[] {900, Math.max(320, 150 + 34 * c.communes().size())};
        }
        if (spec instanceof FunnelSpec) {
            return new double[] {900, 560};
        }
        return new double[] {900, 520};
    }
}
