package vn.binhdang.charts.spec;

import java.util.List;

import vn.binhdang.charts.Lang;

/**
 * What a chart shows, as plain data: texts already in the chart's language, numbers in the
 * indicator's unit, never a suppressed value. One factory per kind turns a spec into a JFreeChart with
 * the shared theme ({@code factory.Charts#create}); tests check specs without drawing anything.
 */
public sealed interface ChartSpec permits TrendChartSpec, CommuneBarSpec, FunnelSpec, SexPairSpec {

    /** Stable id, used as file name: the indicator code, plus a suffix for the kinds after the trend. */
    String id();

    /** The indicator the chart is about. */
    default String indicatorCode() {
        return id();
    }

    ChartKind kind();

    Lang lang();

    String title();

    /** What and where, under the title of a stand-alone chart; may be null. */
    String subtitle();

    /** Lines printed under the chart (suppressed years or communes, unreliable estimates). */
    List<String> notes();

    /** Number of plotted values, for run summaries and tests. */
    int pointCount();
}
