package vn.binhdang.generate;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * One counts file: a reporting unit's report for one year, as rows in the order they are written.
 *
 * @param file the path below the output folder, e.g. {@code counts/2023/23482.csv}
 */
record Report(String file, String unitCode, int year, List<ReportRow> rows) {

  /** The file's content: the header and one line per row, UTF-8, LF line ends, no BOM. */
  byte[] content() {
    StringBuilder sb = new StringBuilder(64 + rows.size() * 80);
    sb.append(ReportRow.HEADER).append('\n');
    for (ReportRow r : rows) r.appendTo(sb);
    return sb.toString().getBytes(StandardCharsets.UTF_8);
  }

  /** The file line of a row (the header is line 1), found by identity so repeated rows are told apart. */
  long lineOf(ReportRow row) {
    for (int i = 0; i < rows.size(); i++) {
      if (rows.get(i) == row) return i + 2L;
    }
    throw new IllegalStateException("row not in " + file + ": " + row);
  }
}
