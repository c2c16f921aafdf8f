package vn.binhdang.generate;

/**
 * An expected value that moves in a straight line on a chosen scale between its 2015 and 2023
 * levels: log for counts and rates (they stay positive), logit for shares (they stay within 0–1),
 * linear for shares of a small set of units (clamped by the caller). Outside 2005–2030 the line is
 * held flat, so long benchmark runs (1990–2023) stay plausible instead of extrapolating to absurd
 * values.
 *
 * @param v2015 the district's expected value in 2015
 * @param v2023 the district's expected value in 2023, the plan year
 */
record Trend(double v2015, double v2023, Scale scale) {
  static final int HELD_BEFORE = 2005;
  static final int HELD_AFTER = 2030;

  /** The scale on which the trend is a straight line and commune effects add up. */
  enum Scale {
    LINEAR, LOG, LOGIT
  }

  static Trend log(double v2015, double v2023) {
    return new Trend(v2015, v2023, Scale.LOG);
  }

  static Trend logit(double v2015, double v2023) {
    return new Trend(v2015, v2023, Scale.LOGIT);
  }

  static Trend linear(double v2015, double v2023) {
    return new Trend(v2015, v2023, Scale.LINEAR);
  }

  static Trend constant(double v) {
    return new Trend(v, v, Scale.LINEAR);
  }

  /** The expected value in {@code year}. */
  double at(int year) {
    return at(year, 0);
  }

  /** The expected value in {@code year}, shifted by {@code shift} on the trend's own scale. */
  double at(int year, double shift) {
    int t = Math.max(HELD_BEFORE, Math.min(HELD_AFTER, year));
    double a = link(v2015);
    double b = link(v2023);
    return inverse(b + (b - a) / 8.0 * (t - 2023) + shift);
  }

  private double link(double v) {
    return switch (scale) {
      case LINEAR -> v;
      case LOG -> StrictMath.log(v);
      case LOGIT -> StrictMath.log(v / (1 - v));
    };
  }

  private double inverse(double l) {
    return switch (scale) {
      case LINEAR -> l;
      case LOG -> StrictMath.exp(l);
      case LOGIT -> 1 / (1 + StrictMath.exp(-l));
    };
  }
}
