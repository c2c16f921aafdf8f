package vn.binhdang.catalogue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The areas of {@code areas.csv} as one tree with validity: any depth (nation → province → district →
 * commune before 1 July 2025, nation → province → commune after), each row valid from {@code valid_from} to
 * {@code valid_to}. {@link #check} refuses a file that is not such a tree, naming the row; {@link #scope}
 * answers which area a run reports on.
 */
public final class AreaTree {
  private AreaTree() {}

  /**
   * Checks the tree: one code names one area at a time (rows of the same code do not overlap), exactly one
   * root (the only area without a parent), every parent in the file and valid over its child's whole period,
   * every parent a level above its child (a commune, ward or town is never a parent), and no cycle.
   *
   * @param lines the line of each area in {@code file}, in the same order
   * @throws CatalogueException naming the first row that breaks a rule, and what to do
   */
  public static void check(List<Area> areas, List<Long> lines, String file) {
    if (areas.size() != lines.size()) throw new IllegalArgumentException("one line per area");
    Map<String, List<Integer>> byCode = new LinkedHashMap<>();
    for (int i = 0; i < areas.size(); i++) byCode.computeIfAbsent(areas.get(i).code(), k -> new ArrayList<>()).add(i);
    for (List<Integer> rows : byCode.values()) {
      for (int a = 0; a < rows.size(); a++) {
        for (int b = a + 1; b < rows.size(); b++) {
          Area x = areas.get(rows.get(a));
          if (x.overlaps(areas.get(rows.get(b)))) {
            throw fail(file, lines.get(rows.get(b)), "area " + x.code() + " is also on line " + lines.get(rows.get(a))
                + " over the same dates; one code names one area at a time: end the first with valid_to and start"
                + " the second after it with valid_from");
          }
        }
      }
    }
    Integer root = null;
    for (int i = 0; i < areas.size(); i++) {
      Area a = areas.get(i);
      if (a.parentCode() != null) continue;
      if (root != null && !areas.get(root).code().equals(a.code())) {
        throw fail(file, lines.get(i), "area " + a.code() + " has no parent_code, like " + areas.get(root).code()
            + " on line " + lines.get(root) + "; the areas form one tree with one root: give it its parent");
      }
      root = i;
    }
    if (root == null) throw new CatalogueException(file + ": every area has a parent_code; the top area (the country) has none");
    for (int i = 0; i < areas.size(); i++) checkParent(areas, byCode, i, lines, file);
    for (int i = 0; i < areas.size(); i++) checkNoCycle(areas, byCode, i, lines.get(i), file);
  }

  private static void checkParent(List<Area> areas, Map<String, List<Integer>> byCode, int i, List<Long> lines,
      String file) {
    Area a = areas.get(i);
    if (a.parentCode() == null) return;
    List<Integer> parents = byCode.get(a.parentCode());
    if (parents == null) {
      throw fail(file, lines.get(i), "area " + a.code() + " has parent_code " + a.parentCode()
          + ", which is not in the file; add the parent or correct the code");
    }
    for (int p : parents) {
      Area parent = areas.get(p);
      if (!a.overlaps(parent)) continue;
      if (parent.level().isReportingUnit() || parent.level().ordinal() >= a.level().ordinal()) {
        throw fail(file, lines.get(i), "area " + a.code() + " (" + name(a.level()) + ") has parent " + parent.code()
            + " (" + name(parent.level()) + "); a parent's level must be above its child's");
      }
    }
    if (!covered(a, parents.stream().map(areas::get).toList())) {
      throw fail(file, lines.get(i), "area " + a.code() + " exists " + period(a) + " but its parent " + a.parentCode()
          + " exists " + String.join(" and ", parents.stream().map(p -> period(areas.get(p))).toList())
          + "; a parent must exist over its child's whole period: correct valid_from or valid_to");
    }
  }

  /** Whether the union of the parent rows' periods covers the child's period. */
  static boolean covered(Area child, List<Area> parents) {
    List<Area> sorted = new ArrayList<>(parents);
    sorted.sort(Comparator.comparing(Area::validFrom, Comparator.nullsFirst(Comparator.naturalOrder())));
    LocalDate need = child.validFrom(); // the first day not yet covered; null = the beginning of time
    boolean fromStart = need == null;
    for (Area p : sorted) {
      boolean startsInTime = p.validFrom() == null
          || (!fromStart && !p.validFrom().isAfter(need));
      if (!startsInTime) return false;
      if (p.validTo() == null) return true;
      if (child.validTo() != null && !p.validTo().isBefore(child.validTo())) return true;
      if (fromStart || !p.validTo().isBefore(need)) {
        need = p.validTo().plusDays(1);
        fromStart = false;
      }
    }
    return false;
  }

  private static void checkNoCycle(List<Area> areas, Map<String, List<Integer>> byCode, int i, long line, String file) {
    Set<String> seen = new java.util.LinkedHashSet<>();
    Area a = areas.get(i);
    while (a.parentCode() != null) {
      if (!seen.add(a.code())) {
        throw fail(file, line, "area " + areas.get(i).code() + " is its own ancestor (" + String.join(" → ", seen)
            + "); correct a parent_code on that path");
      }
      a = areas.get(byCode.get(a.parentCode()).get(0));
    }
  }

  /**
   * The area a run reports on when none is named: the lowest area that holds every reporting unit's parent
   * (Kon Rẫy for its communes; a province when the catalogue holds several of its districts).
   */
  public static Area scope(List<Area> areas) {
    return scope(areas, null);
  }

  /**
   * The default scope of a run of {@code year}: as {@link #scope(List)} over the reporting units on that year's map
   * (existing on 31 December), so the new map's communes of a catalogue with both maps do not lift a 2023 run of
   * Kon Rẫy to the nation; over every reporting unit when none is on that map or {@code year} is null.
   */
  public static Area scope(List<Area> areas, Integer year) {
    boolean anyOnMap = year != null && areas.stream().anyMatch(a -> a.level().isReportingUnit() && a.onMapOf(year));
    Map<String, Area> byCode = new LinkedHashMap<>();
    for (Area a : areas) byCode.putIfAbsent(a.code(), a);
    List<String> common = null;
    for (Area a : areas) {
      if (!a.level().isReportingUnit() || a.parentCode() == null || (anyOnMap && !a.onMapOf(year))) continue;
      List<String> path = pathTo(byCode, a.parentCode());
      if (common == null) {
        common = path;
      } else {
        int n = 0;
        while (n < common.size() && n < path.size() && common.get(n).equals(path.get(n))) n++;
        common = common.subList(0, n);
      }
    }
    if (common == null || common.isEmpty()) {
      throw new CatalogueException("areas.csv: no commune, ward or town under an area; a run needs reporting units");
    }
    return byCode.get(common.get(common.size() - 1));
  }

  /** The codes from the root down to {@code code}. */
  private static List<String> pathTo(Map<String, Area> byCode, String code) {
    List<String> path = new ArrayList<>();
    for (Area a = byCode.get(code); a != null; a = a.parentCode() == null ? null : byCode.get(a.parentCode())) {
      path.add(0, a.code());
      if (path.size() > byCode.size()) break;
    }
    return path;
  }

  private static String period(Area a) {
    return (a.validFrom() == null ? "from the start" : "from " + a.validFrom())
        + (a.validTo() == null ? " on" : " to " + a.validTo());
  }

  private static String name(Area.Level level) {
    return level.name().toLowerCase(java.util.Locale.ROOT);
  }

  private static CatalogueException fail(String file, long line, String message) {
    return new CatalogueException(file + " line " + line + ": " + message);
  }
}
