package vn.binhdang.published;

import java.io.Serializable;

/** One value of a published series with its lineage (a row of published_series). */
public record PublishedValue(
    String areaCode,
    int year,
    String indicatorCode,
    String sex,
    double value,
    Double lower,
    Double upper,
    String source,
    String sourceFile,
    long lineNumber,
    String fileSha256)
    implements Serializable {}
