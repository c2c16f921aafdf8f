package vn.binhdang.charts.factory;

import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.CategoryItemRendererState;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.text.TextUtils;
import org.jfree.data.Range;
import org.jfree.data.category.CategoryDataset;
import org.jfree.data.category.DefaultCategoryDataset;

import vn.binhdang.charts.spec.CommuneBar;
import vn.binhdang.charts.spec.CommuneBarSpec;
import vn.binhdang.charts.theme.Formats;
import vn.binhdang.charts.theme.Messages;
import vn.binhdang.charts.theme.Palette;
import vn.binhdang.charts.theme.Theme;

/**
 * Builds the commune comparison of a {@link CommuneBarSpec}: a horizontal bar (or a dot) per commune
 * with its interval whisker and its value written at the end, the district value as a solid line, the
 * target as a dashed line, and the word for a hidden or missing value where the bar would be.
 */
public final class CommuneBarChartFactory {

    private final Theme theme;

    public CommuneBarChartFactory(Theme theme) {
        this.theme = theme;
    }

    /**
     * Rows drawn at most: beyond this (a province's dozens of communes) a row is a few millimetres high even in a
     * page column of its own ({@link CommuneBarSpec#tall()}) and its name unreadable, so the chart shows the 8
     * highest and lowest values and says how many it leaves out; the funnel on the same page and the report's
     * table show them all.
     */
    public static final int ROWS_DRAWN = 17;

    /** The dataset: one value per commune label (null where hidden or missing), in the spec's order. */
    public static DefaultCategoryDataset dataset(CommuneBarSpec spec) {
        return dataset(spec.communes());
    }

    private static DefaultCategoryDataset dataset(List<CommuneBar> bars) {
        DefaultCategoryDataset d = new DefaultCategoryDataset();
        for (CommuneBar b : bars) {
            d.addValue(b.value(), "value", b.label());
        }
        return d;
    }

    /**
     * The rows drawn: all of them up to {@link #ROWS_DRAWN}; beyond, the values as {@link ManyRows#ends} leaves
     * them (the spec's order is highest first), with one row that counts the communes not drawn (hidden and
     * missing ones included: the page's notes name those).
     */
    static List<CommuneBar> drawn(CommuneBarSpec spec) {
        List<CommuneBar> all = spec.communes();
        if (all.size() <= ROWS_DRAWN) {
            return all;
        }
        List<CommuneBar> values = all.stream().filter(b -> b.state() == CommuneBar.State.VALUE).toList();
        return ManyRows.ends(values, ROWS_DRAWN,
                new CommuneBar(BETWEEN, BETWEEN, null, null, null, CommuneBar.State.MISSING));
    }

    /** Label (and code) of the row standing for the communes left out. */
    static final String BETWEEN = "…";

