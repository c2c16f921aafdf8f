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

    public static List<Map<String, String>> indicators() {
        return read("indicators.csv");
    }

    public static List<Map<String, String>> objectives() {
        return read("objectives.csv");
    }

    public static List<Map<String, String>> areas() {
        return read("areas.csv");
    }
}
