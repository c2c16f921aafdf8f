package vn.binhdang.charts.factory;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.Shape;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.CrosshairState;
import org.jfree.chart.plot.PlotRenderingInfo;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYItemRendererState;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.text.TextUtils;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.Range;
import org.jfree.data.xy.XYDataset;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

import vn.binhdang.charts.spec.FunnelSpec;
import vn.binhdang.charts.theme.Formats;
import vn.binhdang.charts.theme.Messages;
import vn.binhdang.charts.theme.Palette;
import vn.binhdang.charts.theme.Theme;

/**
 * Builds the funnel plot of a {@link FunnelSpec}: limit curves (99.8 % dotted, 95 % dashed), the district
 * value as the centre line, and each commune as a point shaped by where it falls (circle inside, triangle
 * up above, triangle down below) and labelled with its name where the label does not hit another.
 */
public final class FunnelChartFactory {

    /** Series order of the limits dataset. */
    static final int UPPER_998 = 0;
    static final int UPPER_95 = 1;
    static final int LOWER_95 = 2;
    static final int LOWER_998 = 3;

    private final Theme theme;

    public FunnelChartFactory(Theme theme) {
        this.theme = theme;
    }

    /** The limit curves: four series (upper 99.8, upper 95, lower 95, lower 99.8); null where off the scale. */
    public static XYSeriesCollection limitsDataset(FunnelSpec spec) {
        XYSeriesCollection c = new XYSeriesCollection();
        XYSeries[] s = {new XYSeries("u998", true, false), new XYSeries("u95", true, false),
                new XYSeries("l95", true, false), new XYSeries("l998", true, false)};
        for (FunnelSpec.Limits l : spec.limits()) {
            s[UPPER_998].add(l.n(), l.upper998());
            s[UPPER_95].add(l.n(), l.upper95());
            s[LOWER_95].add(l.n(), l.lower95());
            s[LOWER_998].add(l.n(), l.lower998());
        }
        for (XYSeries x : s) {
            c.addSeries(x);
        }
        return c;
    }

    /** The communes: one series per position group (inside, above, below), x = denominator, y = value. */
    public static XYSeriesCollection pointsDataset(FunnelSpec spec) {
        XYSeriesCollection c = new XYSeriesCollection();
        XYSeries inside = new XYSeries("inside", false, true);
        XYSeries high = new XYSeries("high", false, true);
        XYSeries low = new XYSeries("low", false, true);
        for (FunnelSpec.Point p : spec.points()) {
            XYSeries s = switch (seriesOf(p)) {
                case HIGH -> high;
                case LOW -> low;
                default -> inside;
            };
            s.add(p.n(), p.value());
        }
        c.addSeries(inside);
        c.addSeries(high);
        c.addSeries(low);
        return c;
    }

    /** Series order of the points dataset. */
    static final int INSIDE = 0;
    static final int HIGH = 1;
    static final int LOW = 2;

    /** The series of a point: inside the limits, above or below. */
    static int seriesOf(FunnelSpec.Point p) {
        return p.position().high() ? HIGH : p.position().low() ? LOW : INSIDE;
    }

