package vn.binhdang.ingest;

import vn.binhdang.catalogue.RejectRule;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * The reading shared by the CSV inputs: the file's encoding and delimiter as {@link CsvDialect} reads
 * them (a line with invalid bytes is rejected, the rest is read), a header naming the columns (in any order; unknown columns
 * ignored), blank lines skipped, and a line with the wrong number of fields rejected. Subclasses
 * check one data line at a time in {@link #row}. Lines are numbered as in a text editor, header = 1.
 */
public abstract class CsvFileParser<T> implements FileParser<T> {
  private static final long serialVersionUID = 1L;

  /** A plain number: digits, an optional dot and decimals; no exponent, no thousands separator. */
  protected static final Pattern DECIMAL = Pattern.compile("[+-]?\\d+(\\.\\d+)?");
  private static final Pattern YEAR = Pattern.compile("\\d{4}");

  /** The year of a four-digit text, or -1 (out of any range) for anything else. */
  protected static int year(String text) {
    return YEAR.matcher(text).matches() ? Integer.parseInt(text) : -1;
  }

  /** Columns a file must have. */
  protected abstract List<String> requiredColumns();

  /** The header line to show in messages, e.g. "area_code,year,...[,submitted_on,source]". */
  protected abstract String expectedHeader();

  /** Checks one data line: adds a staged record or a reject to the sink. */
  protected abstract void row(Fields fields, long line, Sink<T> sink);

  @Override
  public String glob() {
    return "*.[cC][sS][vV]"; // 23482.CSV as Windows sometimes names it is read too
  }

  @Override
  public final Result<T> parse(String fileName, byte[] content) {
    Sink<T> sink = new Sink<>(inputKind(), fileName, FileParser.sha256(content));
    CsvDialect.Decoded decoded = CsvDialect.decode(content, requiredColumns());
    if (decoded.refusal() != null) {
      sink.rejects.add(Reject.ofFile(inputKind(), fileName, RejectRule.FILE_UNREADABLE, decoded.refusal(), sink.sha));
      return sink.result(1);
    }
    CsvDialect dialect = decoded.dialect();
    List<CSVRecord> records;
    try (CSVParser parser = CSVParser.parse(new StringReader(decoded.text()), dialect.format())) {
      records = parser.getRecords();
    } catch (IOException | java.io.UncheckedIOException e) {
      sink.rejects.add(Reject.ofFile(inputKind(), fileName, RejectRule.FILE_UNREADABLE,
          "not a readable CSV file: " + e.getMessage(), sink.sha));
      return sink.result(1);
    }
    if (records.stream().allMatch(CsvFileParser::isBlank)) return noData(sink, "the file holds no lines");
    Map<String, Integer> header = header(records.get(0));
    List<String> missing = requiredColumns().stream().filter(c -> !header.containsKey(c)).toList();

    long read = 0;
    String sep = String.valueOf(dialect.delimiter());
    for (int i = 1; i < records.size(); i++) {
      CSVRecord rec = records.get(i);
      long line = rec.getRecordNumber();
      if (isBlank(rec)) continue;
      read++;
      if (decoded.badLines().contains(line)) {
        sink.reject(line, null, null, raw(rec, sep), RejectRule.FILE_UNREADABLE,
            "line is not valid " + dialect.encoding() + "; save the file as 'CSV UTF-8'");
      } else if (!missing.isEmpty()) {
        sink.reject(line, null, null, raw(rec, sep), RejectRule.BAD_HEADER,
            "the header lacks " + String.join(", ", missing) + "; expected " + expectedHeader()
                + " (read as " + dialect.describe() + ")");
      } else if (rec.size() != header.size()) {
        sink.reject(line, null, null, raw(rec, sep), RejectRule.COLUMN_COUNT,
            "has " + rec.size() + " fields, the header has " + header.size());
      } else {
        row(new Fields(header, rec, dialect.decimalComma()), line, sink);
      }
    }
    return read == 0 ? noData(sink, "the file has a header but no data lines") : sink.result(read);
  }

  /** A file without data: one reject for the file, counted as one row read so that the file reconciles. */
  private Result<T> noData(Sink<T> sink, String what) {
    sink.rejects.add(Reject.ofFile(inputKind(), sink.file, RejectRule.NO_DATA, what
        + " (" + expectedHeader() + "); send the report with its lines, 0 where there is nothing to report", sink.sha));
    return sink.result(1);
  }

  /** Field access by header name; an absent optional column reads as empty. */
  protected record Fields(Map<String, Integer> header, CSVRecord rec, boolean decimalComma) {
    public String get(String column) {
      Integer i = header.get(column);
      return i == null ? "" : rec.get(i).strip();
    }

    /**
     * A column as a non-negative number. In a comma-separated file: a plain number (digits, a dot for
     * decimals). In a file with {@code ;} or tabs between fields, which Excel writes under Vietnamese
     * regional settings, the Vietnamese way ({@link NumberText}: "12,5" = 12.5, "1.234" = 1234 for a
     * count). Messages start with the column name.
     *
     * @param whole whether the value is a count (whole numbers only)
     */
    public NumberText.Parsed number(String column, boolean whole) {
      String text = get(column);
      if (decimalComma) {
        NumberText.Parsed p = NumberText.parse(text, whole);
        return p.ok() || p.blank() ? p : NumberText.Parsed.problem(p.rule(), column + " " + p.message());
      }
      if (text.isEmpty()) return NumberText.Parsed.ofBlank();
      if (!DECIMAL.matcher(text).matches()) {
        return NumberText.Parsed.problem(RejectRule.NOT_A_NUMBER,
            column + " '" + text + "' is not a number (digits, a dot for decimals, no thousands separator)");
      }
      double v = Double.parseDouble(text);
      if (v < 0) return NumberText.Parsed.problem(RejectRule.NEGATIVE_VALUE, column + " " + text + " is negative");
      if (whole && v != Math.rint(v)) {
        return NumberText.Parsed.problem(RejectRule.NOT_WHOLE_NUMBER,
            column + " '" + text + "' is not a whole number; this is a count (no thousands separators)");
      }
      return NumberText.Parsed.of(v);
    }
  }

  /** Collects what one file gives. */
  protected static final class Sink<T> {
    static final int MAX_RAW = 500;
    final String kind;
    final String file;
    final String sha;
    final List<T> staged = new ArrayList<>();
    final List<Reject> rejects = new ArrayList<>();

    Sink(String kind, String file, String sha) {
      this.kind = kind;
      this.file = file;
      this.sha = sha;
    }

    public String file() {
      return file;
    }

    public String sha() {
      return sha;
    }

    public void stage(T record) {
      staged.add(record);
    }

    /** Rejects a line; its raw text is cut at {@value #MAX_RAW} characters (a line can be 100 MB). */
    public void reject(long line, String area, String field, String raw, RejectRule rule, String message) {
      String cut = raw != null && raw.length() > MAX_RAW ? raw.substring(0, MAX_RAW) + "…" : raw;
      rejects.add(Reject.atLine(kind, file, line, area, field, cut, rule, message, sha));
    }

    Result<T> result(long read) {
      return new Result<>(file, sha, read, List.copyOf(staged), List.copyOf(rejects));
    }
  }

  private static Map<String, Integer> header(CSVRecord rec) {
    Map<String, Integer> h = new LinkedHashMap<>();
    for (int i = 0; i < rec.size(); i++) h.put(rec.get(i).strip().toLowerCase(Locale.ROOT), i);
    return h;
  }

  /** The line as written, up to a little more than {@link Sink#MAX_RAW} characters. */
  private static String raw(CSVRecord rec, String sep) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < rec.size() && sb.length() <= Sink.MAX_RAW; i++) {
      if (i > 0) sb.append(sep);
      String v = rec.get(i);
      // only what fits: appending a 100 MB field whole would copy it twice more while the builder grows
      sb.append(v, 0, Math.min(v.length(), Math.max(0, Sink.MAX_RAW + 1 - sb.length())));
    }
    return sb.toString();
  }

  private static boolean isBlank(CSVRecord rec) {
    for (String v : rec) if (!v.isBlank()) return false;
    return true;
  }
}
