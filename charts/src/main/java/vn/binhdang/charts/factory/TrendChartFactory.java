package vn.binhdang.charts.factory;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Rectangle2D;
import java.util.HashSet;
import java.util.Set;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.plot.IntervalMarker;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.HorizontalAlignment;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.Range;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;

import vn.binhdang.charts.spec.TrendChartSpec;
import vn.binhdang.charts.spec.TrendPoint;
import vn.binhdang.charts.spec.TrendSeries;
import vn.binhdang.charts.theme.Formats;
import vn.binhdang.charts.theme.Palette;
import vn.binhdang.charts.theme.Theme;

/**
 * Builds the trend chart of a {@link TrendChartSpec} the way JFreeChart's own factories do (dataset,
 * plot, renderer), then applies the shared {@link Theme}: one line with markers per sex, the 95 %
 * interval as a translucent band, the target as a labelled dashed line, whole years on the time axis.
 */
public final class TrendChartFactory {

    /** Share of the value span kept free above and below the data, so markers and labels are not cut. */
    private static final double MARGIN = 0.08;

    private final Theme theme;

    public TrendChartFactory(Theme theme) {
        this.theme = theme;
    }

    /** The chart with its title, for a stand-alone PNG. */
    public JFreeChart create(TrendChartSpec spec) {
        return create(spec, true);
    }

    /**
     * @param withTitle false where the page already shows the indicator's name (the PDF pack)
     */
    public JFreeChart create(TrendChartSpec spec, boolean withTitle) {
        return create(spec, withTitle, TargetLabelPlace.PLOT_WIDTH_PT, TargetLabelPlace.PLOT_HEIGHT_PT);
    }

