package vn.binhdang.ingest;

import vn.binhdang.catalogue.RejectRule;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The text-number rules of {@link NumberText}, as a table. */
class NumberTextTest {

  @ParameterizedTest(name = "{0} as {1} → {2}")
  @CsvSource(delimiter = '|', textBlock = """
      1234         | count | 1234
      1.234        | count | 1234
      1.234.567    | count | 1234567
      1.000        | count | 1000
      1 234        | count | 1234
      1,234,567    | count | 1234567
      12,0         | count | 12
      12.0         | count | 12
      ' 42 '       | count | 42
      0            | count | 0
      -0           | count | 0
      31,8         | mean  | 31.8
      31.8         | mean  | 31.8
      0.125        | mean  | 0.125
      0,125        | mean  | 0.125
      1,234        | mean  | 1.234
      1.234,5      | mean  | 1234.5
      1,234.5      | mean  | 1234.5
      1.234.567,25 | mean  | 1234567.25
      1234.5       | mean  | 1234.5
      """)
  void accepted(String text, String kind, double expected) {
    NumberText.Parsed p = NumberText.parse(text, kind.equals("count"));
    assertThat(p.ok()).as(text).isTrue();
    assertThat(p.value()).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0} as {1} → {2}")
  @CsvSource(delimiter = '|', textBlock = """
      1,5       | count | NOT_WHOLE_NUMBER
      1,234     | count | NOT_WHOLE_NUMBER
      31.8      | count | NOT_WHOLE_NUMBER
      1.234,5   | count | NOT_WHOLE_NUMBER
      1.234     | mean  | AMBIGUOUS_NUMBER
      2.125     | mean  | AMBIGUOUS_NUMBER
      -3        | count | NEGATIVE_VALUE
      −3        | count | NEGATIVE_VALUE
      -3,5      | mean  | NEGATIVE_VALUE
      abc       | count | NOT_A_NUMBER
      -         | count | NOT_A_NUMBER
      x         | count | NOT_A_NUMBER
      12%       | count | NOT_A_NUMBER
      +5        | count | NOT_A_NUMBER
      1.23.4    | count | NOT_A_NUMBER
      1,23,4    | count | NOT_A_NUMBER
      1.2,3.4   | mean  | NOT_A_NUMBER
      12 34     | count | NOT_A_NUMBER
      .5        | mean  | NOT_A_NUMBER
      5.        | mean  | NOT_A_NUMBER
      1.234,5,6 | mean  | NOT_A_NUMBER
      1,234.5.6 | mean  | NOT_A_NUMBER
      """)
  void rejected(String text, String kind, RejectRule rule) {
    NumberText.Parsed p = NumberText.parse(text, kind.equals("count"));
    assertThat(p.blank()).isFalse();
    assertThat(p.ok()).as(text).isFalse();
    assertThat(p.rule()).isEqualTo(rule);
    assertThat(p.message()).contains("'" + text.strip() + "'");
  }

  @Test
  void emptyAndSpacesAreBlank() {
    for (String t : new String[] {"", " ", "\u00A0", "\t", "\u200B", "\u202F \u2009"}) {
      assertThat(NumberText.parse(t, true).blank()).as("[" + t + "]").isTrue();
    }
    assertThat(NumberText.parse(null, true).blank()).isTrue();
  }

  @Test
  void neverThrowsOnAnyMixOfDigitsSeparatorsAndSigns() {
    Random rnd = new Random(42);
    String alphabet = "0123456789.,- \u00A0−+x";
    for (int i = 0; i < 50_000; i++) {
      StringBuilder b = new StringBuilder();
      for (int n = rnd.nextInt(9); n > 0; n--) b.append(alphabet.charAt(rnd.nextInt(alphabet.length())));
      for (boolean whole : new boolean[] {true, false}) {
        NumberText.Parsed p = NumberText.parse(b.toString(), whole);
        assertThat(p.blank() || p.ok() || p.rule() != null).isTrue();
        if (p.ok()) assertThat(p.value()).isNotNegative();
      }
    }
  }
}
