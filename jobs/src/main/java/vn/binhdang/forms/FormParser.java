package vn.binhdang.forms;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.FormulaEvaluator;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.ss.usermodel.Workbook;
import vn.binhdang.catalogue.Area;
import vn.binhdang.catalogue.AreaMatcher;
import vn.binhdang.catalogue.Catalogue;
import vn.binhdang.catalogue.Measure;
import vn.binhdang.catalogue.PeriodType;
import vn.binhdang.catalogue.Sex;
import org.apache.spark.sql.types.StructType;
import vn.binhdang.ingest.FileParser;
import vn.binhdang.ingest.IngestRows;
import vn.binhdang.ingest.Reject;
import vn.binhdang.catalogue.RejectRule;
import vn.binhdang.ingest.StagedCount;
import vn.binhdang.warehouse.Tables;

/**
 * Reads one filled report form (.xlsx, made by {@code binhdang template}) into staged counts and
 * rejects. It finds the form's key ({@link FormKey}) and reads every cell the key maps, so sheet names,
 * labels, inserted rows and anything typed outside the mapped cells (extra rows, notes, comments) do
 * not matter and are not read.
 *
 * <p><b>Rows read</b> for a form: the mapped input cells that are not blank (a blank cell means "not
 * reported": no row, not counted; 0 is a reported zero), plus one for each mapped cell the reporter
 * deleted (its key reference is {@code #REF!}), plus one for a submission date that is filled but
 * unusable; a file that cannot be used at all (not a workbook, encrypted, hostile, no key) is one row
 * read and one file reject. Each of them is either staged or rejected, so staged + rejected = read.
 *
 * <p><b>The form's identity</b> comes from the key: its area and year. When the key's area is not in
 * the catalogue ({@code unknown_area}), when the area code or name shown on the cover is another area's
 * ({@code form_wrong_area}), or when the year shown on the cover or the key's year is not the run's
 * ({@code form_wrong_year}), every non-blank cell is rejected with that rule. Otherwise each cell is
 * checked like a CSV row (measure, level, sex, group, period, then the value: see {@link CellReader}
 * and {@link vn.binhdang.ingest.NumberText}). The submission date ("Ngày nộp") becomes {@code submitted_on} of every row
 * (null when blank or unusable; an unusable date is rejected as {@code bad_date} but the values are
 * kept); "Người lập biểu" becomes {@code source}.
 *
 * <p>Lineage: {@code source_location} is "sheet!cell" with the sheet's current name, {@code line_number}
 * is null. Never throws: any failure is a reject. Pure and serialisable: Spark runs it once per file.
 */
public final class FormParser implements FileParser<StagedCount> {
  private static final long serialVersionUID = 1L;

  public static final String INPUT_KIND = "form_xlsx";

  private final Catalogue catalogue;
  private final AreaMatcher areas;
  private final int year;

  /**
   * @param catalogue the catalogue the cells are checked against
   * @param year the run's year (the plan year under review): forms of another year are rejected
   */
  public FormParser(Catalogue catalogue, int year) {
    this.catalogue = catalogue;
    this.areas = new AreaMatcher(catalogue);
    this.year = year;
  }

  @Override
  public String inputKind() {
    return INPUT_KIND;
  }

  @Override
  public String glob() {
    return "*.{[xX][lL][sS][xX],[xX][lL][sS]}"; // .xlsx and Excel 97–2003 .xls, in any case (FORM.XLSX)
  }

  @Override
  public StructType schema() {
    return Tables.STG_COUNTS.schema();
  }

  @Override
  public org.apache.spark.sql.Row toRow(StagedCount staged) {
    return IngestRows.staged(staged);
  }

  @Override
  public Result<StagedCount> parse(String fileName, byte[] content) {
    byte[] bytes = content == null ? new byte[0] : content;
    String sha = FileParser.sha256(bytes);
    Sink sink = new Sink(fileName, sha);
    Workbook wb = null;
    try {
      wb = WorkbookOpener.open(bytes);
      FormKey key = FormKey.read(wb);
      read(wb, key, sink);
      return sink.result();
    } catch (WorkbookOpener.Refused e) {
      return sink.fileOnly(e.rule, e.getMessage());
    } catch (FormKey.KeyException e) {
      return sink.fileOnly(RejectRule.FORM_NOT_RECOGNISED, e.getMessage());
    } catch (RuntimeException | StackOverflowError e) {
      return sink.fileOnly(RejectRule.FILE_UNREADABLE, "the workbook could not be read ("
          + CellReader.oneLine(e) + "); open it in Excel or LibreOffice, save it again and resend it");
    } finally {
      try {
        WorkbookOpener.close(wb);
      } catch (RuntimeException ignored) {
        // the workbook is read-only in memory; nothing to release
      }
    }
  }

