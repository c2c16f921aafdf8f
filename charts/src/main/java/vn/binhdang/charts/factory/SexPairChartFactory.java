package vn.binhdang.charts.factory;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.labels.ItemLabelAnchor;
import org.jfree.chart.labels.ItemLabelPosition;
import org.jfree.chart.labels.StandardCategoryItemLabelGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.CategoryItemRendererState;
import org.jfree.chart.text.TextUtils;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.Range;
import org.jfree.data.category.CategoryDataset;
import org.jfree.data.category.DefaultCategoryDataset;

import vn.binhdang.charts.release.Sex;
import vn.binhdang.charts.spec.SexPairSpec;
import vn.binhdang.charts.theme.Formats;
import vn.binhdang.charts.theme.Messages;
import vn.binhdang.charts.theme.Palette;
import vn.binhdang.charts.theme.Theme;

/**
 * Builds the women/men chart of a {@link SexPairSpec}: per area a pair of horizontal bars in the sexes'
 * colours with their values at the ends, the gap in the area's label, the district's label in bold, the
 * target as a dashed line; a hidden pair draws nothing and its label says why.
 */
public final class SexPairChartFactory {

    private final Theme theme;

    public SexPairChartFactory(Theme theme) {
        this.theme = theme;
    }

    /** Rows: women, men (by legend label); columns: the areas' labels. Null where not drawn. */
    public static DefaultCategoryDataset dataset(SexPairSpec spec) {
        return dataset(spec, spec.pairs());
    }

    private static DefaultCategoryDataset dataset(SexPairSpec spec, List<SexPairSpec.Pair> pairs) {
        DefaultCategoryDataset d = new DefaultCategoryDataset();
        for (SexPairSpec.Pair p : pairs) {
            d.addValue(p.female(), spec.femaleLabel(), p.label());
            d.addValue(p.male(), spec.maleLabel(), p.label());
        }
        return d;
    }

    /**
     * The pairs drawn: all of them up to {@link #ROWS_DRAWN}; beyond (a province's dozens of
     * communes, two bars each), the whole area, then the areas ranked by gap as {@link ManyRows#ends} leaves them
     * (the 7 largest and 7 smallest when they do not fit), with one row that counts those left out (the report's
     * table has them all).
     */
    static List<SexPairSpec.Pair> drawn(SexPairSpec spec, Messages msg) {
        List<SexPairSpec.Pair> all = spec.pairs();
        if (all.size() <= ROWS_DRAWN) {
            return all;
        }
        List<SexPairSpec.Pair> byGap = all.stream().skip(1).filter(p -> p.gap() != null)
                .sorted(Comparator.comparingDouble(SexPairSpec.Pair::gap).reversed()).toList();
        List<SexPairSpec.Pair> chosen = ManyRows.ends(byGap, ROWS_DRAWN - 1, null);
        int between = all.size() - chosen.size(); // the whole area and the counting row are among the drawn
        List<SexPairSpec.Pair> out = new ArrayList<>();
        out.add(all.get(0));
        for (SexPairSpec.Pair p : chosen) {
            out.add(p != null ? p : new SexPairSpec.Pair("", "… " + msg.get("chart.rows.between", "count", between),
                    null, null, null, false, false));
        }
        return out;
    }

    /** Rows at most: the chart has a column of the page to itself (the funnel says the rest), two bars a row. */
    public static final int ROWS_DRAWN = 17;

