package vn.binhdang.charts.release;

/**
 * What the pack needs of a {@code rejects} row: which file and which rule. Raw values and messages are
 * not read: a rejected count of a sensitive measure would otherwise reach the data page.
 */
public record RejectRow(String inputKind, String sourceFile, String rule) {
}