    /**
     * @param plotWidthPt  expected width of the plot area, in the chart's points (where the target's label goes)
     * @param plotHeightPt expected height of the plot area
     */
    public JFreeChart create(TrendChartSpec spec, boolean withTitle, double plotWidthPt, double plotHeightPt) {
        YIntervalSeriesCollection dataset = dataset(spec);
        Formats formats = theme.formats(spec.lang());

        NumberAxis years = new NumberAxis(null);
        years.setRange(spec.firstYear() - 0.5, spec.lastYear() + 0.5);
        int span = spec.lastYear() - spec.firstYear();
        years.setTickUnit(new NumberTickUnit(span > 14 ? 2 : 1, formats.yearFormat()));
        years.setMinorTickCount(0);
        years.setAxisLineVisible(false);

        NumberAxis values = new NumberAxis(spec.unitLabel().isBlank() ? null : spec.unitLabel());
        values.setAutoRangeIncludesZero(false);
        values.setRange(valueRange(spec));

        TrendRenderer renderer = new TrendRenderer();
        XYPlot plot = new XYPlot(dataset, years, values, renderer);
        plot.setNoDataMessage(theme.messages(spec.lang()).get("chart.nodata"));
        JFreeChart chart = new JFreeChart(withTitle ? spec.title() : null, theme.bold(Theme.TITLE_PT), plot, false);
        // The theme first: it resets renderer paints, which the series then set.
        theme.apply(chart);
        double step = niceStep(values.getRange().getLength(), 8);
        values.setNumberFormatOverride(formats.fixedFormat(decimals(step)));
        values.setTickUnit(new NumberTickUnit(step));
        values.setAxisLineVisible(false);
        values.setTickMarksVisible(false);
        styleSeries(spec, renderer);
        if (spec.target() != null) {
            plot.addRangeMarker(targetMarker(spec, values.getRange(), plotWidthPt, plotHeightPt), Layer.FOREGROUND);
        }
        markSuppressedYears(spec, plot);
        XYLineAndShapeRenderer national = null;
        if (!spec.comparisons().isEmpty()) {
            national = nationalRenderer(spec);
            plot.setDataset(1, nationalDataset(spec));
            plot.setRenderer(1, national);
            // Behind the district's own lines.
            plot.setDatasetRenderingOrder(org.jfree.chart.plot.DatasetRenderingOrder.REVERSE);
        }
        if (chart.getTitle() != null) {
            chart.getTitle().setHorizontalAlignment(HorizontalAlignment.LEFT);
            chart.getTitle().setTextAlignment(HorizontalAlignment.LEFT);
            chart.getTitle().setPadding(new RectangleInsets(2, 4, spec.subtitle() == null ? 10 : 2, 4));
            if (spec.subtitle() != null) {
                TextTitle sub = new TextTitle(spec.subtitle());
                theme.styleNote(sub);
                sub.setFont(theme.regular(Theme.AXIS_LABEL_PT));
                sub.setPosition(RectangleEdge.TOP);
                sub.setPadding(new RectangleInsets(0, 4, 10, 4));
                chart.addSubtitle(sub);
            }
        }
        if (!withTitle && spec.subtitle() != null) {
            chart.addSubtitle(ChartFrame.heading(theme, spec.subtitle()));
        }
        // Bottom titles are stacked from the edge inwards: notes first (outermost), then the legend.
        // On a pack page the notes are printed under the charts instead.
        java.util.List<String> noteLines = new java.util.ArrayList<>(spec.notes());
        if (spec.comparisonSource() != null) {
            noteLines.add(spec.comparisonSource());
        }
        if (withTitle && !noteLines.isEmpty()) {
            TextTitle notes = new TextTitle(String.join("\n", noteLines));
            theme.styleNote(notes);
            notes.setPosition(RectangleEdge.BOTTOM);
            chart.addSubtitle(notes);
        }
        if (spec.pointCount() > 0) {
            LegendItemCollection items = legendItems(spec, renderer);
            if (national != null) {
                if (spec.comparisons().size() == 1) {
                    LegendItem item = national.getLegendItem(1, 0);
                    if (item != null) {
                        items.add(item);
                    }
                } else {
                    // One item for the national lines of both sexes: dashed = national, colour = sex as above.
                    items.add(ChartFrame.lineItem(theme, theme.messages(spec.lang()).get("legend.national"),
                            Palette.NATIONAL, Theme.NATIONAL_STROKE));
                }
            }
            plot.setFixedLegendItems(items);
            LegendTitle legend = new LegendTitle(plot);
            theme.styleLegend(legend);
            legend.setPosition(RectangleEdge.BOTTOM);
            chart.addLegend(legend);
        }
        return chart;
    }

    private void styleSeries(TrendChartSpec spec, TrendRenderer renderer) {
        renderer.setAlpha(Palette.BAND_ALPHA);
        renderer.setUseFillPaint(false);
        renderer.setUseOutlinePaint(true);
        renderer.setDrawOutlines(true);
        double r = Theme.MARKER_SIZE / 2;
        for (int i = 0; i < spec.series().size(); i++) {
            TrendSeries s = spec.series().get(i);
            Color c = Palette.sex(s.sex());
            renderer.setSeriesPaint(i, c);
            renderer.setSeriesFillPaint(i, c);
            renderer.setSeriesOutlinePaint(i, Color.WHITE);
            renderer.setSeriesOutlineStroke(i, new BasicStroke(1.2f));
            renderer.setSeriesStroke(i, Theme.SERIES_STROKE);
            renderer.setSeriesShape(i, new Ellipse2D.Double(-r, -r, 2 * r, 2 * r));
            renderer.setLegendLine(new java.awt.geom.Line2D.Double(-11, 0, 11, 0));
            Set<Double> breaks = new HashSet<>();
            s.suppressedYears().forEach(y -> breaks.add(y.doubleValue()));
            renderer.setSeriesBreaks(i, breaks);
        }
    }

