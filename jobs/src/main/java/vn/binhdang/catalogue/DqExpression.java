package vn.binhdang.catalogue;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * One side of a data-quality rule ({@code dq_rules.csv}): a sum of terms, each a measure reference times a
 * constant, or a constant. The language is deliberately tiny:
 *
 * <pre>
 * expression := term ('+' term)*
 * term       := factor ('*' factor)*          at most one measure reference per term
 * factor     := number | measure | measure '[' sex ']' | '*' '[' sex ']'
 * </pre>
 *
 * A measure without {@code [sex]} follows the sex being checked; {@code measure[T]} fixes it. {@code *[S]}
 * stands for every count measure given for all the sexes the rule names (so {@code *[T] = *[F] + *[M]} is
 * the sex-total check of every such measure); a rule written with {@code *} uses it in every reference.
 * Numbers are non-negative decimals with a dot. Linear with non-negative coefficients on purpose: a rule that
 * holds in every commune then holds for their sum, the district.
 */
public record DqExpression(List<Term> terms) implements Serializable {
  private static final long serialVersionUID = 1L;

  /** The wildcard measure of {@code *[S]}. */
  public static final String ANY_MEASURE = "*";

  /**
   * A constant ({@code ref == null}) or a measure reference times a coefficient.
   *
   * @param ref the measure and its fixed sex (null sex: the sex being checked); null for a constant
   */
  public record Term(double coefficient, MeasureRef ref) implements Serializable {
    private static final long serialVersionUID = 1L;

    @Override
    public String toString() {
      if (ref == null) return number(coefficient);
      return coefficient == 1 ? ref.toString() : ref + " * " + number(coefficient);
    }
  }

  public DqExpression {
    terms = List.copyOf(terms);
  }

  /** The measure references, in order. */
  public List<MeasureRef> refs() {
    return terms.stream().filter(t -> t.ref() != null).map(Term::ref).toList();
  }

  /** A single measure reference with coefficient 1 (shown as "name value" rather than "expr = value"). */
  public boolean isSingleRef() {
    return terms.size() == 1 && terms.get(0).ref() != null && terms.get(0).coefficient() == 1;
  }

  /** This expression with {@code *} replaced by a measure code. */
  public DqExpression withMeasure(String measure) {
    return new DqExpression(terms.stream()
        .map(t -> t.ref() == null || !t.ref().measure().equals(ANY_MEASURE) ? t
            : new Term(t.coefficient(), new MeasureRef(measure, t.ref().fixedSex())))
        .toList());
  }

  /** The canonical text: terms joined by " + ", e.g. {@code primary_completion_age_pop * 1.5}. */
  @Override
  public String toString() {
    return String.join(" + ", terms.stream().map(Term::toString).toList());
  }

  /** A number without a useless ".0" ({@code 1.5}, {@code 168}). */
  static String number(double v) {
    return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v);
  }

  /** Parses an expression; throws IllegalArgumentException with a one-line reason. */
  public static DqExpression parse(String text) {
    if (text == null || text.isBlank()) throw new IllegalArgumentException("is empty");
    Parser p = new Parser(text);
    List<Term> terms = new ArrayList<>();
    terms.add(p.term());
    while (p.peek() == '+') {
      p.pos++;
      terms.add(p.term());
    }
    p.skipSpaces();
    if (p.pos < text.length()) {
      throw new IllegalArgumentException("'" + text + "': unexpected '" + text.charAt(p.pos) + "' at position "
          + (p.pos + 1) + " (use measures, numbers, + and *)");
    }
    return new DqExpression(terms);
  }

  private static final class Parser {
    private final String s;
    private int pos;

    Parser(String s) {
      this.s = s;
    }

    void skipSpaces() {
      while (pos < s.length() && Character.isWhitespace(s.charAt(pos))) pos++;
    }

    char peek() {
      skipSpaces();
      return pos < s.length() ? s.charAt(pos) : 0;
    }

    Term term() {
      double coefficient = 1;
      MeasureRef ref = null;
      boolean first = true;
      while (first || peek() == '*') {
        if (!first) pos++;
        first = false;
        Object f = factor();
        if (f instanceof Double d) {
          coefficient *= d;
        } else {
          if (ref != null) {
            throw new IllegalArgumentException("'" + s + "' multiplies two measures (" + ref + " * " + f
                + "); a term may hold one measure times numbers");
          }
          ref = (MeasureRef) f;
        }
      }
      return new Term(coefficient, ref);
    }

    Object factor() {
      char c = peek();
      int start = pos;
      if (Character.isDigit(c)) {
        while (pos < s.length() && (Character.isDigit(s.charAt(pos)) || s.charAt(pos) == '.')) pos++;
        String n = s.substring(start, pos);
        if (!n.matches("\\d+(\\.\\d+)?")) throw new IllegalArgumentException("'" + s + "': '" + n + "' is not a number");
        return Double.parseDouble(n);
      }
      String measure;
      if (c == '*') {
        pos++;
        measure = ANY_MEASURE;
      } else if (c >= 'a' && c <= 'z') {
        while (pos < s.length() && (Character.isLetterOrDigit(s.charAt(pos)) || s.charAt(pos) == '_')) pos++;
        measure = s.substring(start, pos);
        if (!measure.equals(measure.toLowerCase(Locale.ROOT))) {
          throw new IllegalArgumentException("'" + s + "': measure '" + measure + "' must be lower case");
        }
      } else {
        throw new IllegalArgumentException("'" + s + "': expected a measure or a number at position " + (pos + 1)
            + (c == 0 ? " (the expression ends too early)" : ", found '" + c + "'"));
      }
      Sex sex = null;
      if (pos < s.length() && s.charAt(pos) == '[') {
        int close = s.indexOf(']', pos);
        if (close < 0) throw new IllegalArgumentException("'" + s + "': '[' without ']'");
        sex = Sex.parse(s.substring(pos + 1, close));
        if (sex == null) {
          throw new IllegalArgumentException("'" + s + "': unknown sex '" + s.substring(pos + 1, close) + "' (use F, M or T)");
        }
        pos = close + 1;
      }
      if (measure.equals(ANY_MEASURE) && sex == null) {
        throw new IllegalArgumentException("'" + s + "': * (every measure) needs a sex, e.g. *[T]");
      }
      return new MeasureRef(measure, sex);
    }
  }
}
