package vn.binhdang.registers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import vn.binhdang.warehouse.Tables;

/**
 * Each register's aggregation on small hand-made files; every expected count is worked out by hand
 * in the comments beside the records.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RegisterCountsTest {
  private Path tmp;
  private StageRegistersJob.Staged staged;
  private Map<String, Double> counts;
  private List<Row> rows;

  @BeforeAll
  void stageTheFixture(@TempDir Path dir) {
    tmp = dir;
    // births: live births by sex and births to mothers aged 15-19 (completed years on the birth date)
    RegisterFixtures.write(tmp, "births/2023.csv",
        "birth_id,area_code,birth_date,sex,mother_birth_date,mother_age,outcome",
        "23482-1,23482,2023-01-15,F,2005-01-15,,live",        // mother 18 on her birthday: 15-19
        "23482-2,23482,2023-01-15,M,2005-01-16,,live",        // 17, her 18th birthday is the next day: 15-19
        "23482-3,23482,15/02/2023,M,,19,live",                // 19 given: 15-19 (date written dd/mm/yyyy)
        "23482-4,23482,2023-03-01,F,,20,live",                // 20: not 15-19
        "23482-5,23482,2023-03-02,M,2008-03-03,,live",        // 14: not 15-19
        "23482-6,23482,2023-04-01,F,,17,still",               // stillbirth: not a live birth
        "23485-1,Xã Đăk Tơ Lung,2023-05-05,f,,30,Live",       // commune by a variant name, sex and outcome in other case
        "23485-2,23485,2023-06-06,nữ,1993-06-07,29,live",     // both mother fields, agreeing (29: birthday next day)
        "23488-1,23488,2023-02-28,F,2004-02-29,,live",        // born 29 Feb: 18 on 28 Feb 2023: 15-19
        "23488-2,23488,2023-03-01,F,2003-02-28,,live");       // 20
    RegisterFixtures.write(tmp, "births/2022.csv",              // other column order, no mother_birth_date, a note
        "outcome,birth_id,area_code,birth_date,sex,mother_age,note",
        "live,23482-2022-1,23482,2022-12-31,M,16,\"first child, healthy\"",
        "live,23482-2022-2,23482,2022-07-01,F,42,",
        "still,23491-2022-1,23491,2022-07-01,F,42,");           // 23491 covered in 2022, no live birth
    RegisterFixtures.write(tmp, "births/2020.csv",
        "birth_id,area_code,birth_date,sex,mother_age,outcome",
        "23482-2020-1,23482,2020-03-03,M,25,live");             // 2020: the maternal register does not cover it

    // maternal deaths: zeros where the birth register covers the commune-year and the maternal register the year
    RegisterFixtures.write(tmp, "maternal_deaths/2023.csv",
        "death_id,area_code,death_date,age,timing",
        "M1,23482,2023-04-04,31,delivery",
        "M2,Xã Đắk Kôi,2023-09-09,27,postpartum");
    RegisterFixtures.write(tmp, "maternal_deaths/2022.csv", "death_id,area_code,death_date,age,timing");
    RegisterFixtures.write(tmp, "maternal_deaths/older.csv",
        "death_id,area_code,death_date,age,timing",
        "M3,23491,2021-01-01,25,");

    // school completion: completers by level, sex and group
    RegisterFixtures.write(tmp, "school_completion/2023.csv",
        "pupil_id,area_code,level,school_year,sex,ethnic_group,completed",
        "P1,23482,primary,2023,F,Xơ Đăng,true",                 // ethnic minority girl, completed
        "P2,23482,primary,2022-2023,F,Kinh,true",               // Kinh girl, completed (school year as a range)
        "P3,23482,primary,2023,M,ba na,yes",                    // ethnic minority boy, completed
        "P4,23482,primary,2023,M,01,true",                      // GSO code 01: Kinh
        "P5,23482,primary,2023,M,16,false",                     // not completed
        "P6,23482,lower_secondary,2023,F,Bahnar,1",             // ethnic minority girl, lower secondary
        "P7,23482,lower_secondary,2023,M,Kinh,0",               // not completed
        "P8,23485,primary,2022,F,Gia-rai,false");               // 23485 primary 2022 covered, nobody completed

    // labour-force survey: weighted, persons 15+, rounded half up to whole persons per sex, T = F + M
    RegisterFixtures.write(tmp, "labour_survey/2023.csv",
        "person_id,area_code,survey_year,sex,age,employed,status_in_employment,sector,weight",
        "L1,23482,2023,F,30,true,wage,services,100.4",
        "L2,23482,2023,F,45,true,own_account,agriculture,200.3",
        "L3,23482,2023,F,14,true,contributing_family,agriculture,50",  // under 15: not counted
        "L4,23482,2023,F,60,false,,,80",
        "L5,23482,2023,M,25,true,wage,agriculture,150.5",
        "L6,23482,2023,M,35,true,employer,industry,99.5",
        "L7,23482,2023,M,70,false,,,10",
        "L8,23485,2023,M,40,no,,,55.5");
    staged = RegisterFixtures.stage(tmp);
    Dataset<Row> c = staged.counts();
    rows = c.collectAsList();
    counts = RegisterFixtures.counts(c);
  }

  private Map<String, Double> only(String prefix) {
    Map<String, Double> m = new TreeMap<>();
    counts.forEach((k, v) -> {
      if (k.startsWith(prefix)) m.put(k.substring(prefix.length()), v);
    });
    return m;
  }

  @Test
  void everyRecordOfTheFixtureIsValid() {
    assertThat(RegisterFixtures.rejects(staged)).isEmpty();
    assertThat(staged.table(Register.BIRTHS).count()).isEqualTo(14);
  }

  @Test
  void countsHaveTheStagedCountsSchema() {
    assertThat(staged.counts().columns()).containsExactlyElementsOf(Tables.STG_COUNTS.columns());
    for (var f : Tables.STG_COUNTS.schema().fields()) {
      assertThat(staged.counts().schema().apply(f.name()).dataType()).as(f.name()).isEqualTo(f.dataType());
    }
  }

  @Test
  void liveBirthsBySexAndBirthsToMothersAged15To19() {
    assertThat(only("23482|2023|")).contains(
        entry("live_births|F|all", 2.0), entry("live_births|M|all", 3.0), entry("live_births|T|all", 5.0),
        entry("live_births_mothers_15_19|T|all", 3.0));
    assertThat(only("23485|2023|")).contains(
        entry("live_births|F|all", 2.0), entry("live_births|M|all", 0.0), entry("live_births|T|all", 2.0),
        entry("live_births_mothers_15_19|T|all", 0.0));
    assertThat(only("23488|2023|")).contains(
        entry("live_births|F|all", 2.0), entry("live_births|T|all", 2.0), entry("live_births_mothers_15_19|T|all", 1.0));
    assertThat(only("23482|2022|")).contains(
        entry("live_births|F|all", 1.0), entry("live_births|M|all", 1.0), entry("live_births_mothers_15_19|T|all", 1.0));
    assertThat(only("23491|2022|")).contains(entry("live_births|T|all", 0.0), entry("live_births_mothers_15_19|T|all", 0.0));
  }

  @Test
  void stagedBirthsCarryTheMothersAgeInCompletedYears() {
    Map<String, Integer> ages = new TreeMap<>();
    for (Row r : staged.table(Register.BIRTHS).collectAsList()) ages.put(r.getAs("birth_id"), r.getAs("mother_age"));
    assertThat(ages).contains(entry("23482-1", 18), entry("23482-2", 17), entry("23482-5", 14), entry("23485-2", 29),
        entry("23488-1", 18), entry("23488-2", 20));
  }

  @Test
  void maternalDeathsAreZeroWhereBothRegistersCoverTheCommuneYear() {
    assertThat(only("")).containsAllEntriesOf(Map.of(
        "23482|2023|maternal_deaths|T|all", 2.0,
        "23485|2023|maternal_deaths|T|all", 0.0,
        "23488|2023|maternal_deaths|T|all", 0.0,
        "23482|2022|maternal_deaths|T|all", 0.0,   // the header-only 2022.csv covers 2022
        "23491|2022|maternal_deaths|T|all", 0.0,
        "23491|2021|maternal_deaths|T|all", 1.0));
    assertThat(counts).as("2020: births registered, but no maternal-death file or record of 2020")
        .doesNotContainKey("23482|2020|maternal_deaths|T|all");
    assertThat(counts).containsEntry("23482|2020|live_births|M|all", 1.0);
    assertThat(counts.keySet().stream().filter(k -> k.contains("maternal_deaths"))).hasSize(6);
  }

  @Test
  void completersByLevelSexAndGroup() {
    assertThat(only("23482|2023|primary_completers|")).containsExactlyInAnyOrderEntriesOf(Map.of(
        "F|all", 2.0, "M|all", 2.0, "T|all", 4.0,
        "F|ethnic_minority", 1.0, "M|ethnic_minority", 1.0, "T|ethnic_minority", 2.0));
    assertThat(only("23482|2023|lowsec_completers|")).containsExactlyInAnyOrderEntriesOf(Map.of(
        "F|all", 1.0, "M|all", 0.0, "T|all", 1.0,
        "F|ethnic_minority", 1.0, "M|ethnic_minority", 0.0, "T|ethnic_minority", 1.0));
    assertThat(only("23485|2022|primary_completers|")).hasSize(6).allSatisfy((k, v) -> assertThat(v).isZero());
    assertThat(only("23485|2022|lowsec_completers|")).as("no lower-secondary record: not covered").isEmpty();
  }

  @Test
  void stagedPupilsCarryTheDerivedGroup() {
    Map<String, Boolean> minority = new TreeMap<>();
    for (Row r : staged.table(Register.SCHOOL_COMPLETION).collectAsList()) minority.put(r.getAs("pupil_id"), r.getAs("ethnic_minority"));
    assertThat(minority).containsExactlyInAnyOrderEntriesOf(Map.of("P1", true, "P2", false, "P3", true, "P4", false,
        "P5", true, "P6", true, "P7", false, "P8", true));
  }

  @Test
  void employmentIsTheWeightedCountOfPersonsAged15AndOverRoundedHalfUpPerSex() {
    // F: employed 100.4 + 200.3 = 300.7 -> 301; wage 100.4 -> 100; agriculture 200.3 -> 200
    // M: employed 150.5 + 99.5 = 250 -> 250; wage 150.5 -> 151; agriculture 150.5 -> 151
    assertThat(only("23482|2023|employed")).containsExactlyInAnyOrderEntriesOf(Map.of(
        "|F|all", 301.0, "|M|all", 250.0, "|T|all", 551.0,
        "_wage|F|all", 100.0, "_wage|M|all", 151.0, "_wage|T|all", 251.0,
        "_agri|F|all", 200.0, "_agri|M|all", 151.0, "_agri|T|all", 351.0));
    assertThat(only("23485|2023|employed")).hasSize(9).allSatisfy((k, v) -> assertThat(v).isZero());
  }

  @Test
  void lineageNamesTheFileAndTheNumberOfRecords() {
    Row births = row("23482", 2023, "live_births", "T", "all");
    assertThat(births.<String>getAs("source_file")).isEqualTo("registers/births/2023.csv");
    assertThat(births.<String>getAs("source_location")).isEqualTo("aggregate of 6 records");
    assertThat(births.<String>getAs("input_kind")).isEqualTo("register_births");
    assertThat(births.<String>getAs("period")).isEqualTo("Y");
    assertThat(births.<Object>getAs("line_number")).isNull();
    assertThat(births.<String>getAs("file_sha256")).hasSize(64);
    Row lfs = row("23482", 2023, "employed", "F", "all");
    assertThat(lfs.<String>getAs("source_location")).isEqualTo("weighted aggregate of 7 records");
    assertThat(lfs.<String>getAs("source")).isEqualTo(RegisterCountsJob.SOURCE_LFS);
    Row zero = row("23482", 2022, "maternal_deaths", "T", "all");
    assertThat(zero.<String>getAs("source_file")).isEqualTo("registers/maternal_deaths/2022.csv");
    assertThat(zero.<String>getAs("source_location")).isEqualTo("aggregate of 0 records");
    Row one = row("23491", 2021, "maternal_deaths", "T", "all");
    assertThat(one.<String>getAs("source_location")).isEqualTo("aggregate of 1 record");
  }

  @Test
  void recordsOfSeveralFilesAreNamedAsTheirNumber() {
    // the same commune-year in two files
    Path other = tmp.resolve("two");
    RegisterFixtures.write(other, "births/a.csv", "birth_id,area_code,birth_date,sex,mother_age,outcome",
        "A1,23482,2023-01-01,F,25,live");
    RegisterFixtures.write(other, "births/b.csv", "birth_id,area_code,birth_date,sex,mother_age,outcome",
        "B1,23482,2023-01-02,M,25,live");
    List<Row> r = RegisterFixtures.stage(other).counts().where("measure = 'live_births' and sex = 'T'").collectAsList();
    assertThat(r).hasSize(1);
    assertThat(r.get(0).<String>getAs("source_file")).isEqualTo("2 files");
    assertThat(r.get(0).<Double>getAs("value")).isEqualTo(2.0);
    assertThat(r.get(0).<String>getAs("file_sha256")).hasSize(64);
  }

  private Row row(String area, int year, String measure, String sex, String group) {
    return rows.stream().filter(r -> r.getAs("area_code").equals(area) && r.<Integer>getAs("year") == year
        && r.getAs("measure").equals(measure) && r.getAs("sex").equals(sex) && r.getAs("population_group").equals(group))
        .findFirst().orElseThrow();
  }
}
