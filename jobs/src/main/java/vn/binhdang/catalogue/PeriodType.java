package vn.binhdang.catalogue;

import java.util.List;
import java.util.regex.Pattern;

/** How often a measure is reported: once a year, each quarter, or each month. */
public enum PeriodType {
  Y(Pattern.compile("Y"), List.of("Y")),
  Q(Pattern.compile("Q[1-4]"), List.of("Q1", "Q2", "Q3", "Q4")),
  M(Pattern.compile("M(0[1-9]|1[0-2])"),
      List.of("M01", "M02", "M03", "M04", "M05", "M06", "M07", "M08", "M09", "M10", "M11", "M12"));

  private final Pattern pattern;
  private final List<String> periods;

  PeriodType(Pattern pattern, List<String> periods) {
    this.pattern = pattern;
    this.periods = periods;
  }

  /** The period codes of one year, in order ("Y"; "Q1".."Q4"; "M01".."M12"). */
  public List<String> periods() {
    return periods;
  }

  /** The type a period code belongs to ("Q3" → Q), or null when the code is not a period. */
  public static PeriodType of(String period) {
    if (period == null) return null;
    for (PeriodType t : values()) if (t.pattern.matcher(period).matches()) return t;
    return null;
  }
}
