package vn.binhdang.charts.testing;

import static org.apache.parquet.schema.LogicalTypeAnnotation.stringType;
import static org.apache.parquet.schema.PrimitiveType.PrimitiveTypeName.BINARY;
import static org.apache.parquet.schema.PrimitiveType.PrimitiveTypeName.BOOLEAN;
import static org.apache.parquet.schema.PrimitiveType.PrimitiveTypeName.DOUBLE;
import static org.apache.parquet.schema.PrimitiveType.PrimitiveTypeName.INT32;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.parquet.conf.PlainParquetConfiguration;
import org.apache.parquet.example.data.Group;
import org.apache.parquet.example.data.simple.SimpleGroupFactory;
import org.apache.parquet.hadoop.ParquetWriter;
import org.apache.parquet.hadoop.example.ExampleParquetWriter;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;
import org.apache.parquet.io.LocalOutputFile;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.Types;

/**
 * Writes a small warehouse release the way the Spark jobs publish it: one directory per table with
 * snappy part files, {@code _SUCCESS} and {@code .crc} files, all columns optional (as Spark writes
 * them). Catalogue rows come from the real {@code data/catalogue}; values are given by the test.
 */
public final class FixtureRelease {

    public static final MessageType DIM_INDICATOR = Types.buildMessage()
            .optional(BINARY).as(stringType()).named("indicator_code")
            .optional(INT32).named("objective")
            .optional(BINARY).as(stringType()).named("objective_name_vi")
            .optional(BINARY).as(stringType()).named("objective_name_en")
            .optional(BINARY).as(stringType()).named("name_vi")
            .optional(BINARY).as(stringType()).named("name_en")
            .optional(BINARY).as(stringType()).named("kind")
            .optional(BINARY).as(stringType()).named("numerator")
            .optional(BINARY).as(stringType()).named("denominator")
            .optional(DOUBLE).named("multiplier")
            .optional(BINARY).as(stringType()).named("unit_vi")
            .optional(BINARY).as(stringType()).named("unit_en")
            .optional(DOUBLE).named("target")
            .optional(BINARY).as(stringType()).named("direction")
            .optional(DOUBLE).named("tolerance")
            .optional(BINARY).as(stringType()).named("target_sexes")
            .optional(BINARY).as(stringType()).named("sexes")
            .optional(BINARY).as(stringType()).named("population_group")
            .optional(DOUBLE).named("threshold")
            .optional(BOOLEAN).named("sensitive")
            .optional(BOOLEAN).named("complete_enumeration")
            .optional(BINARY).as(stringType()).named("level")
            .optional(BINARY).as(stringType()).named("note")
            .named("spark_schema");

    public static final MessageType DIM_AREA = Types.buildMessage()
            .optional(BINARY).as(stringType()).named("area_code")
            .optional(BINARY).as(stringType()).named("parent_code")
            .optional(BINARY).as(stringType()).named("level")
            .optional(BINARY).as(stringType()).named("name_vi")
            .optional(BINARY).as(stringType()).named("name_en")
            .optional(BINARY).as(stringType()).named("aliases")
            .optional(INT32).named("valid_from") // days since 1970-01-01, as Spark writes a date
            .optional(INT32).named("valid_to")
            .named("spark_schema");

    public static final MessageType FCT_INDICATOR = Types.buildMessage()
            .optional(BINARY).as(stringType()).named("indicator_code")
            .optional(BINARY).as(stringType()).named("area_code")
            .optional(INT32).named("year")
            .optional(BINARY).as(stringType()).named("sex")
            .optional(BINARY).as(stringType()).named("period_label")
            .optional(BOOLEAN).named("pooled")
            .optional(DOUBLE).named("numerator")
            .optional(DOUBLE).named("denominator")
            .optional(DOUBLE).named("value")
            .optional(DOUBLE).named("ci_lower")
            .optional(DOUBLE).named("ci_upper")
            .optional(BINARY).as(stringType()).named("ci_method")
            .optional(BINARY).as(stringType()).named("flags")
            .optional(BOOLEAN).named("suppressed")
            .named("spark_schema");

    /** A row of fct_indicator as the test means it; nulls allowed everywhere. */
    public record Value(String indicator, String area, Integer year, String sex, String periodLabel, Boolean pooled,
                        Double numerator, Double denominator, Double value, Double lower, Double upper,
                        String ciMethod, String flags, Boolean suppressed) {
        public static Value of(String indicator, int year, String sex, double value, double lower, double upper) {
            return new Value(indicator, "614", year, sex, String.valueOf(year), false, null, null, value, lower, upper,
                    "wilson", null, false);
        }

        public Value counts(double num, double den) {
            return new Value(indicator, area, year, sex, periodLabel, pooled, num, den, value, lower, upper, ciMethod,
                    flags, suppressed);
        }

        public Value flags(String f) {
            return new Value(indicator, area, year, sex, periodLabel, pooled, numerator, denominator, value, lower,
                    upper, ciMethod, f, suppressed);
        }

        public Value hidden() {
            return new Value(indicator, area, year, sex, periodLabel, pooled, numerator, denominator, value, lower,
                    upper, ciMethod, "sensitive_small_count", true);
        }

        public Value area(String code) {
            return new Value(indicator, code, year, sex, periodLabel, pooled, numerator, denominator, value, lower,
                    upper, ciMethod, flags, suppressed);
        }

        public Value pooled(String label) {
            return new Value(indicator, area, year, sex, label, true, numerator, denominator, value, lower, upper,
                    ciMethod, flags, suppressed);
        }
    }

    private FixtureRelease() {
    }

