package vn.binhdang.ingest;

import vn.binhdang.catalogue.RejectRule;

import java.io.Serializable;

/**
 * One input row or cell that failed a rule (a row of the rejects table).
 *
 * @param sourceLocation "line 12", "Mục tiêu 2!C7" or "file"
 * @param lineNumber the line of a CSV file, else null
 * @param sheet, cell the sheet and cell of a workbook, else null
 */
public record Reject(
    String inputKind,
    String sourceFile,
    String sourceLocation,
    Long lineNumber,
    String sheet,
    String cell,
    String areaCode,
    String field,
    String rawValue,
    RejectRule rule,
    String message,
    String fileSha256)
    implements Serializable {

  /** A rejected line of a text file. */
  public static Reject atLine(String kind, String file, long line, String area, String field, String raw,
      RejectRule rule, String message, String sha) {
    return new Reject(kind, file, "line " + line, line, null, null, area, field, raw, rule, message, sha);
  }

  /** A rejected cell of a workbook. */
  public static Reject atCell(String kind, String file, String sheet, String cell, String area, String field,
      String raw, RejectRule rule, String message, String sha) {
    return new Reject(kind, file, sheet + "!" + cell, null, sheet, cell, area, field, raw, rule, message, sha);
  }

  /** A file that could not be read at all. */
  public static Reject ofFile(String kind, String file, RejectRule rule, String message, String sha) {
    return new Reject(kind, file, "file", null, null, null, null, null, null, rule, message, sha);
  }
}
