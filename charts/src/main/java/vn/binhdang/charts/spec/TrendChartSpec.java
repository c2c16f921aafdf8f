package vn.binhdang.charts.spec;

import java.util.List;

import vn.binhdang.charts.Lang;

/**
 * A trend chart: one line per sex with its interval band, the target line and notes.
 *
 * @param subtitle    what and where, under the title of a stand-alone chart ("Huyện Kon Rẫy, 2015–2023"); may be null
 * @param unitLabel   value-axis label (the indicator's unit)
 * @param decimals    decimals of the indicator's values
 * @param includeZero the value axis starts at 0 (shares and rates); not for ratios near 100
 * @param maxValue    natural upper bound of the scale (100 for shares), or null
 * @param firstYear   first year on the time axis
 * @param lastYear    last year on the time axis (at least the plan year)
 * @param target      null when the indicator has no target
 * @param comparisons national lines (published series), per sex, drawn thin and dashed; may be empty
 * @param comparisonSource where the national lines come from ("Toàn quốc: World Bank, …"), printed under a
 *                         stand-alone chart (the pack names its sources on the data page); null without lines
 */
public record TrendChartSpec(
        String id,
        Lang lang,
        String title,
        String subtitle,
        String unitLabel,
        int decimals,
        boolean includeZero,
        Double maxValue,
        int firstYear,
        int lastYear,
        List<TrendSeries> series,
        TargetLine target,
        List<String> notes,
        List<TrendSeries> comparisons,
        String comparisonSource) implements ChartSpec {

    /** Without comparison lines. */
    public TrendChartSpec(String id, Lang lang, String title, String subtitle, String unitLabel, int decimals,
                          boolean includeZero, Double maxValue, int firstYear, int lastYear, List<TrendSeries> series,
                          TargetLine target, List<String> notes) {
        this(id, lang, title, subtitle, unitLabel, decimals, includeZero, maxValue, firstYear, lastYear, series,
                target, notes, List.of(), null);
    }

    public TrendChartSpec {
        series = List.copyOf(series);
        notes = List.copyOf(notes);
        comparisons = List.copyOf(comparisons);
        if (lastYear < firstYear) {
            throw new IllegalArgumentException("Year range " + firstYear + "–" + lastYear + " is empty");
        }
    }

    @Override
    public ChartKind kind() {
        return ChartKind.TREND;
    }

    /** The district's plotted values (comparison lines are not counted: they are not the district's data). */
    @Override
    public int pointCount() {
        return series.stream().mapToInt(s -> s.points().size()).sum();
    }
}
