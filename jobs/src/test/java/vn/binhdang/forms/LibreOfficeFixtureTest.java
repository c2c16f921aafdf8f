package vn.binhdang.forms;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import vn.binhdang.catalogue.Measure;
import vn.binhdang.ingest.FileParser;
import vn.binhdang.ingest.StagedCount;

/**
 * Forms filled by someone else and saved by LibreOffice (the committed fixtures, made by
 * {@link FixtureMaker}): the staged counts equal an independent count of the same file — the values
 * written out below by hand, and a plain reading of the sheets by their printed labels and headers.
 */
class LibreOfficeFixtureTest {

  /** Đắk Kôi 2023, as filled: "measure sex period group" → value. Trafficking rows are blank. */
  private static final Map<String, Double> DAK_KOI = new TreeMap<>(Map.ofEntries(
      Map.entry("employed F Y all", 1234.0), // typed as text "1.234"
      Map.entry("employed M Y all", 1302.0), Map.entry("employed T Y all", 2536.0),
      Map.entry("employed_wage F Y all", 312.0), Map.entry("employed_wage M Y all", 405.0),
      Map.entry("employed_wage T Y all", 717.0),
      Map.entry("employed_agri F Y all", 803.0), Map.entry("employed_agri M Y all", 761.0),
      Map.entry("employed_agri T Y all", 1564.0),
      Map.entry("gbv_victims F Y all", 3.0), Map.entry("gbv_victims M Y all", 0.0), Map.entry("gbv_victims T Y all", 3.0),
      Map.entry("gbv_victims_supported F Y all", 3.0), Map.entry("gbv_victims_supported M Y all", 0.0),
      Map.entry("gbv_victims_supported T Y all", 3.0),
      Map.entry("gbv_perpetrators F Y all", 0.0), Map.entry("gbv_perpetrators M Y all", 2.0),
      Map.entry("gbv_perpetrators T Y all", 2.0),
      Map.entry("gbv_perpetrators_counselled F Y all", 0.0), Map.entry("gbv_perpetrators_counselled M Y all", 1.0),
      Map.entry("gbv_perpetrators_counselled T Y all", 1.0),
      Map.entry("live_births F Y all", 41.0), Map.entry("live_births M Y all", 44.0),
      Map.entry("live_births T Y all", 85.0), // a formula, =D6+E6, with LibreOffice's saved result
      Map.entry("maternal_deaths T Y all", 0.0), Map.entry("women_15_19 T Y all", 312.0),
      Map.entry("live_births_mothers_15_19 T Y all", 19.0),
      Map.entry("schools T Y all", 6.0), Map.entry("schools_gender_curriculum T Y all", 6.0),
      Map.entry("primary_completers F Y ethnic_minority", 52.0), Map.entry("primary_completers M Y ethnic_minority", 49.0),
      Map.entry("primary_completers T Y ethnic_minority", 101.0),
      Map.entry("primary_completion_age_pop F Y ethnic_minority", 55.0),
      Map.entry("primary_completion_age_pop M Y ethnic_minority", 50.0),
      Map.entry("primary_completion_age_pop T Y ethnic_minority", 105.0),
      Map.entry("lowsec_completers F Y ethnic_minority", 38.0), Map.entry("lowsec_completers M Y ethnic_minority", 31.0),
      Map.entry("lowsec_completers T Y ethnic_minority", 69.0),
      Map.entry("lowsec_completion_age_pop F Y ethnic_minority", 44.0),
      Map.entry("lowsec_completion_age_pop M Y ethnic_minority", 41.0),
      Map.entry("lowsec_completion_age_pop T Y ethnic_minority", 85.0),
      Map.entry("ge_survey_respondents F Y all", 60.0), Map.entry("ge_survey_respondents M Y all", 60.0),
      Map.entry("ge_survey_respondents T Y all", 120.0),
      Map.entry("ge_survey_basic_knowledge F Y all", 37.0), Map.entry("ge_survey_basic_knowledge M Y all", 33.0),
      Map.entry("ge_survey_basic_knowledge T Y all", 70.0),
      Map.entry("organisations T Y all", 14.0), Map.entry("organisations_informed T Y all", 14.0),
      Map.entry("ge_news_items T Q1 all", 3.0), Map.entry("ge_news_items T Q2 all", 4.0),
      Map.entry("ge_news_items T Q3 all", 2.0), // typed as text " 2 "
      Map.entry("ge_news_items T Q4 all", 5.0)));

