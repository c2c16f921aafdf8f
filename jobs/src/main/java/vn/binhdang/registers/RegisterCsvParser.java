package vn.binhdang.registers;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.charset.CodingErrorAction;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.spark.sql.Row;
import vn.binhdang.ingest.CsvDialect;
import vn.binhdang.catalogue.RejectRule;

/**
 * Splits one register CSV file into records with their exact line numbers, on an executor, as a
 * stream: the file's bytes are held once, records are handed on one at a time. It does no
 * validation beyond what needs the file itself (UTF-8, quoting, the header, the number of fields);
 * every field check is a Spark SQL expression afterwards ({@link RegisterChecks}). The encoding and the
 * delimiter are those {@link CsvDialect} reads from the bytes; with ';' or tabs a decimal comma is read.
 *
 * <p>Header names are matched without regard to case or surrounding spaces, column order is free,
 * unknown columns are ignored, blank lines are skipped (they are not records). A line that is a
 * record spans several lines only when a quoted field holds a line break; it is located by its
 * first line.
 */
final class RegisterCsvParser implements Serializable {
  private static final long serialVersionUID = 1L;
  private static final int MAX_RAW = 500;
  private static final java.util.regex.Pattern DECIMAL_COMMA = java.util.regex.Pattern.compile("[+-]?\\d+,\\d+");

  private final Register register;

  RegisterCsvParser(Register register) {
    this.register = register;
  }

  /** The rows of one file: its records (or problems), then one summary row. */
  Iterator<Row> parse(String file, byte[] content) {
    return new Rows(register, file, content);
  }

