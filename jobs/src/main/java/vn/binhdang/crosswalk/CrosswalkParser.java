package vn.binhdang.crosswalk;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import vn.binhdang.catalogue.Area;
import vn.binhdang.catalogue.Catalogue;
import vn.binhdang.catalogue.RejectRule;
import vn.binhdang.ingest.CountsCsvParser;
import vn.binhdang.ingest.CsvFileParser;
import vn.binhdang.ingest.NumberText;
import vn.binhdang.warehouse.Tables;

/**
 * Reads a crosswalk file, {@code old_code,new_code,effective_date,share,basis}: which areas of the old map make
 * each area of the new one (issue 8). A line is checked on its own against the catalogue, which holds both maps:
 * both codes known, the old area ending the day before {@code effective_date} and the new one starting on it (a
 * gap or an overlap would count a year twice or not at all), a basis of {@code whole}, {@code population} or
 * {@code area}, and a share in (0, 1], exactly 1 for a whole unit (blank reads as 1 there). That an old area's
 * shares add up to 1 is a check across lines, made by {@link StageCrosswalkJob}.
 */
public final class CrosswalkParser extends CsvFileParser<CrosswalkLine> {
  private static final long serialVersionUID = 1L;

  public static final String INPUT_KIND = "crosswalk_csv";
  public static final List<String> REQUIRED = List.of("old_code", "new_code", "effective_date", "share", "basis");

  /** The staged line: the published columns, then its lineage for rejects. */
  static final StructType SCHEMA = Tables.DIM_AREA_CROSSWALK.schema()
      .add("input_kind", DataTypes.StringType, false)
      .add("source_location", DataTypes.StringType, false)
      .add("file_sha256", DataTypes.StringType, false);

  private final Map<String, List<Area>> periods = new HashMap<>();

  public CrosswalkParser(Catalogue catalogue) {
    for (Area a : catalogue.areas()) periods.computeIfAbsent(a.code(), c -> new ArrayList<>()).add(a);
  }

  @Override
  public String inputKind() {
    return INPUT_KIND;
  }

  @Override
  protected List<String> requiredColumns() {
    return REQUIRED;
  }

  @Override
  protected String expectedHeader() {
    return String.join(",", REQUIRED);
  }

  @Override
  public StructType schema() {
    return SCHEMA;
  }

  @Override
  public Row toRow(CrosswalkLine l) {
    return RowFactory.create(l.oldCode(), l.newCode(), l.newLevel(), l.oldLevel(), java.sql.Date.valueOf(l.effectiveDate()),
        l.share(), l.basis().code(), l.apportioned(), l.firstYear(), l.lastYear(), l.sourceFile(), l.lineNumber(),
        INPUT_KIND, "line " + l.lineNumber(), l.fileSha256());
  }

  @Override
  protected void row(Fields f, long line, Sink<CrosswalkLine> sink) {
    String oldCode = f.get("old_code");
    String newCode = f.get("new_code");
    String dateText = f.get("effective_date");
    LocalDate effective = CountsCsvParser.parseDate(dateText);
    if (effective == null) {
      sink.reject(line, oldCode, "effective_date", dateText, RejectRule.BAD_DATE,
          "effective_date '" + dateText + "' is not a date (yyyy-mm-dd or dd/mm/yyyy), e.g. 2025-07-01");
      return;
    }
    String basisText = f.get("basis");
    CrosswalkLine.Basis basis = basis(basisText);
    if (basis == null) {
      sink.reject(line, oldCode, "basis", basisText, RejectRule.UNKNOWN_CODE,
          "basis '" + basisText + "' is not whole, population or area");
      return;
    }
    String shareText = f.get("share");
    NumberText.Parsed share = shareText.isEmpty() && basis == CrosswalkLine.Basis.WHOLE
        ? NumberText.Parsed.of(1.0) : f.number("share", false);
    String wrongShare = !share.ok() ? "share '" + shareText + "' is not a number"
        : share.value() <= 0 || share.value() > 1 ? "share " + shareText + " is not above 0 and at most 1"
        : basis == CrosswalkLine.Basis.WHOLE && share.value() != 1.0
            ? "share " + shareText + " with basis whole: a whole unit has share 1 (or give basis population or area)"
        : null;
    if (wrongShare != null) {
      sink.reject(line, oldCode, "share", shareText, RejectRule.BAD_SHARE, wrongShare);
      return;
    }
    LocalDate lastOld = effective.minusDays(1);
    Area old = period(oldCode, lastOld);
    if (old == null || !lastOld.equals(old.validTo())) {
      reject(sink, line, oldCode, "old_code", oldCode, old,
          "must end on " + lastOld + ", the day before effective_date (valid_to in areas.csv)");
      return;
    }
    Area fresh = period(newCode, effective);
    if (fresh == null || !effective.equals(fresh.validFrom())) {
      reject(sink, line, oldCode, "new_code", newCode, fresh,
          "must start on effective_date " + effective + " (valid_from in areas.csv)");
      return;
    }
    Integer first = old.validFrom() == null ? null : old.validFrom().getYear();
    sink.stage(new CrosswalkLine(oldCode, newCode, fresh.level().name().toLowerCase(Locale.ROOT),
        old.level().name().toLowerCase(Locale.ROOT), effective,
        share.value(), basis, first, effective.getYear() - 1, sink.file(), line, sink.sha()));
  }

  /** An unknown code, or a known one whose dates do not meet the effective date. */
  private void reject(Sink<CrosswalkLine> sink, long line, String oldCode, String field, String code, Area found,
      String rule) {
    List<Area> known = periods.getOrDefault(code, List.of());
    if (known.isEmpty()) {
      sink.reject(line, oldCode, field, code, RejectRule.UNKNOWN_AREA,
          field + " '" + code + "' is not in the catalogue (areas.csv)");
      return;
    }
    String validity = found != null ? found.validity()
        : String.join(", ", known.stream().map(Area::validity).toList());
    sink.reject(line, oldCode, field, code, RejectRule.CROSSWALK_GAP,
        field + " " + code + " exists " + validity + " but " + rule);
  }

  /** The period of a code that holds a day; null when none does. */
  private Area period(String code, LocalDate day) {
    List<Area> known = periods.getOrDefault(code, List.of());
    return known.stream().filter(a -> a.validOn(day)).findFirst().orElse(null);
  }

  private static CrosswalkLine.Basis basis(String text) {
    for (CrosswalkLine.Basis b : CrosswalkLine.Basis.values()) {
      if (b.code().equals(text.strip().toLowerCase(Locale.ROOT))) return b;
    }
    return null;
  }
}
