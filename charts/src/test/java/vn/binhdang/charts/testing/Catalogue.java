package vn.binhdang.charts.testing;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/** The real catalogue of the repository ({@code data/catalogue/*.csv}), found from the working directory. */
public final class Catalogue {

    private Catalogue() {
    }

    public static Path dir() {
        Path p = Paths.get("").toAbsolutePath();
        while (p != null) {
            Path c = p.resolve("data/catalogue");
            if (Files.isRegularFile(c.resolve("indicators.csv"))) {
                return c;
            }
            p = p.getParent();
        }
        throw new IllegalStateException("data/catalogue/indicators.csv not found above " + Paths.get("").toAbsolutePath());
    }

    public static List<Map<String, String>> read(String file) {
        try (Reader r = Files.newBufferedReader(dir().resolve(file), StandardCharsets.UTF_8)) {
            List<Map<String, String>> rows = new ArrayList<>();
            for (CSVRecord rec : CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(r)) {
                rows.add(rec.toMap());
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The indicators as {@code dim_indicator} carries them for a 2023 run: with the targets of the plan in force
     * ({@code targets.csv}, Kon Rẫy's 2023 plan) in {@code target}, {@code direction}, {@code tolerance} and
     * {@code target_sexes}.
     */
    public static List<Map<String, String>> indicators() {
        List<Map<String, String>> targets = read("targets.csv");
        List<Map<String, String>> out = new ArrayList<>();
        for (Map<String, String> r : read("indicators.csv")) {
            List<Map<String, String>> mine = targets.stream().filter(t -> t.get("plan").equals(PLAN_2023)
                    && t.get("year").equals("2023") && t.get("indicator").equals(r.get("code"))).toList();
            Map<String, String> row = new java.util.LinkedHashMap<>(r);
            row.put("target", mine.isEmpty() ? "" : mine.get(0).get("target"));
            if (!mine.isEmpty()) {
                row.put("direction", mine.get(0).get("direction"));
            }
            row.put("tolerance", mine.isEmpty() ? "" : mine.get(0).get("tolerance"));
            row.put("target_sexes", String.join("|", java.util.stream.Stream.of("F", "M", "T")
                    .filter(sex -> mine.stream().anyMatch(t -> t.get("sex").equals(sex))).toList()));
            out.add(row);
        }
        return out;
    }

    /** The plan of the sample's 2023 run. */
    public static final String PLAN_2023 = "KR-2023";

    public static List<Map<String, String>> objectives() {
        return read("objectives.csv");
    }

    public static List<Map<String, String>> areas() {
        return read("areas.csv");
    }
}
