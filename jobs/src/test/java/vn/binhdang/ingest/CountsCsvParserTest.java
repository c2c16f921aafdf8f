package vn.binhdang.ingest;

import vn.binhdang.catalogue.RejectRule;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import vn.binhdang.testing.SharedSpark;

/** One test per row-level rule, plus lineage and the file-level cases. */
class CountsCsvParserTest {
  private static final String HEADER = "area_code,year,period,measure,sex,group,value,submitted_on,source\n";
  private final CountsCsvParser parser = new CountsCsvParser(SharedSpark.catalogue(), 2023);

  private FileParser.Result<StagedCount> parse(String body) {
    return parser.parse("counts/test.csv", (HEADER + body).getBytes(StandardCharsets.UTF_8));
  }

  private Reject onlyReject(String line) {
    FileParser.Result<StagedCount> r = parse(line + "\n");
    assertThat(r.staged()).isEmpty();
    assertThat(r.rejects()).hasSize(1);
    Reject j = r.rejects().get(0);
    assertThat(j.lineNumber()).isEqualTo(2L);
    assertThat(j.sourceFile()).isEqualTo("counts/test.csv");
    assertThat(j.sourceLocation()).isEqualTo("line 2");
    return j;
  }

  @Test
  void validRowIsStagedWithLineage() {
    FileParser.Result<StagedCount> r = parse("23482,2023,Y,live_births,F,all,41,2023-12-05,UBND xã Đắk Kôi\n"
        + "\n"
        + "23482,2023,Y,live_births,M,all,44,05/12/2023,\n");
    assertThat(r.rowsRead()).isEqualTo(2);
    assertThat(r.rejects()).isEmpty();
    assertThat(r.staged()).hasSize(2);
    StagedCount s = r.staged().get(0);
    assertThat(s).isEqualTo(new StagedCount("23482", 2023, "Y", "live_births", "F", "all", 41.0,
        LocalDate.of(2023, 12, 5), "UBND xã Đắk Kôi", "counts_csv", "counts/test.csv", "line 2", 2L, r.sha256()));
    assertThat(r.staged().get(1).lineNumber()).as("blank line 3 is skipped but counted in numbering").isEqualTo(4L);
    assertThat(r.staged().get(1).submittedOn()).isEqualTo(LocalDate.of(2023, 12, 5));
    assertThat(r.sha256()).hasSize(64);
  }

  @Test
  void areaGivenByNameOrAliasIsResolvedToItsCode() {
    FileParser.Result<StagedCount> r = parse("Xã Đăk Kôi,2023,Y,live_births,F,all,41,,\n");
    assertThat(r.staged()).singleElement().extracting(StagedCount::areaCode).isEqualTo("23482");
  }

  @Test
  void optionalColumnsMayBeAbsentAndExtraColumnsAreIgnored() {
    FileParser.Result<StagedCount> r = parser.parse("a.csv",
        "group,sex,measure,period,year,area_code,value,note\nall,T,schools,Y,2023,23482,5,x\n"
            .getBytes(StandardCharsets.UTF_8));
    assertThat(r.staged()).singleElement().satisfies(s -> {
      assertThat(s.value()).isEqualTo(5.0);
      assertThat(s.submittedOn()).isNull();
      assertThat(s.source()).isNull();
    });
  }

  @Test
  void unknownArea() {
    Reject j = onlyReject("99999,2023,Y,live_births,F,all,41,,");
    assertThat(j.rule()).isEqualTo(RejectRule.UNKNOWN_AREA);
    assertThat(j.field()).isEqualTo("area_code");
    assertThat(j.rawValue()).isEqualTo("99999");
    assertThat(j.message()).doesNotContain("nearest"); // nothing is close to 99999
    assertThat(onlyReject("Dak Koy,2023,Y,live_births,F,all,41,,").message())
        .endsWith("; nearest valid code: 23482");
  }

