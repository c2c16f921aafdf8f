import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * Compares every Parquet table of two releases row for row, for bin/cluster-check:
 * java -cp duckdb_jdbc.jar tools/cluster/CompareReleases.java RELEASE_A RELEASE_B.
 *
 * <p>A table is a folder of the release holding Parquet files (its partitions read back as columns). Two
 * tables match when they have the same columns in the same order and the same multiset of rows: DuckDB's
 * EXCEPT ALL both ways, which compares doubles by value, so a difference in the last bit of a sum is a
 * mismatch. How the rows are split into files does not matter, since a cluster writes other files than
 * {@code local[*]}. Prints one line per table and exits 1 if any differs. A tool, not part of the product.
 */
public class CompareReleases {
  public static void main(String[] args) throws Exception {
    Path a = Path.of(args[0]).toRealPath();
    Path b = Path.of(args[1]).toRealPath();
    TreeSet<String> tables = new TreeSet<>(tablesOf(a));
    tables.addAll(tablesOf(b));
    int differ = 0;
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement st = c.createStatement()) {
      for (String t : tables) {
        String verdict = compare(st, a.resolve(t), b.resolve(t));
        if (!verdict.startsWith("same")) differ++;
        System.out.printf("%-24s %s%n", t, verdict);
      }
    }
    System.out.printf("%d tables compared, %d differ%n", tables.size(), differ);
    System.exit(differ == 0 ? 0 : 1);
  }

  static List<String> tablesOf(Path release) throws IOException {
    List<String> out = new ArrayList<>();
    try (Stream<Path> dirs = Files.list(release)) {
      for (Path d : dirs.filter(Files::isDirectory).sorted().toList()) {
        try (Stream<Path> files = Files.walk(d)) {
          if (files.anyMatch(f -> f.toString().endsWith(".parquet"))) out.add(d.getFileName().toString());
        }
      }
    }
    return out;
  }

  static String compare(Statement st, Path x, Path y) throws SQLException {
    if (!Files.isDirectory(x) || !Files.isDirectory(y)) return "DIFFERS: in one release only";
    String rx = read(x), ry = read(y);
    String cx = columns(st, rx), cy = columns(st, ry);
    if (!cx.equals(cy)) return "DIFFERS: columns " + cx + " against " + cy;
    long nx = scalar(st, "SELECT count(*) FROM " + rx), ny = scalar(st, "SELECT count(*) FROM " + ry);
    long onlyX = scalar(st, "SELECT count(*) FROM (SELECT * FROM " + rx + " EXCEPT ALL SELECT * FROM " + ry + ")");
    long onlyY = scalar(st, "SELECT count(*) FROM (SELECT * FROM " + ry + " EXCEPT ALL SELECT * FROM " + rx + ")");
    if (nx == ny && onlyX == 0 && onlyY == 0) return "same (" + nx + " rows)";
    return "DIFFERS: " + nx + " against " + ny + " rows, " + onlyX + " only in the first, " + onlyY
        + " only in the second";
  }

  static String read(Path table) {
    return "read_parquet('" + table.toString().replace("'", "''") + "/**/*.parquet', hive_partitioning = true,"
        + " union_by_name = true)";
  }

  static String columns(Statement st, String relation) throws SQLException {
    StringBuilder out = new StringBuilder();
    try (ResultSet rs = st.executeQuery("DESCRIBE SELECT * FROM " + relation)) {
      while (rs.next()) out.append(out.isEmpty() ? "" : ", ").append(rs.getString(1)).append(' ').append(rs.getString(2));
    }
    return "[" + out + "]";
  }

  static long scalar(Statement st, String sql) throws SQLException {
    try (ResultSet rs = st.executeQuery(sql)) {
      rs.next();
      return rs.getLong(1);
    }
  }
}
