package vn.binhdang.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code binhdang}: the command line of Bình Đẳng. */
@Command(
    name = "binhdang",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = "Bình Đẳng: gender-equality indicators of Kon Rẫy district, from the communes' reports "
        + "to a Parquet warehouse and a chart pack.",
    subcommands = {RunCommand.class, ChartsCommand.class, ReleasesCommand.class, RollbackCommand.class,
        TemplateCommand.class, TablesCommand.class,
        CommandLine.HelpCommand.class},
    footer = {"", "Run 'binhdang COMMAND --help' for a command's options.",
        "'binhdang generate' (SYNTHETIC data for tests and benchmarks) is a tool of its own module, generate/."})
public final class Main implements Runnable {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(System.out);
  }

  public static void main(String[] args) {
    launch(commandLine(), args);
  }

  /** Runs a configured command line and exits with its code; a tool's main adds its commands first. */
  public static void launch(CommandLine cl, String[] args) {
    ErrorHandler.installForAllThreads(System.err);
    try {
      System.exit(cl.execute(args));
    } catch (OutOfMemoryError e) {
      // picocli passes Errors through; say what to do instead of a stack trace
      System.err.println(outOfMemoryMessage(Runtime.getRuntime().maxMemory()));
      System.exit(ExitCodes.INTERNAL);
    }
  }

  static String outOfMemoryMessage(long maxHeapBytes) {
    long mb = maxHeapBytes / (1024 * 1024);
    return "binhdang: error: out of memory (Java heap of " + mb + " MB); give the JVM more, e.g. "
        + "BINHDANG_JAVA_OPTS=-Xmx" + Math.max(2, 2 * mb / 1024) + "g";
  }

  /** The configured command line (exit codes and error messages included), for tests too. */
  public static CommandLine commandLine() {
    CommandLine cl = new CommandLine(new Main());
    cl.setExecutionExceptionHandler(new ErrorHandler());
    cl.setParameterExceptionHandler((ex, args) -> {
      PrintWriter err = ex.getCommandLine().getErr();
      err.println("binhdang: " + ex.getMessage());
      err.println("Run '" + ex.getCommandLine().getCommandSpec().qualifiedName() + " --help' for the options.");
      return ExitCodes.USAGE;
    });
    return cl;
  }
}