    public JFreeChart create(CommuneBarSpec spec, boolean standAlone) {
        Formats formats = theme.formats(spec.lang());
        List<CommuneBar> drawn = drawn(spec);
        DefaultCategoryDataset dataset = dataset(drawn);
        CategoryAxis communes = new CategoryAxis(null);
        communes.setCategoryMargin(0.25);
        communes.setLowerMargin(0.04);
        communes.setUpperMargin(0.04);
        NumberAxis values = new NumberAxis(spec.unitLabel().isBlank() ? null : spec.unitLabel());
        Range range = range(spec);
        values.setRange(range);
        WhiskerRenderer renderer = new WhiskerRenderer(spec, drawn, formats, theme);
        CategoryPlot plot = new CategoryPlot(dataset, communes, values, renderer);
        plot.setOrientation(PlotOrientation.HORIZONTAL);
        plot.setNoDataMessage(theme.messages(spec.lang()).get("chart.nodata"));
        JFreeChart chart = new JFreeChart(null, theme.bold(Theme.TITLE_PT), plot, false);
        theme.apply(chart);
        communes.setTickLabelFont(theme.regular(Theme.TICK_PT - 0.5f));
        communes.setMaximumCategoryLabelWidthRatio(0.34f);
        communes.setAxisLineVisible(false);
        communes.setTickMarksVisible(false);
        double step = TrendChartFactory.niceStep(range.getLength(), 6);
        values.setTickUnit(new NumberTickUnit(step, formats.fixedFormat(TrendChartFactory.decimals(step))));
        values.setAxisLineVisible(false);
        values.setTickMarksVisible(false);
        values.setLabelFont(theme.regular(Theme.TICK_PT));
        // Reference lines are named in the legend, not on the plot, where labels would hit the bars.
        org.jfree.chart.LegendItemCollection items = new org.jfree.chart.LegendItemCollection();
        if (spec.district() != null) {
            plot.addRangeMarker(new org.jfree.chart.plot.ValueMarker(spec.district().value(), Palette.DISTRICT,
                    Theme.DISTRICT_STROKE), Layer.FOREGROUND);
            items.add(ChartFrame.lineItem(theme, spec.district().label(), Palette.DISTRICT, Theme.DISTRICT_STROKE));
        }
        if (spec.target() != null && range.contains(spec.target().value())) {
            plot.addRangeMarker(new org.jfree.chart.plot.ValueMarker(spec.target().value(), Palette.TARGET,
                    Theme.TARGET_STROKE), Layer.FOREGROUND);
            items.add(ChartFrame.lineItem(theme, spec.target().label(), Palette.TARGET, Theme.TARGET_STROKE));
        }
        ChartFrame.decorate(theme, chart, spec, standAlone);
        if (items.getItemCount() > 0) {
            plot.setFixedLegendItems(items);
            ChartFrame.legend(theme, chart, plot);
        }
        return chart;
    }

    /** From 0 (bars) or below the lowest limit (dots) to beyond the highest limit, with room for value labels. */
    static Range range(CommuneBarSpec spec) {
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (CommuneBar b : spec.communes()) {
            if (b.state() != CommuneBar.State.VALUE) {
                continue;
            }
            lo = Math.min(lo, b.hasInterval() ? Math.min(b.lower(), b.value()) : b.value());
            hi = Math.max(hi, b.hasInterval() ? Math.max(b.upper(), b.value()) : b.value());
        }
        if (spec.district() != null) {
            lo = Math.min(lo, spec.district().value());
            hi = Math.max(hi, spec.district().value());
        }
        if (spec.target() != null) {
            lo = Math.min(lo, spec.target().value());
            hi = Math.max(hi, spec.target().value());
        }
        if (lo == Double.POSITIVE_INFINITY) {
            return new Range(0, spec.maxValue() != null ? spec.maxValue() : 1);
        }
        if (spec.bars()) {
            lo = Math.min(0, lo);
        }
        double span = Math.max(hi - lo, Math.max(1e-9, Math.abs(hi) * 0.1));
        double upper = hi + 0.16 * span;
        double lower = spec.bars() ? lo : lo - 0.06 * span;
        if (spec.maxValue() != null && hi <= spec.maxValue() && upper > spec.maxValue() * 1.12) {
            upper = spec.maxValue() * 1.12;
        }
        return new Range(lower, upper);
    }

    /**
     * Draws each commune itself: bar or dot, whisker with caps, the value after the whisker, and for a
     * commune without a value the word for why, where its bar would start.
     */
    static final class WhiskerRenderer extends BarRenderer {

        private static final double CAP = 3.0;

        private final CommuneBarSpec spec;
        private final Formats formats;
        private final Font labelFont;
        private final Map<String, CommuneBar> byLabel = new HashMap<>();
        private final String suppressedWord;
        private final String missingWord;
        private final String betweenWord;

        WhiskerRenderer(CommuneBarSpec spec, List<CommuneBar> drawn, Formats formats, Theme theme) {
            this.spec = spec;
            this.formats = formats;
            this.labelFont = theme.regular(Theme.NOTE_PT);
            drawn.forEach(b -> byLabel.put(b.label(), b));
            Messages msg = Messages.of(spec.lang(), spec.wording());
            this.suppressedWord = msg.get("chart.suppressed");
            this.missingWord = msg.get("chart.missing");
            this.betweenWord = msg.get("chart.rows.between", "count", spec.communes().size() - drawn.size() + 1);
            setMaximumBarWidth(0.09);
            setShadowVisible(false);
            setDrawBarOutline(false);
            setSeriesPaint(0, Palette.BAR);
        }