    /**
     * Writes {@code <dir>/dim_indicator}, {@code dim_area} and {@code fct_indicator}. Indicators are the
     * catalogue rows with the given codes, in catalogue order (all of them for an empty set).
     * fct_indicator is split over two part files.
     */
    public static Path write(Path dir, Set<String> codes, List<Value> values) {
        Map<String, Map<String, String>> objectives = new LinkedHashMap<>();
        for (Map<String, String> o : Catalogue.objectives()) {
            objectives.put(o.get("objective"), o);
        }
        Map<String, String> measureLevel = new java.util.HashMap<>();
        Catalogue.read("measures.csv").forEach(m -> measureLevel.put(m.get("code"), m.get("level")));
        List<Group> indicators = new ArrayList<>();
        SimpleGroupFactory fi = new SimpleGroupFactory(DIM_INDICATOR);
        for (Map<String, String> r : Catalogue.indicators()) {
            if (!codes.isEmpty() && !codes.contains(r.get("code"))) {
                continue;
            }
            Group g = fi.newGroup();
            Map<String, String> o = objectives.get(r.get("objective"));
            str(g, "indicator_code", r.get("code"));
            g.add("objective", Integer.parseInt(r.get("objective")));
            str(g, "objective_name_vi", o.get("name_vi"));
            str(g, "objective_name_en", o.get("name_en"));
            for (String c : List.of("name_vi", "name_en", "kind", "numerator", "denominator", "unit_vi", "unit_en",
                    "direction", "target_sexes", "sexes", "population_group", "note")) {
                str(g, c, r.get(c));
            }
            for (String c : List.of("multiplier", "target", "tolerance", "threshold")) {
                if (r.get(c) != null && !r.get(c).isBlank()) {
                    g.add(c, Double.parseDouble(r.get(c)));
                }
            }
            g.add("sensitive", Boolean.parseBoolean(r.get("sensitive")));
            g.add("complete_enumeration", Set.of("unit_proportion", "threshold_share", "all_periods_share").contains(r.get("kind")));
            // As DimensionsJob derives it: the level of the numerator's measure.
            str(g, "level", measureLevel.getOrDefault(r.get("numerator").replaceAll("\\[.*]$", ""), "commune"));
            indicators.add(g);
        }
        List<Group> areas = new ArrayList<>();
        SimpleGroupFactory fa = new SimpleGroupFactory(DIM_AREA);
        for (Map<String, String> r : Catalogue.areas()) {
            Group g = fa.newGroup();
            str(g, "area_code", r.get("code"));
            str(g, "parent_code", r.get("parent_code"));
            str(g, "level", r.get("level"));
            str(g, "name_vi", r.get("name_vi"));
            str(g, "name_en", r.get("name_en"));
            str(g, "aliases", r.get("aliases"));
            for (String validity : List.of("valid_from", "valid_to")) {
                if (!r.get(validity).isEmpty()) g.add(validity, (int) java.time.LocalDate.parse(r.get(validity)).toEpochDay());
            }
            areas.add(g);
        }
        List<Group> facts = new ArrayList<>();
        SimpleGroupFactory ff = new SimpleGroupFactory(FCT_INDICATOR);
        for (Value v : values) {
            Group g = ff.newGroup();
            str(g, "indicator_code", v.indicator());
            str(g, "area_code", v.area());
            if (v.year() != null) {
                g.add("year", v.year());
            }
            str(g, "sex", v.sex());
            str(g, "period_label", v.periodLabel());
            bool(g, "pooled", v.pooled());
            dbl(g, "numerator", v.numerator());
            dbl(g, "denominator", v.denominator());
            dbl(g, "value", v.value());
            dbl(g, "ci_lower", v.lower());
            dbl(g, "ci_upper", v.upper());
            str(g, "ci_method", v.ciMethod());
            str(g, "flags", v.flags());
            bool(g, "suppressed", v.suppressed());
            facts.add(g);
        }
        writeTable(dir.resolve("dim_indicator"), DIM_INDICATOR, List.of(indicators));
        writeTable(dir.resolve("dim_area"), DIM_AREA, List.of(areas));
        int half = facts.size() / 2;
        writeTable(dir.resolve("fct_indicator"), FCT_INDICATOR,
                List.of(facts.subList(0, half), facts.subList(half, facts.size())));
        return dir;
    }

    /** Writes one table directory: a part file per chunk, plus Spark's _SUCCESS and hidden .crc files. */
    public static void writeTable(Path tableDir, MessageType schema, List<List<Group>> parts) {
        try {
            Files.createDirectories(tableDir);
            for (int i = 0; i < parts.size(); i++) {
                String name = String.format("part-%05d-3f0c2a9e-c000.snappy.parquet", i);
                Path file = tableDir.resolve(name);
                try (ParquetWriter<Group> w = ExampleParquetWriter.builder(new LocalOutputFile(file))
                        .withConf(new PlainParquetConfiguration())
                        .withType(schema)
                        .withCompressionCodec(CompressionCodecName.SNAPPY)
                        .build()) {
                    for (Group g : parts.get(i)) {
                        w.write(g);
                    }
                }
                Files.write(tableDir.resolve("." + name + ".crc"), new byte[] {1, 2, 3, 4});
            }
            Files.write(tableDir.resolve("_SUCCESS"), new byte[0]);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void str(Group g, String field, String v) {
        if (v != null && !v.isEmpty()) {
            g.add(field, v);
        }
    }

    private static void dbl(Group g, String field, Double v) {
        if (v != null) {
            g.add(field, v);
        }
    }

    private static void bool(Group g, String field, Boolean v) {
        if (v != null) {
            g.add(field, v);
        }
    }
}
