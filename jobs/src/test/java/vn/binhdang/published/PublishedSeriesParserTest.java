package vn.binhdang.published;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import vn.binhdang.ingest.FileParser;
import vn.binhdang.ingest.Reject;
import vn.binhdang.catalogue.RejectRule;
import vn.binhdang.testing.SharedSpark;

class PublishedSeriesParserTest {
  private static final String HEADER = "area_code,year,indicator,sex,value,lower,upper,source\n";
  private final PublishedSeriesParser parser = new PublishedSeriesParser(SharedSpark.catalogue(), 2023);

  private FileParser.Result<PublishedValue> parse(String body) {
    return parser.parse("published/p.csv", (HEADER + body).getBytes(StandardCharsets.UTF_8));
  }

  private Reject onlyReject(String line) {
    FileParser.Result<PublishedValue> r = parse(line + "\n");
    assertThat(r.staged()).isEmpty();
    assertThat(r.rowsRead()).isEqualTo(1);
    return r.rejects().get(0);
  }

  @Test
  void valueWithAndWithoutInterval() {
    FileParser.Result<PublishedValue> r = parse("VN,2019,HLT_SRB,T,111.2,110.1,112.3,Tổng điều tra dân số 2019\n"
        + "Việt Nam,2021,HLT_ABR,T,35.2,,,World Bank\n");
    assertThat(r.rejects()).isEmpty();
    assertThat(r.staged()).containsExactly(
        new PublishedValue("VN", 2019, "HLT_SRB", "T", 111.2, 110.1, 112.3, "Tổng điều tra dân số 2019",
            "published/p.csv", 2, r.sha256()),
        new PublishedValue("VN", 2021, "HLT_ABR", "T", 35.2, null, null, "World Bank", "published/p.csv", 3,
            r.sha256()));
  }

  @Test
  void anAreaThatDidNotExistInTheRowsYearIsNamedWithItsDates() {
    PublishedSeriesParser both = new PublishedSeriesParser(vn.binhdang.testing.TwoMaps.catalogue(), 2026);
    FileParser.Result<PublishedValue> r = both.parse("published/p.csv", (HEADER
        + "614,2024,HLT_SRB,T,108.2,,,Niên giám\n"
        + "614,2026,HLT_SRB,T,108.2,,,Niên giám\n").getBytes(StandardCharsets.UTF_8));
    assertThat(r.staged()).extracting(PublishedValue::year).containsExactly(2024);
    assertThat(r.rejects()).singleElement().satisfies(j -> {
      assertThat(j.rule()).isEqualTo(RejectRule.UNKNOWN_AREA);
      assertThat(j.message()).isEqualTo("area 614 (Huyện Kon Rẫy) exists to 2025-06-30, not in 2026; report it for"
          + " the area that exists that year (areas.csv)");
    });
  }

  @Test
  void oldSeriesAreAccepted() {
    assertThat(parse("VN,1960,HLT_ABR,T,60,,,World Bank\n").staged()).hasSize(1);
  }

  @Test
  void unknownIndicator() {
    Reject j = onlyReject("VN,2019,HLT_SRBX,T,111,,,x");
    assertThat(j.rule()).isEqualTo(RejectRule.UNKNOWN_INDICATOR);
    assertThat(j.field()).isEqualTo("indicator");
  }

  @Test
  void sexTheIndicatorIsNotComputedFor() {
    assertThat(onlyReject("VN,2019,HLT_SRB,F,111,,,x").rule()).isEqualTo(RejectRule.UNKNOWN_SEX);
  }

  @Test
  void unknownArea() {
    assertThat(onlyReject("LA,2019,HLT_SRB,T,111,,,x").rule()).isEqualTo(RejectRule.UNKNOWN_AREA);
  }

  @Test
  void yearAfterThePlanYear() {
    assertThat(onlyReject("VN,2024,HLT_SRB,T,111,,,x").rule()).isEqualTo(RejectRule.YEAR_OUT_OF_RANGE);
  }

  @Test
  void intervalThatMissesItsValue() {
    Reject j = onlyReject("VN,2019,HLT_SRB,T,111,112,115,x");
    assertThat(j.rule()).isEqualTo(RejectRule.INTERVAL_INCONSISTENT);
    assertThat(j.message()).contains("112–115 does not contain the value 111");
  }

  @Test
  void badNumbers() {
    assertThat(onlyReject("VN,2019,HLT_SRB,T,111;2,,,x").rule()).isEqualTo(RejectRule.NOT_A_NUMBER);
    assertThat(onlyReject("VN,2019,HLT_SRB,T,111,abc,,x").rule()).isEqualTo(RejectRule.NOT_A_NUMBER);
    assertThat(onlyReject("VN,2019,HLT_SRB,T,-1,,,x").rule()).isEqualTo(RejectRule.NEGATIVE_VALUE);
  }

  @Test
  void missingSource() {
    assertThat(onlyReject("VN,2019,HLT_SRB,T,111,,,").rule()).isEqualTo(RejectRule.MISSING_SOURCE);
  }
}
