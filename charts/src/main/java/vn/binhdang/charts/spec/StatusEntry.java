package vn.binhdang.charts.spec;

import vn.binhdang.charts.release.Sex;

/**
 * One sex of a status line: the plan year's value with its unit ("46,3 %", or the word for a hidden or
 * missing value), its interval ("42,1–50,6", null without one), the status and the trend.
 *
 * @param sexLabel null where the line is for both sexes together
 */
public record StatusEntry(Sex sex, String sexLabel, String value, String interval, StatusMark status,
                          TrendMark trend) {
}
