package vn.binhdang.generate;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Stream;
import vn.binhdang.catalogue.Catalogue;
import vn.binhdang.catalogue.CatalogueLoader;
import vn.binhdang.catalogue.Measure;
import vn.binhdang.ingest.CountsCsvParser;
import vn.binhdang.ingest.FileParser;
import vn.binhdang.ingest.Reject;
import vn.binhdang.catalogue.RejectRule;
import vn.binhdang.ingest.StagedCount;

/**
 * Test helpers: read a generated folder, and validate it as the pipeline would, without Spark: the
 * row-level rules by {@link CountsCsvParser}, the cross-row rules (duplicates, F + M = T) by a plain
 * re-statement of {@code CountRules}.
 */
final class GeneratedFiles {
  private GeneratedFiles() {}

  static final Path REPO_CATALOGUE = Path.of("../data/catalogue");
  static final Path COMMITTED_SAMPLE = Path.of("../data/sample");

  static Catalogue catalogue() {
    return CatalogueLoader.fromDirectory(REPO_CATALOGUE);
  }

  /** Every file below {@code root/counts}, by path relative to {@code root} ("counts/2023/614.csv"). */
  static SortedMap<String, byte[]> read(Path root) {
    SortedMap<String, byte[]> out = new TreeMap<>();
    Path counts = root.resolve("counts");
    try (Stream<Path> walk = Files.walk(counts)) {
      for (Path p : walk.filter(Files::isRegularFile).toList()) {
        out.put(root.relativize(p).toString().replace('\\', '/'), Files.readAllBytes(p));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }

  /** A reject reduced to what the faults promise: file, line, rule. */
  record Found(String file, long line, RejectRule rule) {}

  /** What validating a folder gave. */
  record Validated(List<StagedCount> kept, List<Found> rejects) {}

  static Validated validate(Path root, Catalogue catalogue, int maxYear) {
    CountsCsvParser parser = new CountsCsvParser(catalogue, maxYear);
    List<StagedCount> staged = new ArrayList<>();
    List<Found> rejects = new ArrayList<>();
    for (Map.Entry<String, byte[]> f : read(root).entrySet()) {
      FileParser.Result<StagedCount> r = parser.parse(f.getKey(), f.getValue());
      staged.addAll(r.staged());
      for (Reject j : r.rejects()) rejects.add(new Found(j.sourceFile(), j.lineNumber(), j.rule()));
    }
    List<StagedCount> kept = duplicates(staged, rejects);
    kept = sexTotals(kept, catalogue, rejects);
    rejects.sort(Comparator.comparing(Found::file).thenComparing(Found::line));
    return new Validated(kept, rejects);
  }

  private static String key(StagedCount s) {
    return s.areaCode() + "|" + s.year() + "|" + s.period() + "|" + s.measure() + "|" + s.sex() + "|"
        + s.populationGroup();
  }

  /** As CountRules: conflicting values reject all; equal values keep the first by file and line. */
  private static List<StagedCount> duplicates(List<StagedCount> staged, List<Found> rejects) {
    Map<String, List<StagedCount>> byKey = new LinkedHashMap<>();
    for (StagedCount s : staged) byKey.computeIfAbsent(key(s), k -> new ArrayList<>()).add(s);
    List<StagedCount> kept = new ArrayList<>();
    for (List<StagedCount> same : byKey.values()) {
      same.sort(Comparator.comparing(StagedCount::sourceFile).thenComparing(StagedCount::lineNumber));
      boolean conflict = same.stream().map(StagedCount::value).distinct().count() > 1;
      for (int i = 0; i < same.size(); i++) {
        StagedCount s = same.get(i);
        if (conflict) rejects.add(new Found(s.sourceFile(), s.lineNumber(), RejectRule.DUPLICATE_CONFLICT));
        else if (i > 0) rejects.add(new Found(s.sourceFile(), s.lineNumber(), RejectRule.DUPLICATE_ROW));
        else kept.add(s);
      }
    }
    return kept;
  }

  /** As CountRules: where F, M and T are all present and T ≠ F + M, every row of the cell is rejected. */
  private static List<StagedCount> sexTotals(List<StagedCount> kept, Catalogue catalogue, List<Found> rejects) {
    Map<String, List<StagedCount>> cells = new HashMap<>();
    for (StagedCount s : kept) {
      Measure m = catalogue.measure(s.measure()).orElseThrow();
      if (!m.hasSexTotal()) continue;
      cells.computeIfAbsent(s.areaCode() + "|" + s.year() + "|" + s.period() + "|" + s.measure() + "|"
          + s.populationGroup(), k -> new ArrayList<>()).add(s);
    }
    java.util.Set<StagedCount> bad = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
    for (List<StagedCount> cell : cells.values()) {
      Double f = sum(cell, "F");
      Double m = sum(cell, "M");
      Double t = sum(cell, "T");
      if (f != null && m != null && t != null && Math.abs(f + m - t) > 1e-9) bad.addAll(cell);
    }
    List<StagedCount> out = new ArrayList<>();
    for (StagedCount s : kept) {
      if (bad.contains(s)) rejects.add(new Found(s.sourceFile(), s.lineNumber(), RejectRule.SEX_TOTAL_MISMATCH));
      else out.add(s);
    }
    return out;
  }

  private static Double sum(List<StagedCount> cell, String sex) {
    return cell.stream().filter(s -> s.sex().equals(sex)).map(StagedCount::value).reduce(Double::sum).orElse(null);
  }

  /** The rejects the planted faults promise, in the same order as {@link Validated#rejects()}. */
  static List<Found> promised(List<PlantedFault> faults) {
    List<Found> out = new ArrayList<>();
    for (PlantedFault f : faults) {
      for (long line : f.rejectedLines()) out.add(new Found(f.file(), line, f.rule()));
    }
    out.sort(Comparator.comparing(Found::file).thenComparing(Found::line));
    return out;
  }
}
