package vn.binhdang.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import vn.binhdang.catalogue.Area.Level;

/** The areas as one tree with validity: both maps of 2025 in one file, and each broken tree named by its row. */
class AreaTreeTest {
  private static final LocalDate MERGER = LocalDate.of(2025, 7, 1);
  private static final LocalDate LAST_OLD_DAY = MERGER.minusDays(1);

  /** Nation → province → district → communes until 30 June 2025; nation → province → merged communes after. */
  static List<Area> bothMaps() {
    return new ArrayList<>(List.of(
        area("VN", null, Level.NATIONAL, null, null),
        area("51", "VN", Level.PROVINCE, null, null),
        area("614", "51", Level.DISTRICT, null, LAST_OLD_DAY),
        area("23479", "614", Level.TOWN, null, LAST_OLD_DAY),
        area("23482", "614", Level.COMMUNE, null, LAST_OLD_DAY),
        area("23485", "614", Level.COMMUNE, null, LAST_OLD_DAY),
        area("23479", "51", Level.COMMUNE, MERGER, null), // the town's code kept by the merged commune
        area("23485", "51", Level.COMMUNE, MERGER, null)));
  }

  @Test
  void bothMapsFormOneTreeAndEachAreaIsOnTheMapOfItsYears() {
    List<Area> areas = bothMaps();
    AreaTree.check(areas, lines(areas), "areas.csv");
    assertThat(areas.get(2).onMapOf(2024)).isTrue();
    assertThat(areas.get(2).onMapOf(2025)).as("a 2025 report is compiled on 31 December, after the merger").isFalse();
    assertThat(areas.get(6).onMapOf(2025)).isTrue();
    assertThat(areas.get(6).onMapOf(2024)).isFalse();
    assertThat(areas.get(3).validOn(LAST_OLD_DAY)).isTrue();
    assertThat(areas.get(3).validOn(MERGER)).isFalse();
  }

  @Test
  void aCodeNamesOneAreaAtATime() {
    List<Area> areas = bothMaps();
    areas.set(6, area("23479", "51", Level.COMMUNE, LAST_OLD_DAY, null)); // starts on the old town's last day
    assertThatThrownBy(() -> AreaTree.check(areas, lines(areas), "areas.csv"))
        .isInstanceOf(CatalogueException.class)
        .hasMessage("areas.csv line 8: area 23479 is also on line 5 over the same dates; one code names one area"
            + " at a time: end the first with valid_to and start the second after it with valid_from");
  }

  @Test
  void theTreeHasOneRoot() {
    List<Area> areas = bothMaps();
    areas.add(area("LA", null, Level.NATIONAL, null, null));
    assertThatThrownBy(() -> AreaTree.check(areas, lines(areas), "areas.csv"))
        .hasMessageStartingWith("areas.csv line 10: area LA has no parent_code, like VN on line 2;");
    List<Area> rootless = bothMaps();
    rootless.set(0, area("VN", "51", Level.NATIONAL, null, null));
    assertThatThrownBy(() -> AreaTree.check(rootless, lines(rootless), "areas.csv"))
        .hasMessage("areas.csv: every area has a parent_code; the top area (the country) has none");
  }

  @Test
  void aParentExistsOverItsChildsWholePeriod() {
    List<Area> areas = bothMaps();
    areas.add(area("23488", "614", Level.COMMUNE, null, null)); // outlives its district
    assertThatThrownBy(() -> AreaTree.check(areas, lines(areas), "areas.csv"))
        .hasMessage("areas.csv line 10: area 23488 exists from the start on but its parent 614 exists from the start"
            + " to 2025-06-30; a parent must exist over its child's whole period: correct valid_from or valid_to");
  }

  @Test
  void aParentIsALevelAboveItsChild() {
    List<Area> areas = bothMaps();
    areas.add(area("23488", "23482", Level.COMMUNE, null, LAST_OLD_DAY));
    assertThatThrownBy(() -> AreaTree.check(areas, lines(areas), "areas.csv"))
        .hasMessage("areas.csv line 10: area 23488 (commune) has parent 23482 (commune); a parent's level must be"
            + " above its child's");
  }

  @Test
  void anUnknownParentIsNamed() {
    List<Area> areas = bothMaps();
    areas.add(area("23488", "615", Level.COMMUNE, null, null));
    assertThatThrownBy(() -> AreaTree.check(areas, lines(areas), "areas.csv"))
        .hasMessageStartingWith("areas.csv line 10: area 23488 has parent_code 615, which is not in the file");
  }

  @Test
  void aParentCanBeCoveredByTwoRowsOfItsCode() {
    Area child = area("c", "p", Level.COMMUNE, LocalDate.of(2020, 1, 1), LocalDate.of(2026, 1, 1));
    Area first = area("p", "VN", Level.PROVINCE, null, LocalDate.of(2022, 12, 31));
    Area second = area("p", "VN", Level.PROVINCE, LocalDate.of(2023, 1, 1), null);
    Area late = area("p", "VN", Level.PROVINCE, LocalDate.of(2023, 1, 2), null);
    assertThat(AreaTree.covered(child, List.of(second, first))).isTrue();
    assertThat(AreaTree.covered(child, List.of(first, late))).as("a one-day gap").isFalse();
    assertThat(AreaTree.covered(child, List.of(first))).isFalse();
    assertThat(AreaTree.covered(area("c", "p", Level.COMMUNE, null, null), List.of(second))).isFalse();
  }

  @Test
  void theScopeIsTheLowestAreaHoldingEveryReportingUnit() {
    List<Area> konRay = bothMaps().subList(0, 6);
    assertThat(AreaTree.scope(konRay).code()).isEqualTo("614");
    assertThat(AreaTree.scope(bothMaps()).code()).as("communes of both maps: the province").isEqualTo("51");
    assertThatThrownBy(() -> AreaTree.scope(bothMaps().subList(0, 3))).isInstanceOf(CatalogueException.class)
        .hasMessageContaining("no commune, ward or town");
  }

  private static Area area(String code, String parent, Level level, LocalDate from, LocalDate to) {
    return new Area(code, parent, level, code, code, List.of(), from, to);
  }

  private static List<Long> lines(List<Area> areas) {
    return LongStream.rangeClosed(2, areas.size() + 1).boxed().toList();
  }
}
