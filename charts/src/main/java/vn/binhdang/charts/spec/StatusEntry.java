package vn.binhdang.charts.spec;

import vn.binhdang.charts.release.Sex;

/**
 * One sex of a status line: the plan year's value with its unit ("46,3 %", or the word for a hidden or
 * missing value), its interval ("42,1–50,6", null without one), the status and the trend.
 *
 * @param sexLabel null where the line is for both sexes together
 * @param number   the value as a number, for sorting tables; null where it is hidden or missing (it is the
 *                 number {@code value} prints, never a suppressed one)
 */
public record StatusEntry(Sex sex, String sexLabel, String value, String interval, StatusMark status,
                          TrendMark trend, Double number) {

    /** "Nữ: 46,3 % (42,1–50,6)": the value with its interval, after the sex where there is one. */
    public String valueText() {
        return valueText(sexLabel, value, interval);
    }

    /** The same for any value, sex label and interval (null sex or interval: left out). */
    public static String valueText(String sexLabel, String value, String interval) {
        String v = interval == null ? value : value + " (" + interval + ")";
        return sexLabel == null ? v : sexLabel + ": " + v;
    }
}
