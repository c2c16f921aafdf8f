package vn.binhdang.charts.release;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Reads the published tables of a warehouse release ({@code <release>/<table>/part-*.parquet}) without
 * Spark, as typed records. Checks the table contract: every contract column must be present with a
 * compatible type; extra columns are ignored.
 */
public final class ReleaseReader {

    public static final String DIM_INDICATOR = "dim_indicator";
    public static final String DIM_AREA = "dim_area";
    public static final String FCT_INDICATOR = "fct_indicator";
    public static final String MART_TREND = "mart_trend";
    public static final String MART_TARGET_STATUS = "mart_target_status";
    public static final String MART_GENDER_GAP = "mart_gender_gap";
    public static final String MART_COMMUNE_COMPARE = "mart_commune_compare";
    public static final String REJECTS = "rejects";
    public static final String STG_COUNTS = "stg_counts";
    public static final String PUBLISHED_SERIES = "published_series";
    public static final String MART_COMPLETENESS = "mart_completeness";
    public static final String MART_REVISIONS = "mart_revisions";

    /** Tables the pack uses when present, in the order the data page lists them. */
    public static final List<String> OPTIONAL_TABLES = List.of(MART_TARGET_STATUS, MART_TREND, MART_COMMUNE_COMPARE,
            MART_GENDER_GAP, REJECTS, PUBLISHED_SERIES, MART_COMPLETENESS, MART_REVISIONS);

    static final List<Column> INDICATOR_COLUMNS = List.of(
            Column.string("indicator_code"), Column.integer("objective"),
            Column.string("objective_name_vi"), Column.string("objective_name_en"),
            Column.string("name_vi"), Column.string("name_en"), Column.string("kind"),
            Column.string("numerator"), Column.string("denominator"), Column.dbl("multiplier"),
            Column.string("unit_vi"), Column.string("unit_en"), Column.dbl("target"),
            Column.string("direction"), Column.dbl("tolerance"), Column.string("target_sexes"),
            Column.string("sexes"), Column.string("population_group"), Column.dbl("threshold"),
            Column.bool("sensitive"), Column.bool("complete_enumeration"), Column.string("level"),
            Column.string("note"), Column.integer("sort_order").optional(),
            Column.integer("pooled_years").optional(), Column.string("definition_vi").optional(),
            Column.string("definition_en").optional(), Column.string("data_source_vi").optional(),
            Column.string("data_source_en").optional(), Column.string("agency_vi").optional(),
            Column.string("agency_en").optional(), Column.string("frequency").optional(),
            Column.string("numerator_name_vi").optional(), Column.string("numerator_name_en").optional(),
            Column.string("denominator_name_vi").optional(), Column.string("denominator_name_en").optional());

    static final List<Column> AREA_COLUMNS = List.of(
            Column.string("area_code"), Column.string("parent_code"), Column.string("level"),
            Column.string("name_vi"), Column.string("name_en"), Column.string("aliases"),
            // days since 1970-01-01 (Parquet DATE); absent from releases written before both maps
            Column.integer("valid_from").optional(), Column.integer("valid_to").optional());

    static final List<Column> VALUE_COLUMNS = List.of(
            Column.string("indicator_code"), Column.string("area_code"), Column.integer("year"),
            Column.string("sex"), Column.string("period_label"), Column.bool("pooled"),
            Column.dbl("numerator"), Column.dbl("denominator"), Column.dbl("value"),
            Column.dbl("ci_lower"), Column.dbl("ci_upper"), Column.string("ci_method"),
            Column.string("flags"), Column.bool("suppressed"), Column.integer("periods_expected").optional(),
            Column.integer("periods_met").optional(), Column.string("periods_missing").optional(),
            Column.string("periods_below").optional());

