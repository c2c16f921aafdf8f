package vn.binhdang.forms;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.CellValue;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.FormulaEvaluator;
import org.apache.poi.xssf.usermodel.XSSFCell;
import vn.binhdang.ingest.NumberText;
import vn.binhdang.catalogue.RejectRule;

/**
 * Reads one input cell of a form: numbers (counts and means) and the submission date.
 *
 * <ul>
 *   <li>A numeric cell is its value; a number stored as text is read by {@link NumberText}.
 *   <li>A formula is its saved (cached) result, as Excel and LibreOffice store it; when the workbook
 *       holds no result (written by a program), the formula is computed with POI's evaluator, and when
 *       that fails the cell is rejected ({@code cell_error}).
 *   <li>An error value (typed or computed: {@code #VALUE!}, {@code #DIV/0!}, {@code #REF!} …) is
 *       rejected ({@code cell_error}); TRUE/FALSE and dates in a number cell are {@code not_a_number}.
 *   <li>Empty cells, cells with only spaces, and formulas whose result is empty text are blank: not
 *       reported.
 * </ul>
 */
final class CellReader {
  private CellReader() {}

  /** What a cell gave; {@code raw} is what the reporter typed (a formula with its "="). */
  record Reading(boolean blank, Double value, RejectRule rule, String message, String raw) {
    static Reading ofBlank(String raw) {
      return new Reading(true, null, null, null, raw);
    }

    boolean ok() {
      return value != null;
    }
  }

  private static final double WHOLE_TOLERANCE = 1e-9;

  /** Reads a number cell of a count ({@code whole}) or a mean. */
  static Reading number(Cell cell, boolean whole, FormulaEvaluator evaluator) {
    if (cell == null) return Reading.ofBlank(null);
    return switch (cell.getCellType()) {
      case BLANK, _NONE -> Reading.ofBlank(null);
      case NUMERIC -> DateUtil.isCellDateFormatted(cell)
          ? problem(RejectRule.NOT_A_NUMBER, "the cell holds a date (" + dateText(cell) + "), not a number; "
              + "type the figure again (the cell may have been formatted as a date)", dateText(cell))
          : fromDouble(cell.getNumericCellValue(), whole, plain(cell.getNumericCellValue()), "");
      case STRING -> fromText(cell.getStringCellValue(), whole, cell.getStringCellValue(), "");
      case BOOLEAN -> problem(RejectRule.NOT_A_NUMBER, "'" + bool(cell.getBooleanCellValue()) + "' is not a number",
          bool(cell.getBooleanCellValue()));
      case ERROR -> {
        String e = errorText(cell.getErrorCellValue());
        yield problem(RejectRule.CELL_ERROR, "the cell shows the error " + e + ", not a number", e);
      }
      case FORMULA -> formula(cell, whole, evaluator);
    };
  }

  private static Reading formula(Cell cell, boolean whole, FormulaEvaluator evaluator) {
    String raw = "=" + cell.getCellFormula();
    String via = " (from the formula " + raw + ")";
    if (hasCachedResult(cell)) {
      return switch (cell.getCachedFormulaResultType()) {
        case NUMERIC -> fromDouble(cell.getNumericCellValue(), whole, raw, via);
        case STRING -> fromText(cell.getStringCellValue(), whole, raw, via);
        case BOOLEAN -> problem(RejectRule.NOT_A_NUMBER, "the formula " + raw + " gives "
            + bool(cell.getBooleanCellValue()) + ", not a number", raw);
        case ERROR -> problem(RejectRule.CELL_ERROR, "the formula " + raw + " gives the error "
            + errorText(cell.getErrorCellValue()) + "; correct it or type the number", raw);
        default -> Reading.ofBlank(raw);
      };
    }
    CellValue v;
    try {
      v = evaluator.evaluate(cell);
    } catch (RuntimeException e) {
      return problem(RejectRule.CELL_ERROR, "the formula " + raw + " has no saved result and cannot be computed ("
          + oneLine(e) + "); type the number instead", raw);
    }
    if (v == null) return Reading.ofBlank(raw);
    return switch (v.getCellType()) {
      case NUMERIC -> fromDouble(v.getNumberValue(), whole, raw, via);
      case STRING -> fromText(v.getStringValue(), whole, raw, via);
      case BOOLEAN -> problem(RejectRule.NOT_A_NUMBER, "the formula " + raw + " gives " + bool(v.getBooleanValue())
          + ", not a number", raw);
      case ERROR -> problem(RejectRule.CELL_ERROR, "the formula " + raw + " gives the error "
          + errorText(v.getErrorValue()) + "; correct it or type the number", raw);
      default -> Reading.ofBlank(raw);
    };
  }

  /** Whether the workbook stored a result for this formula (Excel and LibreOffice always do). */
  static boolean hasCachedResult(Cell cell) {
    if (cell instanceof XSSFCell x) {
      var ct = x.getCTCell();
      return ct.isSetV() || ct.isSetIs();
    }
    return true;
  }

  private static Reading fromText(String text, boolean whole, String raw, String via) {
    NumberText.Parsed p = NumberText.parse(text, whole);
    if (p.blank()) return Reading.ofBlank(raw);
    if (p.ok()) return new Reading(false, p.value(), null, null, raw);
    return problem(p.rule(), p.message() + via, raw);
  }

