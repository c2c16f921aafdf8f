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
      "dim_area", "area over one period of validity (a code abolished by a merger and reused later has two rows)",
      "DimensionsJob",
      schema(
          key("area_code", StringType, "official statistical code (VN for the country)"),
          col("parent_code", StringType, "code of the enclosing area; null for the top area"),
          key("level", StringType, "national, province, district, town, ward or commune"),
          key("name_vi", StringType, "official Vietnamese name"),
          key("name_en", StringType, "English name"),
          col("aliases", StringType, "other spellings accepted in inputs, |-separated"),
          col("valid_from", DateType, "first day the area exists; null when it existed before all the data"),
          col("valid_to", DateType, "last day the area exists (e.g. 2025-06-30 for a district); null while it exists")),
      List.of());

  public static final TableSpec DIM_AREA_CROSSWALK = new TableSpec(
      "dim_area_crosswalk", "old area × new area × effective date (the crosswalk between maps, crosswalk/*.csv)",
      "StageCrosswalkJob",
      schema(
          key("old_code", StringType, "area of the old map, ending the day before effective_date (dim_area)"),
          key("new_code", StringType, "area of the new map, starting on effective_date (dim_area)"),
          key("new_level", StringType, "the new area's level"),
          key("old_level", StringType, "the old area's level"),
          key("effective_date", DateType, "first day of the new map (2025-07-01 for the 2025 mergers)"),
          key("share", DoubleType, "part of the old area that goes to the new one: 1 when whole, else 0 < share < 1; an old area's shares add up to 1"),
          key("basis", StringType, "whole, population or area: what the share measures"),
          key("apportioned", BooleanType, "share < 1: the old area's counts are split by share, so figures resting on them are approximate"),
          col("first_year", IntegerType, "first report year of the old area's history (null: before all the data)"),
          key("last_year", IntegerType, "last report year on the old map: the new area's figures up to this year are re-expressed from the old areas"),
          key("source_file", StringType, "crosswalk file the line came from"),
          key("line_number", LongType, "line in the file, header = 1")),
      List.of());

  public static final TableSpec DIM_PLAN_TARGET = new TableSpec(
      "dim_plan_target", "plan × indicator × target year × sex (plans.csv, targets.csv)", "DimensionsJob",
      schema(
          key("plan", StringType, "plan code"),
          key("plan_area", StringType, "area the plan is for; it applies to the areas under it"),
          key("first_year", IntegerType, "first year the plan is in force"),
          key("last_year", IntegerType, "last year the plan is in force"),
          key("plan_name_vi", StringType, "the plan's title, Vietnamese"),
          key("plan_name_en", StringType, "the plan's title, English"),
          col("source", StringType, "the document that sets it"),
          key("indicator_code", StringType, "indicator"),
          key("year", IntegerType, "year the target is due"),
          key("sex", StringType, "F, M or T"),
          key("target", DoubleType, "target value, in the indicator's unit"),
          key("direction", StringType, "ge, gt, le, lt or near"),
          key("tolerance", DoubleType, "half-width of the band for near"),
          key("in_force", BooleanType, "the target this run judges by (dim_indicator.target)")),
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
          key("kind", StringType, "proportion, unit_proportion, gross_ratio, rate, sex_ratio, ratio_of_means, threshold_share or all_periods_share"),
          key("numerator", StringType, "numerator measure, measure[S] when the sex is fixed"),
          col("denominator", StringType, "denominator measure; empty for threshold_share and all_periods_share"),
          key("multiplier", DoubleType, "scale of value: 100 for percent, 1000 or 100000 for rates"),
          key("unit_vi", StringType, "unit label, Vietnamese"),
          key("unit_en", StringType, "unit label, English"),
          col("target", DoubleType, "target of the plan in force for the run's area and year (target_plan), in the indicator's unit; null: no target set"),
          col("direction", StringType, "ge, gt, le, lt or near: the target's; without a target, which way is better"),
          key("tolerance", DoubleType, "half-width of the target band for near"),
          key("target_sexes", StringType, "sexes judged against the target, |-separated; empty without a target"),
          col("target_plan", StringType, "plan of the target (dim_plan_target); null when no plan in force sets one"),
          key("sexes", StringType, "sexes computed, |-separated"),
          key("population_group", StringType, "all or ethnic_minority"),
          col("threshold", DoubleType, "count a period must reach (threshold_share, all_periods_share)"),
          col("pooled_years", IntegerType, "values also pooled over this many years (fct_indicator.pooled)"),
          key("sensitive", BooleanType, "reads violence, trafficking or maternal-death counts"),
          key("complete_enumeration", BooleanType, "counts every unit of a small fixed set: the point value decides the target"),
          key("level", StringType, "commune (computed per commune and for the district) or district (district only)"),
          col("note", StringType, "reading of the plan's wording, caveats"),
          col("definition_vi", StringType, "the indicator defined in words, Vietnamese (indicator_metadata.csv)"),
          col("definition_en", StringType, "the indicator defined in words, English"),
          col("data_source_vi", StringType, "where the data come from, Vietnamese"),
          col("data_source_en", StringType, "where the data come from, English"),
          col("agency_vi", StringType, "agency responsible for the indicator, Vietnamese"),
          col("agency_en", StringType, "agency responsible for the indicator, English"),
          col("frequency", StringType, "how often it is reported: yearly, quarterly or monthly"),
          key("numerator_name_vi", StringType, "the numerator measure's name (and its fixed sex), Vietnamese"),
          key("numerator_name_en", StringType, "the numerator measure's name, English"),
          col("denominator_name_vi", StringType, "the denominator measure's name, Vietnamese; empty without one"),
          col("denominator_name_en", StringType, "the denominator measure's name, English")),
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
          key("input_kind", StringType, "counts_csv, form_xlsx or register_<name> (births, maternal_deaths, school_completion, labour_survey)"),
          key("source_file", StringType, "file name the row came from"),
          key("source_location", StringType, "line (CSV) or sheet!cell (workbook)"),
          col("line_number", LongType, "line in the file, header = 1"),
          key("file_sha256", StringType, "SHA-256 of the whole file"),
          key("used", BooleanType, "true for the value fct_counts uses; false for a report that agrees with a source of "
              + "higher precedence (a register)")),
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

  public static final TableSpec PUBLISHED_SERIES = new TableSpec(
      "published_series", "area × indicator × year × sex × source", "StagePublishedSeriesJob",
      schema(
          key("area_code", StringType, "area the value describes (VN for the national series)"),
          key("year", IntegerType, "reference year"),
          key("indicator_code", StringType, "catalogue indicator it compares with"),
          key("sex", StringType, "F, M or T"),
          key("value", DoubleType, "published value, in the indicator's unit"),
          col("lower", DoubleType, "published lower limit, if any"),
          col("upper", DoubleType, "published upper limit, if any"),
          key("source", StringType, "who published it"),
          key("input_kind", StringType, "published_csv"),
          key("source_file", StringType, "file name"),
          key("source_location", StringType, "line in the file"),
          col("line_number", LongType, "line in the file, header = 1"),
          key("file_sha256", StringType, "SHA-256 of the whole file")),
      List.of());

  public static final TableSpec FCT_COUNTS = new TableSpec(
      "fct_counts", "area × year × period × measure × sex × population group", "FactCountsJob",
      schema(
          key("area_code", StringType, "the area: a commune, ward or town, or an area above them up to the run's scope"),
          col("level", StringType, "the area's level (dim_area): commune, ward, town, district, province or national; null only for an area not in the catalogue in that year"),
          key("year", IntegerType, "reference year"),
          key("period", StringType, "Y, Q1-Q4 or M01-M12"),
          key("measure", StringType, "measure code"),
          key("sex", StringType, "F, M or T"),
          key("population_group", StringType, "all or ethnic_minority"),
          key("value", DoubleType, "the count (or mean)"),
          key("derivation", StringType, "reported, sum_of_sexes (T = F + M), sum_of_communes (the communes, wards and towns under the area on that year's map), sum_of_districts (a district measure) or crosswalk (a new map's area before the change: the old areas that make it, dim_area_crosswalk)"),
          key("areas_reporting", IntegerType, "areas summed (1 for a reported row; old areas with the row for crosswalk)"),
          key("areas_expected", IntegerType, "areas of the measure's level under the area on that year's map (1 for a reported row; old areas that make it for crosswalk)"),
          key("apportioned", BooleanType, "true when the value rests on an old area split by share (crosswalk basis population or area): approximate"),
          key("sensitive", BooleanType, "violence, trafficking or maternal deaths: disclosure control applies")),
      List.of("year"));

  public static final TableSpec FCT_INDICATOR = new TableSpec(
      "fct_indicator", "indicator × area × year × sex", "FactIndicatorJob",
      schema(
          key("indicator_code", StringType, "indicator code"),
          key("area_code", StringType, "the area: a commune, ward or town, or an area above them up to the run's scope"),
          col("level", StringType, "the area's level (dim_area)"),
          key("year", IntegerType, "reference year (last year of a pooled period)"),
          key("sex", StringType, "F, M or T"),
          key("period_label", StringType, "the year, or first-last year when pooled"),
          key("pooled", BooleanType, "true for 3-year pooled values"),
          col("numerator", DoubleType, "numerator count (boys for the sex ratio at birth)"),
          col("denominator", DoubleType, "denominator count (girls for the sex ratio; periods expected for threshold shares; communes expected for all-periods shares)"),
          col("value", DoubleType, "indicator value in its unit; null when it cannot be computed"),
          col("ci_lower", DoubleType, "lower 95% confidence limit, same unit"),
          col("ci_upper", DoubleType, "upper 95% confidence limit, same unit"),
          col("ci_method", StringType, "wilson, exact_poisson, wilson_sex_ratio, taylor_logit (weighted survey records: Taylor-linearised SE, communes as strata, logit limits), kish_wilson (the same at 0 or 100 %: Wilson on Kish's effective n), none_complete_count (every unit counted: no sampling interval), delta_log (a ratio of survey means with their reported standard errors: delta method on the log scale), none_survey_means (a ratio of survey means reported without standard errors: no interval available), none"),
          key("flags", StringType, "comma-separated: small_denominator, unreliable, incomplete, zero_denominator, sensitive_small_count, apportioned (a new map's area before the change, resting on an old area split by share: value and interval approximate)"),
          key("suppressed", BooleanType, "true: must not appear in published outputs (disclosure control)"),
          key("areas_reporting", IntegerType, "areas whose numerators and denominators were summed (1 for a reporting area; old areas, for a new map's area before the change)"),
          key("areas_expected", IntegerType, "areas under it on that year's map that report the indicator's measures (1 for a reporting area; old areas that make it, for a new map's area before the change)"),
          col("periods_expected", IntegerType, "threshold and all-periods shares: quarters or months expected (a district: of all its communes)"),
          col("periods_met", IntegerType, "of which reported and reaching the threshold (a district: the commune-quarter supporting figure)"),
          col("periods_missing", StringType, "a commune's periods not reported, e.g. Q3; null when none or not a period kind"),
          col("periods_below", StringType, "a commune's periods reported below the threshold, e.g. Q1,Q2; null when none"),
          col("areas_pending", IntegerType, "all-periods shares: areas that met the threshold in every period they reported but did not report them all (a district: also its silent communes); the target status allows for them")),
      List.of())
      .masking("numerator", "denominator", "value", "ci_lower", "ci_upper", "periods_met", "periods_below",
          "areas_pending");


  public static final TableSpec MART_TREND = new TableSpec(
      "mart_trend", "indicator × area × sex", "MartTrendJob",
      schema(
          key("indicator_code", StringType, "indicator code"),
          key("area_code", StringType, "commune or district"),
          key("sex", StringType, "F, M or T"),
          key("n_points", IntegerType, "yearly values in the series (pooled rows excluded)"),
          key("first_year", IntegerType, "first year with a value"),
          key("last_year", IntegerType, "last year with a value"),
          key("first_value", DoubleType, "value in the first year"),
          key("last_value", DoubleType, "value in the last year"),
          col("avg_annual_change", DoubleType, "(last − first) / (last_year − first_year), unit per year"),
          col("ols_slope", DoubleType, "least-squares slope, unit per year"),
          col("ols_slope_lower", DoubleType, "lower 95% limit of the OLS slope (t, n − 2 df)"),
          col("ols_slope_upper", DoubleType, "upper 95% limit of the OLS slope"),
          col("ols_p_value", DoubleType, "two-sided p-value of the OLS slope"),
          col("mk_s", LongType, "Mann–Kendall S"),
          col("mk_var_s", DoubleType, "variance of S with the tie correction"),
          col("mk_z", DoubleType, "Mann–Kendall Z with continuity correction"),
          col("mk_p_value", DoubleType, "two-sided p-value of Z (normal)"),
          col("kendall_tau", DoubleType, "Kendall's tau-b between year and value"),
          key("test_status", StringType, "tested, too_few_points (< 3), flat_series, or hidden_values (a year of the series is hidden: not tested, as the pack says; the test columns are null)"),
          col("sen_slope", DoubleType, "Sen's slope: median of pairwise slopes over the actual years"),
          col("sen_intercept", DoubleType, "median(value) − Sen slope × median(year)"),
          col("projected_2025", DoubleType, "value on the Sen line in 2025"),
          col("projected_2030", DoubleType, "value on the Sen line in 2030"),
          col("target", DoubleType, "the plan's target, where this sex is judged against it"),
          col("year_target_reached", IntegerType, "first year from last_year on which the Sen line meets the target; null when it never does"),
          key("direction_of_change", StringType, "improving, worsening or no_clear_trend (Mann–Kendall p < 0.05), no_target, or not_assessed (hidden_values)"),
          key("suppressed", BooleanType, "true when a value of the series is hidden: the fitted statistics could reveal it")),
      List.of())
      .masking("first_value", "last_value", "avg_annual_change", "ols_slope", "ols_slope_lower", "ols_slope_upper",
          "ols_p_value", "mk_s", "mk_var_s", "mk_z", "mk_p_value", "kendall_tau", "sen_slope", "sen_intercept",
          "projected_2025", "projected_2030", "year_target_reached", "test_status", "direction_of_change");

  public static final TableSpec MART_TARGET_STATUS = new TableSpec(
      "mart_target_status", "indicator × area × year × sex judged against the target", "MartTargetStatusJob",
      schema(
          key("indicator_code", StringType, "indicator code"),
          key("area_code", StringType, "commune or district"),
          key("year", IntegerType, "year of the value"),
          key("sex", StringType, "a sex the target applies to"),
          key("target", DoubleType, "the plan's target"),
          key("direction", StringType, "ge, gt, le, lt or near"),
          col("value", DoubleType, "indicator value"),
          col("ci_lower", DoubleType, "lower 95% limit"),
          col("ci_upper", DoubleType, "upper 95% limit"),
          col("gap", DoubleType, "value − target, in the indicator's unit"),
          key("status", StringType, "achieved, not_achieved, cannot_tell or no_data"),
          key("interval_decides", BooleanType, "true when the interval, not the point value, decided the status"),
          key("complete_enumeration", BooleanType, "point value decides (small fixed set of units, all counted)"),
          col("base_year", IntegerType, "first year of the series, the progress baseline"),
          col("base_value", DoubleType, "value in the base year"),
          col("progress_ratio", DoubleType, "observed ÷ required growth from the base year toward the target by the plan year"),
          key("progress_class", StringType, "achieved, on_track (≥ 0.95), needs_acceleration (0.6–0.95), limited_progress (0–0.6), moving_away (< 0) or not_assessable"),
          key("suppressed", BooleanType, "true: value hidden in published outputs")),
      List.of())
      .masking("value", "ci_lower", "ci_upper", "gap", "status", "interval_decides", "base_value", "progress_ratio",
          "progress_class");

  public static final TableSpec MART_GENDER_GAP = new TableSpec(
      "mart_gender_gap", "indicator × area × year, for indicators by sex", "MartGenderGapJob",
      schema(
          key("indicator_code", StringType, "indicator code"),
          key("area_code", StringType, "commune or district"),
          key("year", IntegerType, "year"),
          col("value_f", DoubleType, "value for women (girls)"),
          col("value_m", DoubleType, "value for men (boys)"),
          col("gap", DoubleType, "women − men, in the indicator's unit"),
          col("gap_lower", DoubleType, "lower 95% limit of the gap"),
          col("gap_upper", DoubleType, "upper 95% limit of the gap"),
          key("gap_method", StringType, "newcombe_hybrid_score (proportions), mover_exact_poisson (gross ratios, rates), mover_design (proportions from the weighted survey records: MOVER on the two design-based intervals) or none"),
          col("parity_index", DoubleType, "women ÷ men; null when the men's value is 0"),
          key("suppressed", BooleanType, "true: hidden in published outputs")),
      List.of())
      .masking("value_f", "value_m", "gap", "gap_lower", "gap_upper", "parity_index");

  public static final TableSpec MART_COMMUNE_COMPARE = new TableSpec(
      "mart_commune_compare", "indicator × year × sex × commune", "MartCommuneCompareJob",
      schema(
          key("indicator_code", StringType, "indicator code"),
          key("year", IntegerType, "year (last year of a pooled period)"),
          key("period_label", StringType, "the year, or first-last year when pooled"),
          key("sex", StringType, "F, M or T"),
          key("area_code", StringType, "commune"),
          key("parent_code", StringType, "the area the commune is compared within: its district, or its province on the 2025 map (the parent on the map of the year)"),
          col("numerator", DoubleType, "numerator count"),
          col("denominator", DoubleType, "denominator count"),
          col("value", DoubleType, "commune value"),
          col("ci_lower", DoubleType, "lower 95% limit"),
          col("ci_upper", DoubleType, "upper 95% limit"),
          col("district_value", DoubleType, "the parent's value (parent_code): the funnel's centre line"),
          col("rank", IntegerType, "1 = best toward the target (or highest when there is none)"),
          col("communes_ranked", IntegerType, "communes with a value"),
          col("funnel_z", DoubleType, "z-score against the district value (binomial or Poisson), after any over-dispersion adjustment"),
          col("funnel_band", StringType, "inside, high_95, low_95, high_998 or low_998; null for complete enumerations"),
          col("limit95_lower", DoubleType, "lower 95% funnel limit at this commune's denominator"),
          col("limit95_upper", DoubleType, "upper 95% funnel limit"),
          col("limit998_lower", DoubleType, "lower 99.8% funnel limit"),
          col("limit998_upper", DoubleType, "upper 99.8% funnel limit"),
          key("overdispersion", StringType, "none or additive (DerSimonian–Laird random effects)"),
          col("phi", DoubleType, "over-dispersion ratio from Winsorised z-scores"),
          col("tau2", DoubleType, "between-commune variance (additive), natural scale"),
          col("smoothed_value", DoubleType, "empirical-Bayes estimate (beta-binomial or Poisson-gamma), same unit"),
          key("suppressed", BooleanType, "true: hidden in published outputs")),
      List.of())
      .masking("numerator", "denominator", "value", "ci_lower", "ci_upper", "funnel_z", "funnel_band", "smoothed_value", "rank",
          "limit95_lower", "limit95_upper", "limit998_lower", "limit998_upper");

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

  // ---- data quality (issue 4) ----------------------------------------------------------------

  public static final TableSpec DQ_RESULTS = new TableSpec(
      "dq_results", "data-quality rule × area × year × period × sex × population group (× measure for rules over every measure)",
      "DataQualityJob",
      schema(
          key("rule_code", StringType, "rule of data/catalogue/dq_rules.csv"),
          key("severity", StringType, "error (failing values rejected) or warning (kept and flagged)"),
          key("area_code", StringType, "area whose report was checked"),
          key("year", IntegerType, "reference year"),
          key("period", StringType, "Y, Q1-Q4 or M01-M12"),
          key("sex", StringType, "sex checked (F, M or T); for a rule whose measures all fix their sex, the first one's"),
          key("population_group", StringType, "all or ethnic_minority"),
          col("measure", StringType, "the measure a rule written with * was applied to; null for other rules"),
          key("left_expression", StringType, "left side as evaluated, every measure with its sex"),
          key("operator", StringType, "<=, <, =, >= or >"),
          key("right_expression", StringType, "right side as evaluated"),
          col("left_value", DoubleType, "value of the left side; null when one of its measures is missing"),
          col("right_value", DoubleType, "value of the right side; null when one of its measures is missing"),
          col("passed", BooleanType, "true: the rule holds; false: it fails; null: not evaluated (a value missing)"),
          key("rejected", BooleanType, "true: an error rule failed and the values it reads were moved to rejects"),
          key("sensitive", BooleanType, "reads violence, trafficking or maternal-death counts")),
      List.of("year"));

  public static final TableSpec DQ_OUTLIERS = new TableSpec(
      "dq_outliers", "indicator × area × year × sex × method, for the values each method could test", "OutlierJob",
      schema(
          key("indicator_code", StringType, "indicator code"),
          key("area_code", StringType, "commune or district"),
          key("year", IntegerType, "year of the value (yearly values only, pooled rows excluded)"),
          key("sex", StringType, "F, M or T"),
          key("method", StringType, "modified_z_series, modified_z_communes, iqr_series or iqr_communes"),
          key("value", DoubleType, "indicator value, in its unit"),
          key("n_points", IntegerType, "values compared: the years of the series, or the communes of the year"),
          key("center", DoubleType, "median of the values compared"),
          key("spread", DoubleType, "raw MAD, median |x − median| (modified z), or IQR = Q3 − Q1 (type 7 quartiles)"),
          col("score", DoubleType, "modified z-score 0.6745 (value − median) / MAD; null for the IQR rule"),
          key("lower_limit", DoubleType, "values below are outliers: median − 3.5 MAD / 0.6745, or Q1 − 1.5 IQR"),
          key("upper_limit", DoubleType, "values above are outliers: median + 3.5 MAD / 0.6745, or Q3 + 1.5 IQR"),
          key("outlier", BooleanType, "true: flagged (|score| > 3.5, or outside the fences); never dropped"),
          col("direction", StringType, "high or low for an outlier, else null"),
          key("flags", StringType, "fct_indicator's flags of the value (small_denominator, unreliable…): small numbers scatter widely"),
          key("suppressed", BooleanType, "the value is hidden in published outputs (disclosure control)")),
      List.of());

  public static final TableSpec MART_COMPLETENESS = new TableSpec(
      "mart_completeness", "area × year × form", "MartCompletenessJob",
      schema(
          key("area_code", StringType, "commune, town or the district"),
          key("year", IntegerType, "reference year of the report"),
          key("form", StringType, "commune_report (a commune's yearly report) or district_report (the district's own)"),
          key("expected", IntegerType, "1: the report is expected (every commune and the district, every year of the run)"),
          key("received", IntegerType, "1: at least one value of this area and year arrived (staged or rejected)"),
          key("on_time", IntegerType, "1: received with a submission date on or before the deadline"),
          key("late", IntegerType, "1: received with a submission date after the deadline"),
          key("date_unknown", IntegerType, "1: received without a usable submission date"),
          key("missing", IntegerType, "1: nothing received; on_time + late + date_unknown + missing = expected"),
          key("status", StringType, "on_time, late, date_unknown or missing"),
          col("submitted_on", DateType, "submission date: the earliest submitted_on of the report's rows (CSV column or the form's Ngày nộp)"),
          key("deadline", DateType, "10 December of the year"),
          col("days_late", IntegerType, "days after the deadline (0 when on time); null without a date"),
          key("files_received", IntegerType, "input files (counts CSV, forms) with values of this area and year"),
          key("values_expected", IntegerType, "values the report should hold: its measures × sexes × groups × periods (optional standard errors not counted)"),
          key("values_staged", IntegerType, "required values that passed validation (rows of stg_counts, optional standard errors not counted)"),
          key("values_rejected", IntegerType, "rejects of this report's files and area (see README: how rejects are attributed to a year)"),
          key("periods_expected", IntegerType, "quarters and months expected for the sub-yearly measures (4 news-item quarters; 12 media-segment months)"),
          key("periods_received", IntegerType, "of which with a staged value"),
          col("periods_missing", StringType, "the expected quarters or months without a staged value, e.g. Q3 or M04 M05; null when none is missing"),
          key("complete", IntegerType, "1: received and every expected value staged")),
      List.of());

  public static final TableSpec MART_REVISIONS = new TableSpec(
      "mart_revisions", "change since the previous release (a value, a reject or a report)", "MartRevisionsJob",
      schema(
          key("change", StringType, "value_revised, value_added (a value of a year the previous release had, new now), value_withdrawn (published then, not now: gone or suppressed), reject_new, reject_cleared, report_completed, report_incomplete"),
          key("previous_release", StringType, "run id of the release compared with (the one this run replaces)"),
          col("indicator_code", StringType, "the value's indicator; null for rejects and reports"),
          col("area_code", StringType, "the value's or report's area; a reject's area when it could be read"),
          col("year", IntegerType, "the value's or report's year; null for rejects"),
          col("sex", StringType, "the value's sex"),
          col("period_label", StringType, "the value's period: the year, or first-last year when pooled"),
          col("old_value", DoubleType, "published value in the previous release; null when it was not published (absent or suppressed)"),
          col("new_value", DoubleType, "published value now; null when not published (absent or suppressed)"),
          col("reason", StringType, "values: reject_corrected (a file of the area, or of an area under it, for that year was resubmitted and a reject of it cleared), resubmitted_file (such a file is new, changed or gone), crosswalk (the crosswalk changed: a new area's history), method (same input files: the catalogue, the plan or the method changed); rejects: the rule"),
          col("source_file", StringType, "rejects: the file; values: the changed input files (path under the input folder), comma-separated, at most 5 named"),
          col("source_location", StringType, "rejects: line (CSV) or sheet!cell (workbook)")),
      List.of());

  /** The tables of a release, in the order they are written. */
  public static final List<TableSpec> ALL = List.of(DIM_AREA, DIM_AREA_CROSSWALK, DIM_INDICATOR, DIM_PLAN_TARGET, STG_COUNTS, STG_BIRTHS,
      STG_MATERNAL_DEATHS, STG_SCHOOL_COMPLETION, STG_LABOUR_SURVEY, REJECTS, PUBLISHED_SERIES, FCT_COUNTS,
      DQ_RESULTS, FCT_INDICATOR, DQ_OUTLIERS, MART_TREND, MART_TARGET_STATUS, MART_GENDER_GAP, MART_COMMUNE_COMPARE,
      MART_COMPLETENESS, MART_REVISIONS);

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