    public JFreeChart create(SexPairSpec spec, boolean standAlone) {
        Formats formats = theme.formats(spec.lang());
        CategoryAxis areas = new CategoryAxis(null);
        areas.setCategoryMargin(0.28);
        areas.setLowerMargin(0.03);
        areas.setUpperMargin(0.03);
        NumberAxis values = new NumberAxis(spec.unitLabel().isBlank() ? null : spec.unitLabel());
        Range range = range(spec);
        values.setRange(range);
        BarRenderer renderer = new ValueBarRenderer(formats, spec.decimals(), theme);
        CategoryPlot plot = new CategoryPlot(dataset(spec, drawn(spec, Messages.of(spec.lang(), spec.wording()))), areas,
                values, renderer);
        plot.setOrientation(PlotOrientation.HORIZONTAL);
        plot.setNoDataMessage(theme.messages(spec.lang()).get("chart.nodata"));
        JFreeChart chart = new JFreeChart(null, theme.bold(Theme.TITLE_PT), plot, false);
        theme.apply(chart);
        renderer.setSeriesPaint(0, Palette.sex(Sex.F));
        renderer.setSeriesPaint(1, Palette.sex(Sex.M));
        renderer.setShadowVisible(false);
        renderer.setDrawBarOutline(false);
        renderer.setItemMargin(0.0);
        renderer.setMaximumBarWidth(0.06);
        areas.setTickLabelFont(theme.regular(Theme.TICK_PT - 0.5f));
        // room for the name and its gap, which is the point of the label (a province's long synthetic names)
        areas.setMaximumCategoryLabelWidthRatio(0.42f);
        areas.setAxisLineVisible(false);
        areas.setTickMarksVisible(false);
        if (!spec.pairs().isEmpty()) {
            areas.setTickLabelFont(spec.pairs().get(0).label(), theme.bold(Theme.TICK_PT - 0.5f));
        }
        double step = TrendChartFactory.niceStep(range.getLength(), 6);
        values.setTickUnit(new NumberTickUnit(step, formats.fixedFormat(TrendChartFactory.decimals(step))));
        values.setAxisLineVisible(false);
        values.setTickMarksVisible(false);
        values.setLabelFont(theme.regular(Theme.TICK_PT));
        org.jfree.chart.LegendItemCollection items = new org.jfree.chart.LegendItemCollection();
        items.add(ChartFrame.shapeItem(theme, spec.femaleLabel(), new Rectangle2D.Double(-6, -4, 12, 8),
                Palette.sex(Sex.F)));
        items.add(ChartFrame.shapeItem(theme, spec.maleLabel(), new Rectangle2D.Double(-6, -4, 12, 8),
                Palette.sex(Sex.M)));
        if (spec.target() != null) {
            plot.addRangeMarker(new org.jfree.chart.plot.ValueMarker(spec.target().value(), Palette.TARGET,
                    Theme.TARGET_STROKE), Layer.FOREGROUND);
            items.add(ChartFrame.lineItem(theme, spec.target().label(), Palette.TARGET, Theme.TARGET_STROKE));
        }
        plot.setFixedLegendItems(items);
        ChartFrame.decorate(theme, chart, spec, standAlone);
        ChartFrame.legend(theme, chart, plot);
        return chart;
    }

    static Range range(SexPairSpec spec) {
        double hi = 0;
        for (SexPairSpec.Pair p : spec.pairs()) {
            if (p.female() != null) {
                hi = Math.max(hi, p.female());
            }
            if (p.male() != null) {
                hi = Math.max(hi, p.male());
            }
        }
        if (spec.target() != null) {
            hi = Math.max(hi, spec.target().value());
        }
        if (hi <= 0) {
            hi = spec.maxValue() != null ? spec.maxValue() : 1;
        }
        double upper = hi * 1.14;
        if (spec.maxValue() != null && hi <= spec.maxValue() && upper > spec.maxValue() * 1.14) {
            upper = spec.maxValue() * 1.14;
        }
        return new Range(0, upper);
    }

    /** Bars with their value written after the end. */
    static final class ValueBarRenderer extends BarRenderer {
        private final Formats formats;
        private final int decimals;
        private final java.awt.Font font;

        ValueBarRenderer(Formats formats, int decimals, Theme theme) {
            this.formats = formats;
            this.decimals = decimals;
            this.font = theme.regular(Theme.NOTE_PT - 0.5f);
            setDefaultItemLabelGenerator(new StandardCategoryItemLabelGenerator());
            setDefaultItemLabelsVisible(false);
            setDefaultPositiveItemLabelPosition(new ItemLabelPosition(ItemLabelAnchor.OUTSIDE3, TextAnchor.CENTER_LEFT));
        }

        @Override
        public void drawItem(Graphics2D g2, CategoryItemRendererState state, Rectangle2D dataArea, CategoryPlot plot,
                             CategoryAxis domainAxis, ValueAxis rangeAxis, CategoryDataset dataset, int row,
                             int column, int pass) {
            super.drawItem(g2, state, dataArea, plot, domainAxis, rangeAxis, dataset, row, column, pass);
            Number v = dataset.getValue(row, column);
            if (v == null || pass != 0) {
                return;
            }
            double x = rangeAxis.valueToJava2D(v.doubleValue(), dataArea, plot.getRangeAxisEdge());
            double y = calculateBarW0(plot, PlotOrientation.HORIZONTAL, dataArea, domainAxis, state, row, column)
                    + state.getBarWidth() / 2;
            g2.setFont(font);
            g2.setPaint(Palette.TEXT);
            TextUtils.drawAlignedString(formats.number(v.doubleValue(), decimals), g2, (float) (x + 3), (float) y,
                    TextAnchor.CENTER_LEFT);
        }
    }
}
