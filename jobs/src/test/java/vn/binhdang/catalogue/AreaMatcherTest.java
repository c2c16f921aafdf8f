package vn.binhdang.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.binhdang.testing.SharedSpark;

class AreaMatcherTest {
  private final AreaMatcher matcher = new AreaMatcher(SharedSpark.catalogue());

  @ParameterizedTest
  @CsvSource({
    "23482, 23482",
    "Xã Đắk Kôi, 23482",
    "Xã Đăk Kôi, 23482",
    "xa dak koi, 23482",
    "'  ĐẮK   KÔI ', 23482",
    "Thị trấn Đắk Rve, 23479",
    "TT. Đăk Rve, 23479",
    "Dak To Re commune, 23494",
    "Huyện Kon Rẫy, 614",
  })
  void matchesCodesNamesAndAliases(String text, String code) {
    assertThat(matcher.match(text)).contains(code);
  }

  @ParameterizedTest
  @CsvSource({"99999", "Xã Đắk Hà", "''"})
  void unknownAreasDoNotMatch(String text) {
    assertThat(matcher.match(text)).isEmpty();
  }
}
