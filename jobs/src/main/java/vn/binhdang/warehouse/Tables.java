package vn.binhdang.warehouse;

import static org.apache.spark.sql.types.DataTypes.BooleanType;
import static org.apache.spark.sql.types.DataTypes.DateType;
import static org.apache.spark.sql.types.DataTypes.DoubleType;
import static org.apache.spark.sql.types.DataTypes.IntegerType;
import static org.apache.spark.sql.types.DataTypes.LongType;
import static org.apache.spark.sql.types.DataTypes.StringType;
import static vn.binhdang.warehouse.TableSpec.col;
import static vn.binhdang.warehouse.TableSpec.key;
import static vn.binhdang.warehouse.TableSpec.schema;

import java.util.List;

/** Every table of the warehouse, declared once. Column names are snake_case; types are plain. */
public final class Tables {
  private Tables() {}

  public static final TableSpec DIM_AREA = new TableSpec(
      "dim_area", "area", "DimensionsJob",
      schema(
          key("area_code", StringType, "official statistical code (VN for the country)"),
          col("parent_code", StringType, "code of the enclosing area"),
          key("level", StringType, "national, province, district, town or commune"),
          key("name_vi", StringType, "official Vietnamese name"),
          key("name_en", StringType, "English name"),
          col("aliases", StringType, "other spellings accepted in inputs, |-separated")),
      List.of());

  public static final TableSpec DIM_INDICATOR = new TableSpec(
      "dim_indicator", "indicator", "DimensionsJob",
      schema(
          key("indicator_code", StringType, "indicator code"),
          key("sort_order", IntegerType, "position in the catalogue (the plan's order)"),
          key("objective", IntegerType, "objective of the plan, 1-6"),
          key("objective_name_vi", StringType, "objective name, Vietnamese"),
          key("objective_name_en", StringType, "objective name, English"),
          key("name_vi", StringType, "indicator name as in the plan"),
          key("name_en", StringType, "indicator name, English"),
          key("kind", StringType, "proportion, unit_proportion, gross_ratio, rate, sex_ratio, ratio_of_means or threshold_share"),
          key("numerator", StringType, "numerator measure, measure[S] when the sex is fixed"),
          col("denominator", StringType, "denominator measure; empty for threshold_share"),
          key("multiplier", DoubleType, "scale of value: 100 for percent, 1000 or 100000 for rates"),
          key("unit_vi", StringType, "unit label, Vietnamese"),
          key("unit_en", StringType, "unit label, English"),
          col("target", DoubleType, "2023 target in the indicator's unit"),
          col("direction", StringType, "ge, gt, le, lt or near"),
          key("tolerance", DoubleType, "half-width of the target band for near"),
          key("target_sexes", StringType, "sexes judged against the target, |-separated"),
          key("sexes", StringType, "sexes computed, |-separated"),
          key("population_group", StringType, "all or ethnic_minority"),
          col("threshold", DoubleType, "count a period must reach (threshold_share)"),
          key("sensitive", BooleanType, "reads violence, trafficking or maternal-death counts"),
          key("complete_enumeration", BooleanType, "counts every unit of a small fixed set: the point value decides the target"),
          key("level", StringType, "commune (computed per commune and for the district) or district (district only)"),
          col("note", StringType, "reading of the plan's wording, caveats")),
      List.of());

  public static final TableSpec STG_COUNTS = new TableSpec(
      "stg_counts", "input row", "StageCountsJob",
      schema(
          key("area_code", StringType, "area code (a name or alias in the input is resolved to its code)"),
          key("year", IntegerType, "reference year"),
          key("period", StringType, "Y, Q1-Q4 or M01-M12"),
          key("measure", StringType, "measure code"),
          key("sex", StringType, "F, M or T"),
          key("population_group", StringType, "all or ethnic_minority (input column group)"),
          key("value", DoubleType, "reported value"),
          col("submitted_on", DateType, "date the report was submitted"),
          col("source", StringType, "source named in the input"),
          key("input_kind", StringType, "counts_csv, form_xlsx, register or published"),
          key("source_file", StringType, "file name the row came from"),
          key("source_location", StringType, "line (CSV) or sheet!cell (workbook)"),
          col("line_number", LongType, "line in the file, header = 1"),
          key("file_sha256", StringType, "SHA-256 of the whole file")),
      List.of("year"));

