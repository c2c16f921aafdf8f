package vn.binhdang.registers;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.isnan;
import static org.apache.spark.sql.functions.length;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.regexp_extract;
import static org.apache.spark.sql.functions.when;
import static org.apache.spark.sql.functions.year;
import static vn.binhdang.registers.Sql.c;
import static vn.binhdang.registers.Sql.quoted;
import static vn.binhdang.registers.Sql.raw;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Column;
import vn.binhdang.catalogue.RejectRule;

/**
 * What each register's fields must be, as Spark SQL expressions: the typed value of every field
 * ({@code v_*}, null when it cannot be read) and the checks, in the order their messages are given.
 * A record with any failing check is rejected once, under its first failing check, and the message
 * names the others too ("also: …"), so one reject row says everything wrong with the record.
 */
final class RegisterChecks {
  private RegisterChecks() {}

  /** The youngest and oldest plausible ages of a mother at a birth, and of a woman at a maternal death. */
  static final int MIN_MOTHER_AGE = 10;
  static final int MAX_MOTHER_AGE = 60;
  static final int MAX_AGE = 120;
  /** Mothers aged 15-19 (completed years at the birth) count in live_births_mothers_15_19. */
  static final int ADOLESCENT_FROM = 15;
  static final int ADOLESCENT_TO = 19;

  static final List<String> OUTCOMES = List.of("live", "still");
  static final List<String> TIMINGS = List.of("pregnancy", "delivery", "postpartum");
  static final List<String> LEVELS = List.of("primary", "lower_secondary");
  static final List<String> STATUSES =
      List.of("wage", "employer", "own_account", "contributing_family", "cooperative_member", "other");
  static final List<String> SECTORS = List.of("agriculture", "industry", "services");

  /** One rule on one field: {@code bad} is true (never null) when the record fails it. */
  record Check(String field, RejectRule rule, Column bad, Column message) {
    Check {
      bad = coalesce(bad, lit(false));
    }
  }

  /** The rules of one register. */
  abstract static class Spec {
    final Register register;
    final int minYear;
    final int maxYear;

    Spec(Register register, int minYear, int maxYear) {
      this.register = register;
      this.minYear = minYear;
      this.maxYear = maxYear;
    }

    /** Typed columns, in stages: a stage may use the columns of the stages before it. */
    abstract List<Map<String, Column>> typed();

    /** The field checks after the id and area checks. */
    abstract List<Check> fieldChecks();

    /** The typed columns that identify a record. */
    abstract List<Column> identity();

    /** Every typed value of the record (its content, for telling true duplicates from conflicts). */
    abstract List<Column> content();

    /** The table's own columns (lineage is added by the job), named as in the table. */
    abstract List<Column> staged();

    String idField() {
      return register.idColumns().get(0);
    }

    List<Check> checks() {
      List<Check> out = new ArrayList<>();
      out.add(missing(idField(), "every record needs the " + register.label() + "'s id"));
      out.add(missing("area_code", "every record needs the commune's code"));
      out.add(new Check("area_code", RejectRule.UNKNOWN_AREA, c("area_code").isNotNull().and(col("a_code").isNull()),
          concat(lit("area "), quoted(raw("area_code")), lit(" is not in the catalogue (areas.csv)"))));
      out.add(new Check("area_code", RejectRule.WRONG_LEVEL, col("a_code").isNotNull().and(col("a_commune").equalTo(false)),
          concat(lit("area "), col("a_code"), lit(" ("), col("a_level"),
              lit(") is not a commune of the district: a register records each event in its commune"))));
      out.addAll(fieldChecks());
      return out;
    }

    // ---- building blocks -------------------------------------------------------------------

    Check missing(String field, String why) {
      return new Check(field, RejectRule.MISSING_VALUE, c(field).isNull(), lit(field + " is empty; " + why));
    }

    /** Date field checks: missing, not a date, year outside the run's years. */
    List<Check> date(String field, String what) {
      Column v = col("v_" + field);
      return List.of(
          missing(field, "every record needs the date of the " + what),
          new Check(field, RejectRule.BAD_DATE, c(field).isNotNull().and(v.isNull()),
              concat(lit(field + " "), quoted(raw(field)), lit(" is not a date (yyyy-mm-dd or dd/mm/yyyy)"))),
          new Check(field, RejectRule.YEAR_OUT_OF_RANGE, year(v).lt(minYear).or(year(v).gt(maxYear)),
              concat(lit(field + " "), v.cast("string"), lit(" is outside the years " + minYear + "-" + maxYear))));
    }