        /** The word of the row standing for the communes not drawn. */
        String betweenWord() {
            return betweenWord;
        }

        @Override
        public void drawItem(Graphics2D g2, CategoryItemRendererState state, Rectangle2D dataArea, CategoryPlot plot,
                             CategoryAxis domainAxis, ValueAxis rangeAxis, CategoryDataset dataset, int row,
                             int column, int pass) {
            CommuneBar bar = byLabel.get((String) dataset.getColumnKey(column));
            if (bar == null) {
                return;
            }
            RectangleEdge valueEdge = plot.getRangeAxisEdge();
            double y = domainAxis.getCategoryMiddle(column, dataset.getColumnCount(), dataArea,
                    plot.getDomainAxisEdge());
            g2.setFont(labelFont);
            if (bar.state() != CommuneBar.State.VALUE) {
                g2.setPaint(Palette.MUTED_TEXT);
                String word = bar.label().equals(BETWEEN) ? betweenWord
                        : bar.state() == CommuneBar.State.SUPPRESSED ? suppressedWord : missingWord;
                TextUtils.drawAlignedString("(" + word + ")", g2, (float) (dataArea.getMinX() + 4), (float) y,
                        TextAnchor.CENTER_LEFT);
                return;
            }
            double x = rangeAxis.valueToJava2D(bar.value(), dataArea, valueEdge);
            double h = Math.max(4, state.getBarWidth());
            if (spec.bars()) {
                double x0 = rangeAxis.valueToJava2D(Math.max(0, rangeAxis.getLowerBound()), dataArea, valueEdge);
                g2.setPaint(Palette.BAR);
                g2.fill(new Rectangle2D.Double(Math.min(x0, x), y - h / 2, Math.abs(x - x0), h));
            }
            double right = x;
            if (bar.hasInterval()) {
                double xl = rangeAxis.valueToJava2D(bar.lower(), dataArea, valueEdge);
                double xu = rangeAxis.valueToJava2D(bar.upper(), dataArea, valueEdge);
                g2.setPaint(Palette.WHISKER);
                g2.setStroke(Theme.WHISKER_STROKE);
                g2.draw(new Line2D.Double(xl, y, xu, y));
                g2.draw(new Line2D.Double(xl, y - CAP, xl, y + CAP));
                g2.draw(new Line2D.Double(xu, y - CAP, xu, y + CAP));
                right = Math.max(right, xu);
            }
            if (!spec.bars()) {
                double r = Theme.MARKER_SIZE / 2 + 0.5;
                g2.setPaint(Palette.BLUE);
                g2.fill(new Ellipse2D.Double(x - r, y - r, 2 * r, 2 * r));
            }
            String text = formats.number(bar.value(), spec.decimals());
            java.awt.FontMetrics fm = g2.getFontMetrics();
            double width = fm.stringWidth(text);
            if (right + 4 + width <= dataArea.getMaxX()) {
                g2.setPaint(Palette.TEXT);
                TextUtils.drawAlignedString(text, g2, (float) (right + 4), (float) y, TextAnchor.CENTER_LEFT);
            } else {
                // No room after the whisker (a value at the top of the scale): inside the bar's end, on white.
                double x1 = x - 4 - width;
                g2.setPaint(new java.awt.Color(255, 255, 255, 230));
                g2.fill(new Rectangle2D.Double(x1 - 2, y - fm.getAscent() / 2.0 - 1.5, width + 4,
                        fm.getAscent() + 3));
                g2.setPaint(Palette.TEXT);
                TextUtils.drawAlignedString(text, g2, (float) x1, (float) y, TextAnchor.CENTER_LEFT);
            }
        }
    }
}
