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

    static final List<Column> INDICATOR_COLUMNS = List.of(
            Column.string("indicator_code"), Column.integer("objective"),
            Column.string("objective_name_vi"), Column.string("objective_name_en"),
            Column.string("name_vi"), Column.string("name_en"), Column.string("kind"),
            Column.string("numerator"), Column.string("denominator"), Column.dbl("multiplier"),
            Column.string("unit_vi"), Column.string("unit_en"), Column.dbl("target"),
            Column.string("direction"), Column.dbl("tolerance"), Column.string("target_sexes"),
            Column.string("sexes"), Column.string("population_group"), Column.dbl("threshold"),
            Column.bool("sensitive"), Column.bool("complete_enumeration"), Column.string("level"),
            Column.string("note"), Column.integer("sort_order").optional());

    static final List<Column> AREA_COLUMNS = List.of(
            Column.string("area_code"), Column.string("parent_code"), Column.string("level"),
            Column.string("name_vi"), Column.string("name_en"), Column.string("aliases"));

    static final List<Column> VALUE_COLUMNS = List.of(
            Column.string("indicator_code"), Column.string("area_code"), Column.integer("year"),
            Column.string("sex"), Column.string("period_label"), Column.bool("pooled"),
            Column.dbl("numerator"), Column.dbl("denominator"), Column.dbl("value"),
            Column.dbl("ci_lower"), Column.dbl("ci_upper"), Column.string("ci_method"),
            Column.string("flags"), Column.bool("suppressed"));

    private ReleaseReader() {
    }

    /** Reads dim_indicator, dim_area and fct_indicator of the release in {@code releaseDir}. */
    public static Release read(Path releaseDir) {
        if (!Files.isDirectory(releaseDir)) {
            throw new ReleaseException("Release directory " + releaseDir + " does not exist");
        }
        return new Release(releaseId(releaseDir), releaseDir, readIndicators(releaseDir), readAreas(releaseDir),
                readValues(releaseDir));
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
                    r.string("level"), r.string("note"), order != null ? order : i));
        }
        return out;
    }

    private static Set<Sex> sexesOrTotal(String codes) {
        Set<Sex> sexes = Sex.parseSet(codes);
        return sexes.isEmpty() ? Set.of(Sex.T) : sexes;
    }

    public static List<AreaDef> readAreas(Path releaseDir) {
        return ParquetTable.read(releaseDir, DIM_AREA, AREA_COLUMNS).stream()
                .map(r -> new AreaDef(r.requireString("area_code"), r.string("parent_code"), r.string("level"),
                        r.string("name_vi"), r.string("name_en"), split(r.string("aliases"), "\\|")))
                .toList();
    }

    public static List<IndicatorValue> readValues(Path releaseDir) {
        return ParquetTable.read(releaseDir, FCT_INDICATOR, VALUE_COLUMNS).stream()
                .map(ReleaseReader::value)
                .toList();
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
                r.string("ci_method"), Set.copyOf(split(r.string("flags"), ",")), suppressed == null || suppressed);
    }

    private static List<String> split(String s, String regex) {
        if (s == null || s.isBlank()) {
            return List.of();
        }
        return Arrays.stream(s.split(regex)).map(String::trim).filter(x -> !x.isEmpty())
                .collect(Collectors.toList());
    }
}