    public JFreeChart create(FunnelSpec spec, boolean standAlone) {
        Formats formats = theme.formats(spec.lang());
        Messages msg = Messages.of(spec.lang(), spec.wording());
        NumberAxis x = new NumberAxis(spec.xLabel());
        double maxN = spec.points().stream().mapToDouble(FunnelSpec.Point::n).max().orElse(1);
        x.setRange(0, maxN * 1.14);
        // A long unit ("ca sinh/1.000 phụ nữ 15–19 tuổi") does not fit beside a short plot: the page names it.
        NumberAxis y = new NumberAxis(spec.yLabel().isBlank() || spec.yLabel().length() > 22 ? null : spec.yLabel());
        Range yr = valueRange(spec);
        y.setRange(yr);

        XYLineAndShapeRenderer limits = new XYLineAndShapeRenderer(true, false);
        // As one path per curve, so that the dash pattern runs on along it instead of restarting per segment.
        limits.setDrawSeriesLineAsPath(true);

        PointRenderer points = new PointRenderer(spec, theme.regular(Theme.POINT_LABEL_PT));
        XYPlot plot = new XYPlot(pointsDataset(spec), x, y, points);
        plot.setDataset(1, limitsDataset(spec));
        plot.setRenderer(1, limits);
        plot.setDatasetRenderingOrder(org.jfree.chart.plot.DatasetRenderingOrder.FORWARD);
        plot.setNoDataMessage(msg.get("chart.nodata"));
        JFreeChart chart = new JFreeChart(null, theme.bold(Theme.TITLE_PT), plot, false);
        theme.apply(chart);
        // After the theme, which resets renderer paints.
        points.styleSeries();
        limits.setSeriesPaint(UPPER_998, Palette.LIMIT_998);
        limits.setSeriesPaint(LOWER_998, Palette.LIMIT_998);
        limits.setSeriesPaint(UPPER_95, Palette.LIMIT_95);
        limits.setSeriesPaint(LOWER_95, Palette.LIMIT_95);
        limits.setSeriesStroke(UPPER_998, Theme.LIMIT_998_STROKE);
        limits.setSeriesStroke(LOWER_998, Theme.LIMIT_998_STROKE);
        limits.setSeriesStroke(UPPER_95, Theme.LIMIT_95_STROKE);
        limits.setSeriesStroke(LOWER_95, Theme.LIMIT_95_STROKE);
        x.setNumberFormatOverride(formats.fixedFormat(0));
        double xStep = TrendChartFactory.niceStep(maxN * 1.14, 7);
        x.setTickUnit(new NumberTickUnit(Math.max(1, xStep), formats.fixedFormat(0)));
        x.setAxisLineVisible(false);
        x.setLabelFont(theme.regular(Theme.TICK_PT));
        double step = TrendChartFactory.niceStep(yr.getLength(), 6);
        y.setTickUnit(new NumberTickUnit(step, formats.fixedFormat(TrendChartFactory.decimals(step))));
        y.setAxisLineVisible(false);
        y.setTickMarksVisible(false);
        y.setLabelFont(theme.regular(Theme.TICK_PT));
        plot.addRangeMarker(new org.jfree.chart.plot.ValueMarker(spec.centre().value(), Palette.DISTRICT,
                Theme.DISTRICT_STROKE), Layer.BACKGROUND);

        LegendItemCollection items = new LegendItemCollection();
        items.add(lineItem(spec.centre().label(), Palette.DISTRICT, Theme.DISTRICT_STROKE));
        items.add(lineItem(msg.get("legend.limit95"), Palette.LIMIT_95, Theme.LIMIT_95_STROKE));
        items.add(lineItem(msg.get("legend.limit998"), Palette.LIMIT_998, Theme.LIMIT_998_STROKE));
        items.add(shapeItem(msg.get("legend.inside"), PointRenderer.circle(), Palette.INSIDE));
        if (spec.points().stream().anyMatch(p -> p.position().high())) {
            items.add(shapeItem(msg.get("legend.high"), PointRenderer.up(), Palette.HIGH));
        }
        if (spec.points().stream().anyMatch(p -> p.position().low())) {
            items.add(shapeItem(msg.get("legend.low"), PointRenderer.down(), Palette.LOW));
        }
        plot.setFixedLegendItems(items);
        ChartFrame.decorate(theme, chart, spec, standAlone);
        // At the right: the funnel needs its height more than its width.
        org.jfree.chart.title.LegendTitle legend = new org.jfree.chart.title.LegendTitle(plot);
        theme.styleLegend(legend);
        legend.setPosition(RectangleEdge.RIGHT);
        legend.setVerticalAlignment(org.jfree.chart.ui.VerticalAlignment.CENTER);
        legend.setItemLabelPadding(new org.jfree.chart.ui.RectangleInsets(2, 4, 2, 4));
        legend.setMargin(new org.jfree.chart.ui.RectangleInsets(0, 10, 0, 0));
        chart.addLegend(legend);
        return chart;
    }

