package vn.binhdang.disclosure;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import vn.binhdang.stats.disclosure.CellSuppression;
import vn.binhdang.stats.disclosure.Relation;
import vn.binhdang.stats.disclosure.SuppressionDecision;
import vn.binhdang.stats.disclosure.SuppressionResult;

/**
 * Disclosure control for one sensitive indicator (DESIGN §6): which of its published figures to hide.
 * Each figure (area × sex × period) shows its sensitive counts; those counts are the cells. Relations
 * are what a reader could subtract: the district = the sum of the communes that reported; T = F + M;
 * a pooled period = the sum of its years. The numerator and denominator of one figure are linked: a
 * figure is shown or hidden as a whole. {@link CellSuppression} hides counts 1–4 and then enough other
 * cells that none can be recovered.
 */
public final class DisclosurePlan {
  private DisclosurePlan() {}

  /** Above this many cells the exact (linear-programming) audit is skipped; the relation rule still runs. */
  public static final int EXACT_AUDIT_MAX_CELLS = 2_000;

  /**
   * One published figure of the indicator.
   *
   * @param parent the area whose figure sums this one's (on the map of its year); null for the run's scope, or
   *     when the caller leaves it to the {@code district} of {@link #decide}
   */
  public record Figure(String area, String sex, String periodLabel, boolean pooled, int year, Double numerator,
      Double denominator, int areasReporting, String parent) implements Serializable {

    /** A figure of a one-district run: its parent is the district (or none, for the district). */
    public Figure(String area, String sex, String periodLabel, boolean pooled, int year, Double numerator,
        Double denominator, int areasReporting) {
      this(area, sex, periodLabel, pooled, year, numerator, denominator, areasReporting, null);
    }
  }

  /** A figure to hide, and why ("primary", "complementary", "linked" or "group"). */
  public record Hidden(String area, String sex, String periodLabel, String reason) implements Serializable {}

  /**
   * @param numeratorSensitive whether the numerator counts a sensitive measure
   * @param denominatorSensitive whether the denominator does
   * @param district the run's scope: the parent of every figure that names none (its figures are the sums of the
   *     communes')
   */
  public static List<Hidden> decide(List<Figure> figures, boolean numeratorSensitive, boolean denominatorSensitive,
      String district) {
    return decide(figures, numeratorSensitive, denominatorSensitive, district, false);
  }

  /**
   * @param proportion whether each figure's numerator is part of its denominator (a share), so that a
   *     hidden group's remainder can pin its values at 0 % or 100 % ({@link GroupDisclosure})
   */
  public static List<Hidden> decide(List<Figure> figures, boolean numeratorSensitive, boolean denominatorSensitive,
      String district, boolean proportion) {
    Map<String, Double> values = new LinkedHashMap<>();
    Map<String, Figure> byKey = new HashMap<>();
    List<Set<String>> links = new ArrayList<>();
    for (Figure f : figures) {
      if (f.numerator() == null || f.denominator() == null) continue;
      byKey.put(key(f.area(), f.sex(), f.periodLabel()), f);
      Set<String> group = new LinkedHashSet<>();
      if (numeratorSensitive) group.add(put(values, f, "num", f.numerator()));
      if (denominatorSensitive) group.add(put(values, f, "den", f.denominator()));
      if (group.size() > 1) links.add(group);
    }
    List<Relation<String>> relations = new ArrayList<>();
    List<String> roles = new ArrayList<>();
    if (numeratorSensitive) roles.add("num");
    if (denominatorSensitive) roles.add("den");
    List<Relation<String>> areaRelations = new ArrayList<>();
    for (String role : roles) {
      areaSums(figures, byKey, district, role, areaRelations);
    }
    relations.addAll(areaRelations);
    for (String role : roles) {
      sexTotals(byKey, role, relations);
      pooledSums(figures, byKey, role, relations);
    }
    CellSuppression suppression = new CellSuppression(CellSuppression.DEFAULT_LOWER, CellSuppression.DEFAULT_UPPER,
        values.size() <= EXACT_AUDIT_MAX_CELLS);
    SuppressionResult<String> result = suppression.suppress(values, relations, links);

    Map<String, String> reasons = new LinkedHashMap<>();
    for (SuppressionDecision<String> d : result.decisions().values()) {
      String figure = d.cell().substring(0, d.cell().lastIndexOf('|'));
      String reason = d.reason().name().toLowerCase(Locale.ROOT);
      String prev = reasons.get(figure);
      if (prev == null || reason.equals("primary")) reasons.put(figure, reason);
    }
    Map<String, GroupDisclosure.Counts> counts = new HashMap<>();
    byKey.forEach((k, f) -> counts.put(k, new GroupDisclosure.Counts(f.numerator(), f.denominator())));
    GroupDisclosure.extend(counts, GroupDisclosure.figures(areaRelations), GroupDisclosure.figures(relations), reasons,
        numeratorSensitive, denominatorSensitive, proportion);
    List<Hidden> hidden = new ArrayList<>();
    reasons.forEach((figure, reason) -> {
      Figure f = byKey.get(figure);
      hidden.add(new Hidden(f.area(), f.sex(), f.periodLabel(), reason));
    });
    return List.copyOf(hidden);
  }

