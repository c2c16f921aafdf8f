package vn.binhdang.catalogue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads {@code plans.csv} and {@code targets.csv} rows into {@link Plan}s and checks them: plan codes unique,
 * each plan's area in {@code areas.csv} and its years in order, the plans of one area not in force in the same
 * year; each target of a known plan and indicator, for a sex the indicator is computed for, once per plan,
 * indicator, year and sex, with a tolerance only where the direction is {@code near}.
 */
final class PlanLoader {
  private final Map<String, Plan> plans = new LinkedHashMap<>();
  private final Map<String, List<Plan.Target>> targets = new LinkedHashMap<>();
  private final Set<String> seen = new HashSet<>();

  /** One row of plans.csv. */
  void plan(CatalogueRow r, Catalogue c) {
    String code = r.required("plan");
    if (plans.containsKey(code)) throw r.error("plan", "'" + code + "' is also on an earlier line; codes are unique");
    String area = r.required("area_code");
    if (c.area(area).isEmpty()) throw r.error("area_code", "'" + area + "' is not in areas.csv");
    int first = r.integer("first_year");
    int last = r.integer("last_year");
    if (last < first) throw r.error("last_year", last + " is before first_year " + first);
    for (Plan p : plans.values()) {
      if (p.areaCode().equals(area) && first <= p.lastYear() && p.firstYear() <= last) {
        throw r.fail("plan " + code + " of area " + area + " is in force in a year of plan " + p.code() + " ("
            + p.firstYear() + "-" + p.lastYear() + "); one plan per area and year: end one before the other starts");
      }
    }
    plans.put(code, new Plan(code, area, first, last, r.required("name_vi"), r.required("name_en"),
        r.optional("source"), List.of()));
    targets.put(code, new ArrayList<>());
  }

  /** One row of targets.csv. */
  void target(CatalogueRow r, Catalogue c) {
    String plan = r.required("plan");
    if (!plans.containsKey(plan)) throw r.error("plan", "'" + plan + "' is not in plans.csv");
    String code = r.required("indicator");
    Indicator ind = c.indicator(code).orElseThrow(() -> r.error("indicator", "'" + code + "' is not in indicators.csv"));
    int year = r.integer("year");
    Set<Sex> sexes = r.sexes("sex");
    if (sexes.size() != 1) throw r.error("sex", "names one sex per line (F, M or T)");
    Sex sex = sexes.iterator().next();
    if (!ind.sexes().contains(sex)) {
      throw r.error("sex", "is " + sex + ", which " + code + " is not computed for (indicators.csv sexes)");
    }
    if (!seen.add(plan + "/" + code + "/" + year + "/" + sex)) {
      throw r.fail("plan " + plan + " has a second target for " + code + ", " + sex + ", " + year);
    }
    Indicator.Direction direction = r.enumValue("direction", Indicator.Direction.class);
    Double tolerance = r.optionalNumber("tolerance");
    if (tolerance != null && (tolerance < 0 || direction != Indicator.Direction.NEAR)) {
      throw r.error("tolerance", "is for a 'near' target only, and not negative");
    }
    Plan.Target t = new Plan.Target(code, year, sex, r.number("target"), direction, tolerance == null ? 0 : tolerance);
    for (Plan.Target o : targets.get(plan)) {
      if (o.indicator().equals(code) && o.year() == year && (o.value() != t.value() || o.direction() != direction
          || o.tolerance() != t.tolerance())) {
        throw r.fail("plan " + plan + " sets " + code + " for " + year + " to another value or direction for "
            + o.sex() + " than for " + sex + "; one target per indicator and year, for all its sexes");
      }
    }
    targets.get(plan).add(t);
  }

  List<Plan> plans() {
    List<Plan> out = new ArrayList<>();
    for (Plan p : plans.values()) {
      out.add(new Plan(p.code(), p.areaCode(), p.firstYear(), p.lastYear(), p.nameVi(), p.nameEn(), p.source(),
          targets.get(p.code())));
    }
    return out;
  }
}
