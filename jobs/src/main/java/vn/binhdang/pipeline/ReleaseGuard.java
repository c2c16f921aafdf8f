package vn.binhdang.pipeline;

import static org.apache.spark.sql.functions.col;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import vn.binhdang.catalogue.Area;
import vn.binhdang.catalogue.Catalogue;
import vn.binhdang.warehouse.Manifest;
import vn.binhdang.warehouse.ParquetFooters;

/**
 * Refuses a run that would replace a good release with (almost) nothing: a plan year the input has no
 * data for ({@code --year 1800} rejects every row as "after the plan year"; {@code --year 2999} has
 * nothing of its own), and a run that stages far fewer rows than the release it would replace (a wrong
 * or half-copied input folder). Both are mistakes far more often than intentions; the second can be
 * asked for with {@code --allow-shrink}.
 */
public final class ReleaseGuard {
  /** A run staging less than this share of the current release's rows is refused unless asked for. */
  static final double SHRINK_LIMIT = 0.5;

  private ReleaseGuard() {}

  /** Rows staged per year, read from the partition folders of {@code stg_counts} (Parquet footers only). */
  static SortedMap<Integer, Long> stagedByYear(Path stgCounts) {
    SortedMap<Integer, Long> years = new TreeMap<>();
    if (!Files.isDirectory(stgCounts)) return years;
    try (Stream<Path> list = Files.list(stgCounts)) {
      for (Path p : list.filter(Files::isDirectory).toList()) {
        String name = p.getFileName().toString();
        if (!name.matches("year=\\d+")) continue;
        long rows = ParquetFooters.rowCount(p);
        if (rows > 0) years.put(Integer.parseInt(name.substring(5)), rows);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + stgCounts, e);
    }
    return years;
  }

  /** Fails with one line when nothing was staged for the plan year itself. */
  static void requireDataForYear(int year, SortedMap<Integer, Long> stagedByYear, Path input) {
    if (stagedByYear.containsKey(year)) return;
    if (stagedByYear.isEmpty()) {
      throw new UserException("no row of " + input + " was staged for " + year + " or earlier (rows after the plan"
          + " year are out of range); give --year a year the reports cover. Nothing was published.");
    }
    throw new UserException("the input has no data for " + year + " (its reports cover " + stagedByYear.firstKey()
        + "–" + stagedByYear.lastKey() + "); give --year one of those years. Nothing was published.");
  }

  /**
   * Fails with one line when this run stages less than {@link #SHRINK_LIMIT} of the rows of the
   * release it would replace, unless {@code allowed}.
   */
  static void requireNotShrinking(long stagedRows, Optional<Manifest> current, boolean allowed) {
    if (allowed || current.isEmpty()) return;
    long before = current.get().inputs().stream().mapToLong(Manifest.Input::rowsStaged).sum();
    if (stagedRows >= SHRINK_LIMIT * before) return;
    throw new UserException(String.format("this run stages %,d rows, the current release %s %,d: check --input"
        + " (a wrong or half-copied folder?), or pass --allow-shrink to publish it anyway. Nothing was published.",
        stagedRows, current.get().runId(), before));
  }

  /**
   * {@code run --strict}: fails when a report of the plan year is missing or incomplete (a commune's
   * file refused whole, values rejected, a quarter not sent), naming each one; without it such a run
   * publishes and every district value resting on fewer communes is marked.
   *
   * @param completeness {@code mart_completeness}; one row per area, year and form, so the rows of one
   *     year are bounded by the number of areas
   */
  static void requireCompleteReports(Dataset<Row> completeness, Catalogue catalogue, int year) {
    List<Row> gaps = completeness.where(col("year").equalTo(year).and(col("complete").equalTo(0)))
        .select("area_code", "status", "values_expected", "values_staged").orderBy("area_code").collectAsList();
    if (gaps.isEmpty()) return;
    List<String> named = new ArrayList<>();
    for (Row g : gaps) {
      String area = catalogue.area(g.getString(0)).map(Area::nameVi).orElse(g.getString(0));
      named.add(area + (g.getString(1).equals("missing") ? " (missing)"
          : " (" + g.getInt(3) + " of " + g.getInt(2) + " values staged)"));
    }
    throw new UserException("--strict: " + gaps.size() + " report" + (gaps.size() == 1 ? "" : "s") + " of " + year
        + " missing or incomplete: " + String.join(", ", named) + "; see the rejects report, or run without --strict"
        + " to publish with them marked. Nothing was published.");
  }

  /** The manifest of the release {@code current} points to, if there is one that can be read. */
  static Optional<Manifest> currentManifest(Optional<Path> currentRelease) {
    return currentRelease.map(dir -> dir.resolve(vn.binhdang.warehouse.Warehouse.MANIFEST)).filter(Files::isRegularFile)
        .flatMap(f -> {
          try {
            return Optional.of(Manifest.fromJson(Files.readString(f)));
          } catch (IOException | RuntimeException e) {
            return Optional.empty(); // an unreadable manifest is no reason to refuse a new release
          }
        });
  }
}