    static final List<Column> TREND_COLUMNS = List.of(
            Column.string("indicator_code"), Column.string("area_code"), Column.string("sex"),
            Column.integer("n_points"), Column.integer("first_year"), Column.integer("last_year"),
            Column.dbl("ols_slope"), Column.dbl("mk_p_value"), Column.string("test_status"),
            Column.dbl("sen_slope"), Column.integer("year_target_reached"), Column.string("direction_of_change"),
            Column.bool("suppressed").optional());

    static final List<Column> STATUS_COLUMNS = List.of(
            Column.string("indicator_code"), Column.string("area_code"), Column.integer("year"),
            Column.string("sex"), Column.dbl("target"), Column.string("direction"), Column.dbl("value"),
            Column.dbl("ci_lower"), Column.dbl("ci_upper"), Column.dbl("gap"), Column.string("status"),
            Column.bool("interval_decides"), Column.bool("complete_enumeration"), Column.string("progress_class"),
            Column.bool("suppressed"));

    static final List<Column> GAP_COLUMNS = List.of(
            Column.string("indicator_code"), Column.string("area_code"), Column.integer("year"),
            Column.dbl("value_f"), Column.dbl("value_m"), Column.dbl("gap"), Column.dbl("gap_lower"),
            Column.dbl("gap_upper"), Column.string("gap_method"), Column.dbl("parity_index"),
            Column.bool("suppressed"));

    static final List<Column> COMPARE_COLUMNS = List.of(
            Column.string("indicator_code"), Column.integer("year"), Column.string("period_label"),
            Column.string("sex"), Column.string("area_code"), Column.dbl("numerator"), Column.dbl("denominator"),
            Column.dbl("value"), Column.dbl("ci_lower"), Column.dbl("ci_upper"), Column.dbl("district_value"),
            Column.integer("rank"), Column.integer("communes_ranked"), Column.dbl("funnel_z"),
            Column.string("funnel_band"), Column.string("overdispersion"), Column.dbl("phi"), Column.dbl("tau2"),
            Column.dbl("smoothed_value"), Column.bool("suppressed"));

    static final List<Column> REJECT_COLUMNS = List.of(
            Column.string("input_kind"), Column.string("source_file"), Column.string("rule"));

    /** published_series is not in the contract yet: only what a comparison line needs is required. */
    static final List<Column> PUBLISHED_COLUMNS = List.of(
            Column.string("area_code"), Column.integer("year"), Column.string("indicator_code"),
            Column.string("sex").optional(), Column.dbl("value"), Column.dbl("lower").optional(),
            Column.dbl("upper").optional(), Column.string("source").optional());

    /** mart_completeness is not in the contract yet: the form and the split of late reports are optional. */
    static final List<Column> COMPLETENESS_COLUMNS = List.of(
            Column.string("area_code"), Column.integer("year"), Column.string("form").optional(),
            Column.integer("expected"), Column.integer("received"), Column.integer("on_time").optional(),
            Column.integer("late").optional(), Column.integer("missing").optional(),
            Column.integer("days_late").optional(), Column.integer("complete").optional(),
            Column.integer("values_expected").optional(), Column.integer("values_staged").optional(),
            Column.integer("periods_expected").optional(), Column.integer("periods_received").optional(),
            Column.string("periods_missing").optional());

    static final List<Column> REVISION_COLUMNS = List.of(
            Column.string("change"), Column.string("previous_release"), Column.string("indicator_code"),
            Column.string("area_code"), Column.integer("year"), Column.string("sex"), Column.string("period_label"),
            Column.dbl("old_value"), Column.dbl("new_value"), Column.string("reason"), Column.string("source_file"));

    private ReleaseReader() {
    }

    /** Reads dim_indicator, dim_area and fct_indicator of the release in {@code releaseDir}. */
    public static Release read(Path releaseDir) {
        if (!Files.isDirectory(releaseDir)) {
            throw new ReleaseException("Release directory " + releaseDir + " does not exist");
        }
        return new Release(releaseId(releaseDir), releaseDir, readIndicators(releaseDir), readAreas(releaseDir),
                readValues(releaseDir), readExtras(releaseDir));
    }

