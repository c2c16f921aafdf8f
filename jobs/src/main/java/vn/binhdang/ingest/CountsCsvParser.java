package vn.binhdang.ingest;

import vn.binhdang.catalogue.RejectRule;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.StructType;
import vn.binhdang.catalogue.Area;
import vn.binhdang.catalogue.AreaMatcher;
import vn.binhdang.catalogue.NearestCode;
import vn.binhdang.catalogue.Catalogue;
import vn.binhdang.catalogue.Measure;
import vn.binhdang.catalogue.PeriodType;
import vn.binhdang.catalogue.Sex;
import vn.binhdang.warehouse.Tables;

/**
 * Reads one counts file (DESIGN §4.1: {@code area_code,year,period,measure,sex,group,value
 * [,submitted_on,source]}, UTF-8) and applies the row-level rules. Every data line ends up either
 * staged or rejected with its line number, raw value, rule and message; blank lines are skipped.
 * Rules that need other rows (duplicates, F + M = T) are applied later, in Spark.
 *
 * <p>Pure and serialisable: Spark runs it once per file on the executors.
 */
public final class CountsCsvParser extends CsvFileParser<StagedCount> {
  private static final long serialVersionUID = 1L;

  public static final String INPUT_KIND = "counts_csv";
  public static final List<String> REQUIRED =
      List.of("area_code", "year", "period", "measure", "sex", "group", "value");
  public static final List<String> OPTIONAL = List.of("submitted_on", "source");
  public static final int MIN_YEAR = 2000;

  private static final DateTimeFormatter DMY = DateTimeFormatter.ofPattern("dd/MM/uuuu");

  private final Catalogue catalogue;
  private final AreaMatcher areas;
  private final int maxYear;

  /** @param maxYear the last year a row may refer to (the reporting year of the run) */
  public CountsCsvParser(Catalogue catalogue, int maxYear) {
    this.catalogue = catalogue;
    this.areas = new AreaMatcher(catalogue);
    this.maxYear = maxYear;
  }

  @Override
  public String inputKind() {
    return INPUT_KIND;
  }

  @Override
  public StructType schema() {
    return Tables.STG_COUNTS.schema();
  }

  @Override
  public Row toRow(StagedCount staged) {
    return IngestRows.staged(staged);
  }

  @Override
  protected List<String> requiredColumns() {
    return REQUIRED;
  }

  @Override
  protected String expectedHeader() {
    return String.join(",", REQUIRED) + "[,submitted_on,source]";
  }

  @Override
  protected void row(Fields f, long line, Sink<StagedCount> sink) {
    String areaText = f.get("area_code");
    int reportYear = year(f.get("year")); // validated below; first it picks the map the area is on
    Integer onMap = reportYear < MIN_YEAR || reportYear > maxYear ? null : reportYear;
    Area row = areas.matchRow(areaText, onMap, catalogue).orElse(null);
    if (row == null) {
      sink.reject(line, null, "area_code", areaText, RejectRule.UNKNOWN_AREA, areas.whyNot(areaText, onMap));
      return;
    }
    String area = row.code();
    String measureCode = f.get("measure");
    Measure m = catalogue.measure(measureCode).orElse(null);
    if (m == null) {
      sink.reject(line, area, "measure", measureCode, RejectRule.UNKNOWN_MEASURE,
          "measure '" + measureCode + "' is not in the catalogue (measures.csv)"
              + NearestCode.advice(NearestCode.of(measureCode, catalogue.measureCodes())));
      return;
    }
    Area.Level level = row.level();
    boolean ok = m.communeLevel() ? level.isReportingUnit() : level == Area.Level.DISTRICT;
    if (!ok) {
      String why = m.communeLevel()
          ? m.code() + " is reported by each commune; the district value is their sum"
          : m.code() + " is reported once, for the district";
      sink.reject(line, area, "area_code", areaText, RejectRule.WRONG_LEVEL,
          "area " + area + " (" + level.name().toLowerCase(Locale.ROOT) + ") does not report it: " + why);
      return;
    }
    String sexText = f.get("sex");
    Sex sex = Sex.parse(sexText);
    if (sex == null || !m.sexes().contains(sex)) {
      sink.reject(line, area, "sex", sexText, RejectRule.UNKNOWN_SEX,
          "sex '" + sexText + "' is not allowed for " + m.code() + "; use " + joined(m.sexes()));
      return;
    }
    String group = f.get("group");
    if (!m.populationGroups().contains(group)) {
      sink.reject(line, area, "group", group, RejectRule.UNKNOWN_GROUP,
          "group '" + group + "' is not allowed for " + m.code() + "; use " + joined(m.populationGroups()));
      return;
    }
    String period = f.get("period").toUpperCase(Locale.ROOT);
    if (PeriodType.of(period) != m.period()) {
      sink.reject(line, area, "period", f.get("period"), RejectRule.BAD_PERIOD,
          m.code() + " is reported for periods " + String.join(", ", m.period().periods())
              + "; got '" + f.get("period") + "'");
      return;
    }
    String yearText = f.get("year");
    int year = reportYear;
    if (year < MIN_YEAR || year > maxYear) {
      sink.reject(line, area, "year", yearText, RejectRule.YEAR_OUT_OF_RANGE,
          "year must be a whole number from " + MIN_YEAR + " to " + maxYear + "; got '" + yearText + "'");
      return;
    }
    String valueText = f.get("value");
    NumberText.Parsed value = f.number("value", m.valueType() == Measure.ValueType.COUNT);
    if (value.blank()) {
      sink.reject(line, area, "value", valueText, RejectRule.NOT_A_NUMBER,
          "value is empty; write 0 when there is nothing to report");
      return;
    }
    if (!value.ok()) {
      sink.reject(line, area, "value", valueText, value.rule(), value.message());
      return;
    }
    String dateText = f.get("submitted_on");
    LocalDate submitted = null;
    if (!dateText.isEmpty()) {
      submitted = parseDate(dateText);
      if (submitted == null) {
        sink.reject(line, area, "submitted_on", dateText, RejectRule.BAD_DATE,
            "submitted_on '" + dateText + "' is not a date (yyyy-mm-dd or dd/mm/yyyy)");
        return;
      }
    }
    String source = f.get("source");
    sink.stage(new StagedCount(area, year, period, m.code(), sex.name(), group, value.value(), submitted,
        source.isEmpty() ? null : source, INPUT_KIND, sink.file(), "line " + line, line, sink.sha()));
  }

  /** A date as yyyy-mm-dd or dd/mm/yyyy (as Excel writes it under Vietnamese settings); null for anything else. */
  public static LocalDate parseDate(String s) {
    try {
      return LocalDate.parse(s);
    } catch (DateTimeParseException e) {
      try {
        return LocalDate.parse(s, DMY);
      } catch (DateTimeParseException e2) {
        return null;
      }
    }
  }

  private static String joined(java.util.Collection<?> items) {
    return items.stream().map(Object::toString).sorted().reduce((a, b) -> a + ", " + b).orElse("");
  }
}