  @Test
  void anAreaIsMatchedOnTheMapOfTheRowsYear() {
    CountsCsvParser both = new CountsCsvParser(vn.binhdang.testing.TwoMaps.catalogue(), 2026);
    FileParser.Result<StagedCount> r = both.parse("counts/test.csv", (HEADER
        + "23479,2024,Y,live_births,F,all,41,,\n"        // the town, on the old map
        + "23479,2026,Y,live_births,F,all,90,,\n"        // the merged commune that kept the code
        + "Xã Đắk Rve,2025,Y,live_births,F,all,88,,\n"   // the town's name too: the map of 31 December 2025
        + "23482,2026,Y,live_births,F,all,12,,\n"        // abolished on 30 June 2025
        + "Xã Đắk Kôi,2026,Y,live_births,F,all,12,,\n").getBytes(StandardCharsets.UTF_8));
    assertThat(r.staged()).extracting(StagedCount::areaCode, StagedCount::year)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("23479", 2024), org.assertj.core.groups.Tuple.tuple("23479", 2026),
            org.assertj.core.groups.Tuple.tuple("23479", 2025));
    assertThat(r.rejects()).extracting(Reject::rule).containsOnly(RejectRule.UNKNOWN_AREA);
    assertThat(r.rejects()).extracting(Reject::message).containsExactly(
        "area 23482 (Xã Đắk Kôi) exists to 2025-06-30, not in 2026; report it for the area that exists that year"
            + " (areas.csv)",
        "area 23482 (Xã Đắk Kôi) exists to 2025-06-30, not in 2026; report it for the area that exists that year"
            + " (areas.csv)");
    vn.binhdang.catalogue.AreaMatcher m = new vn.binhdang.catalogue.AreaMatcher(vn.binhdang.testing.TwoMaps.catalogue());
    assertThat(m.match("23479", 2024)).get().extracting(vn.binhdang.catalogue.Area::level)
        .isEqualTo(vn.binhdang.catalogue.Area.Level.TOWN);
    assertThat(m.match("23479", 2025)).get().extracting(vn.binhdang.catalogue.Area::level)
        .as("on 31 December 2025 the code is the merged commune's").isEqualTo(vn.binhdang.catalogue.Area.Level.COMMUNE);
    assertThat(m.match("Đắk Rve", 2024)).get().extracting(vn.binhdang.catalogue.Area::level)
        .as("a name both rows carry: the town in 2024").isEqualTo(vn.binhdang.catalogue.Area.Level.TOWN);
  }

  @Test
  void unknownMeasure() {
    Reject j = onlyReject("23482,2023,Y,live_birth,F,all,41,,");
    assertThat(j.rule()).isEqualTo(RejectRule.UNKNOWN_MEASURE);
    assertThat(j.rawValue()).isEqualTo("live_birth");
    assertThat(j.areaCode()).isEqualTo("23482");
    assertThat(j.message()).isEqualTo("measure 'live_birth' is not in the catalogue (measures.csv);"
        + " nearest valid code: live_births");
  }

  @Test
  void districtMayNotReportACommuneMeasure() {
    Reject j = onlyReject("614,2023,Y,live_births,F,all,600,,");
    assertThat(j.rule()).isEqualTo(RejectRule.WRONG_LEVEL);
    assertThat(j.message()).contains("the district value is their sum");
  }

  @Test
  void communeMayNotReportADistrictMeasure() {
    assertThat(onlyReject("23482,2023,Y,agencies,T,all,3,,").rule()).isEqualTo(RejectRule.WRONG_LEVEL);
  }

  @Test
  void unknownSex() {
    Reject j = onlyReject("23482,2023,Y,live_births,Nữ,all,41,,");
    assertThat(j.rule()).isEqualTo(RejectRule.UNKNOWN_SEX);
    assertThat(j.rawValue()).isEqualTo("Nữ");
  }

  @Test
  void sexNotAllowedForTheMeasure() {
    assertThat(onlyReject("23482,2023,Y,maternal_deaths,F,all,0,,").rule()).isEqualTo(RejectRule.UNKNOWN_SEX);
  }

  @Test
  void unknownGroup() {
    assertThat(onlyReject("23482,2023,Y,live_births,F,kinh,41,,").rule()).isEqualTo(RejectRule.UNKNOWN_GROUP);
  }

  @Test
  void periodOfTheWrongType() {
    Reject j = onlyReject("23482,2023,Q2,live_births,F,all,41,,");
    assertThat(j.rule()).isEqualTo(RejectRule.BAD_PERIOD);
    assertThat(j.message()).contains("periods Y");
  }

  @Test
  void malformedPeriod() {
    assertThat(onlyReject("23482,2023,Q5,ge_news_items,T,all,3,,").rule()).isEqualTo(RejectRule.BAD_PERIOD);
  }

  @Test
  void yearAfterThePlanYear() {
    Reject j = onlyReject("23482,2024,Y,live_births,F,all,41,,");
    assertThat(j.rule()).isEqualTo(RejectRule.YEAR_OUT_OF_RANGE);
    assertThat(j.message()).contains("from 2000 to 2023");
  }

  @Test
  void yearThatIsNotAYear() {
    assertThat(onlyReject("23482,2O23,Y,live_births,F,all,41,,").rule()).isEqualTo(RejectRule.YEAR_OUT_OF_RANGE);
  }

  @Test
  void nonNumericValue() {
    Reject j = onlyReject("23482,2023,Y,live_births,F,all,1O5,,");
    assertThat(j.rule()).isEqualTo(RejectRule.NOT_A_NUMBER);
    assertThat(j.rawValue()).isEqualTo("1O5");
  }

  @Test
  void emptyValue() {
    Reject j = onlyReject("23482,2023,Y,live_births,F,all,,,");
    assertThat(j.rule()).isEqualTo(RejectRule.NOT_A_NUMBER);
    assertThat(j.message()).contains("write 0");
  }

  @Test
  void negativeValue() {
    assertThat(onlyReject("23482,2023,Y,live_births,F,all,-3,,").rule()).isEqualTo(RejectRule.NEGATIVE_VALUE);
  }

  @Test
  void fractionalCount() {
    Reject j = onlyReject("23482,2023,Y,live_births,F,all,1.234,,");
    assertThat(j.rule()).isEqualTo(RejectRule.NOT_WHOLE_NUMBER);
    assertThat(j.message()).contains("thousands");
  }

  @Test
  void meansMayBeFractional() {
    FileParser.Result<StagedCount> r = parse("614,2023,Y,unpaid_care_hours_mean,F,all,24.5,,\n");
    assertThat(r.staged()).singleElement().extracting(StagedCount::value).isEqualTo(24.5);
  }

  @Test
  void badDate() {
    Reject j = onlyReject("23482,2023,Y,live_births,F,all,41,31/12/23x,");
    assertThat(j.rule()).isEqualTo(RejectRule.BAD_DATE);
    assertThat(j.field()).isEqualTo("submitted_on");
  }

  @Test
  void wrongNumberOfFields() {
    Reject j = onlyReject("23482,2023,Y,live_births,F,all,41");
    assertThat(j.rule()).isEqualTo(RejectRule.COLUMN_COUNT);
    assertThat(j.rawValue()).isEqualTo("23482,2023,Y,live_births,F,all,41");
  }

  @Test
  void headerWithoutARequiredColumnRejectsEveryRow() {
    FileParser.Result<StagedCount> r = parser.parse("b.csv",
        "area_code,year,period,measure,sex,value\n23482,2023,Y,live_births,F,41\n23482,2023,Y,live_births,M,40\n"
            .getBytes(StandardCharsets.UTF_8));
    assertThat(r.rowsRead()).isEqualTo(2);
    assertThat(r.rejects()).hasSize(2).allSatisfy(j -> {
      assertThat(j.rule()).isEqualTo(RejectRule.BAD_HEADER);
      assertThat(j.message()).contains("lacks group");
    });
  }

  @Test
  void linesThatAreNotUtf8InAUtf8FileAreRejectedAndTheRestKept() {
    byte[] good = (HEADER + "23482,2023,Y,live_births,F,all,41,,UBND xã Đắk Kôi\n").getBytes(StandardCharsets.UTF_8);
    // one line pasted from a Latin-1 file: 0xF4 ("ô") is not valid UTF-8
    byte[] bad = "23482,2023,Y,live_births,M,all,40,,UBND K\u00f4i\n".getBytes(StandardCharsets.ISO_8859_1);
    byte[] all = new byte[good.length + bad.length];
    System.arraycopy(good, 0, all, 0, good.length);
    System.arraycopy(bad, 0, all, good.length, bad.length);
    FileParser.Result<StagedCount> r = parser.parse("c.csv", all);
    assertThat(r.staged()).hasSize(1);
    assertThat(r.rejects()).singleElement().satisfies(j -> {
      assertThat(j.rule()).isEqualTo(RejectRule.FILE_UNREADABLE);
      assertThat(j.lineNumber()).isEqualTo(3L);
    });
  }

  @Test
  void byteOrderMarkIsIgnored() {
    byte[] body = ("\uFEFF" + HEADER + "23482,2023,Y,live_births,F,all,41,,\n").getBytes(StandardCharsets.UTF_8);
    assertThat(parser.parse("d.csv", body).staged()).hasSize(1);
  }

  @Test
  void unterminatedQuoteRejectsTheFile() {
    FileParser.Result<StagedCount> r = parse("23482,2023,Y,live_births,F,all,\"41,,\n");
    assertThat(r.staged()).isEmpty();
    assertThat(r.rejects()).singleElement().extracting(Reject::rule).isEqualTo(RejectRule.FILE_UNREADABLE);
    assertThat(r.rowsRead()).isEqualTo(1);
  }

  @Test
  void aFileWithoutLinesOrWithAHeaderAloneIsOneNoDataReject() {
    for (String text : new String[] {"", "\uFEFF\r\n\r\n", HEADER, HEADER + "\n,,,\n"}) {
      FileParser.Result<StagedCount> r = parser.parse("e.csv", text.getBytes(StandardCharsets.UTF_8));
      assertThat(r.rowsRead()).as("one row read, one rejected: the file reconciles").isEqualTo(1);
      assertThat(r.staged()).isEmpty();
      assertThat(r.rejects()).singleElement().satisfies(j -> {
        assertThat(j.rule()).isEqualTo(RejectRule.NO_DATA);
        assertThat(j.sourceLocation()).isEqualTo("file");
        assertThat(j.message()).startsWith(text.startsWith("area") ? "the file has a header but no data lines"
            : "the file holds no lines");
      });
    }
  }
}
