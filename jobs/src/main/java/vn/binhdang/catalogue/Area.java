package vn.binhdang.catalogue;

import java.util.List;

/**
 * An administrative area: the country, the province, the district or one of its communes.
 *
 * @param code official statistical code ("614", "23479"), "VN" for the country
 * @param parentCode code of the enclosing area, null for the country
 */
public record Area(String code, String parentCode, Level level, String nameVi, String nameEn, List<String> aliases) implements java.io.Serializable {

  /** Administrative level. Towns (thị trấn) report like communes. */
  public enum Level {
    NATIONAL, PROVINCE, DISTRICT, TOWN, COMMUNE;

    public boolean isReportingUnit() {
      return this == TOWN || this == COMMUNE;
    }
  }

  public Area {
    aliases = List.copyOf(aliases);
  }
}
