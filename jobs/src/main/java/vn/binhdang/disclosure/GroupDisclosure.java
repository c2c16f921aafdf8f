package vn.binhdang.disclosure;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.binhdang.stats.disclosure.Relation;

/**
 * What cell suppression alone leaves open: inference about a <em>group</em> of hidden figures rather
 * than one count (issue 12). Two rules, run to a fixed point, each hiding published figures whole:
 *
 * <ol>
 *   <li><b>Zeros beside hidden cases</b> ("group"): among the communes of a district (district = Σ
 *       communes) with a hidden figure that holds cases, a published figure whose sensitive counts are
 *       all 0 is hidden too. Otherwise six communes at 0/0 beside one hidden commune say where the 1–4
 *       cases are, though no count can be subtracted. Years and sexes are left: the rule protects
 *       where people live, and zeros in years beside a hidden year name no place.</li>
 *   <li><b>Pinned remainders</b> ("complementary"), in every relation (district = Σ communes, T = F + M,
 *       pooled = Σ years): with the total published, the hidden parts' remainder (total − published parts) of numerator and denominator is known. When it is 0 of a
 *       positive number, or all of it (numerator = denominator), every hidden figure is at 0 % or 100 %
 *       (numerator ≤ denominator in each): the values are recovered. The smallest published part that
 *       breaks the tie (its share strictly between those bounds, or at the other bound) is hidden too.
 *       A total at 0 % or 100 % itself says so of every part, which is what it publishes; it is left.</li>
 * </ol>
 *
 * Reference: Hundepool A et al. (2012), <i>Statistical Disclosure Control</i>, Wiley, §7.2.1 (group
 * disclosure, zero cells) and §7.3 (disclosure by differencing).
 */
final class GroupDisclosure {
  private GroupDisclosure() {}

  /** One figure's counts: numerator and denominator (either may be absent from the sensitive cells). */
  record Counts(double numerator, double denominator) {
    boolean zero(boolean numSensitive, boolean denSensitive) {
      return (!numSensitive || numerator == 0) && (!denSensitive || denominator == 0);
    }
  }

  /**
   * @param areaRelations figure-level district = Σ communes relations (keys of {@code counts})
   * @param relations every figure-level relation, the area ones included
   * @param hidden the figures already hidden, with their reasons; extended in place
   * @param proportion whether numerator ≤ denominator holds in each figure (a share), so that the
   *     pinned-remainder rule applies
   */
  static void extend(Map<String, Counts> counts, List<Relation<String>> areaRelations,
      List<Relation<String>> relations, Map<String, String> hidden, boolean numSensitive, boolean denSensitive,
      boolean proportion) {
    boolean changed = true;
    while (changed) {
      changed = false;
      for (Relation<String> r : areaRelations) {
        // hidden zeros beside published zeros protect nothing (the remainder shows them to be 0)
        if (r.cells().stream().noneMatch(c -> hidden.containsKey(c) && !counts.get(c).zero(numSensitive, denSensitive))) {
          continue;
        }
        for (String c : r.parts()) {
          if (!hidden.containsKey(c) && counts.get(c).zero(numSensitive, denSensitive)) {
            hidden.put(c, "group");
            changed = true;
          }
        }
      }
      if (!proportion) continue;
      for (Relation<String> r : relations) {
        if (hidden.containsKey(r.total()) || r.parts().stream().noneMatch(hidden::containsKey)) continue;
        Optional<String> more = breakPinnedRemainder(counts, r, hidden);
        if (more.isPresent()) {
          hidden.put(more.get(), "complementary");
          changed = true;
        }
      }
    }
  }

  /** The published part to hide when the hidden parts' remainder pins them all at 0 % or 100 %. */
  static Optional<String> breakPinnedRemainder(Map<String, Counts> counts, Relation<String> r,
      Map<String, String> hidden) {
    Counts total = counts.get(r.total());
    if (total.numerator() == 0 || total.numerator() == total.denominator()) return Optional.empty();
    double num = total.numerator();
    double den = total.denominator();
    List<String> published = new ArrayList<>();
    for (String p : r.parts()) {
      if (hidden.containsKey(p)) continue;
      num -= counts.get(p).numerator();
      den -= counts.get(p).denominator();
      published.add(p);
    }
    if (!(den > 0)) return Optional.empty();
    boolean allZero = Math.abs(num) < 1e-9;
    boolean allFull = Math.abs(den - num) < 1e-9;
    if (!allZero && !allFull) return Optional.empty();
    // a part whose share is not at the pinned bound; smallest denominator first (least information lost)
    return published.stream()
        .filter(p -> allZero ? counts.get(p).numerator() > 0 : counts.get(p).numerator() < counts.get(p).denominator())
        .min(Comparator.comparingDouble((String p) -> counts.get(p).denominator()).thenComparing(p -> p));
  }

  /** Figure-level relations from cell-level ones ("area|sex|period|role" → "area|sex|period"), deduplicated. */
  static List<Relation<String>> figures(List<Relation<String>> cellRelations) {
    Map<List<String>, Relation<String>> out = new LinkedHashMap<>();
    for (Relation<String> r : cellRelations) {
      String total = figure(r.total());
      List<String> parts = r.parts().stream().map(GroupDisclosure::figure).toList();
      List<String> key = new ArrayList<>(parts);
      key.add(0, total);
      out.putIfAbsent(key, new Relation<>(total, parts));
    }
    return List.copyOf(out.values());
  }

  private static String figure(String cell) {
    return cell.substring(0, cell.lastIndexOf('|'));
  }
}
