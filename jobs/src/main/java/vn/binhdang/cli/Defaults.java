package vn.binhdang.cli;

import java.nio.file.Path;

/**
 * Default locations. The launcher sets {@code binhdang.home} to the project folder, so the embedded
 * sample data is found wherever the command is run from; user-given paths stay relative to the
 * current folder.
 */
public final class Defaults {
  private Defaults() {}

  public static Path home() {
    String home = System.getProperty("binhdang.home");
    return home == null ? Path.of("") : Path.of(home);
  }

  public static Path sampleInput() {
    return home().resolve("data/sample");
  }
}