  /** The district's own form, 2023. */
  private static final Map<String, Double> DISTRICT = new TreeMap<>(Map.ofEntries(
      Map.entry("agencies T Y all", 35.0), Map.entry("agencies_female_key_leader T Y all", 22.0),
      Map.entry("enterprise_directors F Y all", 12.0), Map.entry("enterprise_directors M Y all", 41.0),
      Map.entry("enterprise_directors T Y all", 53.0),
      Map.entry("unpaid_care_hours_mean F Y all", 31.8), // typed as text "31,8"
      Map.entry("unpaid_care_hours_mean M Y all", 18.7),
      Map.entry("social_facilities T Y all", 2.0), Map.entry("social_facilities_gbv_active T Y all", 1.0),
      Map.entry("vocational_entrants F Y all", 140.0), Map.entry("vocational_entrants M Y all", 310.0),
      Map.entry("vocational_entrants T Y all", 450.0),
      Map.entry("ge_media_segments T M01 all", 1.0), Map.entry("ge_media_segments T M02 all", 1.0),
      Map.entry("ge_media_segments T M03 all", 0.0), Map.entry("ge_media_segments T M04 all", 2.0),
      Map.entry("ge_media_segments T M05 all", 1.0), Map.entry("ge_media_segments T M06 all", 1.0),
      Map.entry("ge_media_segments T M07 all", 1.0), Map.entry("ge_media_segments T M08 all", 0.0),
      Map.entry("ge_media_segments T M09 all", 1.0), Map.entry("ge_media_segments T M10 all", 2.0),
      Map.entry("ge_media_segments T M11 all", 1.0), Map.entry("ge_media_segments T M12 all", 1.0)));

  @Test
  void theCommuneFormSavedByLibreOfficeGivesTheHandCountedValues() throws Exception {
    byte[] xlsx = fixture(FixtureMaker.COMMUNE_FILE);
    FileParser.Result<StagedCount> r = Forms.parse(Forms.parser(), "forms/" + FixtureMaker.COMMUNE_FILE, xlsx);
    assertThat(r.rejects()).isEmpty();
    assertThat(r.rowsRead()).isEqualTo(DAK_KOI.size()).isEqualTo(53);
    assertThat(keyed(r)).containsExactlyInAnyOrderEntriesOf(DAK_KOI);
    assertThat(r.staged()).allSatisfy(s -> {
      assertThat(s.areaCode()).isEqualTo("23482");
      assertThat(s.year()).isEqualTo(2023);
      assertThat(s.submittedOn()).isEqualTo(LocalDate.of(2023, 12, 8));
      assertThat(s.source()).isEqualTo("Y Hơn – công chức Văn hóa – Xã hội");
    });
    assertThat(r.staged()).filteredOn(s -> s.measure().equals("live_births") && s.sex().equals("T"))
        .singleElement().extracting(StagedCount::sourceLocation).isEqualTo("Mục tiêu 4!F6");
  }

  @Test
  void anXlsCopyOfTheFormIsStagedCellForCellLikeItsXlsxOriginal() throws Exception {
    String xlsName = FixtureMaker.COMMUNE_FILE.replace(".xlsx", ".xls");
    FileParser.Result<StagedCount> xlsx = Forms.parse(Forms.parser(), "forms/f", fixture(FixtureMaker.COMMUNE_FILE));
    FileParser.Result<StagedCount> xls = Forms.parse(Forms.parser(), "forms/f", fixture(xlsName));
    assertThat(xls.rejects()).isEmpty();
    assertThat(xls.rowsRead()).isEqualTo(53);
    assertThat(keyed(xls)).containsExactlyInAnyOrderEntriesOf(DAK_KOI);
    java.util.function.Function<StagedCount, String> cell = s -> String.join("|", s.measure(), s.sex(), s.period(),
        s.sourceLocation(), String.valueOf(s.value()), String.valueOf(s.submittedOn()), s.source(), s.areaCode());
    assertThat(xls.staged().stream().map(cell).sorted().toList())
        .isEqualTo(xlsx.staged().stream().map(cell).sorted().toList());
  }

  @Test
  void theDistrictFormSavedByLibreOfficeGivesTheHandCountedValues() throws Exception {
    byte[] xlsx = fixture(FixtureMaker.DISTRICT_FILE);
    FileParser.Result<StagedCount> r = Forms.parse(Forms.parser(), "forms/" + FixtureMaker.DISTRICT_FILE, xlsx);
    assertThat(r.rejects()).isEmpty();
    assertThat(r.rowsRead()).isEqualTo(24);
    assertThat(keyed(r)).containsExactlyInAnyOrderEntriesOf(DISTRICT);
    assertThat(r.staged()).allSatisfy(s -> {
      assertThat(s.areaCode()).isEqualTo("614");
      assertThat(s.submittedOn()).isEqualTo(LocalDate.of(2023, 12, 12));
    });
  }