    /**
     * The marts, rejects, optional tables and manifest of a release. A table that is not there is left
     * empty and named in {@link ReleaseExtras#missingTables()}; a table that is there must follow the
     * contract.
     */
    public static ReleaseExtras readExtras(Path releaseDir) {
        Set<String> missing = new java.util.LinkedHashSet<>();
        for (String t : OPTIONAL_TABLES) {
            if (!ParquetTable.exists(releaseDir, t)) {
                missing.add(t);
            }
        }
        List<TrendSummary> trends = missing.contains(MART_TREND) ? List.of()
                : ParquetTable.read(releaseDir, MART_TREND, TREND_COLUMNS, ReleaseReader::trend);
        List<TargetStatusRow> statuses = missing.contains(MART_TARGET_STATUS) ? List.of()
                : ParquetTable.read(releaseDir, MART_TARGET_STATUS, STATUS_COLUMNS, ReleaseReader::status);
        List<GenderGapRow> gaps = missing.contains(MART_GENDER_GAP) ? List.of()
                : ParquetTable.read(releaseDir, MART_GENDER_GAP, GAP_COLUMNS, ReleaseReader::gap);
        List<CommuneCompareRow> communes = missing.contains(MART_COMMUNE_COMPARE) ? List.of()
                : ParquetTable.read(releaseDir, MART_COMMUNE_COMPARE, COMPARE_COLUMNS, ReleaseReader::compare);
        List<RejectRow> rejects = missing.contains(REJECTS) ? List.of()
                : ParquetTable.read(releaseDir, REJECTS, REJECT_COLUMNS,
                r -> new RejectRow(r.string("input_kind"), r.string("source_file"), r.requireString("rule")));
        List<PublishedValue> published = missing.contains(PUBLISHED_SERIES) ? List.of()
                : ParquetTable.read(releaseDir, PUBLISHED_SERIES, PUBLISHED_COLUMNS).stream()
                .filter(r -> r.dbl("value") != null)
                .map(r -> new PublishedValue(r.requireString("area_code"), r.requireInt("year"),
                        r.requireString("indicator_code"), r.string("sex") == null ? Sex.T : sex(r),
                        r.dbl("value"), r.dbl("lower"), r.dbl("upper"), r.string("source")))
                .toList();
        List<CompletenessRow> completeness = missing.contains(MART_COMPLETENESS) ? List.of()
                : ParquetTable.read(releaseDir, MART_COMPLETENESS, COMPLETENESS_COLUMNS).stream()
                .map(r -> new CompletenessRow(r.requireString("area_code"), r.requireInt("year"), r.string("form"),
                        r.integer("expected"), r.integer("received"), r.integer("on_time"), r.integer("late"),
                        r.integer("missing"), r.integer("days_late"), r.integer("complete"),
                        r.integer("values_expected"), r.integer("values_staged"), r.integer("periods_expected"),
                        r.integer("periods_received"), r.string("periods_missing")))
                .toList();
        List<RevisionRow> revisions = missing.contains(MART_REVISIONS) ? List.of()
                : ParquetTable.read(releaseDir, MART_REVISIONS, REVISION_COLUMNS,
                r -> new RevisionRow(r.requireString("change"), r.string("previous_release"), r.string("indicator_code"),
                        r.string("area_code"), r.integer("year"), r.string("sex"), r.string("period_label"),
                        r.dbl("old_value"), r.dbl("new_value"), r.string("reason"), r.string("source_file")));
        ReleaseManifest manifest = ReleaseManifest.read(releaseDir).orElse(null);
        java.util.Map<String, Long> rows = new java.util.LinkedHashMap<>();
        if (manifest != null) {
            rows.putAll(manifest.tableRows());
        } else {
            // Rendered before publication: row counts from the footers of the tables present.
            for (String t : List.of(STG_COUNTS, REJECTS, FCT_INDICATOR)) {
                if (ParquetTable.exists(releaseDir, t)) {
                    rows.put(t, ParquetTable.rowCount(releaseDir, t));
                }
            }
        }
        return new ReleaseExtras(trends, statuses, gaps, communes, rejects, published, completeness, revisions, manifest,
                rows, missing);
    }

