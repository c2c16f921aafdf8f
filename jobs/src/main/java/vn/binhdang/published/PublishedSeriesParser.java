package vn.binhdang.published;

import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.StructType;
import vn.binhdang.catalogue.AreaMatcher;
import vn.binhdang.catalogue.Catalogue;
import vn.binhdang.catalogue.Indicator;
import vn.binhdang.catalogue.Sex;
import vn.binhdang.ingest.CsvFileParser;
import vn.binhdang.ingest.NumberText;
import vn.binhdang.catalogue.RejectRule;
import vn.binhdang.warehouse.Tables;

/**
 * Reads a published series file (DESIGN §4.4): {@code area_code,year,indicator,sex,value[,lower,upper],source},
 * values in the indicator's own unit (percent, per 1,000, boys per 100 girls). Published values are kept
 * apart from computed ones and serve as history and comparison lines (the national World Bank series).
 */
public final class PublishedSeriesParser extends CsvFileParser<PublishedValue> {
  private static final long serialVersionUID = 1L;

  public static final String INPUT_KIND = "published_csv";
  public static final List<String> REQUIRED = List.of("area_code", "year", "indicator", "sex", "value", "source");
  /** Published series reach further back than reports. */
  public static final int MIN_YEAR = 1950;


  private final Catalogue catalogue;
  private final AreaMatcher areas;
  private final int maxYear;

  public PublishedSeriesParser(Catalogue catalogue, int maxYear) {
    this.catalogue = catalogue;
    this.areas = new AreaMatcher(catalogue);
    this.maxYear = maxYear;
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
    return "area_code,year,indicator,sex,value[,lower,upper],source";
  }

  @Override
  public StructType schema() {
    return Tables.PUBLISHED_SERIES.schema();
  }

  @Override
  public Row toRow(PublishedValue v) {
    return RowFactory.create(v.areaCode(), v.year(), v.indicatorCode(), v.sex(), v.value(), v.lower(), v.upper(),
        v.source(), INPUT_KIND, v.sourceFile(), "line " + v.lineNumber(), v.lineNumber(), v.fileSha256());
  }

  @Override
  protected void row(Fields f, long line, Sink<PublishedValue> sink) {
    String areaText = f.get("area_code");
    int rowYear = year(f.get("year")); // checked below; here it picks the map the area is on
    Integer onMap = rowYear < MIN_YEAR || rowYear > maxYear ? null : rowYear;
    String area = areas.matchRow(areaText, onMap, catalogue).map(vn.binhdang.catalogue.Area::code).orElse(null);
    if (area == null) {
      sink.reject(line, null, "area_code", areaText, RejectRule.UNKNOWN_AREA, areas.whyNot(areaText, onMap));
      return;
    }
    String code = f.get("indicator");
    Indicator ind = catalogue.indicator(code).orElse(null);
    if (ind == null) {
      sink.reject(line, area, "indicator", code, RejectRule.UNKNOWN_INDICATOR,
          "indicator '" + code + "' is not in the catalogue (indicators.csv)");
      return;
    }
    String sexText = f.get("sex");
    Sex sex = Sex.parse(sexText);
    if (sex == null || !ind.sexes().contains(sex)) {
      sink.reject(line, area, "sex", sexText, RejectRule.UNKNOWN_SEX,
          "sex '" + sexText + "' is not computed for " + code + "; use one of " + ind.sexes());
      return;
    }
    String yearText = f.get("year");
    int year = rowYear;
    if (year < MIN_YEAR || year > maxYear) {
      sink.reject(line, area, "year", yearText, RejectRule.YEAR_OUT_OF_RANGE,
          "year must be a whole number from " + MIN_YEAR + " to " + maxYear + "; got '" + yearText + "'");
      return;
    }
    Double value = number(f, "value", line, area, sink, true);
    if (value == null) return;
    Double lower = number(f, "lower", line, area, sink, false);
    Double upper = number(f, "upper", line, area, sink, false);
    if ((lower == null && !f.get("lower").isEmpty()) || (upper == null && !f.get("upper").isEmpty())) return;
    if (lower != null && lower > value || upper != null && upper < value) {
      sink.reject(line, area, "lower", f.get("lower") + "–" + f.get("upper"), RejectRule.INTERVAL_INCONSISTENT,
          "the interval " + f.get("lower") + "–" + f.get("upper") + " does not contain the value " + f.get("value"));
      return;
    }
    String source = f.get("source");
    if (source.isEmpty()) {
      sink.reject(line, area, "source", "", RejectRule.MISSING_SOURCE, "a published value needs its source");
      return;
    }
    sink.stage(new PublishedValue(area, year, code, sex.name(), value, lower, upper, source, sink.file(), line,
        sink.sha()));
  }

  /** A non-negative number, or null after rejecting the line (an empty optional column is null too). */
  private static Double number(Fields f, String column, long line, String area, Sink<PublishedValue> sink,
      boolean required) {
    NumberText.Parsed p = f.number(column, false);
    if (p.blank() && !required) return null;
    if (!p.ok()) {
      sink.reject(line, area, column, f.get(column), p.blank() ? RejectRule.NOT_A_NUMBER : p.rule(),
          p.blank() ? column + " is empty" : p.message());
      return null;
    }
    return p.value();
  }
}
