package vn.binhdang.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.binhdang.testing.LegacyBytes;

/**
 * The byte layouts below are the ones Excel and LibreOffice write (Microsoft's "Save As" file-type
 * list and LibreOffice's CSV filter options): "CSV UTF-8" is a UTF-8 byte-order mark, commas and CRLF;
 * Excel's plain "CSV" under Vietnamese regional settings uses the list separator ';', the decimal comma
 * and the ANSI code page (Windows-1258); "Unicode Text" is UTF-16LE with its mark, tabs and CRLF.
 * Legacy files are encoded with the JDK's windows-1258 and GNU iconv's TCVN5712-1 tables.
 */
class CsvDialectTest {
  private static final List<String> COLUMNS = List.of("area_code", "year", "measure", "value", "source");
  private static final String ROWS = "area_code;year;measure;value;source\r\n23482;2023;live_births;12,5;UBND xã Đắk Kôi\r\n";

  @Test
  void utf8WithBomAndCommasIsExcelsCsvUtf8() {
    byte[] b = concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
        ROWS.replace(';', ',').replace("12,5", "12").getBytes(StandardCharsets.UTF_8));
    CsvDialect.Decoded d = CsvDialect.decode(b, COLUMNS);
    assertThat(d.dialect()).isEqualTo(new CsvDialect("UTF-8", true, ','));
    assertThat(d.dialect().decimalComma()).isFalse();
    assertThat(d.text()).startsWith("area_code,").contains("Đắk Kôi");
  }

  @Test
  void semicolonsMeanADecimalComma() {
    CsvDialect.Decoded d = CsvDialect.decode(ROWS.getBytes(StandardCharsets.UTF_8), COLUMNS);
    assertThat(d.dialect().delimiter()).isEqualTo(';');
    assertThat(d.dialect().decimalComma()).isTrue();
    assertThat(d.dialect().describe()).isEqualTo("UTF-8, fields separated by ';', decimal comma");
  }

  @Test
  void unicodeTextIsUtf16WithTabs() {
    byte[] le = concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, ROWS.replace(';', '\t').getBytes(StandardCharsets.UTF_16LE));
    CsvDialect.Decoded d = CsvDialect.decode(le, COLUMNS);
    assertThat(d.dialect()).isEqualTo(new CsvDialect("UTF-16LE", true, '\t'));
    assertThat(d.text()).isEqualTo(ROWS.replace(';', '\t'));
    assertThat(d.badLines()).isEmpty();

    byte[] be = concat(new byte[] {(byte) 0xFE, (byte) 0xFF}, ROWS.getBytes(StandardCharsets.UTF_16BE));
    assertThat(CsvDialect.decode(be, COLUMNS).dialect()).isEqualTo(new CsvDialect("UTF-16BE", true, ';'));
    assertThat(CsvDialect.decode(ROWS.getBytes(StandardCharsets.UTF_16LE), COLUMNS).dialect())
        .as("UTF-16 without its mark, as some exporters write it").isEqualTo(new CsvDialect("UTF-16LE", false, ';'));
  }

  @Test
  void theDelimiterIsTheOneThatNamesTheColumnsNotTheMostFrequent() {
    String text = "area_code,year,measure,value,source\n23482,2023,births,1,\"a; b; c; d; e; f\"\n";
    assertThat(CsvDialect.delimiter(text, COLUMNS)).isEqualTo(',');
    assertThat(CsvDialect.delimiter("x;y\n", COLUMNS)).as("no column named: the most frequent").isEqualTo(';');
    assertThat(CsvDialect.delimiter("", COLUMNS)).isEqualTo(',');
  }

  @Test
  void windows1258IsRefusedByName() {
    byte[] b = LegacyBytes.cp1258(ROWS);
    CsvDialect.Decoded d = CsvDialect.decode(b, COLUMNS);
    assertThat(d.dialect()).isNull();
    assertThat(d.refusal()).isEqualTo("the file is saved as Windows-1258, not UTF-8: in Excel choose Save As → "
        + "\"CSV UTF-8 (Comma delimited)\"");
  }

  @Test
  void tcvn3IsRefusedByName() {
    // "UBND xã Đắk Kôi" in TCVN3, as `iconv -t TCVN5712-1` writes it: x=78 ·=ã §=Đ ¾=ắ «=ô
    byte[] name = {'U', 'B', 'N', 'D', ' ', 'x', (byte) 0xB7, ' ', (byte) 0xA7, (byte) 0xBE, 'k', ' ', 'K', (byte) 0xAB, 'i'};
    byte[] b = concat("area_code;year;measure;value;source\r\n23482;2023;live_births;12;".getBytes(StandardCharsets.US_ASCII),
        name, "\r\n".getBytes(StandardCharsets.US_ASCII));
    assertThat(LegacyVietnamese.tcvn3(name)).isEqualTo("UBND xã Đắk Kôi");
    assertThat(CsvDialect.decode(b, COLUMNS).refusal()).startsWith("the file is saved as TCVN3 (ABC, .VnTime fonts), not UTF-8: ");
  }

  @Test
  void aUtf8FileWithOneDamagedLineKeepsItsOtherLines() {
    byte[] good = ROWS.getBytes(StandardCharsets.UTF_8);
    byte[] b = concat(good, new byte[] {'2', '3', '4', '8', '2', ';', (byte) 0xE9, '\r', '\n'});
    CsvDialect.Decoded d = CsvDialect.decode(b, COLUMNS);
    assertThat(d.refusal()).isNull();
    assertThat(d.badLines()).containsExactly(3L);
  }

  @Test
  void anAsciiFileWithAStrayByteThatIsNotVietnameseIsReadLineByLine() {
    byte[] b = concat("area_code,year\n1,2\n".getBytes(StandardCharsets.US_ASCII), new byte[] {'3', ',', (byte) 0xFF, '\n'});
    CsvDialect.Decoded d = CsvDialect.decode(b, COLUMNS);
    assertThat(d.refusal()).isNull();
    assertThat(d.badLines()).containsExactly(3L);
  }

  @Test
  void vietnameseSyllablesScoreInTheirOwnEncodingOnly() {
    String text = "UBND xã Đắk Kôi, thị trấn Đắk Rve, Tân Lập, Đắk Tơ Lung, Đắk Ruồng, người";
    byte[] cp1258 = LegacyBytes.cp1258(text);
    assertThat(LegacyVietnamese.score(new String(cp1258, Charset.forName("windows-1258")))).isEqualTo(1.0);
    assertThat(LegacyVietnamese.score(LegacyVietnamese.tcvn3(cp1258))).isLessThan(LegacyVietnamese.MIN_SCORE);
    assertThat(LegacyVietnamese.isSyllable("người")).isTrue();
    assertThat(LegacyVietnamese.isSyllable("nguyễn")).isTrue();
    assertThat(LegacyVietnamese.isSyllable("T©n")).isFalse();
    assertThat(LegacyVietnamese.isSyllable("áà")).as("two tone marks").isFalse();
  }

  private static byte[] concat(byte[]... parts) {
    int n = 0;
    for (byte[] p : parts) n += p.length;
    byte[] out = new byte[n];
    int at = 0;
    for (byte[] p : parts) {
      System.arraycopy(p, 0, out, at, p.length);
      at += p.length;
    }
    return out;
  }
}