  private static String put(Map<String, Double> values, Figure f, String role, double value) {
    String cell = key(f.area(), f.sex(), f.periodLabel()) + "|" + role;
    values.put(cell, value);
    return cell;
  }

  private static String key(String area, String sex, String period) {
    return area + "|" + sex + "|" + period;
  }

  /**
   * Parent = Σ its children, at every level, where the parent's figure was summed from exactly the children
   * present: the communes a district summed, the districts (or, on the 2025 map, the communes) a province did.
   */
  private static void areaSums(List<Figure> figures, Map<String, Figure> byKey, String district, String role,
      List<Relation<String>> out) {
    Map<String, List<Figure>> parts = new LinkedHashMap<>();
    for (Figure f : figures) {
      String parent = f.parent() != null ? f.parent() : f.area().equals(district) ? null : district;
      if (parent == null || !byKey.containsKey(key(f.area(), f.sex(), f.periodLabel()))) continue;
      parts.computeIfAbsent(key(parent, f.sex(), f.periodLabel()), k -> new ArrayList<>()).add(f);
    }
    parts.forEach((totalKey, children) -> {
      Figure total = byKey.get(totalKey);
      int summed = children.stream().mapToInt(Figure::areasReporting).sum();
      if (total != null && total.areasReporting() == summed) {
        out.add(Relation.of(totalKey + "|" + role,
            children.stream().map(c -> key(c.area(), c.sex(), c.periodLabel()) + "|" + role).toArray(String[]::new)));
      }
    });
  }

  /** T = F + M for every area and period with the three sexes. */
  private static void sexTotals(Map<String, Figure> byKey, String role, List<Relation<String>> out) {
    for (Figure t : byKey.values()) {
      if (!t.sex().equals("T")) continue;
      String f = key(t.area(), "F", t.periodLabel());
      String m = key(t.area(), "M", t.periodLabel());
      if (byKey.containsKey(f) && byKey.containsKey(m)) {
        out.add(Relation.of(key(t.area(), "T", t.periodLabel()) + "|" + role, f + "|" + role, m + "|" + role));
      }
    }
  }

  /** A pooled period = the sum of its years. */
  private static void pooledSums(List<Figure> figures, Map<String, Figure> byKey, String role,
      List<Relation<String>> out) {
    for (Figure p : figures) {
      if (!p.pooled() || !byKey.containsKey(key(p.area(), p.sex(), p.periodLabel()))) continue;
      int from = Integer.parseInt(p.periodLabel().substring(0, p.periodLabel().indexOf('-')));
      List<String> years = new ArrayList<>();
      for (int y = from; y <= p.year(); y++) years.add(key(p.area(), p.sex(), String.valueOf(y)));
      if (years.stream().allMatch(byKey::containsKey)) {
        out.add(Relation.of(key(p.area(), p.sex(), p.periodLabel()) + "|" + role,
            years.stream().map(y -> y + "|" + role).toArray(String[]::new)));
      }
    }
  }
}
