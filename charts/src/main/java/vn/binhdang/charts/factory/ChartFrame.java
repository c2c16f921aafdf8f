package vn.binhdang.charts.factory;

import java.awt.Color;
import java.util.List;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.HorizontalAlignment;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.TextAnchor;

import vn.binhdang.charts.spec.ChartSpec;
import vn.binhdang.charts.theme.Palette;
import vn.binhdang.charts.theme.Theme;

/** Titles, notes and reference lines shared by the chart factories, so that every kind looks alike. */
final class ChartFrame {

    private ChartFrame() {
    }

    /**
     * Title (and subtitle) at the top, left-aligned, where the chart stands alone; the spec's title as a
     * smaller heading where the page already names the indicator; notes at the bottom.
     */
    static void decorate(Theme theme, JFreeChart chart, ChartSpec spec, boolean standAlone) {
        if (standAlone) {
            TextTitle title = new TextTitle(spec.subtitle() != null ? spec.subtitle() : spec.title(),
                    theme.bold(Theme.TITLE_PT));
            title.setPaint(Palette.TEXT);
            title.setHorizontalAlignment(HorizontalAlignment.LEFT);
            title.setTextAlignment(HorizontalAlignment.LEFT);
            title.setPadding(new RectangleInsets(2, 4, 2, 4));
            chart.setTitle(title);
            if (spec.subtitle() != null) {
                chart.addSubtitle(heading(theme, spec.title()));
            }
            notes(theme, chart, spec.notes());
        } else {
            // On a pack page the notes go under the charts, with the page's other notes.
            chart.addSubtitle(heading(theme, spec.title()));
        }
    }

    /** A legend item drawn as a short line in the given stroke. */
    static org.jfree.chart.LegendItem lineItem(Theme theme, String label, Color colour, java.awt.Stroke stroke) {
        org.jfree.chart.LegendItem item = new org.jfree.chart.LegendItem(label, null, null, null,
                new java.awt.geom.Line2D.Double(-11, 0, 11, 0), stroke, colour);
        item.setLabelFont(theme.regular(Theme.LEGEND_PT));
        return item;
    }

    /** A legend item drawn as a filled shape. */
    static org.jfree.chart.LegendItem shapeItem(Theme theme, String label, java.awt.Shape shape, Color colour) {
        org.jfree.chart.LegendItem item = new org.jfree.chart.LegendItem(label, null, null, null, shape, colour);
        item.setLabelFont(theme.regular(Theme.LEGEND_PT));
        return item;
    }

    /** A legend under the plot, themed. */
    static void legend(Theme theme, JFreeChart chart, org.jfree.chart.plot.Plot plot) {
        org.jfree.chart.title.LegendTitle legend = new org.jfree.chart.title.LegendTitle(plot);
        theme.styleLegend(legend);
        legend.setPosition(RectangleEdge.BOTTOM);
        chart.addLegend(legend);
    }

    /** The chart's own heading ("Các xã, thị trấn, 2023"), bold and smaller than a page heading. */
    static TextTitle heading(Theme theme, String text) {
        TextTitle t = new TextTitle(text, theme.bold(Theme.AXIS_LABEL_PT));
        t.setPaint(Palette.TEXT);
        t.setPosition(RectangleEdge.TOP);
        t.setHorizontalAlignment(HorizontalAlignment.LEFT);
        t.setTextAlignment(HorizontalAlignment.LEFT);
        t.setPadding(new RectangleInsets(0, 4, 8, 4));
        return t;
    }

    static void notes(Theme theme, JFreeChart chart, List<String> notes) {
        if (notes.isEmpty()) {
            return;
        }
        TextTitle t = new TextTitle(String.join("\n", notes));
        theme.styleNote(t);
        t.setPosition(RectangleEdge.BOTTOM);
        chart.addSubtitle(t);
    }

    /** A labelled reference line across the plot (district value, target). */
    static ValueMarker line(Theme theme, double value, String label, java.awt.Stroke stroke, Color colour,
                            RectangleAnchor anchor, TextAnchor textAnchor) {
        ValueMarker m = new ValueMarker(value, colour, stroke);
        m.setLabel(label);
        m.setLabelFont(theme.regular(Theme.NOTE_PT));
        m.setLabelPaint(Palette.TEXT);
        m.setLabelBackgroundColor(new Color(255, 255, 255, 225));
        m.setLabelAnchor(anchor);
        m.setLabelTextAnchor(textAnchor);
        m.setLabelOffset(new RectangleInsets(2, 4, 2, 4));
        return m;
    }
}
