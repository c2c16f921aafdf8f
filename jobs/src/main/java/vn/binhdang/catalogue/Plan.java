package vn.binhdang.catalogue;

import java.util.List;

/**
 * A plan that sets targets for an area over the years it is in force ({@code plans.csv}), with its targets
 * ({@code targets.csv}): Kon Rẫy district's 2023 plan for the National Strategy on Gender Equality, a province's
 * plan, the ministry's. A run uses the plan in force for its area and year ({@link Catalogue#inForce}).
 *
 * @param areaCode the area the plan is for; it applies to the areas under it too
 */
public record Plan(String code, String areaCode, int firstYear, int lastYear, String nameVi, String nameEn,
    String source, List<Target> targets) implements java.io.Serializable {

  /** One target of a plan: the value an indicator should reach for a sex by a year. */
  public record Target(String indicator, int year, Sex sex, double value, Indicator.Direction direction,
      double tolerance) implements java.io.Serializable {}

  public Plan {
    targets = List.copyOf(targets);
  }

  /**
   * The targets of an indicator a review of {@code year} judges by: those due first from that year on (a plan of
   * 2021-2025 with 2025 targets judges 2023 by them); empty when the plan sets none.
   */
  public List<Target> due(String indicator, int year) {
    List<Target> mine = targets.stream().filter(t -> t.indicator().equals(indicator) && t.year() >= year).toList();
    int first = mine.stream().mapToInt(Target::year).min().orElse(-1);
    return mine.stream().filter(t -> t.year() == first).toList();
  }

  public boolean inForce(int year) {
    return firstYear <= year && year <= lastYear;
  }
}
