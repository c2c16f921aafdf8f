package vn.binhdang.testing;

import java.time.LocalDate;
import vn.binhdang.catalogue.Area;
import vn.binhdang.catalogue.Catalogue;

/** The sample's catalogue with both maps of the 1 July 2025 reform, for the parsers' year-aware matching. */
public final class TwoMaps {
  private TwoMaps() {}

  /** Kon Rẫy until 30 June 2025; from 1 July a merged commune under the province keeps the town's code 23479. */
  public static Catalogue catalogue() {
    Catalogue c = SharedSpark.catalogue();
    LocalDate last = Province.LAST_DAY;
    java.util.List<Area> areas = Province.oldMapGoingOn(c);
    areas.add(new Area("23479", "62", Area.Level.COMMUNE, "Xã Đắk Rve",
        "Đắk Rve commune", java.util.List.of(), last.plusDays(1), null));
    return new Catalogue(c.objectives(), areas, c.measures(), c.indicators(), c.dqRules(),
        c.metadata());
  }
}
