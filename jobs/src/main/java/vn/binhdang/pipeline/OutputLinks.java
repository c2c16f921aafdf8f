package vn.binhdang.pipeline;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.stream.Stream;
import vn.binhdang.warehouse.Warehouse;

/**
 * What people open ({@code out/chart-pack-*.pdf}, {@code out/report/}, {@code out/charts/},
 * {@code out/rejects/}) lives inside each release, in {@code releases/<run-id>/outputs/}, and the names
 * in {@code out/} are symbolic links through {@code warehouse/current}. So the one atomic switch of
 * {@code current} changes the tables, the pack, the report and the rejects together: a run killed while
 * publishing leaves all of them old or all of them new, never a new PDF beside an old report.
 */
public final class OutputLinks {
  /** The folder of a release that holds its rendered outputs. */
  public static final String FOLDER = vn.binhdang.charts.html.Downloads.OUTPUTS;

  private OutputLinks() {}

  /** The outputs folder of a release (being staged or published). */
  public static Path of(Path releaseDir) {
    return releaseDir.resolve(FOLDER);
  }

  /**
   * Shows the release's {@code exports/} inside its outputs ({@code outputs/exports -> ../exports}), so that the
   * HTML report's relative links reach the exports both in the release and through {@code out/exports}.
   */
  public static void linkExports(Path releaseDir) {
    Path at = of(releaseDir).resolve(vn.binhdang.charts.html.Downloads.EXPORTS);
    try {
      Files.createDirectories(at.getParent());
      if (!Files.exists(at, LinkOption.NOFOLLOW_LINKS)) {
        Files.createSymbolicLink(at, Path.of("..", vn.binhdang.charts.html.Downloads.EXPORTS));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot link the exports into " + at.getParent() + ": " + e.getMessage(), e);
    }
  }

  /**
   * Makes {@code out/<name>} a link to {@code warehouse/current/outputs/<name>} for each output of the
   * current release, replaces what an older layout left there (real files and folders of earlier runs),
   * and removes links whose target the current release does not have (a pack of another plan year).
   */
  public static void refresh(Path outDir, Warehouse warehouse) {
    Path out = outDir.toAbsolutePath().normalize(); // the warehouse's root is absolute
    Path outputs = warehouse.currentLink().resolve(FOLDER);
    try {
      List<Path> names;
      try (Stream<Path> list = Files.exists(outputs) ? Files.list(outputs) : Stream.empty()) {
        names = list.map(Path::getFileName).toList();
      }
      for (Path name : names) link(out.resolve(name), out.relativize(outputs.resolve(name)));
      removeDangling(out, out.relativize(outputs));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot link the outputs of the current release in " + out + ": "
          + e.getMessage(), e);
    }
  }

  private static void link(Path at, Path target) throws IOException {
    if (Files.isSymbolicLink(at) && Files.readSymbolicLink(at).equals(target)) return;
    Path tmp = at.resolveSibling(".link-" + at.getFileName());
    Files.deleteIfExists(tmp);
    Files.createSymbolicLink(tmp, target);
    if (Files.isDirectory(at, LinkOption.NOFOLLOW_LINKS)) { // a folder of the layout before outputs/ links
      Path old = at.resolveSibling(".old-" + at.getFileName());
      Warehouse.deleteTree(old);
      Files.move(at, old);
      Files.move(tmp, at);
      Warehouse.deleteTree(old);
      return;
    }
    try {
      Files.move(tmp, at, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(tmp, at, StandardCopyOption.REPLACE_EXISTING);
    }
  }

  private static void removeDangling(Path out, Path prefix) throws IOException {
    try (Stream<Path> list = Files.list(out)) {
      for (Path p : list.filter(Files::isSymbolicLink).toList()) {
        if (Files.readSymbolicLink(p).startsWith(prefix) && !Files.exists(p)) Files.delete(p);
      }
    }
  }
}
