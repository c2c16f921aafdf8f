package vn.binhdang.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class AreaAncestryTest {
  private static final LocalDate LAST = LocalDate.of(2025, 6, 30);
  private static final LocalDate FIRST = LAST.plusDays(1);

  private static Area area(String code, String parent, Area.Level level, LocalDate from, LocalDate to) {
    return new Area(code, parent, level, code, code, List.of(), from, to);
  }

  private final List<Area> areas = List.of(
      area("VN", null, Area.Level.NATIONAL, null, null),
      area("62", "VN", Area.Level.PROVINCE, null, null),
      area("614", "62", Area.Level.DISTRICT, null, LAST),
      area("23479", "614", Area.Level.TOWN, null, LAST),
      // the code is given again to the merged commune, now directly under the province
      area("23479", "62", Area.Level.COMMUNE, FIRST, null),
      area("23482", "614", Area.Level.COMMUNE, null, LAST));

  @Test
  void eachPeriodOfACodeHasItsOwnAncestors() {
    assertThat(AreaAncestry.of(areas, "62")).filteredOn(l -> l.code().equals("23479"))
        .extracting(AreaAncestry.Link::ancestorCode, AreaAncestry.Link::fromYear, AreaAncestry.Link::toYear,
            AreaAncestry.Link::depth, AreaAncestry.Link::owner)
        .containsExactly(
            tuple("23479", AreaAncestry.FIRST_YEAR, 2025, 0, "commune"),
            tuple("614", AreaAncestry.FIRST_YEAR, 2024, 1, "commune"),
            tuple("62", AreaAncestry.FIRST_YEAR, 2024, 2, "commune"),
            tuple("23479", 2025, AreaAncestry.LAST_YEAR, 0, "commune"),
            tuple("62", 2025, AreaAncestry.LAST_YEAR, 1, "commune"));
  }

  @Test
  void linksStopAtTheScopeAndLeaveOutAreasAboveIt() {
    List<AreaAncestry.Link> links = AreaAncestry.of(areas, "614");
    assertThat(links).extracting(AreaAncestry.Link::ancestorCode).containsOnly("614", "23479", "23482");
    assertThat(links).filteredOn(l -> l.code().equals("614")).extracting(AreaAncestry.Link::depth,
        AreaAncestry.Link::owner).containsExactly(tuple(0, "district"));
  }

  @Test
  void anAreaEndingOn31DecemberIsOnThatYearsMap() {
    List<Area> yearEnd = List.of(area("62", null, Area.Level.PROVINCE, null, null),
        area("1", "62", Area.Level.COMMUNE, LocalDate.of(2020, 3, 1), LocalDate.of(2022, 12, 31)),
        area("2", "62", Area.Level.COMMUNE, LocalDate.of(2021, 2, 1), LocalDate.of(2021, 5, 31)));
    List<AreaAncestry.Link> links = AreaAncestry.of(yearEnd, "62");
    assertThat(links).filteredOn(l -> l.code().equals("1") && l.depth() == 1)
        .extracting(AreaAncestry.Link::fromYear, AreaAncestry.Link::toYear).containsExactly(tuple(2020, 2022));
    // never on a year-end map: its own figures, summed into no year
    assertThat(links).filteredOn(l -> l.code().equals("2")).extracting(AreaAncestry.Link::depth)
        .containsExactly(0);
  }
}
