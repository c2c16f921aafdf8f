package vn.binhdang.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The suggestion sent back with a misspelt code (issue 12, point 7). */
class NearestCodeTest {
  private static final List<String> MEASURES = List.of("live_births", "live_births_mothers_15_19",
      "schools_gender_curriculum", "schools", "maternal_deaths");

  @Test
  void aCodeOneOrTwoEditsAwayIsSuggested() {
    // Levenshtein distances: live_birth → live_births 1 (insertion); curiculum → curriculum 1
    assertThat(NearestCode.of("live_birth", MEASURES)).contains("live_births");
    assertThat(NearestCode.of("schools_gender_curiculum", MEASURES)).contains("schools_gender_curriculum");
    assertThat(NearestCode.of("Maternal_Death", MEASURES)).contains("maternal_deaths");
  }

  @Test
  void nothingIsSuggestedWhenNothingIsCloseOrTwoCodesAreEquallyClose() {
    assertThat(NearestCode.of("births_total", MEASURES)).isEmpty();
    assertThat(NearestCode.of("23480", List.of("23482", "23485"))).isEmpty(); // one digit off each: a tie
    assertThat(NearestCode.of("23483", List.of("23482", "23497"))).contains("23482");
    assertThat(NearestCode.of(" ", MEASURES)).isEmpty();
  }

  @Test
  void theLimitGrowsWithTheWord() {
    assertThat(NearestCode.limit("sex")).isEqualTo(1);
    assertThat(NearestCode.limit("live_birth")).isEqualTo(2);
    assertThat(NearestCode.limit("schools_gender_curiculum")).isEqualTo(6);
  }
}