  /** A second route to the same numbers: the printed labels and headers, read with plain POI iteration. */
  @Test
  void aPlainReadingOfThePrintedSheetsAgreesWithTheParser() throws Exception {
    for (String file : new String[] {FixtureMaker.COMMUNE_FILE, FixtureMaker.DISTRICT_FILE}) {
      byte[] xlsx = fixture(file);
      Map<String, Double> plain = plainReading(xlsx);
      Map<String, Double> parsed = keyed(Forms.parse(Forms.parser(), file, xlsx));
      assertThat(plain).as(file).isNotEmpty();
      // the plain reading takes numeric cells only; every one of them must be what the parser staged
      assertThat(parsed).as(file).containsAllEntriesOf(plain);
      assertThat(parsed.size() - plain.size()).as("cells typed as text").isEqualTo(file.contains("614") ? 1 : 2);
    }
  }

  @Test
  void theFixturesReallyWereSavedByLibreOffice() throws Exception {
    for (String file : new String[] {FixtureMaker.COMMUNE_FILE, FixtureMaker.DISTRICT_FILE}) {
      try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(fixture(file)))) {
        assertThat(wb.getProperties().getExtendedProperties().getApplication()).startsWith("LibreOffice");
        // LibreOffice keeps the key sheet hidden (as "hidden": it has no "very hidden"), protection and validation
        int key = wb.getSheetIndex(FormLayout.KEY_SHEET);
        assertThat(wb.getSheetVisibility(key)).isIn(SheetVisibility.HIDDEN, SheetVisibility.VERY_HIDDEN);
        assertThat(wb.getSheetAt(1).getProtect()).isTrue();
        assertThat(wb.getSheetAt(1).getDataValidations()).isNotEmpty();
      }
    }
  }

  private static Map<String, Double> keyed(FileParser.Result<StagedCount> r) {
    Map<String, Double> out = new TreeMap<>();
    for (StagedCount s : r.staged()) {
      Double before = out.put(s.measure() + " " + s.sex() + " " + s.period() + " " + s.populationGroup(), s.value());
      assertThat(before).as("each cell once").isNull();
    }
    return out;
  }

  /**
   * Reads what is printed: on each "Mục tiêu" sheet, the header row of a section starts with "STT";
   * below it, column B names the measure (its Vietnamese name, with "(dân tộc thiểu số)" for the
   * ethnic-minority group) and each numeric cell sits under a header "Nữ", "Nam", "Tổng", "Quý I"… or
   * "Tháng 1"…
   */
  private static Map<String, Double> plainReading(byte[] xlsx) throws IOException {
    Map<String, String> measureByName = new HashMap<>();
    for (Measure m : Forms.catalogue().measures()) measureByName.put(m.nameVi(), m.code());
    Map<String, String> sexByHeader = Map.of("Nữ", "F", "Nam", "M", "Tổng", "T");
    Map<String, Double> out = new TreeMap<>();
    try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
      for (Sheet sh : wb) {
        if (!sh.getSheetName().startsWith("Mục tiêu")) continue;
        Map<Integer, String> header = new HashMap<>();
        for (Row row : sh) {
          Cell a = row.getCell(0);
          if (a != null && a.getCellType() == CellType.STRING && a.getStringCellValue().equals("STT")) {
            header.clear();
            for (Cell h : row) if (h.getCellType() == CellType.STRING) header.put(h.getColumnIndex(), h.getStringCellValue());
            continue;
          }
          Cell b = row.getCell(1);
          if (b == null || b.getCellType() != CellType.STRING) continue;
          String label = b.getStringCellValue();
          String group = "all";
          if (label.endsWith(" (dân tộc thiểu số)")) {
            group = "ethnic_minority";
            label = label.substring(0, label.length() - " (dân tộc thiểu số)".length());
          }
          String measure = measureByName.get(label);
          if (measure == null) continue;
          for (Cell c : row) {
            String h = header.get(c.getColumnIndex());
            boolean numeric = c.getCellType() == CellType.NUMERIC
                || c.getCellType() == CellType.FORMULA && c.getCachedFormulaResultType() == CellType.NUMERIC;
            if (h == null || !numeric) continue;
            String sex;
            String period;
            if (sexByHeader.containsKey(h)) {
              sex = sexByHeader.get(h);
              period = "Y";
            } else if (h.startsWith("Quý ")) {
              sex = "T";
              period = "Q" + (java.util.List.of("I", "II", "III", "IV").indexOf(h.substring(4)) + 1);
            } else if (h.startsWith("Tháng ")) {
              sex = "T";
              period = String.format("M%02d", Integer.parseInt(h.substring(6)));
            } else {
              continue;
            }
            out.put(measure + " " + sex + " " + period + " " + group, c.getNumericCellValue());
          }
        }
      }
    }
    return out;
  }

  private static byte[] fixture(String name) throws IOException {
    try (InputStream in = LibreOfficeFixtureTest.class.getResourceAsStream("/forms/" + name)) {
      assertThat(in).as(name).isNotNull();
      return in.readAllBytes();
    }
  }
}
