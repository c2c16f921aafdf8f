package vn.binhdang.crosswalk;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * One checked line of a crosswalk file: the part {@code share} of old area {@code oldCode} that goes to new area
 * {@code newCode} on {@code effectiveDate}. The years {@code firstYear}–{@code lastYear} are the old area's report
 * years on the old map (31 December before the effective date), the history the new area takes over.
 *
 * @param firstYear null when the old area existed before every date the data hold
 */
public record CrosswalkLine(String oldCode, String newCode, String newLevel, String oldLevel, LocalDate effectiveDate,
    double share,
    Basis basis, Integer firstYear, int lastYear, String sourceFile, long lineNumber, String fileSha256)
    implements Serializable {

  /** What a share measures: the whole old unit, or its part by population or by land area. */
  public enum Basis {
    WHOLE, POPULATION, AREA;

    public String code() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  /** Whether the old area's counts are split: figures resting on them are approximate. */
  public boolean apportioned() {
    return share < 1.0;
  }
}