  /** Reads every mapped cell of a workbook whose key was found. */
  private void read(Workbook wb, FormKey key, Sink sink) {
    FormulaEvaluator evaluator = wb.getCreationHelper().createFormulaEvaluator();
    int formYear = parseYear(key.yearText());
    Integer onMap = formYear > 0 && formYear <= year ? formYear : null; // the map of the form's year
    Area area = areas.matchRow(key.areaCode(), onMap, catalogue).orElse(null);
    Identity identity = identity(wb, key, area, onMap);
    sink.area = area == null ? null : area.code();
    sink.level = area == null ? null : area.level();

    LocalDate submitted = null;
    FormKey.Target dateTarget = key.header().get(FormKey.SUBMITTED_ON_CELL);
    if (!dateTarget.missing()) {
      Cell dateCell = cell(wb, dateTarget);
      CellReader.DateReading d = CellReader.date(dateCell, formYear > 0 ? formYear : year);
      if (d.date() != null) {
        submitted = d.date();
      } else if (!d.blank()) {
        sink.read++;
        sink.reject(dateTarget, "submitted_on", d.raw(), RejectRule.BAD_DATE,
            "Ngày nộp (submission date): " + d.message() + "; the values are kept without a date");
      }
    }
    String source = null;
    FormKey.Target byTarget = key.header().get(FormKey.PREPARED_BY_CELL);
    if (!byTarget.missing()) {
      String by = CellReader.text(cell(wb, byTarget));
      source = by.isEmpty() ? null : by;
    }

    for (FormKey.Mapping m : key.mappings()) {
      if (m.target().missing()) {
        sink.read++;
        sink.rejects.add(Reject.atCell(INPUT_KIND, sink.file, key.keySheet(), m.target().keyCell(), sink.area,
            "value", m.target().formula() == null ? null : "=" + m.target().formula(), RejectRule.FORM_CELL_MISSING,
            m.describe() + ": the cell for this value was deleted from the form (its row or sheet is gone); "
                + "use a new form and do not delete rows or sheets", sink.sha));
        continue;
      }
      try {
        cell(wb, m, identity, submitted, source, evaluator, sink);
      } catch (RuntimeException e) {
        sink.read++;
        sink.reject(m.target(), "value", null, RejectRule.FILE_UNREADABLE,
            m.describe() + ": the cell could not be read (" + CellReader.oneLine(e) + ")");
      }
    }
  }

  private void cell(Workbook wb, FormKey.Mapping m, Identity identity, LocalDate submitted, String source,
      FormulaEvaluator evaluator, Sink sink) {
    Cell c = cell(wb, m.target());
    Measure measure = catalogue.measure(m.measure()).orElse(null);
    boolean whole = measure == null || measure.valueType() == Measure.ValueType.COUNT;
    CellReader.Reading r = CellReader.number(c, whole, evaluator);
    if (r.blank()) return;
    sink.read++;
    FormKey.Target at = m.target();
    String what = m.describe() + ": ";
    if (identity != null) {
      sink.reject(at, "value", r.raw(), identity.rule(), what + identity.message());
      return;
    }
    if (measure == null) {
      sink.reject(at, "value", r.raw(), RejectRule.UNKNOWN_MEASURE,
          what + "measure '" + m.measure() + "' is not in the catalogue (measures.csv); use a form made by this version");
      return;
    }
    Area.Level level = sink.level;
    if (measure.communeLevel() ? !level.isReportingUnit() : level != Area.Level.DISTRICT) {
      sink.reject(at, "value", r.raw(), RejectRule.WRONG_LEVEL, what + "area " + sink.area + " does not report "
          + measure.code() + (measure.communeLevel() ? " (each commune reports it)" : " (the district reports it)"));
      return;
    }
    Sex sex = m.sex();
    if (sex == null || !measure.sexes().contains(sex)) {
      sink.reject(at, "value", r.raw(), RejectRule.UNKNOWN_SEX, what + "sex '" + m.sexText() + "' is not allowed for "
          + measure.code());
      return;
    }
    if (!measure.populationGroups().contains(m.group())) {
      sink.reject(at, "value", r.raw(), RejectRule.UNKNOWN_GROUP, what + "group '" + m.group()
          + "' is not allowed for " + measure.code());
      return;
    }
    if (PeriodType.of(m.period()) != measure.period()) {
      sink.reject(at, "value", r.raw(), RejectRule.BAD_PERIOD, what + measure.code() + " is reported for periods "
          + String.join(", ", measure.period().periods()) + "; the form says '" + m.period() + "'");
      return;
    }
    if (!r.ok()) {
      sink.reject(at, "value", r.raw(), r.rule(), what + r.message());
      return;
    }
    sink.staged.add(new StagedCount(sink.area, year, m.period(), measure.code(), sex.name(), m.group(), r.value(),
        submitted, source, INPUT_KIND, sink.file, at.sheet() + "!" + at.cellRef(), null, sink.sha));
  }