    /** The national lines: one XY series per sex, keyed by its legend label. */
    public static org.jfree.data.xy.XYSeriesCollection nationalDataset(TrendChartSpec spec) {
        org.jfree.data.xy.XYSeriesCollection c = new org.jfree.data.xy.XYSeriesCollection();
        for (TrendSeries s : spec.comparisons()) {
            org.jfree.data.xy.XYSeries xs = new org.jfree.data.xy.XYSeries(s.label(), true, false);
            for (TrendPoint p : s.points()) {
                xs.add(p.year(), p.value());
            }
            c.addSeries(xs);
        }
        return c;
    }

    /** Thin dashed lines with small hollow squares, in the sex's colour (grey for both sexes). */
    private XYLineAndShapeRenderer nationalRenderer(TrendChartSpec spec) {
        XYLineAndShapeRenderer r = new XYLineAndShapeRenderer(true, true);
        for (int i = 0; i < spec.comparisons().size(); i++) {
            TrendSeries s = spec.comparisons().get(i);
            Color c = s.sex() == vn.binhdang.charts.release.Sex.T ? Palette.NATIONAL : Palette.sex(s.sex());
            r.setSeriesPaint(i, c);
            r.setSeriesStroke(i, Theme.NATIONAL_STROKE);
            r.setSeriesShape(i, new Rectangle2D.Double(-2.5, -2.5, 5, 5));
            r.setSeriesShapesFilled(i, false);
        }
        r.setDrawOutlines(true);
        r.setUseOutlinePaint(false);
        r.setLegendLine(new java.awt.geom.Line2D.Double(-11, 0, 11, 0));
        return r;
    }

    /** Decimals needed to print multiples of {@code step}: 0 for 20, 1 for 0.5 or 2.5, 2 for 0.25. */
    static int decimals(double step) {
        return Math.max(0, java.math.BigDecimal.valueOf(step).stripTrailingZeros().scale());
    }

    /**
     * A light grey column with a short label at each year hidden by disclosure control, so that the gap
     * in a line is visibly deliberate; the note under the chart says why.
     */
    private void markSuppressedYears(TrendChartSpec spec, XYPlot plot) {
        java.util.SortedSet<Integer> years = new java.util.TreeSet<>();
        spec.series().forEach(s -> years.addAll(s.suppressedYears()));
        String label = theme.messages(spec.lang()).get("chart.suppressed");
        for (int year : years) {
            IntervalMarker m = new IntervalMarker(year - 0.5, year + 0.5, Palette.SUPPRESSED);
            m.setLabel(label);
            m.setLabelFont(theme.regular(Theme.NOTE_PT));
            m.setLabelPaint(Palette.MUTED_TEXT);
            m.setLabelBackgroundColor(new Color(0, 0, 0, 0));
            // At the foot of the column: the target label sits near the top more often.
            m.setLabelAnchor(RectangleAnchor.BOTTOM);
            m.setLabelTextAnchor(TextAnchor.BOTTOM_CENTER);
            m.setLabelOffset(new RectangleInsets(0, 0, 4, 0));
            plot.addDomainMarker(m, Layer.BACKGROUND);
        }
    }

    /** A round tick step (1, 2, 2.5 or 5 × 10^k) giving at most about {@code maxTicks} ticks. */
    static double niceStep(double span, int maxTicks) {
        if (!(span > 0)) {
            return 1;
        }
        double raw = span / maxTicks;
        double magnitude = Math.pow(10, Math.floor(Math.log10(raw)));
        for (double m : new double[] {1, 2, 2.5, 5, 10}) {
            if (m * magnitude >= raw) {
                return m * magnitude;
            }
        }
        return 10 * magnitude;
    }

    /** The dataset: one {@link YIntervalSeries} per sex, keyed by its legend label, only plotted points. */
    public static YIntervalSeriesCollection dataset(TrendChartSpec spec) {
        YIntervalSeriesCollection c = new YIntervalSeriesCollection();
        for (TrendSeries s : spec.series()) {
            YIntervalSeries ys = new YIntervalSeries(s.label(), true, false);
            for (TrendPoint p : s.points()) {
                ys.add(p.year(), p.value(), p.low(), p.high());
            }
            c.addSeries(ys);
        }
        return c;
    }

