package vn.binhdang.catalogue;

import java.time.LocalDate;
import java.util.List;

/**
 * An administrative area over the time it exists: the country, a province, a district (before 1 July 2025),
 * a commune, ward or town. Both maps live in one catalogue: an area abolished by a merger keeps its row with
 * {@code validTo}, the merged one starts with {@code validFrom}. {@link AreaTree} checks that they form one
 * tree at every date.
 *
 * @param code official statistical code ("614", "23479"), "VN" for the country
 * @param parentCode code of the enclosing area, null for the country
 * @param validFrom first day the area exists, null when it existed before every date the data hold
 * @param validTo last day the area exists, null while it still exists
 */
public record Area(String code, String parentCode, Level level, String nameVi, String nameEn, List<String> aliases,
    LocalDate validFrom, LocalDate validTo) implements java.io.Serializable {

  /** Administrative level. Towns (thị trấn) and wards (phường) report like communes. */
  public enum Level {
    NATIONAL, PROVINCE, DISTRICT, TOWN, WARD, COMMUNE;

    public boolean isReportingUnit() {
      return this == TOWN || this == WARD || this == COMMUNE;
    }
  }

  public Area {
    aliases = List.copyOf(aliases);
    if (validFrom != null && validTo != null && validTo.isBefore(validFrom)) {
      throw new IllegalArgumentException("area " + code + " ends (" + validTo + ") before it starts (" + validFrom + ")");
    }
  }

  /** An area that has always existed and still does. */
  public Area(String code, String parentCode, Level level, String nameVi, String nameEn, List<String> aliases) {
    this(code, parentCode, level, nameVi, nameEn, aliases, null, null);
  }

  /** Whether the area exists on that day. */
  public boolean validOn(LocalDate day) {
    return (validFrom == null || !day.isBefore(validFrom)) && (validTo == null || !day.isAfter(validTo));
  }

  /**
   * Whether the area is on the map of a report year: it exists on 31 December, the day the year's reports
   * are compiled, so a 2025 report is on the map after the 1 July 2025 merger.
   */
  public boolean onMapOf(int year) {
    return validOn(LocalDate.of(year, 12, 31));
  }

  /** Whether the area exists on at least one day of the year. */
  public boolean existsIn(int year) {
    return (validFrom == null || validFrom.getYear() <= year) && (validTo == null || validTo.getYear() >= year);
  }

  /** "from 2025-07-01", "to 2025-06-30", "from 2015-01-01 to 2025-06-30", or "always". */
  public String validity() {
    if (validFrom == null && validTo == null) return "always";
    return ((validFrom == null ? "" : "from " + validFrom) + (validTo == null ? "" : " to " + validTo)).strip();
  }

  /** Whether the periods of two areas share a day. */
  public boolean overlaps(Area other) {
    return (validFrom == null || other.validTo == null || !other.validTo.isBefore(validFrom))
        && (validTo == null || other.validFrom == null || !validTo.isBefore(other.validFrom));
  }
}
