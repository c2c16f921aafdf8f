package vn.binhdang.pipeline;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import vn.binhdang.charts.pack.ChartPackResult;
import vn.binhdang.charts.Lang;
import vn.binhdang.charts.html.HtmlReport;
import vn.binhdang.warehouse.Warehouse;

/**
 * Re-renders the chart pack of an existing release (another language, a later code version) into the
 * release's own {@code outputs/} folder: the PDF and the summary workbook by an atomic rename, the PNG folder and the HTML report
 * folder of the language each replaced as a whole. When the release is the current one, {@code out/}'s
 * links show it at once (see {@link OutputLinks}).
 */
public final class ChartOutputs {
  private ChartOutputs() {}

  /**
   * Renders the chart pack of an existing release and installs it beside the release's tables: what the
   * {@code charts} command does, without Spark. Returns the PDF as people open it: through
   * {@code out/} for the current release, else inside the release.
   */
  public static Path renderAndInstall(Path releaseDir, Path out, Lang lang, int year) {
    return renderAndInstall(releaseDir, out, lang, year, null);
  }

  /** The folder of a release's outputs that holds the packs of its other areas, one folder per code. */
  public static final String AREAS = "areas";

  /**
   * Same, for another area of the release than the one it reports on ({@code charts --area CODE}): installed in
   * {@code outputs/areas/<code>/}, so the release's own pack stays as it is. Returns the PDF in the release.
   *
   * @param area null for the release's own area
   */
  public static Path renderAndInstall(Path releaseDir, Path out, Lang lang, int year, String area) {
    Path renderDir = out.resolve(".render-" + lang.code() + "-" + ProcessHandle.current().pid());
    try (java.util.stream.Stream<Path> left = java.nio.file.Files.list(out)) {
      // render folders of killed `charts` runs: the caller holds the RunLock, so none is in use
      for (Path p : left.filter(p -> p.getFileName().toString().startsWith(".render-")).toList()) discard(p);
    } catch (java.io.IOException e) {
      // a leftover folder is harmless: readers never look there
    }
    try {
      if (area != null) {
        ChartPackResult charts = vn.binhdang.charts.pack.ChartPack.render(releaseDir, renderDir, lang, year, area);
        return install(renderDir, OutputLinks.of(releaseDir).resolve(AREAS).resolve(area), charts, lang);
      }
      ChartPackResult charts = vn.binhdang.charts.pack.ChartPack.render(releaseDir, renderDir, lang, year);
      Path outputs = OutputLinks.of(releaseDir);
      Path pdf = install(renderDir, outputs, charts, lang);
      Warehouse warehouse = new Warehouse(out.resolve("warehouse"));
      if (!isCurrent(releaseDir, warehouse)) return pdf;
      OutputLinks.refresh(out, warehouse);
      return out.resolve(outputs.relativize(pdf));
    } finally {
      discard(renderDir);
    }
  }

  private static boolean isCurrent(Path releaseDir, Warehouse warehouse) {
    try {
      return warehouse.current().isPresent() && warehouse.current().get().equals(releaseDir.toRealPath());
    } catch (IOException e) {
      return false;
    }
  }

  /** Installs the rendered files into {@code outputs}; returns the PDF's final path. */
  private static Path install(Path renderDir, Path outputs, ChartPackResult charts, Lang lang) {
    try {
      Path pdf = outputs.resolve(renderDir.relativize(charts.pdf()));
      move(charts.pdf(), pdf);
      move(charts.summary(), outputs.resolve(renderDir.relativize(charts.summary())));
      replaceDir(renderDir.resolve("charts").resolve(lang.code()), outputs.resolve("charts").resolve(lang.code()));
      replaceDir(HtmlReport.dir(renderDir, lang), HtmlReport.dir(outputs, lang));
      Warehouse.deleteTree(renderDir);
      return pdf;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot install the chart pack in " + outputs + ": " + e.getMessage(), e);
    }
  }

  /** The summary page of the installed HTML report. */
  public static Path report(Path out, Lang lang) {
    return HtmlReport.dir(out, lang).resolve("index.html");
  }

  /** Puts a rendered folder in place of {@code target}, the old one removed once the new one is there. */
  private static void replaceDir(Path rendered, Path target) throws IOException {
    if (!Files.isDirectory(rendered)) return;
    Files.createDirectories(target.getParent());
    Path old = target.resolveSibling("." + target.getFileName() + "-old");
    Warehouse.deleteTree(old);
    if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)) Files.move(target, old);
    Files.move(rendered, target);
    Warehouse.deleteTree(old);
  }

  private static void discard(Path renderDir) {
    try {
      Warehouse.deleteTree(renderDir);
    } catch (IOException e) {
      // a leftover render folder is harmless and replaced by the next run
    }
  }

  private static void move(Path from, Path to) throws IOException {
    Files.createDirectories(to.getParent());
    try {
      Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
    }
  }
}
