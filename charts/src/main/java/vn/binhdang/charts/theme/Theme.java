package vn.binhdang.charts.theme;

import java.awt.BasicStroke;
import java.awt.Font;
import java.awt.Stroke;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.StandardChartTheme;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.plot.DefaultDrawingSupplier;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.ui.RectangleInsets;

import vn.binhdang.charts.Lang;

/**
 * The one look shared by every chart and page: shipped fonts, palette, sizes and per-language formats
 * and texts. Chart factories build dataset, plot and renderer, then call {@link #apply(JFreeChart)}
 * so that no chart sets its own fonts or colours.
 *
 * <p>Sizes are in points: a chart is drawn in a point-sized rectangle, 1:1 into the PDF and scaled
 * for PNG, so that 10 pt on screen is 10 pt on paper.
 */
public final class Theme {

    public static final float TITLE_PT = 13f;
    public static final float AXIS_LABEL_PT = 11f;
    public static final float TICK_PT = 10f;
    public static final float LEGEND_PT = 10f;
    public static final float NOTE_PT = 9.5f;
    public static final float MARKER_LABEL_PT = 10f;
    /** Point labels (commune names in a funnel plot). */
    public static final float POINT_LABEL_PT = 8.5f;

    // Page text (PDF): one scale for every page.
    public static final float PAGE_HEADER_PT = 10f;
    public static final float PAGE_HEADING_PT = 14f;
    public static final float BODY_PT = 10.5f;
    public static final float TABLE_PT = 8.2f;
    public static final float TABLE_HEADER_PT = 8.2f;
    public static final float FOOTER_PT = 8.5f;
    public static final float LEADING = 1.3f;
    /**
     * Scale of charts on pack pages: a chart is laid out in a box 1/scale larger than its place and
     * shrunk into it, so that its text prints at about 9 pt (one chart) or 8.3 pt (several charts).
     */
    public static final float PAGE_CHART_SCALE = 0.92f;
    public static final float PAGE_CHART_SCALE_SMALL = 0.83f;
    /** Side of a traffic light in tables and status lines, in points. */
    public static final float LIGHT_PT = 9.5f;

    public static final Stroke SERIES_STROKE = new BasicStroke(2.2f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);
    public static final Stroke TARGET_STROKE = new BasicStroke(1.6f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER,
            10f, new float[] {7f, 4f}, 0f);
    public static final Stroke NATIONAL_STROKE = new BasicStroke(1.4f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND,
            10f, new float[] {4f, 3f}, 0f);
    public static final Stroke DISTRICT_STROKE = new BasicStroke(1.6f);
    public static final Stroke LIMIT_95_STROKE = new BasicStroke(1.2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND,
            10f, new float[] {5f, 3f}, 0f);
    public static final Stroke LIMIT_998_STROKE = new BasicStroke(1.2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND,
            10f, new float[] {1.5f, 2.5f}, 0f);
    public static final Stroke WHISKER_STROKE = new BasicStroke(1.2f);
    public static final Stroke GRID_STROKE = new BasicStroke(0.6f);
    public static final Stroke AXIS_STROKE = new BasicStroke(0.8f);
    /** Diameter of the point markers. */
    public static final double MARKER_SIZE = 7.0;

    private static volatile Theme standard;

    private final ThemeFonts fonts;

    private Theme(ThemeFonts fonts) {
        this.fonts = fonts;
    }

    /** The shared theme; the fonts are loaded and registered once per JVM. */
    public static Theme standard() {
        Theme t = standard;
        if (t == null) {
            synchronized (Theme.class) {
                t = standard;
                if (t == null) {
                    t = new Theme(new ThemeFonts());
                    standard = t;
                }
            }
        }
        return t;
    }

    public ThemeFonts fonts() {
        return fonts;
    }

    public Font regular(float size) {
        return fonts.regular(size);
    }

    public Font bold(float size) {
        return fonts.bold(size);
    }

    public Formats formats(Lang lang) {
        return Formats.of(lang);
    }

    public Messages messages(Lang lang) {
        return Messages.of(lang);
    }

