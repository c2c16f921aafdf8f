package vn.binhdang.registers;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;

/** The CSV splitter: exact line numbers, the header, the encoding, broken quoting; no Spark needed. */
class RegisterCsvParserTest {
  private static final StructType SCHEMA = RawRecords.schema(Register.MATERNAL_DEATHS);

  private static List<Map<String, Object>> parse(String text) {
    return parse(text.getBytes(StandardCharsets.UTF_8));
  }

  private static List<Map<String, Object>> parse(byte[] content) {
    List<Map<String, Object>> out = new ArrayList<>();
    new RegisterCsvParser(Register.MATERNAL_DEATHS).parse("registers/maternal_deaths/x.csv", content)
        .forEachRemaining(r -> out.add(asMap(r)));
    return out;
  }

  private static Map<String, Object> asMap(Row r) {
    Map<String, Object> m = new LinkedHashMap<>();
    for (int i = 0; i < SCHEMA.size(); i++) m.put(SCHEMA.fields()[i].name(), r.get(i));
    return m;
  }

  private static List<Map<String, Object>> records(List<Map<String, Object>> rows) {
    return rows.stream().filter(m -> !(Boolean) m.get("is_file")).toList();
  }

  private static Map<String, Object> summary(List<Map<String, Object>> rows) {
    assertThat(rows.get(rows.size() - 1).get("is_file")).as("the file row comes last").isEqualTo(true);
    return rows.get(rows.size() - 1);
  }

