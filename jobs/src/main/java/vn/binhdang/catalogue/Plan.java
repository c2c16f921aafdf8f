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

  public boolean inForce(int year) {
    return firstYear <= year && year <= lastYear;
  }
}
