package vn.binhdang.exports;

import vn.binhdang.charts.workbook.CellText;

import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.when;

import java.util.Arrays;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.DataTypes;

/**
 * Neutralises text that a spreadsheet would run as a formula (CSV injection): a cell that begins with
 * {@code =}, {@code +}, {@code -}, {@code @}, a tab or a carriage return gets a leading apostrophe, the
 * rule of OWASP's "CSV Injection" page. Every CSV and workbook the product writes passes its text through
 * here, because their cells hold what communes typed (a rejected raw value such as
 * {@code =HYPERLINK("http://x")}) and are opened in Excel by the people the data is about.
 *
 * <p>Numbers stay numbers: only text cells are touched, so a negative value of a numeric column is
 * written as it is.
 */
public final class FormulaGuard {
  private FormulaGuard() {}

  /** The characters that make a spreadsheet read a cell as a formula (OWASP), declared in {@link CellText}. */
  static final String TRIGGERS = CellText.TRIGGERS;
  private static final String TRIGGER_REGEX = "^[=+\\-@\\t\\r]";

  /** Whether a spreadsheet would treat {@code text} as a formula. */
  public static boolean dangerous(String text) {
    return CellText.dangerous(text);
  }

  /** {@code text} itself, or with a leading apostrophe when it would run as a formula; null stays null. */
  public static String neutralise(String text) {
    return CellText.neutralise(text);
  }

  /** The same rule as a Spark expression over a string column. */
  public static Column neutraliseColumn(Column text) {
    return when(text.rlike(TRIGGER_REGEX), concat(lit("'"), text)).otherwise(text);
  }

  /** Every string column of {@code rows} neutralised, in the same order and with the same names. */
  public static Dataset<Row> neutraliseText(Dataset<Row> rows) {
    Column[] cols = Arrays.stream(rows.schema().fields())
        .map(f -> f.dataType().equals(DataTypes.StringType)
            ? neutraliseColumn(rows.col(f.name())).as(f.name())
            : rows.col(f.name()))
        .toArray(Column[]::new);
    return rows.select(cols);
  }
}
