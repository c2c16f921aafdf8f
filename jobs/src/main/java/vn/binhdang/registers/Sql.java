package vn.binhdang.registers;

import static org.apache.spark.sql.functions.call_function;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.instr;
import static org.apache.spark.sql.functions.length;
import static org.apache.spark.sql.functions.substring;
import static org.apache.spark.sql.functions.btrim;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.dayofmonth;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.lower;
import static org.apache.spark.sql.functions.month;
import static org.apache.spark.sql.functions.regexp_extract;
import static org.apache.spark.sql.functions.translate;
import static org.apache.spark.sql.functions.when;
import static org.apache.spark.sql.functions.year;

import java.text.Normalizer;
import org.apache.spark.sql.Column;

/**
 * The field parsers of the registers as Spark SQL expressions (they run in generated code, row by
 * row, with no Java call per record). Every parser gives null for text it cannot read, never an
 * error, so that ANSI mode (on by default in Spark 4) turns bad values into rejects, not failures.
 */
final class Sql {
  private Sql() {}

  /**
   * For {@code translate}: precomposed Latin letters with diacritics, mapped to their bare lower-case
   * letter, then the combining marks (U+0300–U+036F, decomposed text), which have no counterpart and
   * are therefore deleted. One pass, no regular expression.
   */
  private static final String FOLD_FROM;
  private static final String FOLD_TO;
  /** Separators dropped from keys. */
  private static final String SEPARATORS = " -_'’ʼ`.,/()\t";

  static {
    StringBuilder from = new StringBuilder("đĐ");
    StringBuilder to = new StringBuilder("dd");
    for (char c = 0x00C0; c <= 0x024F; c++) add(c, from, to);
    for (char c = 0x1E00; c <= 0x1EFF; c++) add(c, from, to);
    for (char c = 0x0300; c <= 0x036F; c++) from.append(c);
    FOLD_FROM = from.toString();
    FOLD_TO = to.toString();
  }

  private static void add(char c, StringBuilder from, StringBuilder to) {
    String d = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD);
    char base = d.charAt(0);
    if (d.length() > 1 && base < 128 && Character.isLetter(base)) {
      from.append(c);
      to.append(Character.toLowerCase(base));
    }
  }

  static final String NUMBER = "^[+-]?([0-9]+(\\.[0-9]*)?|\\.[0-9]+)([eE][+-]?[0-9]+)?$";
  static final String WHOLE = "^[+-]?[0-9]+(\\.0*)?$";

  /** The text without surrounding spaces (also tabs, non-breaking spaces and a stray BOM); null when empty. */
  static Column clean(Column raw) {
    Column t = btrim(raw, lit(" \t\r\n\u00A0\uFEFF"));
    return when(t.notEqual(lit("")), t);
  }

  /** Lower case without diacritics ("Nữ" → "nu", "Đắk" → "dak"), for NFC and NFD input alike. */
  static Column fold(Column text) {
    return translate(lower(text), FOLD_FROM, FOLD_TO);
  }

  /** {@link #fold} without spaces and punctuation ("Xơ-Đăng" → "xodang", "own account" → "ownaccount"). */
  static Column key(Column text) {
    return translate(fold(text), SEPARATORS, "");
  }

  static Column isNumber(Column text) {
    return text.rlike(NUMBER);
  }

  static Column isWhole(Column text) {
    return text.rlike(WHOLE);
  }

  /** A whole number ("23", "23.0"); null for anything else or beyond the int range. */
  static Column toInt(Column text) {
    return coalesce(text.try_cast("int"),
        when(isWhole(text), regexp_extract(text, "^([+-]?[0-9]+)", 1).try_cast("int")));
  }

  /** A year of four digits; null for anything else. */
  static Column toYear(Column text) {
    return when(length(text).equalTo(4).and(text.try_cast("int").geq(1000)), text.try_cast("int"));
  }

  /** A plain number with a dot for decimals; null for anything else. */
  static Column toDouble(Column text) {
    return when(isNumber(text), text.try_cast("double"));
  }

  /** A date written yyyy-mm-dd or dd/mm/yyyy (one-digit day and month accepted); null when not a real date. */
  static Column toDate(Column text) {
    Column iso = call_function("try_to_date", text, lit("yyyy-M-d"));
    Column dmy = call_function("try_to_date", text, lit("d/M/yyyy"));
    Column len = length(text);
    return when(len.between(8, 10).and(substring(text, 5, 1).equalTo("-")), iso)
        .when(len.between(8, 10).and(instr(text, "/").between(2, 3)), dmy);
  }

  /** true/false, yes/no, 1/0, có/không (any case); null for anything else. */
  static Column toBool(Column text) {
    Column k = key(text);
    return when(k.isin("true", "t", "1", "yes", "y", "co"), lit(true))
        .when(k.isin("false", "f", "0", "no", "n", "khong"), lit(false));
  }

  /** F or M from F/M, nữ/nam, female/male (any case); null for anything else. */
  static Column toSex(Column text) {
    Column k = key(text);
    return when(k.isin("f", "nu", "female"), lit("F")).when(k.isin("m", "nam", "male"), lit("M"));
  }

  /**
   * Age in completed years on {@code at} of a person born on {@code born}: the difference of the
   * years, less one when the birthday has not yet come that year (a birthday on 29 February is
   * reached on 1 March in common years).
   */
  static Column completedYears(Column born, Column at) {
    Column before = month(at).multiply(100).plus(dayofmonth(at)).lt(month(born).multiply(100).plus(dayofmonth(born)));
    return year(at).minus(year(born)).minus(when(before, 1).otherwise(0));
  }

  /** 'text', quoted for messages. */
  static Column quoted(Column text) {
    return concat(lit("'"), text, lit("'"));
  }

  static Column c(String column) {
    return col("c_" + column);
  }

  static Column raw(String column) {
    return col(RawRecords.PREFIX + column);
  }
}
