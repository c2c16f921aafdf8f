package vn.binhdang.registers;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import vn.binhdang.catalogue.RejectRule;

/**
 * Every validation rule of the registers on broken hand-made files: one reject per broken record,
 * at its exact line, with its rule, field and message; every good record still staged; per file,
 * staged + rejected = read.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ValidationRulesTest {
  private StageRegistersJob.Staged staged;
  private List<RegisterFixtures.Found> rejects;

  @BeforeAll
  void stageBrokenFiles(@TempDir Path tmp) throws IOException {
    RegisterFixtures.write(tmp, "births/rules.csv",
        "birth_id,area_code,birth_date,sex,mother_birth_date,mother_age,outcome",
        ",23482,2023-01-01,F,,25,live",                       // 2  missing_value birth_id
        "R2,,2023-01-01,F,,25,live",                          // 3  missing_value area_code
        "R3,99999,2023-01-01,F,,25,live",                     // 4  unknown_area
        "R4,614,2023-01-01,F,,25,live",                       // 5  wrong_level (the district)
        "R5,23482,,F,,25,live",                               // 6  missing_value birth_date
        "R6,23482,2023-13-01,F,,25,live",                     // 7  bad_date
        "R7,23482,1999-12-31,F,,25,live",                     // 8  year_out_of_range (before 2000)
        "R8,23482,2024-01-01,F,,25,live",                     // 9  year_out_of_range (after the plan year)
        "R9,23482,2023-01-01,X,,25,live",                     // 10 unknown_sex
        "R10,23482,2023-01-01,F,,25,alive",                   // 11 unknown_code outcome
        "R11,23482,2023-01-01,F,,,live",                      // 12 missing_value mother
        "R12,23482,2023-01-01,F,1990-02-30,,live",            // 13 bad_date mother_birth_date
        "R13,23482,2023-01-01,F,,2O,live",                    // 14 not_a_number
        "R14,23482,2023-01-01,F,,25.5,live",                  // 15 not_whole_number
        "R15,23482,2023-01-01,F,2000-01-01,25,live",          // 16 inconsistent_fields (she was 23)
        "R16,23482,2023-01-01,F,,61,live",                    // 17 out_of_range
        "R17,23482,2023-01-01,F,2020-01-01,,live",            // 18 out_of_range (3, from the date)
        "R18,23482,2023-01-01,,,25,live",                     // 19 missing_value sex
        "R19,23482,2023-01-01,F,,25,",                        // 20 missing_value outcome
        "R20,23482,2023-02-29,X,,7,alive",                    // 21 bad_date, also unknown_sex, outcome, age
        "R21,23482,2023-01-01,F,,25,live,extra",              // 22 column_count
        "R22,23482,2023-01-01,F,,25,live",                    // 23 valid
        "R22,23482,2023-01-01,F,,25,live",                    // 24 duplicate_record of line 23
        "R23,23482,2023-01-02,F,,25,live",                    // 25 duplicate_id_conflict
        "R23,23482,2023-01-02,M,,25,live");                   // 26 duplicate_id_conflict
    RegisterFixtures.write(tmp, "maternal_deaths/rules.csv",
        "death_id,area_code,death_date,age,timing",
        "D1,23482,2023-05-01,72,delivery",                    // 2 out_of_range
        "D2,23482,2023-05-01,,delivery",                      // 3 missing_value age
        "D3,23482,2023-05-01,30,at home",                     // 4 unknown_code timing
        "D4,23482,2023-05-01,30,",                            // 5 valid: timing is optional
        "D5,23482,05/06/2023,thirty,postpartum");             // 6 not_a_number
    RegisterFixtures.write(tmp, "school_completion/rules.csv",
        "pupil_id,area_code,level,school_year,sex,ethnic_group,completed",
        "P1,23482,secondary,2023,F,Kinh,true",                // 2 unknown_code level
        "P2,23482,primary,2022-2024,F,Kinh,true",             // 3 year_out_of_range
        "P3,23482,primary,2023,F,Kihn,true",                  // 4 unknown_code ethnic_group (a typo is not a minority)
        "P4,23482,primary,2023,F,Kinh,maybe",                 // 5 unknown_code completed
        "P5,23482,primary,2023,F,,true",                      // 6 missing_value ethnic_group
        "P6,23482,primary,2022-2023,F,14,yes",                // 7 duplicate_id_conflict with line 8
        "P6,23482,primary,2023,M,14,yes",                     // 8 duplicate_id_conflict
        "P6,23482,primary,2022,M,14,yes");                    // 9 valid: another school year
    RegisterFixtures.write(tmp, "labour_survey/rules.csv",
        "person_id,area_code,survey_year,sex,age,employed,status_in_employment,sector,weight",
        "L1,23482,2023,F,130,true,wage,services,10",          // 2  out_of_range age
        "L2,23482,2023,F,30,true,,services,10",               // 3  missing_value status
        "L3,23482,2023,F,30,true,boss,services,10",           // 4  unknown_code status
        "L4,23482,2023,F,30,false,wage,,10",                  // 5  inconsistent_fields
        "L5,23482,2023,F,30,false,,,0",                       // 6  out_of_range weight
        "L6,23482,2023,F,30,false,,,-3",                      // 7  out_of_range weight
        "L7,23482,2023,F,30,false,,,1,5",                     // 8  column_count (a decimal comma)
        "L8,23482,2023,F,30,false,,,\"1,5\"",                 // 9  not_a_number weight
        "L9,23482,2023,F,30,true,wage,fishing,10",            // 10 unknown_code sector
        "L10,23482,2023,F,30,maybe,,,10",                     // 11 unknown_code employed
        "L11,23482,20x3,F,30,false,,,10",                     // 12 year_out_of_range
        "L12,23482,2023,F,30,false,,,12.5",                   // 13 valid
        "L13,23482,2023,F,30,true,employee,service,1e2");     // 14 valid: other names of wage and services
    RegisterFixtures.write(tmp, "births/header.csv",
        "id,area,date",
        "H1,23482,2023-01-01",                                // 2 bad_header
        "H2,23482,2023-01-02");                               // 3 bad_header
    RegisterFixtures.write(tmp, "births/quote.csv",
        "birth_id,area_code,birth_date,sex,mother_age,outcome",
        "Q1,23482,2023-01-01,F,25,live",                      // 2 valid
        "Q2,23482,\"2023-01-02,M,25,live",                    // 3 file_unreadable: the rest of the file
        "Q3,23482,2023-01-03,M,25,live");
    Path latin1 = tmp.resolve("registers/births/latin1.csv");
    // a UTF-8 file (line 2 names Đắk Kôi in UTF-8) with line 3 pasted from a Latin-1 file: line 3 alone is bad
    Files.write(latin1, concat("birth_id,area_code,birth_date,sex,mother_age,outcome,note\nW1,23482,2023-01-01,F,25,live,Đắk Kôi\n"
        .getBytes(StandardCharsets.UTF_8), "W2,23482,2023-01-02,F,25,live,Xã Kôi\n".getBytes(StandardCharsets.ISO_8859_1)));
    staged = RegisterFixtures.stage(tmp);
    rejects = RegisterFixtures.rejects(staged);
  }

  private Map<String, String> rulesOf(String file) {
    Map<String, String> m = new TreeMap<>();
    for (RegisterFixtures.Found f : rejects) if (f.file().equals("registers/" + file)) m.put(f.location(), f.rule() + " " + f.field());
    return m;
  }

  private RegisterFixtures.Found at(String file, long line) {
    return rejects.stream().filter(f -> f.file().equals("registers/" + file) && f.location().equals("line " + line))
        .findFirst().orElseThrow();
  }

  @Test
  void birthRecordsAreRejectedByTheirFirstFailingRule() {
    assertThat(rulesOf("births/rules.csv")).containsExactlyInAnyOrderEntriesOf(Map.ofEntries(
        Map.entry("line 2", "missing_value birth_id"), Map.entry("line 3", "missing_value area_code"),
        Map.entry("line 4", "unknown_area area_code"), Map.entry("line 5", "wrong_level area_code"),
        Map.entry("line 6", "missing_value birth_date"), Map.entry("line 7", "bad_date birth_date"),
        Map.entry("line 8", "year_out_of_range birth_date"), Map.entry("line 9", "year_out_of_range birth_date"),
        Map.entry("line 10", "unknown_sex sex"), Map.entry("line 11", "unknown_code outcome"),
        Map.entry("line 12", "missing_value mother_age"), Map.entry("line 13", "bad_date mother_birth_date"),
        Map.entry("line 14", "not_a_number mother_age"), Map.entry("line 15", "not_whole_number mother_age"),
        Map.entry("line 16", "inconsistent_fields mother_age"), Map.entry("line 17", "out_of_range mother_age"),
        Map.entry("line 18", "out_of_range mother_age"), Map.entry("line 19", "missing_value sex"),
        Map.entry("line 20", "missing_value outcome"), Map.entry("line 21", "bad_date birth_date"),
        Map.entry("line 22", "column_count null"), Map.entry("line 24", "duplicate_record birth_id"),
        Map.entry("line 25", "duplicate_id_conflict birth_id"), Map.entry("line 26", "duplicate_id_conflict birth_id")));
  }

  @Test
  void messagesSayWhatIsWrongAndNameEveryProblemOfTheRecord() {
    assertThat(at("births/rules.csv", 4).message()).isEqualTo("area '99999' is not in the catalogue (areas.csv)");
    assertThat(at("births/rules.csv", 5).message())
        .isEqualTo("area 614 (district) is not a commune of the district: a register records each event in its commune");
    assertThat(at("births/rules.csv", 9).message()).isEqualTo("birth_date 2024-01-01 is outside the years 2000-2023");
    assertThat(at("births/rules.csv", 16).message()).isEqualTo("mother_age 25 disagrees with mother_birth_date "
        + "2000-01-01: she was 23 on the birth date 2023-01-01; correct one or give only one");
    assertThat(at("births/rules.csv", 18).message())
        .isEqualTo("mother's age at the birth, 3 (from mother_birth_date 2020-01-01), is outside 10-60");
    assertThat(at("births/rules.csv", 21).message()).isEqualTo("birth_date '2023-02-29' is not a date (yyyy-mm-dd or "
        + "dd/mm/yyyy) (also: sex 'X' is not F or M (nữ/nam and female/male are read too); outcome 'alive' is not "
        + "one of live, still; mother's age at the birth, 7, is outside 10-60)");
    assertThat(at("births/rules.csv", 24).message())
        .isEqualTo("repeats registers/births/rules.csv line 23 (same birth_id R22, same content); kept once");
    assertThat(at("births/rules.csv", 26).message()).isEqualTo("birth_id R23 is used by 2 records with different "
        + "content (first: registers/births/rules.csv line 25); none is kept: give each record its own id, or remove the wrong one");
    assertThat(at("school_completion/rules.csv", 8).message()).startsWith("pupil_id P6 in school year 2023 is used by 2 records");
    assertThat(at("labour_survey/rules.csv", 5).message())
        .isEqualTo("status_in_employment 'wage' is given for a person not employed; leave it empty or correct employed");
  }

  @Test
  void rejectsCarryTheRawValueTheAreaAndTheChecksum() {
    RegisterFixtures.Found f = at("births/rules.csv", 14);
    assertThat(f.message()).isEqualTo("mother_age '2O' is not a number");
    List<Row> rows = staged.rejects().where("source_file = 'registers/births/rules.csv' and line_number = 14").collectAsList();
    assertThat(rows).hasSize(1);
    assertThat(rows.get(0).<String>getAs("raw_value")).isEqualTo("2O");
    assertThat(rows.get(0).<String>getAs("area_code")).isEqualTo("23482");
    assertThat(rows.get(0).<String>getAs("input_kind")).isEqualTo("register_births");
    assertThat(rows.get(0).<String>getAs("file_sha256")).hasSize(64);
    assertThat(rows.get(0).<Object>getAs("sheet")).isNull();
  }

  @Test
  void maternalDeathSchoolAndSurveyRules() {
    assertThat(rulesOf("maternal_deaths/rules.csv")).containsExactlyInAnyOrderEntriesOf(Map.of(
        "line 2", "out_of_range age", "line 3", "missing_value age", "line 4", "unknown_code timing",
        "line 6", "not_a_number age"));
    assertThat(rulesOf("school_completion/rules.csv")).containsExactlyInAnyOrderEntriesOf(Map.of(
        "line 2", "unknown_code level", "line 3", "year_out_of_range school_year", "line 4", "unknown_code ethnic_group",
        "line 5", "unknown_code completed", "line 6", "missing_value ethnic_group",
        "line 7", "duplicate_id_conflict pupil_id", "line 8", "duplicate_id_conflict pupil_id"));
    assertThat(rulesOf("labour_survey/rules.csv")).containsExactlyInAnyOrderEntriesOf(Map.ofEntries(
        Map.entry("line 2", "out_of_range age"), Map.entry("line 3", "missing_value status_in_employment"),
        Map.entry("line 4", "unknown_code status_in_employment"),
        Map.entry("line 5", "inconsistent_fields status_in_employment"), Map.entry("line 6", "out_of_range weight"),
        Map.entry("line 7", "out_of_range weight"), Map.entry("line 8", "column_count null"),
        Map.entry("line 9", "not_a_number weight"), Map.entry("line 10", "unknown_code sector"),
        Map.entry("line 11", "unknown_code employed"), Map.entry("line 12", "year_out_of_range survey_year")));
  }

  @Test
  void brokenFilesAreRejectedWhereTheyBreakAndTheirGoodLinesAreStaged() {
    assertThat(rulesOf("births/header.csv")).containsExactlyInAnyOrderEntriesOf(Map.of(
        "line 2", "bad_header null", "line 3", "bad_header null"));
    assertThat(at("births/header.csv", 2).message()).startsWith("the birth register lacks columns birth_id, area_code, "
        + "birth_date, sex, outcome, mother_birth_date or mother_age;");
    assertThat(rulesOf("births/quote.csv")).containsExactly(Map.entry("line 3", "file_unreadable null"));
    assertThat(rulesOf("births/latin1.csv")).containsExactly(Map.entry("line 3", "file_unreadable null"));
    Set<String> stagedBirths = staged.table(Register.BIRTHS).collectAsList().stream()
        .map(r -> r.<String>getAs("birth_id")).collect(Collectors.toSet());
    assertThat(stagedBirths).containsExactlyInAnyOrder("R22", "Q1", "W1");
  }

  @Test
  void everyGoodRecordIsStaged() {
    assertThat(ids(Register.MATERNAL_DEATHS, "death_id")).containsExactly("D4");
    assertThat(ids(Register.SCHOOL_COMPLETION, "pupil_id")).containsExactly("P6");
    assertThat(ids(Register.LABOUR_SURVEY, "person_id")).containsExactlyInAnyOrder("L12", "L13");
    Row l13 = staged.table(Register.LABOUR_SURVEY).where("person_id = 'L13'").first();
    assertThat(l13.<String>getAs("status_in_employment")).isEqualTo("wage");
    assertThat(l13.<String>getAs("sector")).isEqualTo("services");
    assertThat(l13.<Double>getAs("weight")).isEqualTo(100.0);
  }

  @Test
  void perFileStagedPlusRejectedEqualsRead() {
    Map<String, RegisterFixtures.Accounting> acc = RegisterFixtures.accounting(staged);
    assertThat(acc).hasSize(7);
    acc.forEach((file, a) -> assertThat(a.staged() + a.rejected()).as(file).isEqualTo(a.read()));
    assertThat(acc.get("registers/births/rules.csv")).isEqualTo(new RegisterFixtures.Accounting(25, 1, 24));
    assertThat(acc.get("registers/births/quote.csv")).isEqualTo(new RegisterFixtures.Accounting(2, 1, 1));
    assertThat(acc.get("registers/labour_survey/rules.csv")).isEqualTo(new RegisterFixtures.Accounting(13, 2, 11));
  }

  @Test
  void everyNewRuleIsUsedSomewhere() {
    Set<String> used = rejects.stream().map(RegisterFixtures.Found::rule).collect(Collectors.toSet());
    for (RejectRule r : List.of(RejectRule.MISSING_VALUE, RejectRule.UNKNOWN_CODE, RejectRule.OUT_OF_RANGE,
        RejectRule.INCONSISTENT_FIELDS, RejectRule.DUPLICATE_RECORD, RejectRule.DUPLICATE_ID_CONFLICT)) {
      assertThat(used).contains(r.code());
    }
  }

  private List<String> ids(Register r, String column) {
    return staged.table(r).collectAsList().stream().map(x -> x.<String>getAs(column)).sorted().toList();
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] out = java.util.Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }
}
