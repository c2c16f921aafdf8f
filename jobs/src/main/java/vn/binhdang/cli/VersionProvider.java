package vn.binhdang.cli;

import java.io.InputStream;
import java.util.Properties;
import picocli.CommandLine;

/** "binhdang 0.1.0-SNAPSHOT (commit abc1234)". */
final class VersionProvider implements CommandLine.IVersionProvider {
  @Override
  public String[] getVersion() throws Exception {
    Properties git = new Properties();
    try (InputStream in = getClass().getClassLoader().getResourceAsStream("binhdang-git.properties")) {
      if (in != null) git.load(in);
    }
    return new String[] {"binhdang 0.1.0 (commit " + git.getProperty("git.commit.id.abbrev", "unknown") + ")"};
  }
}
