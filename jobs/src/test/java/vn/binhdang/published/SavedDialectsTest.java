package vn.binhdang.published;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.binhdang.ingest.CountsCsvParser;
import vn.binhdang.ingest.FileParser;
import vn.binhdang.catalogue.RejectRule;
import vn.binhdang.ingest.StagedCount;
import vn.binhdang.testing.SharedSpark;

/**
 * Files saved by LibreOffice under Vietnamese settings and by iconv in the legacy encodings (how each
 * was made: {@code fixtures/dialects/README.md}) stage exactly the values of the sample lines they
 * were made from, or are refused with one line that names the encoding.
 */
class SavedDialectsTest {
  private final CountsCsvParser counts = new CountsCsvParser(SharedSpark.catalogue(), 2023);
  private final PublishedSeriesParser published = new PublishedSeriesParser(SharedSpark.catalogue(), 2023);

  /** The first five data lines of the sample's 2023 report of Đắk Kôi, as the sample holds them. */
  private static final String COUNTS_ORIGINAL = """
      area_code,year,period,measure,sex,group,value,submitted_on,source
      23482,2023,Y,employed,F,all,967,2023-12-06,UBND xã Đắk Kôi
      23482,2023,Y,employed,M,all,1055,2023-12-06,UBND xã Đắk Kôi
      23482,2023,Y,employed,T,all,2022,2023-12-06,UBND xã Đắk Kôi
      23482,2023,Y,employed_wage,F,all,186,2023-12-06,UBND xã Đắk Kôi
      23482,2023,Y,employed_wage,M,all,262,2023-12-06,UBND xã Đắk Kôi
      """;

  @Test
  void semicolonsAndUnicodeTextStageTheSameCountsAsTheOriginal() {
    List<String> expected = countValues(counts.parse("original.csv", COUNTS_ORIGINAL.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    assertThat(expected).hasSize(5);
    for (String name : List.of("libreoffice-vi-semicolon-counts.csv", "libreoffice-unicode-tab-counts.csv")) {
      FileParser.Result<StagedCount> r = counts.parse(name, fixture(name));
      assertThat(r.rejects()).as(name).isEmpty();
      assertThat(countValues(r)).as(name).isEqualTo(expected);
    }
  }

  @Test
  void decimalCommasOfPublishedSeriesAreReadAsTheValuesTheyShow() {
    for (String name : List.of("libreoffice-vi-semicolon-published.csv", "libreoffice-unicode-tab-published.csv")) {
      FileParser.Result<PublishedValue> r = published.parse(name, fixture(name));
      assertThat(r.rejects()).as(name).isEmpty();
      assertThat(r.staged()).as(name).extracting(PublishedValue::value)
          .containsExactly(65.89917, 75.16309, 90.99304, 92.31472, 87.12675);
      assertThat(r.staged()).extracting(PublishedValue::source).allMatch(s -> s.startsWith("World Bank, World"));
      assertThat(r.staged()).extracting(PublishedValue::lineNumber).containsExactly(2L, 3L, 4L, 5L, 6L);
    }
  }

  @Test
  void legacyEncodingsAreRefusedWholeByName() {
    for (String[] c : new String[][] {{"iconv-windows-1258-counts.csv", "Windows-1258"},
        {"iconv-tcvn3-counts.csv", "TCVN3 (ABC, .VnTime fonts)"}}) {
      FileParser.Result<StagedCount> r = counts.parse(c[0], fixture(c[0]));
      assertThat(r.staged()).isEmpty();
      assertThat(r.rejects()).as(c[0]).singleElement().satisfies(j -> {
        assertThat(j.rule()).isEqualTo(RejectRule.FILE_UNREADABLE);
        assertThat(j.sourceLocation()).isEqualTo("file");
        assertThat(j.message()).startsWith("the file is saved as " + c[1] + ", not UTF-8: ").doesNotContain("\n");
      });
    }
  }

  private static List<String> countValues(FileParser.Result<StagedCount> r) {
    return r.staged().stream().map(s -> String.join("|", s.areaCode(), String.valueOf(s.year()), s.period(),
        s.measure(), s.sex(), s.populationGroup(), String.valueOf(s.value()), String.valueOf(s.submittedOn()),
        s.source(), String.valueOf(s.lineNumber()))).toList();
  }

  private static byte[] fixture(String name) {
    try (InputStream in = SavedDialectsTest.class.getResourceAsStream("/fixtures/dialects/" + name)) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