    /**
     * The value axis: the points, the centre and the limits from the smallest commune's denominator on
     * (the funnel's mouth at tiny denominators would flatten the rest), with a margin.
     */
    static Range valueRange(FunnelSpec spec) {
        double minN = spec.points().stream().mapToDouble(FunnelSpec.Point::n).min().orElse(0);
        double lo = spec.centre().value();
        double hi = spec.centre().value();
        for (FunnelSpec.Point p : spec.points()) {
            lo = Math.min(lo, p.value());
            hi = Math.max(hi, p.value());
        }
        for (FunnelSpec.Limits l : spec.limits()) {
            if (l.n() < minN * 0.85) {
                continue;
            }
            if (l.lower998() != null) {
                lo = Math.min(lo, l.lower998());
            }
            if (l.upper998() != null) {
                hi = Math.max(hi, l.upper998());
            }
        }
        double span = Math.max(hi - lo, Math.max(1e-9, Math.abs(hi) * 0.1));
        double lower = lo - 0.06 * span;
        double upper = hi + 0.1 * span;
        if (lo >= 0 && lower < 0) {
            lower = 0;
        }
        if (spec.maxValue() != null && upper > spec.maxValue() && hi <= spec.maxValue()) {
            upper = spec.maxValue() + 0.02 * (spec.maxValue() - lower);
        }
        return new Range(lower, upper);
    }

    private LegendItem lineItem(String label, Color colour, java.awt.Stroke stroke) {
        LegendItem item = new LegendItem(label, null, null, null, new java.awt.geom.Line2D.Double(-11, 0, 11, 0),
                stroke, colour);
        item.setLabelFont(theme.regular(Theme.LEGEND_PT));
        return item;
    }

    private LegendItem shapeItem(String label, Shape shape, Color colour) {
        LegendItem item = new LegendItem(label, null, null, null, shape, colour);
        item.setLabelFont(theme.regular(Theme.LEGEND_PT));
        return item;
    }

    /**
     * Draws the communes' points and their labels. Labels are tried right, left, above and below the
     * point, and the first place that stays inside the plot and clear of the labels and points already
     * drawn is taken; a label that fits nowhere is left out for a commune inside the limits and drawn to the
     * right anyway for one outside them (the one a reader looks for).
     */
    static final class PointRenderer extends XYLineAndShapeRenderer {

        private final FunnelSpec spec;
        private final Font font;
        private final transient List<Rectangle2D> points = new ArrayList<>();
        private final transient List<Rectangle2D> labels = new ArrayList<>();

        PointRenderer(FunnelSpec spec, Font font) {
            super(false, true);
            this.spec = spec;
            this.font = font;
        }

        static Shape circle() {
            double r = Theme.MARKER_SIZE / 2 + 0.5;
            return new Ellipse2D.Double(-r, -r, 2 * r, 2 * r);
        }

        static Shape up() {
            double r = Theme.MARKER_SIZE / 2 + 1.5;
            Path2D p = new Path2D.Double();
            p.moveTo(0, -r);
            p.lineTo(r, r * 0.75);
            p.lineTo(-r, r * 0.75);
            p.closePath();
            return p;
        }

        static Shape down() {
            double r = Theme.MARKER_SIZE / 2 + 1.5;
            Path2D p = new Path2D.Double();
            p.moveTo(0, r);
            p.lineTo(r, -r * 0.75);
            p.lineTo(-r, -r * 0.75);
            p.closePath();
            return p;
        }

        void styleSeries() {
            setSeriesShape(0, circle());
            setSeriesPaint(0, Palette.INSIDE);
            setSeriesShape(1, up());
            setSeriesPaint(1, Palette.HIGH);
            setSeriesShape(2, down());
            setSeriesPaint(2, Palette.LOW);
            setUseOutlinePaint(true);
            setDrawOutlines(true);
            for (int i = 0; i < 3; i++) {
                setSeriesOutlinePaint(i, Color.WHITE);
            }
        }

        @Override
        public XYItemRendererState initialise(Graphics2D g2, Rectangle2D dataArea, XYPlot plot, XYDataset data,
                                              PlotRenderingInfo info) {
            points.clear();
            labels.clear();
            // Every point is an obstacle for every label.
            for (FunnelSpec.Point p : spec.points()) {
                double px = plot.getDomainAxis().valueToJava2D(p.n(), dataArea, plot.getDomainAxisEdge());
                double py = plot.getRangeAxis().valueToJava2D(p.value(), dataArea, plot.getRangeAxisEdge());
                points.add(new Rectangle2D.Double(px - 4, py - 4, 8, 8));
            }
            return super.initialise(g2, dataArea, plot, data, info);
        }

