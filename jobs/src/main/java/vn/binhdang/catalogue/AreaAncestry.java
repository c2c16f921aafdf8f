package vn.binhdang.catalogue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Which areas a figure of each area is summed into, year by year: every area under the run's scope linked to
 * itself (depth 0, over every year it exists in) and to each of its ancestors up to and including the scope, over
 * the report years whose map (31 December, {@link Area#onMapOf}) holds it. A commune merged on 1 July 2025 keeps
 * its own figures of early 2025, but they are not summed into the province's 2025: the merged commune's are, and
 * one year's total never counts a place twice. A commune of Kon Rẫy is linked to the district for 2015–2024;
 * a commune created on 1 July 2025 directly under the province is linked to the province from 2025. Aggregation
 * at every level is then one join and one sum of counts, never an average of rates.
 *
 * <p>Ancestors are found per period, not per code: a code used by two areas at different times has the parent
 * valid over each one's period ({@link AreaTree} guarantees there is exactly one).
 */
public final class AreaAncestry {
  private AreaAncestry() {}

  /** Report years before any data this catalogue can hold, and after; they bound an open validity. */
  public static final int FIRST_YEAR = 1900;
  public static final int LAST_YEAR = 9999;

  /**
   * One area's membership of one ancestor (itself at depth 0) over the report years {@code fromYear}–{@code toYear}.
   *
   * @param owner what reports at the area's level: {@code commune} for communes, wards and towns (they report
   *     the same measures), else the level's name ({@code district}); the level a measure is reported by
   */
  public record Link(String code, Area.Level level, String owner, int fromYear, int toYear, String ancestorCode,
      Area.Level ancestorLevel, int depth) implements java.io.Serializable {}

  /** What reports at a level: see {@link Link#owner()}. */
  public static String owner(Area.Level level) {
    return level.isReportingUnit() ? "commune" : level.name().toLowerCase(java.util.Locale.ROOT);
  }

  /** The links of every area under (and including) the scope. */
  public static List<Link> of(List<Area> areas, String scopeCode) {
    Map<String, List<Area>> byCode = new HashMap<>();
    for (Area a : areas) byCode.computeIfAbsent(a.code(), k -> new ArrayList<>()).add(a);
    List<Link> out = new ArrayList<>();
    for (Area a : areas) {
      List<Area> chain = chain(byCode, a, scopeCode);
      if (chain == null) continue;
      int from = a.validFrom() == null ? FIRST_YEAR : a.validFrom().getYear();
      int last = a.validTo() == null ? LAST_YEAR : a.validTo().getYear();
      out.add(new Link(a.code(), a.level(), owner(a.level()), from, last, a.code(), a.level(), 0));
      int to = a.validTo() == null || a.validTo().getMonthValue() == 12 && a.validTo().getDayOfMonth() == 31 ? last
          : last - 1;
      for (int depth = 1; depth < chain.size(); depth++) {
        Area up = chain.get(depth);
        if (to >= from) out.add(new Link(a.code(), a.level(), owner(a.level()), from, to, up.code(), up.level(), depth));
      }
    }
    return List.copyOf(out);
  }

  /** The area, its parent, … up to the scope; null when the scope is not on the path. */
  private static List<Area> chain(Map<String, List<Area>> byCode, Area a, String scopeCode) {
    List<Area> chain = new ArrayList<>();
    Area at = a;
    // the tree has no cycle (AreaTree), so the bound only guards a catalogue built without it
    while (at != null && chain.size() <= byCode.size()) {
      chain.add(at);
      if (at.code().equals(scopeCode)) return chain;
      at = parentOf(byCode, at);
    }
    return null;
  }

  /** The area with the parent's code whose period holds the child's. */
  private static Area parentOf(Map<String, List<Area>> byCode, Area child) {
    List<Area> rows = child.parentCode() == null ? List.of() : byCode.getOrDefault(child.parentCode(), List.of());
    return rows.stream().filter(p -> covers(p, child)).findFirst().orElse(rows.isEmpty() ? null : rows.get(0));
  }

  private static boolean covers(Area parent, Area child) {
    boolean starts = parent.validFrom() == null
        || child.validFrom() != null && !child.validFrom().isBefore(parent.validFrom());
    boolean ends = parent.validTo() == null || child.validTo() != null && !child.validTo().isAfter(parent.validTo());
    return starts && ends;
  }
}
