package vn.binhdang.charts.spec;

import java.util.Comparator;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;

import vn.binhdang.charts.release.Sex;

/**
 * The line of one sex in a trend chart.
 *
 * @param label           legend text
 * @param points          plotted values, by year; never a suppressed one
 * @param suppressedYears years whose value is hidden: the line is broken there instead of joined
 *                        (years merely without data are joined, as usual for survey series)
 */
public record TrendSeries(Sex sex, String label, List<TrendPoint> points, SortedSet<Integer> suppressedYears) {

    public TrendSeries {
        points = points.stream().sorted(Comparator.comparingInt(TrendPoint::year)).toList();
        suppressedYears = java.util.Collections.unmodifiableSortedSet(new TreeSet<>(suppressedYears));
        for (TrendPoint p : points) {
            if (suppressedYears.contains(p.year())) {
                throw new IllegalArgumentException("Year " + p.year() + " is both plotted and suppressed");
            }
        }
    }
}
