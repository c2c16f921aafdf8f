package vn.binhdang.ingest;

import java.sql.Date;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;

/** Conversions from the ingest records to rows of the warehouse schemas (Tables.STG_COUNTS, REJECTS). */
public final class IngestRows {
  private IngestRows() {}

  public static Row staged(StagedCount s) {
    return RowFactory.create(s.areaCode(), s.year(), s.period(), s.measure(), s.sex(), s.populationGroup(),
        s.value(), s.submittedOn() == null ? null : Date.valueOf(s.submittedOn()), s.source(), s.inputKind(),
        s.sourceFile(), s.sourceLocation(), s.lineNumber(), s.fileSha256(), true);
  }

  public static Row reject(Reject r) {
    return RowFactory.create(r.inputKind(), r.sourceFile(), r.sourceLocation(), r.lineNumber(), r.sheet(), r.cell(),
        r.areaCode(), r.field(), r.rawValue(), r.rule().code(), r.message(), r.fileSha256());
  }
}