        @Override
        public void drawItem(Graphics2D g2, XYItemRendererState state, Rectangle2D dataArea, PlotRenderingInfo info,
                             XYPlot plot, ValueAxis domainAxis, ValueAxis rangeAxis, XYDataset dataset, int series,
                             int item, CrosshairState crosshairState, int pass) {
            super.drawItem(g2, state, dataArea, info, plot, domainAxis, rangeAxis, dataset, series, item,
                    crosshairState, pass);
            if (pass != 1) {
                return;
            }
            double n = dataset.getXValue(series, item);
            double v = dataset.getYValue(series, item);
            String label = labelOf(series, item);
            if (label == null) {
                return;
            }
            double px = domainAxis.valueToJava2D(n, dataArea, plot.getDomainAxisEdge());
            double py = rangeAxis.valueToJava2D(v, dataArea, plot.getRangeAxisEdge());
            g2.setFont(font);
            java.awt.FontMetrics fm = g2.getFontMetrics();
            double w = fm.stringWidth(label);
            double h = fm.getAscent() + fm.getDescent();
            Rectangle2D chosen = place(px, py, w, h, dataArea);
            if (chosen == null && series == INSIDE) {
                // a commune inside the limits whose name fits nowhere free: the point alone, not a label over others
                return;
            }
            if (chosen == null) {
                chosen = new Rectangle2D.Double(Math.min(px + 6, dataArea.getMaxX() - w), py - h / 2, w, h);
            }
            boolean displaced = chosen.getMaxX() < px - 12 || chosen.getMinX() > px + 12
                    || chosen.getMaxY() < py - 12 || chosen.getMinY() > py + 12;
            if (displaced) {
                // A thin leader from the point to a label that had to move away from it.
                g2.setPaint(Palette.AXIS);
                g2.setStroke(new java.awt.BasicStroke(0.5f));
                double lx = Math.max(chosen.getMinX(), Math.min(px, chosen.getMaxX()));
                double ly = Math.max(chosen.getMinY(), Math.min(py, chosen.getMaxY()));
                g2.draw(new java.awt.geom.Line2D.Double(px, py, lx, ly));
            }
            labels.add(chosen);
            g2.setPaint(Palette.TEXT);
            TextUtils.drawAlignedString(label, g2, (float) chosen.getX(), (float) (chosen.getY() + fm.getAscent()),
                    TextAnchor.BASELINE_LEFT);
        }

        /**
         * The first free place for a w × h label near (px, py): right, left, above, below the point, then
         * the same further away in steps; null when none is free.
         */
        private Rectangle2D place(double px, double py, double w, double h, Rectangle2D area) {
            double gap = 6;
            for (double d = 0; d <= 48; d += 8) {
                double[][] at = {
                        {px + gap, py - h / 2 - d}, {px + gap, py - h / 2 + d},
                        {px - gap - w, py - h / 2 - d}, {px - gap - w, py - h / 2 + d},
                        {px - w / 2, py - gap - h - d}, {px - w / 2, py + gap + d}};
                for (double[] a : at) {
                    Rectangle2D r = new Rectangle2D.Double(a[0], a[1], w, h);
                    // a little air between labels, so neighbours never touch
                    Rectangle2D padded = new Rectangle2D.Double(a[0] - 3, a[1] - 1, w + 6, h + 2);
                    if (area.contains(r) && points.stream().noneMatch(o -> o.intersects(r))
                            && labels.stream().noneMatch(o -> o.intersects(padded))) {
                        return r;
                    }
                }
            }
            return null;
        }

        /**
         * The label of a dataset item, found by position: each series holds its points in the spec's order, so
         * two communes with the same denominator and value keep their own names.
         */
        String labelOf(int series, int item) {
            int seen = 0;
            for (FunnelSpec.Point p : spec.points()) {
                if (seriesOf(p) == series && seen++ == item) {
                    return spec.named(p) ? p.label() : null;
                }
            }
            return null;
        }
    }
}