  public static final TableSpec REJECTS = new TableSpec(
      "rejects", "rejected input row or cell", "StageCountsJob",
      schema(
          key("input_kind", StringType, "counts_csv, form_xlsx, register or published"),
          key("source_file", StringType, "file name"),
          key("source_location", StringType, "line (CSV), sheet!cell (workbook) or 'file'"),
          col("line_number", LongType, "line in the file, header = 1"),
          col("sheet", StringType, "sheet of a workbook"),
          col("cell", StringType, "cell of a workbook, e.g. C7"),
          col("area_code", StringType, "area of the row when it could be read"),
          col("field", StringType, "column at fault"),
          col("raw_value", StringType, "the raw text of the field or line"),
          key("rule", StringType, "validation rule that failed"),
          key("message", StringType, "what is wrong and what to fix"),
          col("file_sha256", StringType, "SHA-256 of the whole file")),
      List.of());

  public static final TableSpec FCT_COUNTS = new TableSpec(
      "fct_counts", "area × year × period × measure × sex × population group", "FactCountsJob",
      schema(
          key("area_code", StringType, "commune, or the district"),
          key("year", IntegerType, "reference year"),
          key("period", StringType, "Y, Q1-Q4 or M01-M12"),
          key("measure", StringType, "measure code"),
          key("sex", StringType, "F, M or T"),
          key("population_group", StringType, "all or ethnic_minority"),
          key("value", DoubleType, "the count (or mean)"),
          key("derivation", StringType, "reported, sum_of_sexes (T = F + M) or sum_of_communes"),
          key("areas_reporting", IntegerType, "communes summed (1 for a reported row)"),
          key("sensitive", BooleanType, "violence, trafficking or maternal deaths: disclosure control applies")),
      List.of("year"));

  public static final TableSpec FCT_INDICATOR = new TableSpec(
      "fct_indicator", "indicator × area × year × sex", "FactIndicatorJob",
      schema(
          key("indicator_code", StringType, "indicator code"),
          key("area_code", StringType, "commune or district"),
          key("year", IntegerType, "reference year (last year of a pooled period)"),
          key("sex", StringType, "F, M or T"),
          key("period_label", StringType, "the year, or first-last year when pooled"),
          key("pooled", BooleanType, "true for 3-year pooled values"),
          col("numerator", DoubleType, "numerator count (boys for the sex ratio at birth)"),
          col("denominator", DoubleType, "denominator count (girls for the sex ratio; periods expected for threshold shares)"),
          col("value", DoubleType, "indicator value in its unit; null when it cannot be computed"),
          col("ci_lower", DoubleType, "lower 95% confidence limit, same unit"),
          col("ci_upper", DoubleType, "upper 95% confidence limit, same unit"),
          col("ci_method", StringType, "wilson, exact_poisson, wilson_sex_ratio, none"),
          key("flags", StringType, "comma-separated: small_denominator, unreliable, incomplete, zero_denominator, sensitive_small_count"),
          key("suppressed", BooleanType, "true: must not appear in published outputs (disclosure control)"),
          key("areas_reporting", IntegerType, "communes whose counts were summed (1 for a commune)")),
      List.of());

