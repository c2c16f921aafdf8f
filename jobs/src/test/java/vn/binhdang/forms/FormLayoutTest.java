package vn.binhdang.forms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.binhdang.catalogue.Catalogue;
import vn.binhdang.catalogue.CatalogueLoader;
import vn.binhdang.catalogue.Indicator;
import vn.binhdang.catalogue.Measure;
import vn.binhdang.catalogue.MeasureRef;
import vn.binhdang.catalogue.PeriodType;
import vn.binhdang.catalogue.Sex;

/** The layout is derived from the catalogue: sheets, rows, columns and groups. */
class FormLayoutTest {
  private final Catalogue catalogue = Forms.catalogue();

  @Test
  void communeFormHasOneSheetPerObjectiveWithCommuneMeasures() {
    FormLayout l = Forms.layout(Forms.DAK_KOI);
    assertThat(l.kind()).isEqualTo(FormLayout.Kind.COMMUNE);
    // objective 1 reads only agencies, a district measure: no sheet
    assertThat(l.sheets()).extracting(FormLayout.FormSheet::name)
        .containsExactly("Mục tiêu 2", "Mục tiêu 3", "Mục tiêu 4", "Mục tiêu 5", "Mục tiêu 6");
    assertThat(l.parentNames()).isEqualTo("Huyện Kon Rẫy, Tỉnh Kon Tum");
  }

  @Test
  void everyCommuneMeasureAnIndicatorReadsIsOnTheFormExactlyOnceForEachAllowedSex() {
    FormLayout l = Forms.layout(Forms.DAK_KOI);
    Set<String> expected = new LinkedHashSet<>();
    for (Indicator i : catalogue.indicators()) {
      for (MeasureRef ref : i.measures()) {
        Measure m = catalogue.measure(ref.measure()).orElseThrow();
        if (!m.communeLevel()) continue;
        for (Sex s : m.sexes()) {
          for (String p : m.period().periods()) expected.add(m.code() + " " + s + " " + p + " " + i.populationGroup());
        }
      }
    }
    List<String> actual = l.cells().stream()
        .map(c -> c.field().measure() + " " + c.field().sex() + " " + c.field().period() + " " + c.field().group())
        .toList();
    assertThat(actual).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(expected);
  }

  @Test
  void rowsFollowTheCatalogueOrderWithinASheet() {
    List<String> order = catalogue.measures().stream().map(Measure::code).toList();
    for (FormLayout.FormSheet s : Forms.layout(Forms.DAK_KOI).sheets()) {
      for (FormLayout.Section sec : s.sections()) {
        List<Integer> positions = sec.rows().stream().map(r -> order.indexOf(r.measure().code())).toList();
        assertThat(positions).isSorted();
      }
      List<Integer> numbers = s.sections().stream().flatMap(x -> x.rows().stream()).map(FormLayout.FormRow::number).toList();
      assertThat(numbers).as("STT 1..n on each sheet").isEqualTo(java.util.stream.IntStream.rangeClosed(1, numbers.size()).boxed().toList());
    }
    FormLayout.FormSheet health = Forms.layout(Forms.DAK_KOI).sheets().get(2);
    assertThat(health.sections().get(0).rows()).extracting(r -> r.measure().code())
        .containsExactly("live_births", "maternal_deaths", "women_15_19", "live_births_mothers_15_19");
  }

  @Test
  void completionMeasuresCarryTheEthnicMinorityGroupOfTheirIndicator() {
    FormLayout.FormSheet edu = sheet(Forms.layout(Forms.DAK_KOI), 5);
    Map<String, String> groups = edu.sections().get(0).rows().stream()
        .collect(Collectors.toMap(r -> r.measure().code(), FormLayout.FormRow::group));
    assertThat(groups).containsEntry("primary_completers", "ethnic_minority")
        .containsEntry("lowsec_completion_age_pop", "ethnic_minority").containsEntry("schools", "all");
    assertThat(edu.sections().get(0).rows().get(2).label())
        .isEqualTo("Học sinh hoàn thành tiểu học (dân tộc thiểu số)");
  }

