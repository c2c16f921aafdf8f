package vn.binhdang.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import vn.binhdang.charts.Lang;
import vn.binhdang.pipeline.ChartOutputs;
import vn.binhdang.pipeline.UserException;
import vn.binhdang.warehouse.Manifest;
import vn.binhdang.warehouse.RunLock;
import vn.binhdang.warehouse.Warehouse;

/** {@code binhdang charts}: renders the chart pack and the HTML report of an existing release, without Spark. */
@Command(name = "charts", mixinStandardHelpOptions = true,
    description = "Render the chart pack and the HTML report from a published release (no Spark, no recomputation).")
final class ChartsCommand implements Callable<Integer> {

  @Option(names = "--release", paramLabel = "ID|DIR", defaultValue = "current",
      description = "'current', a release id as 'binhdang releases' lists it, or a release folder (default: ${DEFAULT-VALUE})")
  String release;

  @Option(names = "--out", paramLabel = "DIR", defaultValue = "out", description = "output folder (default: ${DEFAULT-VALUE})")
  Path out;

  @Option(names = "--lang", paramLabel = "vi|en", defaultValue = "vi", converter = LangConverter.class,
      description = "language of the chart pack (default: ${DEFAULT-VALUE})")
  Lang lang;

  @Option(names = "--year", paramLabel = "YEAR", description = "plan year (default: the release's)")
  Integer year;

  @Option(names = "--area", paramLabel = "CODE",
      description = "render the pack of another area of the release, e.g. a district of a province's release, into"
          + " the release's outputs/areas/CODE/ (default: the area the run reported on)")
  String area;

  @Override
  public Integer call() throws Exception {
    Path dir = resolve();
    Manifest m = Manifest.fromJson(Files.readString(dir.resolve(Warehouse.MANIFEST)));
    int planYear = year != null ? year : Integer.parseInt(m.parameters().getOrDefault("year", "2023"));
    String other = area == null || area.equals(m.parameters().get("area")) ? null : area;
    Path pdf;
    try (RunLock lock = RunLock.acquire(out)) { // it writes into OUT as a run does
      pdf = ChartOutputs.renderAndInstall(dir, out, lang, planYear, other);
    } catch (vn.binhdang.charts.release.ReleaseException e) {
      if (other == null) throw e;
      throw new UserException(e.getMessage() + "; give an area with communes under it (dim_area)", e);
    }
    System.out.println("Chart pack: " + pdf.toAbsolutePath().normalize());
    System.out.println("HTML report: " + ChartOutputs.report(pdf.getParent(), lang).toAbsolutePath().normalize());
    return ExitCodes.OK;
  }

  /** A folder given as --release, or a release of a warehouse written before the release log. */
  private Path uncommitted(Warehouse w) {
    if (Files.isDirectory(w.releases().resolve(release)) && w.log().entries().isEmpty()) {
      return w.releases().resolve(release);
    }
    Path dir = Path.of(release);
    if (!Files.isDirectory(dir)) {
      throw new UserException("no release " + release + " in " + w.root() + "; 'binhdang releases' lists them");
    }
    return dir;
  }

  private Path resolve() {
    Warehouse w = new Warehouse(out.resolve("warehouse"));
    Path dir = release.equals("current")
        ? w.current().orElseThrow(() -> new UserException("no published release in " + w.root()
            + "; run 'binhdang run' first or give --release"))
        : w.release(release).orElseGet(() -> uncommitted(w));
    if (!Files.isRegularFile(dir.resolve(Warehouse.MANIFEST))) {
      throw new UserException("not a published release (no " + Warehouse.MANIFEST + "): " + dir);
    }
    return dir;
  }

}
