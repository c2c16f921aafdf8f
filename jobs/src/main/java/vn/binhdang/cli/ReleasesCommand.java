package vn.binhdang.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import vn.binhdang.warehouse.ReleaseLog;
import vn.binhdang.warehouse.Warehouse;

/** {@code binhdang releases}: the warehouse's release log, oldest first, the current release marked. */
@Command(name = "releases", mixinStandardHelpOptions = true,
    description = "List the releases of the warehouse (the release log): each publish and rollback, the current one marked.")
final class ReleasesCommand implements Callable<Integer> {

  @Option(names = "--out", paramLabel = "DIR", defaultValue = "out", description = "output folder (default: ${DEFAULT-VALUE})")
  Path out;

  @Override
  public Integer call() {
    Warehouse w = new Warehouse(out.resolve("warehouse"));
    List<ReleaseLog.Entry> entries = w.log().entries();
    if (entries.isEmpty()) {
      System.out.println("No release in " + w.root() + " yet; 'binhdang run' publishes the first.");
      return ExitCodes.OK;
    }
    System.out.printf(Locale.ROOT, "%4s  %-24s %-9s %-24s %6s%n", "#", "release", "action", "committed (UTC)", "tables");
    for (ReleaseLog.Entry e : entries) {
      boolean current = e == entries.get(entries.size() - 1);
      System.out.printf(Locale.ROOT, "%4d  %-24s %-9s %-24s %6d%s%n", e.sequence(), e.release(),
          e.action().name().toLowerCase(Locale.ROOT), e.committedAt().replace('T', ' ').replaceFirst("\\.\\d+Z$", ""),
          e.snapshots().size(), current ? "  ← current" : "");
    }
    return ExitCodes.OK;
  }
}
