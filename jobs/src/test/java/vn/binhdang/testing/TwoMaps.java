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
    LocalDate last = LocalDate.of(2025, 6, 30);
    java.util.List<Area> areas = new java.util.ArrayList<>();
    for (Area a : c.areas()) {
      boolean old = a.code().equals("614") || "614".equals(a.parentCode());
      areas.add(old ? new Area(a.code(), a.parentCode(), a.level(), a.nameVi(), a.nameEn(),
          a.aliases(), null, last) : a);
    }
    areas.add(new Area("23479", "62", Area.Level.COMMUNE, "Xã Đắk Rve",
        "Đắk Rve commune", java.util.List.of(), last.plusDays(1), null));
    return new Catalogue(c.objectives(), areas, c.measures(), c.indicators(), c.dqRules(),
        c.metadata());
  }
}
