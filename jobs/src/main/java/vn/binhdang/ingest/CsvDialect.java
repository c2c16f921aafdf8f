package vn.binhdang.ingest;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * How a CSV file was saved, read from its bytes: the encoding, the character between fields and the
 * decimal mark. These are the files people actually send:
 *
 * <ul>
 *   <li>UTF-8, with or without a byte-order mark, comma-separated: Excel's "CSV UTF-8", LibreOffice's
 *       default, every program. Decimals with a dot.
 *   <li>Fields separated by {@code ;}: Excel's CSV under Vietnamese (and most European) regional
 *       settings, where the comma is the decimal mark. Numbers are then read the Vietnamese way
 *       ({@link NumberText}: "12,5" = 12.5; "1.234" = 1234 for a count).
 *   <li>UTF-16 (little- or big-endian, with its byte-order mark) and tabs: Excel's "Unicode Text"
 *       (.txt renamed .csv). Numbers as for {@code ;}.
 * </ul>
 *
 * Windows-1258 and TCVN3 files (Excel's plain "CSV" on a Vietnamese Windows; the old ABC fonts) are not
 * guessed into text: a file that is not UTF-8 in any line and reads as Vietnamese in one of them is
 * refused whole with a message naming the encoding ({@link LegacyVietnamese}). A UTF-8 file with a few
 * damaged lines keeps its good lines; the damaged ones are rejected one by one.
 *
 * <p>The delimiter is the one of {@code , ; tab} that splits the header line into the most expected
 * column names (ties: the one the line holds most often). Line numbers count as a text editor does,
 * whatever the encoding and line ends (CRLF included).
 *
 * @param encoding "UTF-8", "UTF-16LE" or "UTF-16BE"
 * @param bom whether the file starts with a byte-order mark
 * @param delimiter the character between fields
 */
public record CsvDialect(String encoding, boolean bom, char delimiter) {
  private static final char[] DELIMITERS = {',', ';', '\t'};

  /** Whether numbers use a decimal comma: in files whose fields are not separated by commas. */
  public boolean decimalComma() {
    return delimiter != ',';
  }

  /** The Commons CSV format of this dialect (blank lines kept, so that line numbers stay exact). */
  public CSVFormat format() {
    return CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setIgnoreEmptyLines(false).get();
  }

  /** "UTF-8 with BOM, fields separated by ';'": for the manifest and messages. */
  public String describe() {
    String sep = switch (delimiter) {
      case '\t' -> "tab";
      default -> "'" + delimiter + "'";
    };
    return encoding + (bom ? " with BOM" : "") + ", fields separated by " + sep
        + (decimalComma() ? ", decimal comma" : "");
  }

  /**
   * What reading a file gave.
   *
   * @param dialect how it was saved (null when refused)
   * @param text its characters, without the byte-order mark (null when refused)
   * @param badLines lines holding bytes that are not valid in the encoding (rejected one by one)
   * @param refusal why the whole file is refused, in one line with how to save it (null when read)
   */
  public record Decoded(CsvDialect dialect, String text, Set<Long> badLines, String refusal) {
    static Decoded refused(String why) {
      return new Decoded(null, null, Set.of(), why);
    }
  }

  /** How a file was saved, or why it is refused: from its bytes, without decoding all of them. */
  public record Sniffed(CsvDialect dialect, String refusal) {}

  /**
   * Reads how a file was saved: the byte-order mark (or UTF-16 without one, or UTF-8), a whole-file
   * check for legacy encodings, and the delimiter from the header line.
   *
   * @param expectedColumns the column names a header of this kind of file holds (to choose the delimiter)
   */
  public static Sniffed sniff(byte[] content, Collection<String> expectedColumns) {
    String encoding = "UTF-8";
    boolean bom = false;
    Charset noBom16;
    if (startsWith(content, 0xEF, 0xBB, 0xBF)) {
      bom = true;
    } else if (startsWith(content, 0xFF, 0xFE) || startsWith(content, 0xFE, 0xFF)) {
      encoding = content[0] == (byte) 0xFF ? "UTF-16LE" : "UTF-16BE";
      bom = true;
    } else if ((noBom16 = utf16WithoutBom(content)) != null) {
      encoding = noBom16.name();
    } else if (!validUtf8(content) && !hasUtf8Sequence(content)) {
      Optional<LegacyVietnamese.Encoding> legacy = LegacyVietnamese.guess(content);
      if (legacy.isPresent()) {
        return new Sniffed(null, "the file is saved as " + legacy.get().label() + ", not UTF-8: "
            + legacy.get().advice());
      }
    }
    CsvDialect probe = new CsvDialect(encoding, bom, ',');
    int offset = probe.bomLength();
    String head = new String(content, offset, Math.min(content.length - offset, 64 * 1024), probe.charset());
    return new Sniffed(new CsvDialect(encoding, bom, delimiter(head, expectedColumns)), null);
  }

  /**
   * Reads a file's bytes into text (small files; a register is streamed with {@link #sniff} and
   * {@link #charset}).
   *
   * @param expectedColumns the column names a header of this kind of file holds (to choose the delimiter)
   */
  public static Decoded decode(byte[] content, Collection<String> expectedColumns) {
    Sniffed sniffed = sniff(content, expectedColumns);
    if (sniffed.refusal() != null) return Decoded.refused(sniffed.refusal());
    CsvDialect d = sniffed.dialect();
    Set<Long> badLines = new HashSet<>();
    String text = strict(content, d.bomLength(), d.charset(), badLines);
    return new Decoded(d, text, badLines, null);
  }

  /** The file's character set. */
  public Charset charset() {
    return Charset.forName(encoding);
  }

  /** How many bytes the byte-order mark takes (0 without one). */
  public int bomLength() {
    return !bom ? 0 : encoding.equals("UTF-8") ? 3 : 2;
  }

  /** The delimiter that makes the header line name the most expected columns. */
  static char delimiter(String text, Collection<String> expected) {
    int nl = text.indexOf('\n');
    String header = nl < 0 ? text : text.substring(0, nl);
    char best = ',';
    int bestFound = -1;
    int bestCount = -1;
    for (char d : DELIMITERS) {
      int found = 0;
      for (String name : headerNames(header, d)) if (expected.contains(name)) found++;
      int count = (int) header.chars().filter(c -> c == d).count();
      if (found > bestFound || found == bestFound && count > bestCount) {
        best = d;
        bestFound = found;
        bestCount = count;
      }
    }
    return best;
  }

  private static java.util.List<String> headerNames(String header, char delimiter) {
    CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).get();
    try (CSVParser p = CSVParser.parse(new StringReader(header), format)) {
      var it = p.iterator();
      if (!it.hasNext()) return java.util.List.of();
      CSVRecord rec = it.next();
      return rec.stream().map(s -> s.replace("\uFEFF", "").strip().toLowerCase(Locale.ROOT)).toList();
    } catch (IOException | UncheckedIOException | IllegalStateException e) {
      return java.util.List.of(); // an unclosed quote in the header: this delimiter names nothing
    }
  }

  private static boolean startsWith(byte[] b, int... prefix) {
    if (b.length < prefix.length) return false;
    for (int i = 0; i < prefix.length; i++) if ((b[i] & 0xFF) != prefix[i]) return false;
    return true;
  }

  /**
   * UTF-16 without a byte-order mark (some exporters write it): most characters of a CSV are ASCII, so
   * every other byte is zero. Null when the bytes do not look like that.
   */
  private static Charset utf16WithoutBom(byte[] b) {
    int n = Math.min(b.length, 2000) & ~1;
    if (n < 8) return null;
    int zeroEven = 0;
    int zeroOdd = 0;
    for (int i = 0; i < n; i += 2) {
      if (b[i] == 0) zeroEven++;
      if (b[i + 1] == 0) zeroOdd++;
    }
    int pairs = n / 2;
    if (zeroOdd > pairs * 0.6 && zeroEven < pairs * 0.05) return StandardCharsets.UTF_16LE;
    if (zeroEven > pairs * 0.6 && zeroOdd < pairs * 0.05) return StandardCharsets.UTF_16BE;
    return null;
  }

  /** Whether the bytes hold at least one well-formed multi-byte UTF-8 character. */
  private static boolean hasUtf8Sequence(byte[] b) {
    for (int i = 0; i + 1 < b.length; i++) {
      int lead = b[i] & 0xFF;
      int len = lead >= 0xC2 && lead <= 0xDF ? 2 : lead >= 0xE0 && lead <= 0xEF ? 3 : lead >= 0xF0 && lead <= 0xF4 ? 4 : 0;
      if (len == 0 || i + len > b.length) continue;
      boolean ok = true;
      for (int k = 1; k < len; k++) ok &= (b[i + k] & 0xC0) == 0x80;
      if (ok) return true;
    }
    return false;
  }

  /** Whether the bytes are well-formed UTF-8 throughout (decoded in small chunks: registers are large). */
  private static boolean validUtf8(byte[] b) {
    java.nio.charset.CharsetDecoder dec = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(b);
    java.nio.CharBuffer out = java.nio.CharBuffer.allocate(8192);
    while (true) {
      java.nio.charset.CoderResult r = dec.decode(in, out, true);
      if (r.isError()) return false;
      if (r.isUnderflow()) return !dec.flush(out).isError();
      out.clear();
    }
  }

  /** Decodes strictly; on failure, decodes with replacement and records the lines that held bad bytes. */
  private static String strict(byte[] content, int offset, Charset cs, Set<Long> badLines) {
    ByteBuffer bytes = ByteBuffer.wrap(content, offset, content.length - offset);
    try {
      return cs.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT).decode(bytes).toString();
    } catch (CharacterCodingException e) {
      String text = new String(content, offset, content.length - offset, cs);
      long line = 1;
      for (int i = 0; i < text.length(); i++) {
        char c = text.charAt(i);
        if (c == '\n') line++;
        else if (c == '\uFFFD') badLines.add(line);
      }
      return text;
    }
  }
}