  @Test
  void columnsAreTheSexesOfYearlyMeasuresAndTheQuartersOfNewsItems() {
    FormLayout.FormSheet media = sheet(Forms.layout(Forms.DAK_KOI), 6);
    assertThat(media.sections()).hasSize(2);
    FormLayout.Section yearly = media.sections().get(0);
    assertThat(yearly.periodType()).isEqualTo(PeriodType.Y);
    assertThat(yearly.columns()).extracting(FormLayout.Column::label).containsExactly("Nữ", "Nam", "Tổng");
    // organisations is T only: one input cell, under "Tổng" (F)
    FormLayout.FormRow orgs = yearly.rows().stream().filter(r -> r.measure().code().equals("organisations")).findFirst().orElseThrow();
    assertThat(orgs.cells()).singleElement().extracting(FormLayout.InputCell::ref).isEqualTo("F" + (orgs.row() + 1));
    FormLayout.Section quarters = media.sections().get(1);
    assertThat(quarters.periodType()).isEqualTo(PeriodType.Q);
    assertThat(quarters.headerRow()).isEqualTo(yearly.rows().get(yearly.rows().size() - 1).row() + 2);
    assertThat(quarters.columns()).extracting(FormLayout.Column::label).containsExactly("Quý I", "Quý II", "Quý III", "Quý IV");
    assertThat(quarters.rows()).singleElement().satisfies(r -> assertThat(r.cells())
        .extracting(c -> c.field().period() + "@" + c.ref())
        .containsExactly("Q1@D" + (r.row() + 1), "Q2@E" + (r.row() + 1), "Q3@F" + (r.row() + 1), "Q4@G" + (r.row() + 1)));
    assertThat(media.notesColumn()).isEqualTo(7);
  }

  @Test
  void communeFormsHaveNoMonthlyOrDistrictMeasures() {
    for (var a : catalogue.communes()) {
      FormLayout l = FormLayout.of(catalogue, a.code(), 2023);
      assertThat(l.cells()).allSatisfy(c -> {
        Measure m = catalogue.measure(c.field().measure()).orElseThrow();
        assertThat(m.communeLevel()).isTrue();
        assertThat(m.period()).isNotEqualTo(PeriodType.M);
      });
      assertThat(l.cells()).hasSize(Forms.layout(Forms.DAK_KOI).cells().size());
    }
  }

  @Test
  void districtFormAsksForTheDistrictMeasures() {
    FormLayout l = Forms.layout(Forms.DISTRICT);
    assertThat(l.kind()).isEqualTo(FormLayout.Kind.DISTRICT);
    assertThat(l.parentNames()).isEqualTo("Tỉnh Kon Tum");
    assertThat(l.sheets()).extracting(FormLayout.FormSheet::name)
        .containsExactly("Mục tiêu 1", "Mục tiêu 2", "Mục tiêu 3", "Mục tiêu 5", "Mục tiêu 6");
    assertThat(l.cells()).extracting(c -> c.field().measure()).allSatisfy(m ->
        assertThat(catalogue.measure(m).orElseThrow().communeLevel()).isFalse());
    FormLayout.FormSheet family = sheet(l, 3);
    FormLayout.FormRow care = family.sections().get(0).rows().get(0);
    assertThat(care.measure().code()).isEqualTo("unpaid_care_hours_mean");
    assertThat(care.cells()).extracting(c -> c.field().sex()).containsExactly(Sex.F, Sex.M);
    FormLayout.Section months = sheet(l, 6).sections().get(0);
    assertThat(months.periodType()).isEqualTo(PeriodType.M);
    assertThat(months.columns()).hasSize(12).first().extracting(FormLayout.Column::label).isEqualTo("Tháng 1");
    assertThat(months.rows()).singleElement().satisfies(r -> assertThat(r.cells()).hasSize(12));
  }

