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
        List<String> notes) implements ChartSpec {

    public TrendChartSpec {
        series = List.copyOf(series);
        notes = List.copyOf(notes);
        if (lastYear < firstYear) {
            throw new IllegalArgumentException("Year range " + firstYear + "–" + lastYear + " is empty");
        }
    }

    @Override
    public int pointCount() {
        return series.stream().mapToInt(s -> s.points().size()).sum();
    }
}