    /** A year field ("2023"; for school years also "2022-2023"), as the counts' year rule. */
    Check yearField(String field, String hint) {
      Column v = col("v_" + field);
      return new Check(field, RejectRule.YEAR_OUT_OF_RANGE,
          c(field).isNotNull().and(v.isNull().or(v.lt(minYear)).or(v.gt(maxYear))),
          concat(lit(field + " must be a year from " + minYear + " to " + maxYear + hint + "; got "), quoted(raw(field))));
    }

    /** Whole-number field checks: not a number, not whole, outside [min, max]. */
    List<Check> whole(String field, String what, int min, int max, String why) {
      Column v = col("v_" + field);
      return List.of(
          new Check(field, RejectRule.NOT_A_NUMBER,
              c(field).isNotNull().and(v.isNull()).and(Sql.isNumber(c(field)).unary_$bang()),
              concat(lit(field + " "), quoted(raw(field)), lit(" is not a number"))),
          new Check(field, RejectRule.NOT_WHOLE_NUMBER,
              c(field).isNotNull().and(v.isNull()).and(Sql.isNumber(c(field))),
              concat(lit(field + " "), quoted(raw(field)), lit(" is not a whole number of years"))),
          new Check(field, RejectRule.OUT_OF_RANGE, v.lt(min).or(v.gt(max)),
              concat(lit(what + " " ), v.cast("string"), lit(" is outside " + min + "-" + max + why))));
    }

    Check sexCheck() {
      return new Check("sex", RejectRule.UNKNOWN_SEX, c("sex").isNotNull().and(col("v_sex").isNull()),
          concat(lit("sex "), quoted(raw("sex")), lit(" is not F or M (nữ/nam and female/male are read too)")));
    }

    Check code(String field, List<String> allowed) {
      return new Check(field, RejectRule.UNKNOWN_CODE, c(field).isNotNull().and(col("v_" + field).isNull()),
          concat(lit(field + " "), quoted(raw(field)), lit(" is not one of " + String.join(", ", allowed))));
    }

    Check bool(String field) {
      return new Check(field, RejectRule.UNKNOWN_CODE, c(field).isNotNull().and(col("v_" + field).isNull()),
          concat(lit(field + " "), quoted(raw(field)), lit(" is not true or false (yes/no, 1/0, có/không are read too)")));
    }

    /** The code of {@code allowed} whose key ({@link Sql#key}) the text has; null when none. */
    static Column oneOf(Column text, Map<String, String> keyToCode) {
      Column k = Sql.key(text);
      Column out = null;
      for (Map.Entry<String, String> e : keyToCode.entrySet()) {
        out = out == null ? when(k.equalTo(e.getKey()), lit(e.getValue()))
            : out.when(k.equalTo(e.getKey()), lit(e.getValue()));
      }
      return out;
    }

    static Map<String, String> codes(List<String> allowed, String... aliases) {
      Map<String, String> m = new LinkedHashMap<>();
      for (String a : allowed) m.put(a.replace("_", ""), a);
      for (int i = 0; i < aliases.length; i += 2) m.put(aliases[i], aliases[i + 1]);
      return m;
    }

    static Map<String, Column> stage(Object... pairs) {
      Map<String, Column> m = new LinkedHashMap<>();
      for (int i = 0; i < pairs.length; i += 2) m.put((String) pairs[i], (Column) pairs[i + 1]);
      return m;
    }
  }

  static Spec of(Register r, int minYear, int maxYear) {
    return switch (r) {
      case BIRTHS -> new Births(minYear, maxYear);
      case MATERNAL_DEATHS -> new MaternalDeaths(minYear, maxYear);
      case SCHOOL_COMPLETION -> new SchoolCompletion(minYear, maxYear);
      case LABOUR_SURVEY -> new LabourSurvey(minYear, maxYear);
    };
  }

  // ---- births ------------------------------------------------------------------------------

