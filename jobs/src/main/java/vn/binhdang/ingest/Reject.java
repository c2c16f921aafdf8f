package vn.binhdang.ingest;

import java.io.Serializable;

/** One input row or cell that failed a rule (a row of the rejects table). */
public record Reject(
    String inputKind,
    String sourceFile,
    String sourceLocation,
    Long lineNumber,
    String areaCode,
    String field,
    String rawValue,
    RejectRule rule,
    String message,
    String fileSha256)
    implements Serializable {}