    private static Sex sex(Row r) {
        try {
            return Sex.parse(r.requireString("sex"));
        } catch (ReleaseException e) {
            throw r.invalid("sex", r.string("sex"), "F, M or T");
        }
    }

    /** Fail closed: a row whose disclosure status is unknown is treated as suppressed. */
    private static boolean suppressed(Row r) {
        Boolean s = r.bool("suppressed");
        return s == null || s;
    }

    private static TrendSummary trend(Row r) {
        Integer n = r.integer("n_points");
        return new TrendSummary(r.requireString("indicator_code"), r.requireString("area_code"), sex(r),
                n == null ? 0 : n, r.integer("first_year"), r.integer("last_year"), r.dbl("sen_slope"),
                r.dbl("ols_slope"), r.dbl("mk_p_value"), r.string("test_status"), r.string("direction_of_change"),
                r.integer("year_target_reached"), Boolean.TRUE.equals(r.bool("suppressed")));
    }

    private static TargetStatusRow status(Row r) {
        return new TargetStatusRow(r.requireString("indicator_code"), r.requireString("area_code"),
                r.requireInt("year"), sex(r), r.dbl("target"), Direction.parse(r.string("direction")),
                r.dbl("value"), r.dbl("ci_lower"), r.dbl("ci_upper"), r.dbl("gap"),
                TargetStatus.parse(r.string("status")), Boolean.TRUE.equals(r.bool("interval_decides")),
                Boolean.TRUE.equals(r.bool("complete_enumeration")), r.string("progress_class"), suppressed(r));
    }

    private static GenderGapRow gap(Row r) {
        return new GenderGapRow(r.requireString("indicator_code"), r.requireString("area_code"), r.requireInt("year"),
                r.dbl("value_f"), r.dbl("value_m"), r.dbl("gap"), r.dbl("gap_lower"), r.dbl("gap_upper"),
                r.string("gap_method"), r.dbl("parity_index"), suppressed(r));
    }

    private static CommuneCompareRow compare(Row r) {
        return new CommuneCompareRow(r.requireString("indicator_code"), r.requireInt("year"), r.string("period_label"),
                sex(r), r.requireString("area_code"), r.dbl("numerator"), r.dbl("denominator"), r.dbl("value"),
                r.dbl("ci_lower"), r.dbl("ci_upper"), r.dbl("district_value"), r.integer("rank"),
                r.integer("communes_ranked"), r.dbl("funnel_z"), r.string("funnel_band"), r.string("overdispersion"),
                r.dbl("phi"), r.dbl("tau2"), r.dbl("smoothed_value"), suppressed(r));
    }

    /** The run id: the real name of the directory, so that {@code warehouse/current} gives the run it points to. */
    static String releaseId(Path releaseDir) {
        try {
            return releaseDir.toRealPath().getFileName().toString();
        } catch (IOException e) {
            return releaseDir.toAbsolutePath().normalize().getFileName().toString();
        }
    }