  static final class Births extends Spec {
    Births(int minYear, int maxYear) {
      super(Register.BIRTHS, minYear, maxYear);
    }

    @Override
    List<Map<String, Column>> typed() {
      return List.of(
          stage("v_birth_id", c("birth_id"),
              "v_birth_date", Sql.toDate(c("birth_date")),
              "v_sex", Sql.toSex(c("sex")),
              "v_outcome", oneOf(c("outcome"), codes(OUTCOMES, "livebirth", "live", "stillbirth", "still")),
              "v_mother_birth_date", Sql.toDate(c("mother_birth_date")),
              "v_given_mother_age", Sql.toInt(c("mother_age"))),
          stage("v_year", year(col("v_birth_date")),
              "v_derived_mother_age", Sql.completedYears(col("v_mother_birth_date"), col("v_birth_date"))),
          stage("v_mother_age", coalesce(col("v_derived_mother_age"), col("v_given_mother_age"))));
    }

    @Override
    List<Check> fieldChecks() {
      List<Check> out = new ArrayList<>(date("birth_date", "birth"));
      out.add(missing("sex", "give F or M"));
      out.add(sexCheck());
      out.add(missing("outcome", "give live or still"));
      out.add(code("outcome", OUTCOMES));
      out.add(new Check("mother_age", RejectRule.MISSING_VALUE, c("mother_birth_date").isNull().and(c("mother_age").isNull()),
          lit("neither mother_birth_date nor mother_age is given; one of them is needed to count births to mothers aged 15-19")));
      out.add(new Check("mother_birth_date", RejectRule.BAD_DATE,
          c("mother_birth_date").isNotNull().and(col("v_mother_birth_date").isNull()),
          concat(lit("mother_birth_date "), quoted(raw("mother_birth_date")), lit(" is not a date (yyyy-mm-dd or dd/mm/yyyy)"))));
      out.add(new Check("mother_age", RejectRule.NOT_A_NUMBER, c("mother_age").isNotNull()
              .and(col("v_given_mother_age").isNull()).and(Sql.isNumber(c("mother_age")).unary_$bang()),
          concat(lit("mother_age "), quoted(raw("mother_age")), lit(" is not a number"))));
      out.add(new Check("mother_age", RejectRule.NOT_WHOLE_NUMBER,
          c("mother_age").isNotNull().and(col("v_given_mother_age").isNull()).and(Sql.isNumber(c("mother_age"))),
          concat(lit("mother_age "), quoted(raw("mother_age")), lit(" is not a whole number of years"))));
      out.add(new Check("mother_age", RejectRule.INCONSISTENT_FIELDS,
          col("v_given_mother_age").notEqual(col("v_derived_mother_age")),
          concat(lit("mother_age "), col("v_given_mother_age").cast("string"), lit(" disagrees with mother_birth_date "),
              col("v_mother_birth_date").cast("string"), lit(": she was "), col("v_derived_mother_age").cast("string"),
              lit(" on the birth date "), col("v_birth_date").cast("string"), lit("; correct one or give only one"))));
      Column age = col("v_mother_age");
      Column fromDate = col("v_derived_mother_age").isNotNull();
      out.add(new Check("mother_age", RejectRule.OUT_OF_RANGE, age.lt(MIN_MOTHER_AGE).or(age.gt(MAX_MOTHER_AGE)),
          concat(lit("mother's age at the birth, "), age.cast("string"),
              when(fromDate, concat(lit(" (from mother_birth_date "), col("v_mother_birth_date").cast("string"), lit(")")))
                  .otherwise(lit("")),
              lit(", is outside " + MIN_MOTHER_AGE + "-" + MAX_MOTHER_AGE))));
      return out;
    }

    @Override
    List<Column> identity() {
      return List.of(col("v_birth_id"));
    }

    @Override
    List<Column> content() {
      return List.of(col("v_birth_id"), col("a_code"), col("v_birth_date"), col("v_sex"), col("v_mother_birth_date"),
          col("v_mother_age"), col("v_outcome"));
    }

    @Override
    List<Column> staged() {
      return List.of(col("v_birth_id").as("birth_id"), col("a_code").as("area_code"), col("v_year").as("year"),
          col("v_birth_date").as("birth_date"), col("v_sex").as("sex"),
          col("v_mother_birth_date").as("mother_birth_date"), col("v_mother_age").as("mother_age"),
          col("v_outcome").as("outcome"));
    }
  }