  public static final TableSpec STG_BIRTHS = registerTable(
      "stg_births", "birth record",
      key("birth_id", StringType, "the register's id of the birth (unique in the register)"),
      key("area_code", StringType, "commune of the birth (a name or alias in the input is resolved to its code)"),
      key("year", IntegerType, "year of birth_date"),
      key("birth_date", DateType, "date of the birth"),
      key("sex", StringType, "F or M"),
      col("mother_birth_date", DateType, "mother's date of birth; null when the register gave her age only"),
      key("mother_age", IntegerType, "mother's age at the birth in completed years (from mother_birth_date when given)"),
      key("outcome", StringType, "live or still (stillbirth)"));

  public static final TableSpec STG_MATERNAL_DEATHS = registerTable(
      "stg_maternal_deaths", "maternal death record",
      key("death_id", StringType, "the register's id of the death (unique in the register)"),
      key("area_code", StringType, "commune of residence (a name or alias in the input is resolved to its code)"),
      key("year", IntegerType, "year of death_date"),
      key("death_date", DateType, "date of death"),
      key("age", IntegerType, "age at death in completed years"),
      col("timing", StringType, "pregnancy, delivery or postpartum (within 42 days); null when not given"));

  public static final TableSpec STG_SCHOOL_COMPLETION = registerTable(
      "stg_school_completion", "pupil × school year",
      key("pupil_id", StringType, "the school's id of the pupil (unique per school year in the register)"),
      key("area_code", StringType, "commune of the school (a name or alias in the input is resolved to its code)"),
      key("year", IntegerType, "year the school year ends (2023 for 2022-2023)"),
      key("level", StringType, "primary or lower_secondary: the level whose final grade the pupil attended"),
      key("sex", StringType, "F or M"),
      key("ethnic_group", StringType, "ethnic group as given (name or two-digit GSO code)"),
      key("ethnic_minority", BooleanType, "true for any of the 53 groups other than Kinh"),
      key("completed", BooleanType, "whether the pupil completed the level that school year"));

  public static final TableSpec STG_LABOUR_SURVEY = registerTable(
      "stg_labour_survey", "survey respondent × survey year",
      key("person_id", StringType, "the survey's id of the person (unique per survey year)"),
      key("area_code", StringType, "commune of residence (a name or alias in the input is resolved to its code)"),
      key("year", IntegerType, "survey year"),
      key("sex", StringType, "F or M"),
      key("age", IntegerType, "age in completed years"),
      key("employed", BooleanType, "employed in the reference week"),
      col("status_in_employment", StringType,
          "wage, employer, own_account, contributing_family, cooperative_member or other; null when not employed"),
      col("sector", StringType, "agriculture (with forestry and fishery), industry or services; null when not employed"),
      key("weight", DoubleType, "survey weight: persons represented (above 0)"));

  /** The tables of a release, in the order they are written. */
  public static final List<TableSpec> ALL =
      List.of(DIM_AREA, DIM_INDICATOR, STG_COUNTS, REJECTS, FCT_COUNTS, FCT_INDICATOR,
          STG_BIRTHS, STG_MATERNAL_DEATHS, STG_SCHOOL_COMPLETION, STG_LABOUR_SURVEY);

  /** A staged register: its own columns, then the lineage every register carries; partitioned by year. */
  private static TableSpec registerTable(String name, String grain, TableSpec.ColumnDoc... columns) {
    List<TableSpec.ColumnDoc> all = new java.util.ArrayList<>(List.of(columns));
    all.add(key("input_kind", StringType,
        "register_births, register_maternal_deaths, register_school_completion or register_labour_survey"));
    all.add(key("source_file", StringType, "file name the record came from"));
    all.add(key("source_location", StringType, "line N (CSV) or row N (Parquet, counted from 0)"));
    all.add(col("line_number", LongType, "line of a CSV file, header = 1; null for Parquet"));
    all.add(col("row_index", LongType, "position of the record in a Parquet file, from 0; null for CSV"));
    all.add(key("file_sha256", StringType, "SHA-256 of the whole file"));
    return new TableSpec(name, grain, "StageRegistersJob", schema(all.toArray(TableSpec.ColumnDoc[]::new)),
        List.of("year"));
  }
}
