package vn.binhdang.catalogue;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A data-quality rule, a row of {@code data/catalogue/dq_rules.csv}: {@code left operator right} must hold
 * between the measures of one area, year, period and population group (and sex, for references without a
 * fixed sex). An {@link Severity#ERROR} rule rejects the values it reads when it fails; a
 * {@link Severity#WARNING} keeps them and flags the failure in {@code dq_results}.
 *
 * @param order position in the file, from 0: when a value fails several error rules, the first names its reject
 * @param line the line in {@code dq_rules.csv} (header = 1), for messages
 */
public record DqRule(
    String code,
    DqExpression left,
    Operator operator,
    DqExpression right,
    Severity severity,
    String descriptionVi,
    String descriptionEn,
    int order,
    long line) implements Serializable {
  private static final long serialVersionUID = 1L;

  /** The code of the sex-total rule, which staging ({@code CountRules}) enforces before the other rules. */
  public static final String SEX_TOTAL = "sex_total_mismatch";

  /** Comparison operators. */
  public enum Operator {
    LE("<="), LT("<"), EQ("="), GE(">="), GT(">");

    private final String symbol;

    Operator(String symbol) {
      this.symbol = symbol;
    }

    public String symbol() {
      return symbol;
    }

    /** The operator written as in the file, or null. */
    public static Operator parse(String s) {
      for (Operator o : values()) if (o.symbol.equals(s == null ? null : s.strip())) return o;
      return null;
    }
  }

  /** What a failure does. */
  public enum Severity {
    /** the values the rule reads are rejected */
    ERROR,
    /** the values are kept; the failure is flagged */
    WARNING;

    public String code() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  /** Every measure reference of both sides. */
  public List<MeasureRef> refs() {
    List<MeasureRef> out = new ArrayList<>(left.refs());
    out.addAll(right.refs());
    return out;
  }

  /** Written with {@code *[S]}: applies to every count measure given for the sexes it names. */
  public boolean isWildcard() {
    return refs().stream().anyMatch(r -> r.measure().equals(DqExpression.ANY_MEASURE));
  }

  /** "left op right", e.g. {@code gbv_victims_supported <= gbv_victims}. */
  public String text() {
    return left + " " + operator.symbol() + " " + right;
  }
}