  private static Reading fromDouble(double v, boolean whole, String raw, String via) {
    if (Double.isNaN(v) || Double.isInfinite(v)) {
      return problem(RejectRule.NOT_A_NUMBER, "'" + raw + "' is not a finite number" + via, raw);
    }
    if (v < 0) return problem(RejectRule.NEGATIVE_VALUE, plain(v) + " is negative" + via + "; counts and means are ≥ 0", raw);
    if (whole) {
      double r = Math.rint(v);
      if (Math.abs(v - r) > WHOLE_TOLERANCE * Math.max(1, Math.abs(v))) {
        double thousand = v * 1000;
        String hint = v < 1000 && Math.abs(thousand - Math.rint(thousand)) < 1e-6
            ? "; if you meant " + plain(Math.rint(thousand)) + ", type it without a separator"
            : "";
        return problem(RejectRule.NOT_WHOLE_NUMBER, plain(v) + " is not a whole number; this is a count" + via + hint, raw);
      }
      return new Reading(false, r == 0 ? 0.0 : r, null, null, raw);
    }
    return new Reading(false, v, null, null, raw);
  }

  private static Reading problem(RejectRule rule, String message, String raw) {
    return new Reading(false, null, rule, message, raw);
  }

  // ---- dates -----------------------------------------------------------------------------------

  /** What the submission-date cell gave: blank, a date, or a message. */
  record DateReading(boolean blank, LocalDate date, String message, String raw) {}

  private static final Pattern DMY = Pattern.compile("(\\d{1,2})\\s*[/.\\-]\\s*(\\d{1,2})\\s*[/.\\-]\\s*(\\d{4})");
  private static final Pattern YMD = Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})");
  private static final Pattern WORDS =
      Pattern.compile("(?:ngay\\s*)?(\\d{1,2})\\s*thang\\s*(\\d{1,2})\\s*nam\\s*(\\d{4})");
  private static final DateTimeFormatter SHOW = DateTimeFormatter.ofPattern("dd/MM/uuuu");

  /**
   * Reads the submission date: a date cell, an Excel date number, or text as dd/mm/yyyy (also with
   * "-" or "."), yyyy-mm-dd, or "ngày 5 tháng 12 năm 2023". It must fall in the form's year or the
   * next (late reports).
   */
  static DateReading date(Cell cell, int formYear) {
    if (cell == null) return new DateReading(true, null, null, null);
    CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
    String raw;
    LocalDate d = null;
    switch (type) {
      case NUMERIC -> {
        double v = cell.getNumericCellValue();
        raw = DateUtil.isCellDateFormatted(cell) ? dateText(cell) : plain(v);
        if (DateUtil.isValidExcelDate(v)) d = cell.getLocalDateTimeCellValue().toLocalDate();
      }
      case STRING -> {
        raw = cell.getStringCellValue();
        if (NumberText.clean(raw).isEmpty()) return new DateReading(true, null, null, raw);
        d = parseDate(raw);
      }
      case BLANK, _NONE -> {
        return new DateReading(true, null, null, null);
      }
      case ERROR -> raw = errorText(cell.getErrorCellValue());
      default -> raw = bool(cell.getBooleanCellValue());
    }
    if (d == null) {
      return new DateReading(false, null, "'" + raw + "' is not a date; write the submission date as dd/mm/yyyy", raw);
    }
    if (d.getYear() < formYear || d.getYear() > formYear + 1) {
      return new DateReading(false, null, "submission date " + SHOW.format(d) + " is not in " + formYear + " or "
          + (formYear + 1) + "; check the year", raw);
    }
    return new DateReading(false, d, null, raw);
  }

  static LocalDate parseDate(String text) {
    String t = Normalizer.normalize(NumberText.clean(text).toLowerCase(Locale.ROOT), Normalizer.Form.NFD)
        .replaceAll("\\p{M}+", "").replace('đ', 'd').replace(',', ' ');
    try {
      Matcher m = DMY.matcher(t);
      if (m.matches()) return LocalDate.of(Integer.parseInt(m.group(3)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(1)));
      m = YMD.matcher(t);
      if (m.matches()) return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
      m = WORDS.matcher(t);
      if (m.find()) return LocalDate.of(Integer.parseInt(m.group(3)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(1)));
    } catch (DateTimeException e) {
      return null;
    }
    return null;
  }

  // ---- text ------------------------------------------------------------------------------------

  /** A text cell's text (stripped), or the plain form of any other value; "" for blank. */
  static String text(Cell cell) {
    if (cell == null) return "";
    CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
    return switch (type) {
      case STRING -> NumberText.clean(cell.getStringCellValue());
      case NUMERIC -> plain(cell.getNumericCellValue());
      case BOOLEAN -> bool(cell.getBooleanCellValue());
      case ERROR -> errorText(cell.getErrorCellValue());
      default -> "";
    };
  }

  /** 1234.0 → "1234", 31.8 → "31.8". */
  static String plain(double v) {
    if (Double.isNaN(v) || Double.isInfinite(v)) return Double.toString(v);
    return BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
  }

  private static String dateText(Cell cell) {
    try {
      return SHOW.format(cell.getLocalDateTimeCellValue());
    } catch (RuntimeException e) {
      return plain(cell.getNumericCellValue());
    }
  }

  private static String bool(boolean b) {
    return b ? "TRUE" : "FALSE";
  }

  private static String errorText(byte code) {
    try {
      return FormulaError.forInt(code).getString();
    } catch (IllegalArgumentException e) {
      return "#ERROR";
    }
  }

  static String oneLine(Throwable e) {
    String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    int nl = m.indexOf('\n');
    m = nl < 0 ? m : m.substring(0, nl);
    return m.length() > 200 ? m.substring(0, 200) + "…" : m;
  }
}