  /**
   * A catalogue with one more commune measure (quarterly, by sex) and an indicator of objective 4 that
   * reads it: the form gets a section for it, and the parser reads it, with no code change. The rows are
   * appended to copies of the catalogue files by column name, as a statistician would add them.
   */
  @Test
  void theLayoutFollowsTheCatalogueData(@TempDir Path dir) throws Exception {
    Path source = vn.binhdang.testing.SharedSpark.repoRoot().resolve("data/catalogue");
    for (String f : CatalogueLoader.FILES) Files.copy(source.resolve(f), dir.resolve(f));
    append(dir.resolve("measures.csv"), Map.of("code", "antenatal_visits", "name_vi", "Số lượt khám thai",
        "name_en", "Antenatal visits", "value_type", "count", "sexes", "F|M|T", "population_groups", "all",
        "period", "Q", "level", "commune", "sensitive", "false"));
    append(dir.resolve("indicators.csv"), Map.ofEntries(Map.entry("code", "HLT_TEST"), Map.entry("objective", "4"),
        Map.entry("name_vi", "Thử"), Map.entry("name_en", "Test"), Map.entry("kind", "proportion"),
        Map.entry("numerator", "antenatal_visits"), Map.entry("denominator", "live_births"),
        Map.entry("multiplier", "100"), Map.entry("unit_vi", "%"), Map.entry("unit_en", "%"),
        Map.entry("target_sexes", "T"), Map.entry("sexes", "F|M|T"), Map.entry("population_group", "all"),
        Map.entry("sensitive", "false")));
    Catalogue changed = CatalogueLoader.fromDirectory(dir).inForce(2023); // a 2023 run's: Kon Rẫy on that map
    FormLayout l = FormLayout.of(changed, Forms.DAK_KOI, 2023);
    FormLayout.FormSheet health = sheet(l, 4);
    assertThat(health.sections()).hasSize(2);
    FormLayout.Section q = health.sections().get(1);
    assertThat(q.columns()).hasSize(12).first().extracting(FormLayout.Column::label).isEqualTo("Quý I – Nữ");
    assertThat(q.rows()).singleElement().satisfies(r -> assertThat(r.label()).isEqualTo("Số lượt khám thai"));
    byte[] xlsx = TemplateWriter.write(l);
    var wb = Forms.open(xlsx);
    FormLayout.InputCell c = q.rows().get(0).cells().get(3); // Q1 F, Q1 M, Q1 T, then Q2 F
    Forms.cell(wb.getSheet(health.name()), c.row(), c.column()).setCellValue(7);
    var r = Forms.parse(new FormParser(changed, 2023), "forms/x.xlsx", Forms.bytes(wb));
    assertThat(r.staged()).singleElement().satisfies(s -> {
      assertThat(s.measure()).isEqualTo("antenatal_visits");
      assertThat(s.period()).isEqualTo("Q2");
      assertThat(s.sex()).isEqualTo("F");
      assertThat(s.value()).isEqualTo(7.0);
    });
  }

  /** Appends a row to a catalogue CSV, by column name; columns not given are left empty. */
  private static void append(Path csv, Map<String, String> values) throws Exception {
    String header = Files.readAllLines(csv, StandardCharsets.UTF_8).get(0);
    String row = java.util.Arrays.stream(header.split(",")).map(h -> values.getOrDefault(h.strip(), ""))
        .collect(Collectors.joining(","));
    String text = Files.readString(csv, StandardCharsets.UTF_8);
    Files.writeString(csv, (text.endsWith("\n") ? text : text + "\n") + row + "\n", StandardCharsets.UTF_8);
  }

  @Test
  void fileNamesAreAsciiSlugs() {
    assertThat(Forms.layout(Forms.DAK_KOI).fileName()).isEqualTo("bieu-mau-2023-23482-dak-koi.xlsx");
    assertThat(Forms.layout("23479").fileName()).isEqualTo("bieu-mau-2023-23479-dak-rve.xlsx");
    assertThat(Forms.layout("23494").fileName()).isEqualTo("bieu-mau-2023-23494-dak-to-re.xlsx");
    assertThat(Forms.layout(Forms.DISTRICT).fileName()).isEqualTo("bieu-mau-2023-614-kon-ray.xlsx");
  }

  @Test
  void onlyTheDistrictAndItsCommunesHaveForms() {
    assertThatThrownBy(() -> FormLayout.of(catalogue, "62", 2023)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("has no report form");
    assertThatThrownBy(() -> FormLayout.of(catalogue, "99999", 2023)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("not in the catalogue");
  }

  private static FormLayout.FormSheet sheet(FormLayout l, int objective) {
    return l.sheets().stream().filter(s -> s.objective().number() == objective).findFirst().orElseThrow();
  }
}
