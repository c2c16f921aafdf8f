import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;

/**
 * Runs tools/peer/peer.sql in an embedded DuckDB (the JDBC driver the project's tests use), for
 * bin/benchmark: java -cp duckdb_jdbc.jar tools/peer/DuckDbPeer.java INPUT CATALOGUE OUT YEAR.
 * A tool, not part of the product: it prints one line of row counts.
 */
public class DuckDbPeer {
  public static void main(String[] args) throws Exception {
    Path sql = Path.of(args.length > 4 ? args[4] : "tools/peer/peer.sql");
    Path out = Path.of(args[2]).toAbsolutePath();
    Files.createDirectories(out);
    String script = Files.readString(sql)
        .replace("${input}", Path.of(args[0]).toAbsolutePath().toString())
        .replace("${catalogue}", Path.of(args[1]).toAbsolutePath().toString())
        .replace("${out}", out.toString())
        .replace("${year}", String.valueOf(Integer.parseInt(args[3])));
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement st = c.createStatement()) {
      String[] statements = script.replaceAll("(?m)^--.*$", "").split(";\\s*\\n");
      for (int i = 0; i < statements.length; i++) {
        String s = statements[i].strip();
        if (s.isEmpty()) continue;
        if (i == statements.length - 1 || s.startsWith("SELECT")) {
          try (ResultSet rs = st.executeQuery(s)) {
            rs.next();
            StringBuilder line = new StringBuilder("peer:");
            for (int k = 1; k <= rs.getMetaData().getColumnCount(); k++) {
              line.append(' ').append(rs.getMetaData().getColumnName(k)).append('=').append(rs.getLong(k));
            }
            System.out.println(line);
          }
        } else {
          st.execute(s);
        }
      }
    }
  }
}
