package vn.binhdang.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import vn.binhdang.warehouse.Tables;
import vn.binhdang.warehouse.TablesDoc;

/** {@code binhdang tables}: prints the warehouse's tables and columns (the README's reference). */
@Command(name = "tables", mixinStandardHelpOptions = true,
    description = "Print the warehouse tables with their grain, owner job and documented columns (Markdown).")
final class TablesCommand implements Callable<Integer> {
  @Override
  public Integer call() {
    System.out.print(TablesDoc.markdown(Tables.ALL));
    return ExitCodes.OK;
  }
}
