package vn.binhdang.charts.spec;

import java.util.List;

import vn.binhdang.charts.Lang;

/**
 * What a chart shows, as plain data: texts already in the chart's language, numbers in the
 * indicator's unit. Factories turn a spec into a JFreeChart with the shared theme; tests check specs
 * without drawing anything. New chart kinds (commune bars, funnel plots, status tables) add a record here.
 */
public sealed interface ChartSpec permits TrendChartSpec {

    /** Stable id, used as file name: the indicator code for indicator charts. */
    String id();

    Lang lang();

    String title();

    /** Lines printed under the chart (suppressed years, unreliable estimates). */
    List<String> notes();

    /** Number of plotted values, for run summaries and tests. */
    int pointCount();
}