    public static List<IndicatorDef> readIndicators(Path releaseDir) {
        List<Row> rows = ParquetTable.read(releaseDir, DIM_INDICATOR, INDICATOR_COLUMNS);
        List<IndicatorDef> out = new ArrayList<>(rows.size());
        for (int i = 0; i < rows.size(); i++) {
            Row r = rows.get(i);
            Integer order = r.integer("sort_order");
            out.add(new IndicatorDef(
                    r.requireString("indicator_code"), r.requireInt("objective"),
                    r.string("objective_name_vi"), r.string("objective_name_en"),
                    r.requireString("name_vi"), r.string("name_en"),
                    IndicatorKind.parse(r.requireString("kind")),
                    r.string("numerator"), r.string("denominator"), r.dbl("multiplier"),
                    r.string("unit_vi"), r.string("unit_en"), r.dbl("target"),
                    Direction.parse(r.string("direction")), r.dbl("tolerance"),
                    Sex.parseSet(r.string("target_sexes")), sexesOrTotal(r.string("sexes")),
                    r.string("population_group"), r.dbl("threshold"),
                    Boolean.TRUE.equals(r.bool("sensitive")), Boolean.TRUE.equals(r.bool("complete_enumeration")),
                    r.string("level"), r.string("note"), order != null ? order : i, r.integer("pooled_years"),
                    r.string("definition_vi") == null ? null : new IndicatorDef.Metadata(r.string("definition_vi"),
                            r.string("definition_en"), r.string("data_source_vi"), r.string("data_source_en"),
                            r.string("agency_vi"), r.string("agency_en"), r.string("frequency"),
                            r.string("numerator_name_vi"), r.string("numerator_name_en"),
                            r.string("denominator_name_vi"), r.string("denominator_name_en"))));
        }
        return out;
    }

    private static Set<Sex> sexesOrTotal(String codes) {
        Set<Sex> sexes = Sex.parseSet(codes);
        return sexes.isEmpty() ? Set.of(Sex.T) : sexes;
    }

    private static java.time.LocalDate day(Integer epochDay) {
        return epochDay == null ? null : java.time.LocalDate.ofEpochDay(epochDay);
    }

    public static List<AreaDef> readAreas(Path releaseDir) {
        return ParquetTable.read(releaseDir, DIM_AREA, AREA_COLUMNS).stream()
                .map(r -> new AreaDef(r.requireString("area_code"), r.string("parent_code"), r.string("level"),
                        r.string("name_vi"), r.string("name_en"), split(r.string("aliases"), "\\|"),
                        day(r.integer("valid_from")), day(r.integer("valid_to"))))
                .toList();
    }

    public static List<IndicatorValue> readValues(Path releaseDir) {
        return ParquetTable.read(releaseDir, FCT_INDICATOR, VALUE_COLUMNS, ReleaseReader::value);
    }

    private static IndicatorValue value(Row r) {
        Sex sex;
        try {
            sex = Sex.parse(r.requireString("sex"));
        } catch (ReleaseException e) {
            throw r.invalid("sex", r.string("sex"), "F, M or T");
        }
        // Fail closed: a row whose disclosure status is unknown is treated as suppressed.
        Boolean suppressed = r.bool("suppressed");
        return new IndicatorValue(r.requireString("indicator_code"), r.requireString("area_code"),
                r.requireInt("year"), sex, r.string("period_label"), Boolean.TRUE.equals(r.bool("pooled")),
                r.dbl("numerator"), r.dbl("denominator"), r.dbl("value"), r.dbl("ci_lower"), r.dbl("ci_upper"),
                r.string("ci_method"), Set.copyOf(split(r.string("flags"), ",")), suppressed == null || suppressed,
                periods(r));
    }

    /** The period detail of a threshold or all-periods share; null for other kinds (and older releases). */
    private static IndicatorValue.Periods periods(Row r) {
        Integer expected = r.integer("periods_expected");
        if (expected == null) {
            return null;
        }
        return new IndicatorValue.Periods(expected, r.integer("periods_met"), split(r.string("periods_missing"), ","),
                split(r.string("periods_below"), ","));
    }

    private static List<String> split(String s, String regex) {
        if (s == null || s.isBlank()) {
            return List.of();
        }
        return Arrays.stream(s.split(regex)).map(String::trim).filter(x -> !x.isEmpty())
                .collect(Collectors.toList());
    }
}
