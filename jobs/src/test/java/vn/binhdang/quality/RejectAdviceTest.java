package vn.binhdang.quality;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import vn.binhdang.catalogue.CatalogueLoader;

/** Advice from the data: the nearest valid code, the allowed codes, the field actually at fault (point 7). */
class RejectAdviceTest {
  private final ReportTexts texts = ReportTexts.load(CatalogueLoader.fromClasspath());

  @Test
  void aMisspeltMeasureIsToldTheNearestCodeNotAFixedExample() {
    ReportTexts.Explanation e = texts.explain("unknown_measure",
        "measure 'live_birth' is not in the catalogue (measures.csv); nearest valid code: live_births", "measure");
    assertThat(e.fix()).endsWith("Mã đúng gần nhất trong danh mục: live_births.")
        .doesNotContain("schools_gender_curriculum");
    assertThat(texts.explain("unknown_measure", "measure 'xyz' is not in the catalogue (measures.csv)", "measure")
        .fix()).doesNotContain("gần nhất").doesNotContain("ví dụ");
  }

  @Test
  void aMisspeltAreaIsToldTheAreaByCodeAndName() {
    assertThat(texts.explain("unknown_area", "area 'Dak Koy' is not in the catalogue (areas.csv); nearest valid code: 23482",
        "area_code").fix()).endsWith("Địa bàn gần nhất trong danh mục: 23482 (Xã Đắk Kôi).");
  }

  @Test
  void anImpossibleBirthDateNamesTheBirthDateNotTheSubmissionDate() {
    ReportTexts.Explanation e = texts.explain("bad_date",
        "birth_date '2023-02-29' is not a date (yyyy-mm-dd or dd/mm/yyyy)", "birth_date");
    assertThat(e.error()).startsWith("Ngày sinh:").doesNotContain("nộp");
    assertThat(e.fix()).doesNotContain("nộp").contains("29/02");
    assertThat(texts.explain("bad_date", "submitted_on '31/13/2023' is not a date", "submitted_on").error())
        .startsWith("Ngày nộp:");
  }

  @Test
  void anUnknownCodeListsTheAllowedOnes() {
    assertThat(texts.explain("unknown_code", "outcome 'born' is not one of live, still", "outcome").fix())
        .endsWith("Các mã được phép: live, still.");
  }
}