  // ---- maternal deaths ---------------------------------------------------------------------

  static final class MaternalDeaths extends Spec {
    MaternalDeaths(int minYear, int maxYear) {
      super(Register.MATERNAL_DEATHS, minYear, maxYear);
    }

    @Override
    List<Map<String, Column>> typed() {
      return List.of(
          stage("v_death_id", c("death_id"),
              "v_death_date", Sql.toDate(c("death_date")),
              "v_age", Sql.toInt(c("age")),
              "v_timing", oneOf(c("timing"), codes(TIMINGS))),
          stage("v_year", year(col("v_death_date"))));
    }

    @Override
    List<Check> fieldChecks() {
      List<Check> out = new ArrayList<>(date("death_date", "death"));
      out.add(missing("age", "give the age at death in completed years"));
      out.addAll(whole("age", "age at death", MIN_MOTHER_AGE, MAX_MOTHER_AGE,
          " (a maternal death is the death of a woman while pregnant or within 42 days of the end of pregnancy)"));
      out.add(code("timing", TIMINGS));
      return out;
    }

    @Override
    List<Column> identity() {
      return List.of(col("v_death_id"));
    }

    @Override
    List<Column> content() {
      return List.of(col("v_death_id"), col("a_code"), col("v_death_date"), col("v_age"), col("v_timing"));
    }

    @Override
    List<Column> staged() {
      return List.of(col("v_death_id").as("death_id"), col("a_code").as("area_code"), col("v_year").as("year"),
          col("v_death_date").as("death_date"), col("v_age").as("age"), col("v_timing").as("timing"));
    }
  }

  // ---- school completion -------------------------------------------------------------------

  static final class SchoolCompletion extends Spec {
    SchoolCompletion(int minYear, int maxYear) {
      super(Register.SCHOOL_COMPLETION, minYear, maxYear);
    }

    @Override
    List<Map<String, Column>> typed() {
      Column sy = c("school_year");
      Column first = regexp_extract(sy, "^([0-9]{4})\\s*[-/–]\\s*([0-9]{4})$", 1);
      Column second = regexp_extract(sy, "^([0-9]{4})\\s*[-/–]\\s*([0-9]{4})$", 2);
      Column endYear = when(length(sy).equalTo(4), Sql.toYear(sy))
          .when(second.notEqual("").and(second.cast("int").equalTo(first.cast("int").plus(1))), second.cast("int"));
      return List.of(stage(
          "v_pupil_id", c("pupil_id"),
          "v_level", oneOf(c("level"), codes(LEVELS, "lowsec", "lower_secondary", "tieuhoc", "primary",
              "thcs", "lower_secondary")),
          "v_school_year", endYear,
          "v_sex", Sql.toSex(c("sex")),
          "v_ethnic_group", c("ethnic_group"),
          "v_ethnic_minority", EthnicGroups.isMinority(c("ethnic_group")),
          "v_completed", Sql.toBool(c("completed"))));
    }

    @Override
    List<Check> fieldChecks() {
      List<Check> out = new ArrayList<>();
      out.add(missing("level", "give primary or lower_secondary"));
      out.add(code("level", LEVELS));
      out.add(missing("school_year", "give the year the school year ends (2023 for 2022-2023)"));
      out.add(yearField("school_year", " (the year the school year ends: 2023 or 2022-2023)"));
      out.add(missing("sex", "give F or M"));
      out.add(sexCheck());
      out.add(missing("ethnic_group", "give Kinh or the ethnic minority's name or GSO code"));
      out.add(new Check("ethnic_group", RejectRule.UNKNOWN_CODE,
          c("ethnic_group").isNotNull().and(col("v_ethnic_minority").isNull()),
          concat(lit("ethnic_group "), quoted(raw("ethnic_group")),
              lit(" is not one of Viet Nam's 54 ethnic groups (a name such as Kinh, Xơ Đăng, Ba Na, or a GSO code 01-54)"))));
      out.add(missing("completed", "give true or false"));
      out.add(bool("completed"));
      return out;
    }

