package vn.binhdang.generate.cli;

import picocli.CommandLine;
import vn.binhdang.cli.Main;

/**
 * {@code binhdang generate}: the product's command line with the generator added. The launcher starts this class
 * only for {@code generate}, so the product's own command line knows nothing of its test-data tool.
 */
public final class GenerateMain {
  private GenerateMain() {}

  public static void main(String[] args) {
    CommandLine cl = Main.commandLine();
    cl.addSubcommand(new GenerateCommand());
    Main.launch(cl, args);
  }
}