  @Test
  void recordsCarryTheirFirstLineAcrossBlankLinesQuotedLineBreaksAndCrLf() {
    String text = "death_id,area_code,death_date,age,timing\r\n"
        + "D1,23482,2023-01-01,30,delivery\r\n"
        + "\r\n"
        + "D2,\"Xã\nĐắk Kôi\",2023-01-02,31,\r\n"
        + "D3,23482,2023-01-03,32,pregnancy";
    List<Map<String, Object>> rows = parse(text);
    List<Map<String, Object>> recs = records(rows);
    assertThat(recs).extracting(m -> m.get("line_number")).containsExactly(2L, 4L, 6L);
    assertThat(recs).extracting(m -> m.get("source_location")).containsExactly("line 2", "line 4", "line 6");
    assertThat(recs.get(1).get("raw_area_code")).isEqualTo("Xã\nĐắk Kôi");
    assertThat(recs.get(2).get("raw_timing")).isEqualTo("pregnancy");
    assertThat(recs).allSatisfy(m -> assertThat(m.get("problem_rule")).isNull());
    Map<String, Object> file = summary(rows);
    assertThat(file.get("rows_read")).as("blank lines are not records").isEqualTo(3L);
    assertThat(file.get("bytes")).isEqualTo((long) text.getBytes(StandardCharsets.UTF_8).length);
    assertThat(file.get("file_sha256")).isEqualTo(RegisterCsvParser.sha256(text.getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void headerIsMatchedByNameInAnyOrderAndCaseWithABomAndUnknownColumnsIgnored() {
    List<Map<String, Object>> recs = records(parse("\uFEFF Age ,NOTE,Death_ID,death_date,AREA_CODE\nD1\u00A0,x,D1,2023-01-01,23482\n"));
    assertThat(recs).hasSize(1);
    assertThat(recs.get(0)).containsEntry("raw_death_id", "D1").containsEntry("raw_age", "D1\u00A0")
        .containsEntry("raw_area_code", "23482").containsEntry("raw_timing", null);
  }

  @Test
  void aHeaderWithoutARequiredColumnRejectsEveryLine() {
    List<Map<String, Object>> rows = parse("death_id,area,death_date\nD1,23482,2023-01-01\nD2,23482,2023-01-02\n");
    assertThat(records(rows)).extracting(m -> m.get("problem_rule")).containsExactly("bad_header", "bad_header");
    assertThat((String) records(rows).get(0).get("problem_message"))
        .isEqualTo("the maternal-death register lacks columns area_code, age; expected "
            + "death_id,area_code,death_date,age,timing (see README, Inputs)");
    assertThat(records(rows).get(0).get("problem_raw")).isEqualTo("D1,23482,2023-01-01");
    assertThat(summary(rows).get("rows_read")).isEqualTo(2L);
  }

  @Test
  void aLineWithTooManyOrTooFewFieldsIsAColumnCountProblem() {
    List<Map<String, Object>> recs = records(parse("death_id,area_code,death_date,age\nD1,23482,2023-01-01,30,x\nD2,23482\n"));
    assertThat(recs).extracting(m -> m.get("problem_rule")).containsExactly("column_count", "column_count");
    assertThat(recs.get(0).get("problem_message")).isEqualTo("has 5 fields, the header has 4");
    assertThat(recs.get(1).get("line_number")).isEqualTo(3L);
  }

  @Test
  void aLineThatIsNotUtf8IsRejectedAloneAndTheOthersAreRead() {
    byte[] good = "death_id,area_code,death_date,age\nD1,23482,2023-01-01,30\nD2,X".getBytes(StandardCharsets.UTF_8);
    byte[] tail = ",2023-01-02,31\nD3,23482,2023-01-03,32\n".getBytes(StandardCharsets.UTF_8);
    byte[] content = new byte[good.length + 1 + tail.length];
    System.arraycopy(good, 0, content, 0, good.length);
    content[good.length] = (byte) 0xE9; // "é" in Windows-1252
    System.arraycopy(tail, 0, content, good.length + 1, tail.length);
    List<Map<String, Object>> recs = records(parse(content));
    assertThat(recs).extracting(m -> m.get("problem_rule")).containsExactly(null, "file_unreadable", null);
    assertThat(recs.get(1).get("line_number")).isEqualTo(3L);
    assertThat(recs.get(1).get("problem_message")).isEqualTo("line is not valid UTF-8; save the file as 'CSV UTF-8'");
  }

  @Test
  void semicolonsOrUnicodeTextAreReadWithTheirDecimalComma() {
    String semi = "death_id;area_code;death_date;age;timing\r\nD1;23482;2023-01-01;30,5;delivery\r\nD2;23482;2023-01-02;31;\r\n";
    byte[] utf16 = ("\uFEFF" + semi.replace(';', '\t')).getBytes(StandardCharsets.UTF_16LE);
    for (byte[] content : List.of(semi.getBytes(StandardCharsets.UTF_8), utf16)) {
      List<Map<String, Object>> recs = records(parse(content));
      assertThat(recs).extracting(m -> m.get("problem_rule")).containsExactly(null, null);
      assertThat(recs).extracting(m -> m.get("raw_age")).containsExactly("30.5", "31");
      assertThat(recs).extracting(m -> m.get("raw_death_id")).containsExactly("D1", "D2");
      assertThat(recs).extracting(m -> m.get("line_number")).containsExactly(2L, 3L);
    }
  }

  @Test
  void aWindows1258FileIsRefusedWholeByName() {
    byte[] content = vn.binhdang.testing.LegacyBytes.cp1258(
        "death_id,area_code,death_date,age,timing\nD1,Đắk Kôi,2023-01-01,30,delivery\nD2,Tân Lập,2023-01-02,31,\n");
    List<Map<String, Object>> recs = records(parse(content));
    assertThat(recs).singleElement().satisfies(m -> {
      assertThat(m.get("problem_rule")).isEqualTo("file_unreadable");
      assertThat((String) m.get("problem_message")).startsWith("the file is saved as Windows-1258, not UTF-8");
    });
  }

  @Test
  void anUnclosedQuoteRejectsTheRestOfTheFileOnceAndKeepsWhatCameBefore() {
    List<Map<String, Object>> rows = parse("death_id,area_code,death_date,age\nD1,23482,2023-01-01,30\n"
        + "D2,\"23482,2023-01-02,31\nD3,23482,2023-01-03,32\n");
    List<Map<String, Object>> recs = records(rows);
    assertThat(recs).extracting(m -> m.get("problem_rule")).containsExactly(null, "file_unreadable");
    assertThat(recs.get(1).get("line_number")).isEqualTo(3L);
    assertThat((String) recs.get(1).get("problem_message")).startsWith("the file cannot be read from line 3 on (")
        .endsWith("a quote is probably not closed");
    assertThat(summary(rows).get("rows_read")).isEqualTo(2L);
  }

  @Test
  void aFileWithoutLinesIsOneNoDataProblemAndAHeaderAloneIsAYearWithoutEvents() {
    List<Map<String, Object>> rows = parse("\uFEFF\n");
    assertThat(records(rows)).singleElement().satisfies(m -> {
      assertThat(m.get("problem_rule")).isEqualTo("no_data");
      assertThat((String) m.get("problem_message")).startsWith("the file holds no lines, not even the header");
    });
    assertThat(summary(rows).get("rows_read")).isEqualTo(1L);
    List<Map<String, Object>> header = parse("death_id,area_code,death_date,age\n");
    assertThat(header).hasSize(1);
    assertThat(summary(header).get("rows_read")).isEqualTo(0L);
  }
}
