package vn.binhdang.catalogue;

/**
 * A reference from an indicator to a measure, optionally fixing the sex: {@code live_births[M]} is
 * the boys of the live births; {@code employed} alone follows the sex being computed.
 */
public record MeasureRef(String measure, Sex fixedSex) implements java.io.Serializable {

  /** Parses "measure" or "measure[F]"; throws IllegalArgumentException with the reason otherwise. */
  public static MeasureRef parse(String text) {
    String t = text.trim();
    int open = t.indexOf('[');
    if (open < 0) return new MeasureRef(t, null);
    if (!t.endsWith("]")) throw new IllegalArgumentException("'" + text + "' lacks the closing ]");
    Sex sex = Sex.parse(t.substring(open + 1, t.length() - 1));
    if (sex == null) throw new IllegalArgumentException("'" + text + "' has an unknown sex (use F, M or T)");
    return new MeasureRef(t.substring(0, open), sex);
  }

  /** The sex of the counts to use when the indicator is computed for {@code computedSex}. */
  public Sex sexFor(Sex computedSex) {
    return fixedSex != null ? fixedSex : computedSex;
  }

  @Override
  public String toString() {
    return fixedSex == null ? measure : measure + "[" + fixedSex + "]";
  }
}
