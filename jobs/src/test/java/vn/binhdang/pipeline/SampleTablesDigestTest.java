package vn.binhdang.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.junit.jupiter.api.Test;
import vn.binhdang.testing.SampleRun;
import vn.binhdang.testing.SharedSpark;
import vn.binhdang.warehouse.TableSpec;
import vn.binhdang.warehouse.Tables;

/**
 * The outputs stay what they were while the engine changes under them (issue 9): every table of the
 * sample's release, read by DuckDB and digested row by row (all columns, doubles to 12 significant
 * digits, rows sorted), must equal the digest committed in {@code sample-tables.digest}. Values,
 * intervals, flags and every reject with its file and line are in it. A change that is meant to change
 * an output updates the file in the same commit, so the diff shows which tables moved:
 * {@code BINHDANG_UPDATE_DIGESTS=1 mvn -pl jobs test -Dtest=SampleTablesDigestTest}.
 */
class SampleTablesDigestTest {
  private static final Path DIGESTS = SharedSpark.repoRoot().resolve("jobs/src/test/resources/sample-tables.digest");

  @Test
  void everyTableOfTheSampleReleaseIsTheOneCommitted() throws Exception {
    Map<String, String> now = digests(SampleRun.outcome().release());
    String lines = now.entrySet().stream().map(e -> e.getKey() + " " + e.getValue())
        .collect(Collectors.joining("\n", "", "\n"));
    if (System.getenv("BINHDANG_UPDATE_DIGESTS") != null) Files.writeString(DIGESTS, lines);
    Map<String, String> committed = new LinkedHashMap<>();
    for (String l : Files.readAllLines(DIGESTS)) {
      if (!l.isBlank()) committed.put(l.substring(0, l.indexOf(' ')), l.substring(l.indexOf(' ') + 1));
    }
    assertThat(now).as("the sample's tables; if the change is meant, commit this as " + DIGESTS + ":\n" + lines)
        .containsExactlyEntriesOf(committed);
  }

  /** Per table, in release order: "rows md5" of its sorted rows. */
  static Map<String, String> digests(Path release) throws SQLException, IOException {
    Map<String, String> out = new LinkedHashMap<>();
    try (Connection db = DriverManager.getConnection("jdbc:duckdb:"); Statement st = db.createStatement()) {
      for (TableSpec t : Tables.ALL) {
        List<String> cells = new ArrayList<>();
        for (StructField f : t.schema().fields()) {
          String c = "\"" + f.name() + "\"";
          cells.add(f.dataType().equals(DataTypes.DoubleType)
              ? "coalesce(format('{:.12g}', " + c + "), '-')"
              : "coalesce(cast(" + c + " as varchar), '-')");
        }
        String scan = "read_parquet('" + release.resolve(t.name()) + "/**/*.parquet', hive_partitioning = true)";
        String sql = "select count(*), coalesce(md5(string_agg(line, chr(10) order by line)), '-') from (select "
            + String.join(" || '|' || ", cells) + " as line from " + scan + ")";
        try (ResultSet rs = st.executeQuery(sql)) {
          rs.next();
          out.put(t.name(), rs.getLong(1) + " " + rs.getString(2));
        }
      }
    }
    return out;
  }
}
