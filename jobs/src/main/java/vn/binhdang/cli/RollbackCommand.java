package vn.binhdang.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import vn.binhdang.pipeline.OutputLinks;
import vn.binhdang.warehouse.ReleaseLog;
import vn.binhdang.warehouse.RunLock;
import vn.binhdang.warehouse.Warehouse;

/**
 * {@code binhdang rollback ID}: makes an earlier release current again, with its tables, pack and
 * report; a new entry in the release log, so the release it replaces stays listed and readable.
 */
@Command(name = "rollback", mixinStandardHelpOptions = true,
    description = "Make an earlier release current again (its tables, chart pack and report). Nothing is deleted:"
        + " the log gets a new entry and 'rollback' to the newer id undoes it.")
final class RollbackCommand implements Callable<Integer> {

  @Parameters(paramLabel = "ID", description = "a release id, as 'binhdang releases' lists it")
  String release;

  @Option(names = "--out", paramLabel = "DIR", defaultValue = "out", description = "output folder (default: ${DEFAULT-VALUE})")
  Path out;

  @Override
  public Integer call() {
    Warehouse w = new Warehouse(out.resolve("warehouse"));
    ReleaseLog.Entry entry;
    try (RunLock lock = RunLock.acquire(out)) { // a run must not publish in between
      entry = w.rollback(release);
      OutputLinks.refresh(out, w);
    }
    System.out.println("Release " + entry.release() + " is current again (log entry " + entry.sequence() + ", "
        + entry.snapshots().size() + " tables).");
    return ExitCodes.OK;
  }
}
