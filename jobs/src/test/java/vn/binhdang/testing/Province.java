package vn.binhdang.testing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import vn.binhdang.catalogue.Area;
import vn.binhdang.catalogue.Catalogue;

/**
 * A small province on both maps, for aggregation at every level: Kon Tum (62) with Kon Rẫy (614, the sample's
 * 7 communes) and a second, synthetic district (699, communes 99901 and 99902) until 30 June 2025; from 1 July
 * the nine communes are merged into three under the province (99911 from the town and two communes, 99912 from
 * the other four of Kon Rẫy, 99913 from 99901 and 99902). The synthetic codes are not official ones.
 */
public final class Province {
  private Province() {}

  public static final LocalDate LAST_DAY = LocalDate.of(2025, 6, 30);

  public static Catalogue catalogue() {
    Catalogue c = SharedSpark.catalogue();
    List<Area> areas = oldMapGoingOn(c);
    areas.add(area("699", "62", Area.Level.DISTRICT, "Huyện Thử Nghiệm", null, LAST_DAY));
    areas.add(area("99901", "699", Area.Level.COMMUNE, "Xã Thử Một", null, LAST_DAY));
    areas.add(area("99902", "699", Area.Level.COMMUNE, "Xã Thử Hai", null, LAST_DAY));
    LocalDate first = LAST_DAY.plusDays(1);
    areas.add(area("99911", "62", Area.Level.COMMUNE, "Xã Mới Một", first, null));
    areas.add(area("99912", "62", Area.Level.COMMUNE, "Xã Mới Hai", first, null));
    areas.add(area("99913", "62", Area.Level.COMMUNE, "Xã Mới Ba", first, null));
    return new Catalogue(c.objectives(), areas, c.measures(), c.indicators(), c.dqRules(), c.metadata());
  }

  /**
   * The sample's areas without its illustrative new map (Kon Tum's communes merged into Quảng Ngãi's), Kon Rẫy and
   * its communes ending on {@link #LAST_DAY} and Kon Tum going on: the fixtures hang their own new communes under it.
   */
  public static List<Area> oldMapGoingOn(Catalogue c) {
    List<Area> areas = new ArrayList<>();
    for (Area a : c.areas()) {
      if (a.validFrom() != null) continue;
      boolean old = a.code().equals("614") || "614".equals(a.parentCode());
      areas.add(new Area(a.code(), a.parentCode(), a.level(), a.nameVi(), a.nameEn(), a.aliases(), null,
          old ? LAST_DAY : null));
    }
    return areas;
  }

  private static Area area(String code, String parent, Area.Level level, String name, LocalDate from,
      LocalDate to) {
    return new Area(code, parent, level, name, name + " (synthetic)", List.of(), from, to);
  }
}