    /** Value-axis range: data, intervals and target, with a margin, clamped at 0 and at the scale's maximum. */
    static Range valueRange(TrendChartSpec spec) {
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (TrendSeries s : spec.series()) {
            for (TrendPoint p : s.points()) {
                lo = Math.min(lo, p.low());
                hi = Math.max(hi, p.high());
            }
        }
        for (TrendSeries s : spec.comparisons()) {
            for (TrendPoint p : s.points()) {
                lo = Math.min(lo, p.value());
                hi = Math.max(hi, p.value());
            }
        }
        if (spec.target() != null) {
            lo = Math.min(lo, spec.target().value());
            hi = Math.max(hi, spec.target().value());
        }
        if (spec.includeZero()) {
            lo = Math.min(lo, 0);
        }
        if (lo == Double.POSITIVE_INFINITY) {
            return spec.maxValue() != null ? new Range(0, spec.maxValue()) : new Range(0, 1);
        }
        double span = hi - lo;
        if (span <= 0) {
            span = Math.max(1, Math.abs(hi) * 0.2);
        }
        double lower = lo - MARGIN * span;
        double upper = hi + MARGIN * 1.5 * span;
        if (lo >= 0 && lower < 0) {
            lower = -0.02 * (upper - 0);
        }
        if (spec.maxValue() != null && hi <= spec.maxValue() && upper > spec.maxValue()) {
            upper = spec.maxValue() + 0.03 * (spec.maxValue() - lower);
        }
        return new Range(lower, upper);
    }

    private ValueMarker targetMarker(TrendChartSpec spec, Range range, double plotWidth, double plotHeight) {
        ValueMarker m = new ValueMarker(spec.target().value(), Palette.TARGET, Theme.TARGET_STROKE);
        m.setLabel(spec.target().label());
        m.setLabelFont(theme.regular(Theme.MARKER_LABEL_PT));
        m.setLabelPaint(Palette.TEXT);
        m.setLabelBackgroundColor(new Color(255, 255, 255, 215));
        m.setLabelOffset(new RectangleInsets(3, 6, 3, 6));
        java.awt.geom.Rectangle2D bounds = m.getLabelFont().getStringBounds(m.getLabel(),
                new java.awt.font.FontRenderContext(null, true, true));
        TargetLabelPlace place = TargetLabelPlace.choose(spec, range, bounds.getWidth(), bounds.getHeight(), plotWidth,
                plotHeight);
        m.setLabelAnchor(place.anchor);
        m.setLabelTextAnchor(place.textAnchor);
        return m;
    }

    private LegendItemCollection legendItems(TrendChartSpec spec, TrendRenderer renderer) {
        LegendItemCollection items = new LegendItemCollection();
        boolean anyInterval = false;
        for (int i = 0; i < spec.series().size(); i++) {
            TrendSeries s = spec.series().get(i);
            if (s.points().isEmpty()) {
                continue;
            }
            LegendItem item = renderer.getLegendItem(0, i);
            if (item != null) {
                items.add(item);
            }
            anyInterval |= s.points().stream().anyMatch(TrendPoint::hasInterval);
        }
        if (anyInterval) {
            Color base = spec.series().size() == 1 ? Palette.sex(spec.series().get(0).sex()) : Palette.AXIS;
            Color band = new Color(base.getRed(), base.getGreen(), base.getBlue(), Math.round(255 * Palette.BAND_ALPHA * 1.6f));
            LegendItem ci = new LegendItem(theme.messages(spec.lang()).get("legend.interval"), null, null, null,
                    new Rectangle2D.Double(-7, -5, 14, 10), band);
            items.add(ci);
        }
        return items;
    }
}
