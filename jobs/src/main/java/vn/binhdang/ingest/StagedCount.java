package vn.binhdang.ingest;

import java.io.Serializable;
import java.time.LocalDate;

/** One input value that passed the row-level rules, with its lineage (a row of stg_counts). */
public record StagedCount(
    String areaCode,
    int year,
    String period,
    String measure,
    String sex,
    String populationGroup,
    double value,
    LocalDate submittedOn,
    String source,
    String inputKind,
    String sourceFile,
    String sourceLocation,
    Long lineNumber,
    String fileSha256)
    implements Serializable {}
