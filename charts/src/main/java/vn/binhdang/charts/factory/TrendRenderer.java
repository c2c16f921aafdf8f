package vn.binhdang.charts.factory;

import java.awt.AlphaComposite;
import java.awt.BasicStroke;
import java.awt.Composite;
import java.awt.Graphics2D;
import java.awt.Paint;
import java.awt.geom.GeneralPath;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.CrosshairState;
import org.jfree.chart.plot.PlotRenderingInfo;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.DeviationRenderer;
import org.jfree.chart.renderer.xy.XYItemRendererState;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.data.xy.IntervalXYDataset;
import org.jfree.data.xy.XYDataset;

/**
 * A {@link DeviationRenderer} (line, markers, translucent interval band) that breaks a line at given
 * x values instead of joining across them, so that a suppressed year shows as a gap, and that draws
 * the interval of an isolated point as a whisker, where a band would have no width.
 */
final class TrendRenderer extends DeviationRenderer {

    private static final double CAP_HALF_WIDTH = 4.0;

    private final Map<Integer, Set<Double>> breaks = new HashMap<>();

    TrendRenderer() {
        super(true, true);
    }

    /** The line of {@code series} is not drawn across any of these x values. */
    void setSeriesBreaks(int series, Set<Double> xs) {
        breaks.put(series, new TreeSet<>(xs));
    }

    /** Index ranges [from, to] of the items that are joined into one line. */
    List<int[]> runs(XYDataset dataset, int series) {
        Set<Double> cut = breaks.getOrDefault(series, Set.of());
        List<int[]> runs = new ArrayList<>();
        int n = dataset.getItemCount(series);
        int start = 0;
        for (int i = 1; i <= n; i++) {
            boolean split = i == n;
            if (!split) {
                double x0 = dataset.getXValue(series, i - 1);
                double x1 = dataset.getXValue(series, i);
                split = cut.stream().anyMatch(b -> b > x0 && b < x1);
            }
            if (split) {
                if (n > 0) {
                    runs.add(new int[] {start, i - 1});
                }
                start = i;
            }
        }
        return runs;
    }

    @Override
    public void drawItem(Graphics2D g2, XYItemRendererState state, Rectangle2D dataArea, PlotRenderingInfo info,
                         XYPlot plot, ValueAxis domainAxis, ValueAxis rangeAxis, XYDataset dataset, int series,
                         int item, CrosshairState crosshairState, int pass) {
        if (!getItemVisible(series, item)) {
            return;
        }
        boolean lastItem = item == dataset.getItemCount(series) - 1;
        if (pass == 0 && lastItem) {
            drawBands(g2, dataArea, plot, domainAxis, rangeAxis, (IntervalXYDataset) dataset, series);
        } else if (isLinePass(pass) && lastItem) {
            drawLines(g2, dataArea, plot, domainAxis, rangeAxis, dataset, series);
        } else if (isItemPass(pass)) {
            super.drawItem(g2, state, dataArea, info, plot, domainAxis, rangeAxis, dataset, series, item,
                    crosshairState, pass);
        }
    }

    private void drawBands(Graphics2D g2, Rectangle2D area, XYPlot plot, ValueAxis xAxis, ValueAxis yAxis,
                           IntervalXYDataset d, int series) {
        RectangleEdge xEdge = plot.getDomainAxisEdge();
        RectangleEdge yEdge = plot.getRangeAxisEdge();
        Paint paint = getItemFillPaint(series, 0);
        Composite saved = g2.getComposite();
        for (int[] run : runs(d, series)) {
            if (run[0] == run[1]) {
                int i = run[0];
                double low = d.getStartYValue(series, i);
                double high = d.getEndYValue(series, i);
                if (!(high > low)) {
                    continue;
                }
                double x = xAxis.valueToJava2D(d.getXValue(series, i), area, xEdge);
                double y0 = yAxis.valueToJava2D(low, area, yEdge);
                double y1 = yAxis.valueToJava2D(high, area, yEdge);
                g2.setComposite(AlphaComposite.getInstance(AlphaComposite.SRC_OVER, Math.min(1f, getAlpha() * 3.5f)));
                g2.setPaint(paint);
                g2.setStroke(new BasicStroke(1.4f));
                g2.draw(new Line2D.Double(x, y0, x, y1));
                g2.draw(new Line2D.Double(x - CAP_HALF_WIDTH, y0, x + CAP_HALF_WIDTH, y0));
                g2.draw(new Line2D.Double(x - CAP_HALF_WIDTH, y1, x + CAP_HALF_WIDTH, y1));
                continue;
            }
            GeneralPath band = new GeneralPath();
            for (int i = run[0]; i <= run[1]; i++) {
                double x = xAxis.valueToJava2D(d.getXValue(series, i), area, xEdge);
                double y = yAxis.valueToJava2D(d.getStartYValue(series, i), area, yEdge);
                if (i == run[0]) {
                    band.moveTo(x, y);
                } else {
                    band.lineTo(x, y);
                }
            }
            for (int i = run[1]; i >= run[0]; i--) {
                double x = xAxis.valueToJava2D(d.getXValue(series, i), area, xEdge);
                band.lineTo(x, yAxis.valueToJava2D(d.getEndYValue(series, i), area, yEdge));
            }
            band.closePath();
            g2.setComposite(AlphaComposite.getInstance(AlphaComposite.SRC_OVER, getAlpha()));
            g2.setPaint(paint);
            g2.fill(band);
        }
        g2.setComposite(saved);
    }

    private void drawLines(Graphics2D g2, Rectangle2D area, XYPlot plot, ValueAxis xAxis, ValueAxis yAxis,
                           XYDataset d, int series) {
        if (!getItemLineVisible(series, 0)) {
            return;
        }
        RectangleEdge xEdge = plot.getDomainAxisEdge();
        RectangleEdge yEdge = plot.getRangeAxisEdge();
        g2.setPaint(getItemPaint(series, 0));
        g2.setStroke(getItemStroke(series, 0));
        for (int[] run : runs(d, series)) {
            if (run[0] == run[1]) {
                continue;
            }
            GeneralPath line = new GeneralPath();
            for (int i = run[0]; i <= run[1]; i++) {
                double x = xAxis.valueToJava2D(d.getXValue(series, i), area, xEdge);
                double y = yAxis.valueToJava2D(d.getYValue(series, i), area, yEdge);
                if (i == run[0]) {
                    line.moveTo(x, y);
                } else {
                    line.lineTo(x, y);
                }
            }
            g2.draw(line);
        }
    }
}
