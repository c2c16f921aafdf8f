package vn.binhdang.pipeline;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.stream.Stream;
import vn.binhdang.charts.ChartPackResult;
import vn.binhdang.charts.Lang;

/**
 * Moves a chart pack rendered in a side folder into {@code out/}: the PDF by an atomic rename, the
 * PNG folder of the language replaced as a whole. Readers never see a half-written PDF.
 */
public final class ChartOutputs {
  private ChartOutputs() {}

  /**
   * Renders the chart pack of an existing release and installs it in {@code out}: what the
   * {@code charts} command does, without Spark.
   */
  public static Path renderAndInstall(Path releaseDir, Path out, Lang lang, int year) {
    Path renderDir = out.resolve(".render-" + lang.code() + "-" + ProcessHandle.current().pid());
    try {
      ChartPackResult charts = vn.binhdang.charts.ChartPack.render(releaseDir, renderDir, lang, year);
      return install(renderDir, out, charts, lang);
    } finally {
      discard(renderDir);
    }
  }

  /** Installs the rendered files; returns the PDF's final path. */
  static Path install(Path renderDir, Path out, ChartPackResult charts, Lang lang) {
    try {
      Path pdf = out.resolve(renderDir.relativize(charts.pdf()));
      move(charts.pdf(), pdf);
      Path pngs = out.resolve("charts").resolve(lang.code());
      Path renderedPngs = renderDir.resolve("charts").resolve(lang.code());
      if (Files.isDirectory(renderedPngs)) {
        Files.createDirectories(pngs.getParent());
        Path old = out.resolve("charts").resolve("." + lang.code() + "-old");
        deleteTree(old);
        if (Files.exists(pngs)) Files.move(pngs, old);
        Files.move(renderedPngs, pngs);
        deleteTree(old);
      }
      deleteTree(renderDir);
      return pdf;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot install the chart pack in " + out + ": " + e.getMessage(), e);
    }
  }

  static void discard(Path renderDir) {
    try {
      deleteTree(renderDir);
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

  private static void deleteTree(Path dir) throws IOException {
    if (!Files.exists(dir, LinkOption.NOFOLLOW_LINKS)) return;
    try (Stream<Path> walk = Files.walk(dir)) {
      for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) Files.delete(p);
    }
  }
}