  static String sha256(byte[] content) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static final class Rows implements Iterator<Row> {
    private final Register register;
    private final String file;
    private final String sha;
    private final long bytes;
    private final int width;
    private final ArrayDeque<Row> ready = new ArrayDeque<>();
    private CSVParser parser;
    private Iterator<CSVRecord> records;
    private int[] positions;          // register column -> index in the record, -1 when absent
    private int headerSize;
    private String missing;           // bad_header message, null when the header is complete
    private long lastLine;            // last physical line consumed
    private long read;
    private boolean finished;
    private CsvDialect dialect;

    Rows(Register register, String file, byte[] content) {
      this.register = register;
      this.file = file;
      this.sha = sha256(content);
      this.bytes = content.length;
      this.width = register.columns().size();
      CsvDialect.Sniffed sniffed = CsvDialect.sniff(content, register.columns());
      if (sniffed.refusal() != null) {
        ready.add(RawRecords.fileProblem(file, sha, RejectRule.FILE_UNREADABLE.code(), sniffed.refusal(), width));
        read = 1;
        finish();
        return;
      }
      dialect = sniffed.dialect();
      int skip = dialect.bomLength();
      Reader reader = new InputStreamReader(new ByteArrayInputStream(content, skip, content.length - skip),
          dialect.charset().newDecoder()
              .onMalformedInput(CodingErrorAction.REPLACE).onUnmappableCharacter(CodingErrorAction.REPLACE));
      try {
        parser = CSVParser.parse(reader, dialect.format());
        records = parser.iterator();
        readHeader();
      } catch (IOException | UncheckedIOException | IllegalStateException e) {
        ready.add(RawRecords.fileProblem(file, sha, RejectRule.FILE_UNREADABLE.code(),
            "not a readable CSV file: " + message(e), width));
        read = 1;
        finish();
      }
    }

    private void readHeader() {
      CSVRecord header = null;
      while (header == null && records.hasNext()) {
        CSVRecord rec = records.next();
        if (!isBlank(rec)) header = rec; // blank lines before the header are not a header
      }
      if (header == null) {
        finish();
        return;
      }
      lastLine = parser.getCurrentLineNumber();
      Map<String, Integer> names = new HashMap<>();
      for (int i = 0; i < header.size(); i++) {
        String name = header.get(i).replace("\uFEFF", "").strip().toLowerCase(Locale.ROOT);
        names.putIfAbsent(name, i);
      }
      headerSize = header.size();
      List<String> columns = register.columns();
      positions = new int[columns.size()];
      for (int i = 0; i < positions.length; i++) positions[i] = names.getOrDefault(columns.get(i), -1);
      missing = register.missingColumns(names.keySet());
    }

    @Override
    public boolean hasNext() {
      fill();
      return !ready.isEmpty();
    }

    @Override
    public Row next() {
      if (!hasNext()) throw new NoSuchElementException();
      return ready.poll();
    }

    private void fill() {
      while (ready.isEmpty() && !finished) {
        CSVRecord rec;
        long first = lastLine + 1;
        try {
          if (!records.hasNext()) {
            finish();
            return;
          }
          rec = records.next();
        } catch (UncheckedIOException | IllegalStateException e) {
          read++;
          ready.add(RawRecords.csvProblem(file, sha, first, RejectRule.FILE_UNREADABLE.code(), null,
              "the file cannot be read from line " + first + " on (" + message(e)
                  + "); a quote is probably not closed", width));
          finish();
          return;
        }
        lastLine = Math.max(parser.getCurrentLineNumber(), first);
        if (isBlank(rec)) continue;
        read++;
        ready.add(record(rec, first));
      }
    }

    private Row record(CSVRecord rec, long line) {
      String raw = rawLine(rec);
      if (hasReplacement(rec)) {
        return RawRecords.csvProblem(file, sha, line, RejectRule.FILE_UNREADABLE.code(), raw,
            "line is not valid " + dialect.encoding() + "; save the file as 'CSV UTF-8'", width);
      }
      if (missing != null) {
        return RawRecords.csvProblem(file, sha, line, RejectRule.BAD_HEADER.code(), raw, missing, width);
      }
      if (rec.size() != headerSize) {
        return RawRecords.csvProblem(file, sha, line, RejectRule.COLUMN_COUNT.code(), raw,
            "has " + rec.size() + " fields, the header has " + headerSize, width);
      }
      String[] values = new String[width];
      for (int i = 0; i < width; i++) values[i] = positions[i] < 0 ? null : decimal(rec.get(positions[i]));
      return RawRecords.csvRecord(file, sha, line, values);
    }

    private void finish() {
      if (finished) return;
      finished = true;
      // a header alone is a year without events (no maternal death): zero records, not missing data
      if (read == 0 && lastLine == 0) {
        ready.add(RawRecords.fileProblem(file, sha, RejectRule.NO_DATA.code(),
            "the file holds no lines, not even the header (the " + register.label() + " has one line per record)",
            width));
        read = 1;
      }
      ready.add(RawRecords.file(file, sha, bytes, read, width));
      if (parser != null) {
        try {
          parser.close();
        } catch (IOException e) {
          // in-memory input: nothing to release
        }
      }
    }

    /**
     * A value as the checks read it: in a file with ';' or tabs between fields (Excel under Vietnamese
     * regional settings) a decimal comma becomes a dot ("412,5" → "412.5"); nothing else changes.
     */
    private String decimal(String value) {
      return dialect.decimalComma() && DECIMAL_COMMA.matcher(value.strip()).matches()
          ? value.strip().replace(',', '.') : value;
    }

    private static boolean isBlank(CSVRecord rec) {
      for (String v : rec) if (!v.isBlank()) return false;
      return true;
    }

    private static boolean hasReplacement(CSVRecord rec) {
      for (String v : rec) if (v.indexOf('\uFFFD') >= 0) return true;
      return false;
    }

    private String rawLine(CSVRecord rec) {
      String s = String.join(String.valueOf(dialect.delimiter()), rec.toList());
      return s.length() > MAX_RAW ? s.substring(0, MAX_RAW) + "…" : s;
    }

    private static String message(Exception e) {
      Throwable t = e.getCause() != null && e instanceof UncheckedIOException ? e.getCause() : e;
      return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage().replace('\n', ' ');
    }
  }
}