  // ---- identity --------------------------------------------------------------------------------

  /** Why every cell of the form is rejected, or null when the form is this run's and its area's. */
  private record Identity(RejectRule rule, String message) {}

  private Identity identity(Workbook wb, FormKey key, Area area, Integer onMap) {
    if (area == null) {
      String notThen = onMap == null ? null : areas.notInYear(key.areaCode(), onMap);
      return new Identity(RejectRule.UNKNOWN_AREA, notThen != null ? "the form is for " + notThen
          : "the form is for area '" + key.areaCode() + "', which is not in the catalogue (areas.csv)");
    }
    FormKey.Target codeAt = key.header().get(FormKey.AREA_CODE_CELL);
    FormKey.Target nameAt = key.header().get(FormKey.AREA_NAME_CELL);
    String shownCode = codeAt.missing() ? "" : CellReader.text(cell(wb, codeAt));
    String shownName = nameAt.missing() ? "" : CellReader.text(cell(wb, nameAt));
    String byCode = areas.matchRow(shownCode, onMap, catalogue).map(Area::code).orElse(null);
    String byName = areas.matchRow(shownName, onMap, catalogue).map(Area::code).orElse(null);
    if (!area.code().equals(byCode) || !area.code().equals(byName)) {
      return new Identity(RejectRule.FORM_WRONG_AREA, "the form was made for " + area.code() + " (" + area.nameVi()
          + ") but its cover names '" + shownCode + "' / '" + shownName + "'; fill in the form made for your own "
          + "commune (bieu-mau-YEAR-CODE-…xlsx) instead of editing another commune's");
    }
    int keyYear = parseYear(key.yearText());
    FormKey.Target yearAt = key.header().get(FormKey.YEAR_CELL);
    String shownYear = yearAt.missing() ? "" : CellReader.text(cell(wb, yearAt));
    if (keyYear < 0) {
      return new Identity(RejectRule.FORM_WRONG_YEAR, "the form's key has no valid year ('" + key.yearText()
          + "'); use a new form");
    }
    if (!shownYear.equals(Integer.toString(keyYear))) {
      return new Identity(RejectRule.FORM_WRONG_YEAR, "the form was made for " + keyYear + " but its cover says '"
          + shownYear + "'; use the form made for " + year);
    }
    if (keyYear != year) {
      return new Identity(RejectRule.FORM_WRONG_YEAR, "form is for " + keyYear + ", run is for " + year
          + "; send the " + year + " form (bieu-mau-" + year + "-…xlsx)");
    }
    return null;
  }

  private static int parseYear(String text) {
    return text != null && text.matches("\\d{4}") ? Integer.parseInt(text) : -1;
  }

  // ---- cells -----------------------------------------------------------------------------------

  private static Cell cell(Workbook wb, FormKey.Target t) {
    Sheet s = wb.getSheet(t.sheet());
    CellReference ref = t.ref();
    Row row = s == null ? null : s.getRow(ref.getRow());
    return row == null ? null : row.getCell(ref.getCol());
  }


  /** Collects what one file gives. */
  private static final class Sink {
    final String file;
    final String sha;
    String area;
    Area.Level level;
    long read;
    final List<StagedCount> staged = new ArrayList<>();
    final List<Reject> rejects = new ArrayList<>();

    Sink(String file, String sha) {
      this.file = file;
      this.sha = sha;
    }

    void reject(FormKey.Target at, String field, String raw, RejectRule rule, String message) {
      rejects.add(Reject.atCell(INPUT_KIND, file, at.sheet(), at.cellRef(), area, field, raw, rule, message, sha));
    }

    Result<StagedCount> fileOnly(RejectRule rule, String message) {
      return new Result<>(file, sha, 1, List.of(), List.of(Reject.ofFile(INPUT_KIND, file, rule, message, sha)));
    }

    Result<StagedCount> result() {
      return new Result<>(file, sha, read, List.copyOf(staged), List.copyOf(rejects));
    }
  }

  @Override
  public String toString() {
    return "FormParser[year=" + year + "]";
  }
}