    /** JFreeChart's own theme mechanism, filled with our fonts and colours. */
    public StandardChartTheme chartTheme() {
        StandardChartTheme t = new StandardChartTheme("Bình Đẳng");
        t.setExtraLargeFont(bold(TITLE_PT));
        t.setLargeFont(regular(AXIS_LABEL_PT));
        t.setRegularFont(regular(TICK_PT));
        t.setSmallFont(regular(NOTE_PT));
        t.setTitlePaint(Palette.TEXT);
        t.setSubtitlePaint(Palette.MUTED_TEXT);
        t.setChartBackgroundPaint(Palette.BACKGROUND);
        t.setLegendBackgroundPaint(Palette.BACKGROUND);
        t.setLegendItemPaint(Palette.TEXT);
        t.setPlotBackgroundPaint(Palette.BACKGROUND);
        t.setPlotOutlinePaint(Palette.BACKGROUND);
        t.setDomainGridlinePaint(Palette.GRID);
        t.setRangeGridlinePaint(Palette.GRID);
        t.setAxisLabelPaint(Palette.TEXT);
        t.setTickLabelPaint(Palette.TEXT);
        t.setItemLabelPaint(Palette.TEXT);
        t.setAxisOffset(RectangleInsets.ZERO_INSETS);
        t.setShadowVisible(false);
        t.setDrawingSupplier(new DefaultDrawingSupplier(Palette.SERIES, Palette.SERIES,
                DefaultDrawingSupplier.DEFAULT_STROKE_SEQUENCE, DefaultDrawingSupplier.DEFAULT_OUTLINE_STROKE_SEQUENCE,
                DefaultDrawingSupplier.DEFAULT_SHAPE_SEQUENCE));
        return t;
    }

    /**
     * Applies fonts, colours and the quiet frame (no chart border, no plot outline, light grid) to a
     * chart. Call it after the plot, renderer and titles are in place and before series colours.
     */
    public void apply(JFreeChart chart) {
        chartTheme().apply(chart);
        chart.setBorderVisible(false);
        chart.setAntiAlias(true);
        chart.setTextAntiAlias(true);
        chart.setPadding(new RectangleInsets(6, 6, 6, 10));
        LegendTitle legend = chart.getLegend();
        if (legend != null) {
            styleLegend(legend);
        }
        if (chart.getPlot() instanceof org.jfree.chart.plot.CategoryPlot plot) {
            plot.setOutlineVisible(false);
            plot.setRangeGridlineStroke(GRID_STROKE);
            plot.setRangeGridlinePaint(Palette.GRID);
            plot.setRangeGridlinesVisible(true);
            plot.setDomainGridlinesVisible(false);
            plot.setAxisOffset(new RectangleInsets(0, 0, 0, 0));
            plot.setNoDataMessageFont(regular(AXIS_LABEL_PT));
            plot.setNoDataMessagePaint(Palette.MUTED_TEXT);
            styleAxis(plot.getDomainAxis());
            styleAxis(plot.getRangeAxis());
        }
        if (chart.getPlot() instanceof XYPlot plot) {
            plot.setOutlineVisible(false);
            plot.setDomainGridlineStroke(GRID_STROKE);
            plot.setRangeGridlineStroke(GRID_STROKE);
            plot.setDomainGridlinesVisible(false);
            plot.setRangeGridlinesVisible(true);
            plot.setAxisOffset(new RectangleInsets(0, 0, 0, 0));
            plot.setNoDataMessageFont(regular(AXIS_LABEL_PT));
            plot.setNoDataMessagePaint(Palette.MUTED_TEXT);
            for (int i = 0; i < plot.getDomainAxisCount(); i++) {
                styleAxis(plot.getDomainAxis(i));
            }
            for (int i = 0; i < plot.getRangeAxisCount(); i++) {
                styleAxis(plot.getRangeAxis(i));
            }
        }
    }

    /** Legend under the plot: no frame, readable item font, items centred. */
    public void styleLegend(LegendTitle legend) {
        legend.setFrame(BlockBorder.NONE);
        legend.setBackgroundPaint(Palette.BACKGROUND);
        legend.setItemFont(regular(LEGEND_PT));
        legend.setItemPaint(Palette.TEXT);
        legend.setItemLabelPadding(new RectangleInsets(2, 4, 2, 14));
        legend.setHorizontalAlignment(org.jfree.chart.ui.HorizontalAlignment.CENTER);
        legend.setMargin(new RectangleInsets(8, 0, 0, 0));
    }

    /** Notes under a chart: small, muted, left-aligned, one line per note. */
    public void styleNote(org.jfree.chart.title.TextTitle note) {
        note.setFont(regular(NOTE_PT));
        note.setPaint(Palette.MUTED_TEXT);
        note.setHorizontalAlignment(org.jfree.chart.ui.HorizontalAlignment.LEFT);
        note.setTextAlignment(org.jfree.chart.ui.HorizontalAlignment.LEFT);
        note.setPadding(new RectangleInsets(6, 4, 0, 4));
    }

    private void styleAxis(org.jfree.chart.axis.Axis axis) {
        if (axis == null) {
            return;
        }
        axis.setLabelFont(regular(AXIS_LABEL_PT));
        axis.setTickLabelFont(regular(TICK_PT));
        axis.setAxisLinePaint(Palette.AXIS);
        axis.setAxisLineStroke(AXIS_STROKE);
        axis.setTickMarkPaint(Palette.AXIS);
        axis.setTickMarkStroke(AXIS_STROKE);
    }
}