    @Override
    List<Column> identity() {
      return List.of(col("v_pupil_id"), col("v_school_year"));
    }

    @Override
    List<Column> content() {
      return List.of(col("v_pupil_id"), col("a_code"), col("v_level"), col("v_school_year"), col("v_sex"),
          Sql.key(col("v_ethnic_group")), col("v_completed"));
    }

    @Override
    List<Column> staged() {
      return List.of(col("v_pupil_id").as("pupil_id"), col("a_code").as("area_code"), col("v_school_year").as("year"),
          col("v_level").as("level"), col("v_sex").as("sex"), col("v_ethnic_group").as("ethnic_group"),
          col("v_ethnic_minority").as("ethnic_minority"), col("v_completed").as("completed"));
    }
  }

  // ---- labour-force survey -----------------------------------------------------------------

  static final class LabourSurvey extends Spec {
    LabourSurvey(int minYear, int maxYear) {
      super(Register.LABOUR_SURVEY, minYear, maxYear);
    }

    @Override
    List<Map<String, Column>> typed() {
      return List.of(stage(
          "v_person_id", c("person_id"),
          "v_survey_year", Sql.toYear(c("survey_year")),
          "v_sex", Sql.toSex(c("sex")),
          "v_age", Sql.toInt(c("age")),
          "v_employed", Sql.toBool(c("employed")),
          "v_status_in_employment", oneOf(c("status_in_employment"), codes(STATUSES, "employee", "wage")),
          "v_sector", oneOf(c("sector"), codes(SECTORS, "service", "services")),
          "v_weight", Sql.toDouble(c("weight"))));
    }

    @Override
    List<Check> fieldChecks() {
      List<Check> out = new ArrayList<>();
      out.add(missing("survey_year", "give the year of the survey"));
      out.add(yearField("survey_year", ""));
      out.add(missing("sex", "give F or M"));
      out.add(sexCheck());
      out.add(missing("age", "give the age in completed years"));
      out.addAll(whole("age", "age", 0, MAX_AGE, ""));
      out.add(missing("employed", "give true or false"));
      out.add(bool("employed"));
      for (String field : List.of("status_in_employment", "sector")) {
        List<String> allowed = field.equals("sector") ? SECTORS : STATUSES;
        out.add(new Check(field, RejectRule.MISSING_VALUE, col("v_employed").equalTo(true).and(c(field).isNull()),
            lit(field + " is empty for an employed person; give one of " + String.join(", ", allowed))));
        out.add(code(field, allowed));
        out.add(new Check(field, RejectRule.INCONSISTENT_FIELDS, col("v_employed").equalTo(false).and(c(field).isNotNull()),
            concat(lit(field + " "), quoted(raw(field)),
                lit(" is given for a person not employed; leave it empty or correct employed"))));
      }
      out.add(missing("weight", "give the survey weight (persons represented)"));
      out.add(new Check("weight", RejectRule.NOT_A_NUMBER, c("weight").isNotNull().and(col("v_weight").isNull()),
          concat(lit("weight "), quoted(raw("weight")), lit(" is not a number (digits and a dot for decimals)"))));
      out.add(new Check("weight", RejectRule.OUT_OF_RANGE,
          col("v_weight").leq(0).or(isnan(col("v_weight"))).or(col("v_weight").equalTo(Double.POSITIVE_INFINITY)),
          concat(lit("weight "), quoted(raw("weight")), lit(" must be above 0 (the number of persons the respondent represents)"))));
      return out;
    }

    @Override
    List<Column> identity() {
      return List.of(col("v_person_id"), col("v_survey_year"));
    }

    @Override
    List<Column> content() {
      return List.of(col("v_person_id"), col("a_code"), col("v_survey_year"), col("v_sex"), col("v_age"),
          col("v_employed"), col("v_status_in_employment"), col("v_sector"), col("v_weight"));
    }

    @Override
    List<Column> staged() {
      return List.of(col("v_person_id").as("person_id"), col("a_code").as("area_code"), col("v_survey_year").as("year"),
          col("v_sex").as("sex"), col("v_age").as("age"), col("v_employed").as("employed"),
          col("v_status_in_employment").as("status_in_employment"), col("v_sector").as("sector"),
          col("v_weight").as("weight"));
    }
  }
}
