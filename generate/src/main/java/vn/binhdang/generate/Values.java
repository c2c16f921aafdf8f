package vn.binhdang.generate;

import java.util.HashMap;
import java.util.Map;
import vn.binhdang.catalogue.Sex;

/**
 * The values of one report (one unit, one year), keyed by measure, period and population group,
 * already formatted as they will be written. Counts given for women and men get their total here,
 * so T = F + M holds by construction (only a planted fault breaks it).
 */
final class Values {
  private final Map<String, String[]> cells = new HashMap<>(128);

  /** A count reported for F, M and T. */
  void bySex(String measure, String period, String group, long f, long m) {
    cells.put(key(measure, period, group), new String[] {Long.toString(f), Long.toString(m), Long.toString(f + m)});
  }

  /** A count reported for T only. */
  void total(String measure, String period, String group, long t) {
    cells.put(key(measure, period, group), new String[] {null, null, Long.toString(t)});
  }

  /** A survey mean reported for F and M (means have no total that could be checked or summed). */
  void mean(String measure, String period, String group, double f, double m) {
    cells.put(key(measure, period, group), new String[] {oneDecimal(f), oneDecimal(m), null});
  }

  /** The formatted value, or null when the model has none for this cell. */
  String get(String measure, String period, String group, Sex sex) {
    String[] v = cells.get(key(measure, period, group));
    return v == null ? null : v[sex.ordinal()];
  }

  private static String key(String measure, String period, String group) {
    return measure + '|' + period + '|' + group;
  }

  /** One decimal with a dot, independent of the default locale. */
  static String oneDecimal(double v) {
    long tenths = StrictMath.round(Math.max(0, v) * 10);
    return (tenths / 10) + "." + (tenths % 10);
  }
}
