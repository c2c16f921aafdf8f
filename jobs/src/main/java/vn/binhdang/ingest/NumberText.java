package vn.binhdang.ingest;

import vn.binhdang.catalogue.RejectRule;

import java.math.BigDecimal;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a number typed as text, the way people in Viet Nam write it. The form documents the
 * Vietnamese convention: a dot groups thousands ("1.234"), a comma marks decimals ("31,8"). The
 * rules, in order:
 *
 * <ol>
 *   <li>Spaces, non-breaking and thin spaces around the number are ignored; between groups of three
 *       digits they are thousands separators ("1 234").
 *   <li>Both a dot and a comma: the last one is the decimal separator and the other must group
 *       thousands by three ("1.234,5" and "1,234.5" are both 1234.5).
 *   <li>Several dots, or several commas: thousands separators ("1.234.567", "1,234,567").
 *   <li>One comma: the decimal comma ("31,8" = 31.8; "1,5" = 1.5).
 *   <li>One dot followed by exactly three digits, after 1–3 digits not starting with 0 ("1.234"): for
 *       a count it can only be a thousands dot (a count has no decimals), so 1234; for a mean (where
 *       decimals are expected) it is ambiguous — 1234 or 1.234 — and is rejected as
 *       {@code ambiguous_number} rather than guessed.
 *   <li>Any other single dot is a decimal point ("31.8", "0.125"): typed on an English keyboard, it has
 *       no other reading.
 * </ol>
 *
 * Counts must then be whole ("1,5" is rejected, {@code not_whole_number}, with a hint that the comma is
 * the decimal separator) and no value may be negative. Anything else — letters, "-", "x", "12%" — is
 * {@code not_a_number}. An empty text (after removing spaces) is blank: not reported.
 */
public final class NumberText {
  private NumberText() {}

  /** What a text gave: blank, a value, or a rule and message. */
  public record Parsed(boolean blank, Double value, RejectRule rule, String message) {
    public static Parsed ofBlank() {
      return new Parsed(true, null, null, null);
    }

    public static Parsed of(double v) {
      return new Parsed(false, v, null, null);
    }

    public static Parsed problem(RejectRule rule, String message) {
      return new Parsed(false, null, rule, message);
    }

    public boolean ok() {
      return value != null;
    }
  }

  private static final Pattern SPACED_GROUPS = Pattern.compile("\\d{1,3}( \\d{3})+([.,]\\d+)?");
  private static final Pattern DOT_GROUPS = Pattern.compile("\\d{1,3}(\\.\\d{3})+");
  private static final Pattern COMMA_GROUPS = Pattern.compile("\\d{1,3}(,\\d{3})+");
  private static final Pattern DIGITS = Pattern.compile("\\d+");
  private static final Pattern THOUSANDS_DOT = Pattern.compile("([1-9]\\d{0,2})\\.(\\d{3})");
  private static final Pattern MIXED = Pattern.compile("(\\d{1,3}(?:([.,])\\d{3})*)([.,])(\\d+)");

  /** Removes spaces of every kind (and zero-width marks) around the text. */
  public static String clean(String text) {
    if (text == null) return "";
    String t = text.replace('\u00A0', ' ').replace('\u202F', ' ').replace('\u2007', ' ').replace('\u2009', ' ')
        .replace("\u200B", "").replace("\uFEFF", "").replace('\t', ' ');
    return t.strip();
  }

  /**
   * Parses {@code text} for a measure that is a count ({@code whole}) or a mean.
   *
   * @return blank for empty text; else the value or the rule it breaks, with a message naming the text
   */
  public static Parsed parse(String text, boolean whole) {
    String t = clean(text);
    if (t.isEmpty()) return Parsed.ofBlank();
    boolean negative = false;
    String body = t;
    if (body.startsWith("-") || body.startsWith("\u2212")) {
      negative = true;
      body = body.substring(1).strip();
    }
    if (body.indexOf(' ') >= 0) {
      if (!SPACED_GROUPS.matcher(body).matches()) return notANumber(t);
      body = body.replace(" ", "");
    }
    BigDecimal v = read(body);
    if (v == null) {
      Matcher m = THOUSANDS_DOT.matcher(body);
      if (m.matches()) {
        if (whole) {
          v = new BigDecimal(m.group(1) + m.group(2));
        } else {
          return Parsed.problem(RejectRule.AMBIGUOUS_NUMBER, "'" + t + "' is ambiguous: " + m.group(1) + m.group(2)
              + " with a thousands dot, or " + m.group(1) + "," + m.group(2) + " with a decimal point; write "
              + m.group(1) + m.group(2) + " or " + m.group(1) + "," + m.group(2) + " (decimal comma)");
        }
      } else {
        return notANumber(t);
      }
    }
    if (negative && v.signum() != 0) {
      return Parsed.problem(RejectRule.NEGATIVE_VALUE, "'" + t + "' is negative; counts and means are ≥ 0");
    }
    if (whole && v.stripTrailingZeros().scale() > 0) {
      String hint = body.matches("\\d{1,3},\\d{3}")
          ? " (a comma is the decimal separator: '" + t + "' reads as " + v.toPlainString()
              + "; for " + body.replace(",", "") + " write " + body.replace(",", "") + " or " + body.replace(',', '.') + ")"
          : " (counts have no decimals; a dot groups thousands by three, as in 1.234)";
      return Parsed.problem(RejectRule.NOT_WHOLE_NUMBER, "'" + t + "' is not a whole number; this is a count" + hint);
    }
    return Parsed.of(v.doubleValue());
  }

  /** The value of an unsigned number under rules 2-4 and 6; null when they do not apply. */
  private static BigDecimal read(String s) {
    if (DIGITS.matcher(s).matches()) return new BigDecimal(s);
    int dots = count(s, '.');
    int commas = count(s, ',');
    if (dots > 0 && commas > 0) {
      Matcher m = MIXED.matcher(s);
      if (!m.matches()) return null;
      char decimal = m.group(3).charAt(0);
      String sep = m.group(2);
      if (sep != null && sep.charAt(0) == decimal) return null;
      if (count(s, decimal) != 1) return null;
      return new BigDecimal(m.group(1).replace(".", "").replace(",", "") + "." + m.group(4));
    }
    if (dots > 1) return DOT_GROUPS.matcher(s).matches() ? new BigDecimal(s.replace(".", "")) : null;
    if (commas > 1) return COMMA_GROUPS.matcher(s).matches() ? new BigDecimal(s.replace(",", "")) : null;
    if (dots + commas == 0) return null; // not digits and no separator: letters, "-", "%"
    char sep = dots == 1 ? '.' : ',';
    int at = s.indexOf(sep);
    String intPart = s.substring(0, at);
    String frac = s.substring(at + 1);
    if (!DIGITS.matcher(intPart).matches() || !DIGITS.matcher(frac).matches()) return null;
    if (sep == '.' && THOUSANDS_DOT.matcher(s).matches()) return null; // rule 5: decided by the caller
    return new BigDecimal(intPart + "." + frac);
  }

  private static Parsed notANumber(String t) {
    return Parsed.problem(RejectRule.NOT_A_NUMBER, "'" + t + "' is not a number; type digits only (1.234 or 1234; "
        + "31,8 for decimals), leave the cell empty if there is no figure, or write 0");
  }

  private static int count(String s, char c) {
    int n = 0;
    for (int i = 0; i < s.length(); i++) if (s.charAt(i) == c) n++;
    return n;
  }
}
