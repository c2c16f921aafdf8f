package vn.binhdang.registers;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import vn.binhdang.testing.SharedSpark;

/** Hand-made register folders for the tests, and the outputs of staging them as plain Java values. */
final class RegisterFixtures {
  private RegisterFixtures() {}

  /** Writes {@code registers/<path>} below {@code root} (lines joined with LF, a final LF). */
  static Path write(Path root, String path, String... lines) {
    Path p = root.resolve("registers").resolve(path);
    try {
      Files.createDirectories(p.getParent());
      Files.writeString(p, String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return p;
  }

  /** Stages {@code root/registers} with the real catalogue and plan year 2023. */
  static StageRegistersJob.Staged stage(Path root) {
    return StageRegistersJob.run(SharedSpark.session(), root.resolve("registers").toString(), SharedSpark.catalogue(), 2023);
  }

  /** A reject reduced to file, location, rule and field. */
  record Found(String file, String location, String rule, String field, String message) {
    @Override
    public String toString() {
      return file + " " + location + " " + rule + " " + field + ": " + message;
    }
  }

  static List<Found> rejects(StageRegistersJob.Staged s) {
    List<Found> out = new ArrayList<>();
    for (Row r : s.rejects().collectAsList()) {
      out.add(new Found(r.getAs("source_file"), r.getAs("source_location"), r.getAs("rule"), r.getAs("field"),
          r.getAs("message")));
    }
    out.sort(java.util.Comparator.comparing(Found::file).thenComparing(f -> locationOrder(f.location())));
    return out;
  }

  private static long locationOrder(String location) {
    String[] p = location.split(" ");
    return p.length == 2 ? Long.parseLong(p[1]) : -1;
  }

  /** The aggregated counts as "area|year|measure|sex|group" → value. */
  static Map<String, Double> counts(Dataset<Row> counts) {
    return counts.collectAsList().stream().collect(Collectors.toMap(
        r -> r.getAs("area_code") + "|" + r.getAs("year") + "|" + r.getAs("measure") + "|" + r.getAs("sex") + "|"
            + r.getAs("population_group"),
        r -> r.<Double>getAs("value"), (a, b) -> {
          throw new AssertionError("two counts for one key");
        }, TreeMap::new));
  }

  /** Per file: rows read, staged, rejected. */
  record Accounting(long read, long staged, long rejected) {}

  static Map<String, Accounting> accounting(StageRegistersJob.Staged s) {
    Map<String, Long> staged = new TreeMap<>();
    for (StageRegistersJob.StagedRegister t : s.registers()) {
      for (Row r : t.rows().groupBy("source_file").count().collectAsList()) staged.merge(r.getString(0), r.getLong(1), Long::sum);
    }
    Map<String, Long> rejected = new TreeMap<>();
    for (Row r : s.rejects().groupBy("source_file").count().collectAsList()) rejected.put(r.getString(0), r.getLong(1));
    Map<String, Accounting> out = new TreeMap<>();
    for (Row f : s.files().collectAsList()) {
      String name = f.getAs("source_file");
      out.put(name, new Accounting(f.getAs("rows_read"), staged.getOrDefault(name, 0L), rejected.getOrDefault(name, 0L)));
    }
    return out;
  }
}
