package vn.binhdang.charts.factory;

import java.util.List;

import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.Range;

import vn.binhdang.charts.spec.TrendChartSpec;
import vn.binhdang.charts.spec.TrendPoint;
import vn.binhdang.charts.spec.TrendSeries;

/**
 * Where the label of the target line goes: at one end of the line, above or below it, wherever its box
 * covers the fewest values and intervals. Targets are often close to the data, so a fixed place would
 * hide the very points the reader compares with the target.
 */
enum TargetLabelPlace {
    LEFT_ABOVE(RectangleAnchor.TOP_LEFT, TextAnchor.BOTTOM_LEFT),
    RIGHT_ABOVE(RectangleAnchor.TOP_RIGHT, TextAnchor.BOTTOM_RIGHT),
    LEFT_BELOW(RectangleAnchor.BOTTOM_LEFT, TextAnchor.TOP_LEFT),
    RIGHT_BELOW(RectangleAnchor.BOTTOM_RIGHT, TextAnchor.TOP_RIGHT);

    /** Typical plot area of a chart on a pack page, in points; only proportions matter. */
    static final double PLOT_WIDTH_PT = 700;
    static final double PLOT_HEIGHT_PT = 300;

    final RectangleAnchor anchor;
    final TextAnchor textAnchor;

    TargetLabelPlace(RectangleAnchor anchor, TextAnchor textAnchor) {
        this.anchor = anchor;
        this.textAnchor = textAnchor;
    }

    boolean left() {
        return this == LEFT_ABOVE || this == LEFT_BELOW;
    }

    boolean above() {
        return this == LEFT_ABOVE || this == RIGHT_ABOVE;
    }

    /** The least covering place, preferring above to below and left to right on ties. */
    static TargetLabelPlace choose(TrendChartSpec spec, Range values, double labelWidthPt, double labelHeightPt) {
        return choose(spec, values, labelWidthPt, labelHeightPt, PLOT_WIDTH_PT, PLOT_HEIGHT_PT);
    }

    /** Same, for a plot of the given size in points (a small chart on a page with several). */
    static TargetLabelPlace choose(TrendChartSpec spec, Range values, double labelWidthPt, double labelHeightPt,
                                   double plotWidthPt, double plotHeightPt) {
        TargetLabelPlace best = LEFT_ABOVE;
        double bestCost = Double.POSITIVE_INFINITY;
        for (TargetLabelPlace p : values()) {
            double cost = p.cost(spec, values, labelWidthPt, labelHeightPt, plotWidthPt, plotHeightPt);
            if (cost < bestCost) {
                best = p;
                bestCost = cost;
            }
        }
        return best;
    }

    double cost(TrendChartSpec spec, Range values, double labelWidthPt, double labelHeightPt) {
        return cost(spec, values, labelWidthPt, labelHeightPt, PLOT_WIDTH_PT, PLOT_HEIGHT_PT);
    }

    double cost(TrendChartSpec spec, Range values, double labelWidthPt, double labelHeightPt, double plotWidthPt,
                double plotHeightPt) {
        double x0 = spec.firstYear() - 0.5;
        double x1 = spec.lastYear() + 0.5;
        double w = (labelWidthPt + 12) * (x1 - x0) / plotWidthPt;
        double h = (labelHeightPt + 6) * values.getLength() / plotHeightPt;
        double t = spec.target().value();
        double bx0 = left() ? x0 : x1 - w;
        double bx1 = left() ? x0 + w : x1;
        double by0 = above() ? t : t - h;
        double by1 = above() ? t + h : t;
        if (by1 > values.getUpperBound() || by0 < values.getLowerBound()) {
            return 1_000; // would be cut by the plot edge
        }
        double cost = 0;
        for (TrendSeries s : spec.series()) {
            List<TrendPoint> pts = s.points();
            for (int i = 0; i < pts.size(); i++) {
                TrendPoint p = pts.get(i);
                cost += covers(p.year(), p.value(), p.low(), p.high(), bx0, bx1, by0, by1);
                if (i > 0) {
                    // Points along the line between two years.
                    TrendPoint q = pts.get(i - 1);
                    for (double f = 0.25; f < 1; f += 0.25) {
                        cost += covers(q.year() + f * (p.year() - q.year()), q.value() + f * (p.value() - q.value()),
                                q.low() + f * (p.low() - q.low()), q.high() + f * (p.high() - q.high()),
                                bx0, bx1, by0, by1) / 2;
                    }
                }
            }
        }
        return cost;
    }

    private static double covers(double x, double y, double low, double high,
                                 double bx0, double bx1, double by0, double by1) {
        if (x < bx0 || x > bx1) {
            return 0;
        }
        double c = 0;
        if (y >= by0 && y <= by1) {
            c += 3;
        }
        if (high >= by0 && low <= by1) {
            c += 1;
        }
        return c;
    }
}
