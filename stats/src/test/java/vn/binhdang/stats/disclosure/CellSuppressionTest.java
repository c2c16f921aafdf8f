package vn.binhdang.stats.disclosure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import org.apache.commons.math3.exception.NotPositiveException;
import org.junit.jupiter.api.Test;

class CellSuppressionTest {

    private final CellSuppression suppression = new CellSuppression();

    /** Victims of violence in the 7 communes of Kon Rẫy, by sex; worked by hand in the comments. */
    @Test
    void workedDistrictExample() {
        Tables t = Tables.district(new int[][] {{3, 0}, {12, 2}, {7, 5}, {0, 0}, {9, 6}, {15, 8}, {6, 7}});
        SuppressionResult<String> r = suppression.suppress(t.values, t.relations);
        // primary: c1.F = 3, c1.T = 3, c2.M = 2 (c1.M = 0 and c4 = 0 stay published)
        assertThat(r.primary()).containsExactly("c1.F", "c1.T", "c2.M");
        // c2.T = c2.F + c2.M has one hidden cell -> smallest published non-zero is c2.F (12 < 14)
        // d.M = Σ M has c2.M only -> c3.M (5; zeros skipped); d.T = Σ T has c1.T only -> c3.T (12)
        assertThat(r.complementary()).containsExactly("c2.F", "c3.M", "c3.T");
        assertThat(r.decisions().get("c2.F").relation()).isEqualTo(Relation.of("c2.T", "c2.F", "c2.M"));
        assertThat(r.decisions().get("c3.M").relation().total()).isEqualTo("d.M");
        assertThat(r.decisions().get("c3.T").relation().total()).isEqualTo("d.T");
        assertThat(r.decisions().get("c1.F").relation()).isNull();
        assertThat(r.decisions().get("c3.T").value()).isEqualTo(12.0);
        assertThat(r.reason("c1.M")).isNull();
        assertThat(r.isSuppressed("c4.T")).isFalse();
        assertThat(r.determinedCells()).isEmpty();

        // hidden cells form the cycle c1.F-c2.F-c2.M-c3.M-c3.T-c1.T: with shift t, c1.F = 3 + t, c2.F = 12 − t,
        // c2.M = 2 + t, c3.M = 5 − t, c3.T = 12 − t, c1.T = 3 + t, and non-negativity gives −2 ≤ t ≤ 5
        AuditReport<String> audit = SuppressionAudit.audit(t.values, t.relations, r.suppressed());
        assertThat(audit.ranges().get("c1.F")).isEqualTo(new FeasibleRange(1, 8));
        assertThat(audit.ranges().get("c2.M")).isEqualTo(new FeasibleRange(0, 7));
        assertThat(audit.ranges().get("c3.T")).isEqualTo(new FeasibleRange(7, 14));
        assertThat(audit.isSafe()).isTrue();
        assertThat(IndependentAuditor.singleHidden(t.relations, r.suppressed())).isEmpty();
        assertThat(IndependentAuditor.linearlyDetermined(t.relations, r.suppressed())).isEmpty();
    }

    /**
     * Victims supported (n) of victims (d) in three communes and the district: a rate shows both counts, so
     * they are linked. Worked by hand: primary b.n = 2; the n relation then hides a.n (5, the smallest
     * published non-zero part); the links hide a.d and b.d with them; the d relation now has two hidden cells.
     */
    @Test
    void linkedCellsAreHiddenTogether() {
        Map<String, Double> v = new LinkedHashMap<>();
        v.put("a.n", 5.0); v.put("b.n", 2.0); v.put("c.n", 8.0); v.put("d.n", 15.0);
        v.put("a.d", 6.0); v.put("b.d", 10.0); v.put("c.d", 9.0); v.put("d.d", 25.0);
        List<Relation<String>> rels = List.of(Relation.of("d.n", "a.n", "b.n", "c.n"),
                Relation.of("d.d", "a.d", "b.d", "c.d"));
        List<Set<String>> links = List.of(Set.of("a.n", "a.d"), Set.of("b.n", "b.d"), Set.of("c.n", "c.d"),
                Set.of("d.n", "d.d"));
        SuppressionResult<String> r = suppression.suppress(v, rels, links);
        assertThat(r.primary()).containsExactly("b.n");
        assertThat(r.complementary()).containsExactly("a.n");
        assertThat(r.suppressed()).containsExactlyInAnyOrder("a.n", "b.n", "a.d", "b.d");
        assertThat(r.reason("b.d")).isEqualTo(SuppressionReason.LINKED);
        assertThat(IndependentAuditor.singleHidden(rels, r.suppressed())).isEmpty();
        assertThat(IndependentAuditor.linearlyDetermined(rels, r.suppressed())).isEmpty();
    }

    @Test
    void aLinkToAHiddenDenominatorTriggersTheRelationRuleAgain() {
        // d relation: only b.d = 3 is small; its link hides b.n, which leaves the n relation with one hidden cell
        Map<String, Double> v = new LinkedHashMap<>();
        v.put("a.n", 6.0); v.put("b.n", 0.0); v.put("c.n", 9.0); v.put("d.n", 15.0);
        v.put("a.d", 7.0); v.put("b.d", 3.0); v.put("c.d", 12.0); v.put("d.d", 22.0);
        List<Relation<String>> rels = List.of(Relation.of("d.n", "a.n", "b.n", "c.n"),
                Relation.of("d.d", "a.d", "b.d", "c.d"));
        List<Set<String>> links = List.of(Set.of("a.n", "a.d"), Set.of("b.n", "b.d"), Set.of("c.n", "c.d"));
        SuppressionResult<String> r = suppression.suppress(v, rels, links);
        assertThat(r.primary()).containsExactly("b.d");
        assertThat(r.reason("b.n")).isEqualTo(SuppressionReason.LINKED);
        assertThat(IndependentAuditor.singleHidden(rels, r.suppressed())).isEmpty();
        assertThat(r.suppressed()).hasSizeGreaterThanOrEqualTo(4);
    }

    @Test
    void linkedCellWithoutValueIsRejected() {
        assertThatThrownBy(() -> suppression.suppress(Map.of("a", 1.0), List.of(), List.of(Set.of("a", "b"))))
                .hasMessageContaining("linked cell b has no value");
    }

    @Test
    void nothingSmallNothingSuppressed() {
        Tables t = Tables.district(new int[][] {{0, 0}, {12, 9}, {7, 5}, {0, 6}});
        SuppressionResult<String> r = suppression.suppress(t.values, t.relations);
        assertThat(r.suppressed()).isEmpty();
        assertThat(r.determinedCells()).isEmpty();
    }

    @Test
    void boundsAreInclusiveAndConfigurable() {
        assertThat(suppression.isPrimary(0)).isFalse();
        assertThat(suppression.isPrimary(1)).isTrue();
        assertThat(suppression.isPrimary(4)).isTrue();
        assertThat(suppression.isPrimary(4.5)).isFalse();
        assertThat(suppression.isPrimary(5)).isFalse();
        CellSuppression narrow = new CellSuppression(1, 2, true);
        assertThat(narrow.isPrimary(3)).isFalse();
        assertThatThrownBy(() -> new CellSuppression(0, 4, true)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new CellSuppression(5, 4, true)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void tieBreakPrefersNonZeroThenSmallestThenEarliest() {
        Map<String, Double> v = new LinkedHashMap<>();
        v.put("T", 13.0);
        v.put("a", 3.0);
        v.put("z", 0.0);
        v.put("b", 5.0);
        v.put("c", 5.0);
        SuppressionResult<String> r = suppression.suppress(v, List.of(Relation.of("T", "a", "z", "b", "c")));
        assertThat(r.complementary()).containsExactly("b");

        Map<String, Double> w = new LinkedHashMap<>();
        w.put("T", 3.0);
        w.put("a", 3.0);
        w.put("z", 0.0);
        SuppressionResult<String> onlyTotal = suppression.suppress(w, List.of(Relation.of("T", "a", "z")));
        // the zero is smaller but hides nothing: the total goes
        assertThat(onlyTotal.suppressed()).containsExactlyInAnyOrder("a", "T");
        assertThat(onlyTotal.determinedCells()).isEmpty();
    }

    @Test
    void suppressedTotalNeedsASecondCell() {
        // the district total itself is small
        Tables t = Tables.district(new int[][] {{1, 0}, {0, 0}, {0, 2}});
        SuppressionResult<String> r = suppression.suppress(t.values, t.relations);
        assertThat(r.primary()).contains("d.T", "c1.F", "c1.T", "c3.M", "c3.T", "d.F", "d.M");
        assertAuditorsAgreeSafe(t, r);
    }

    /**
     * A 4 × 4 table where the relation rule alone leaves r1c3 (= 4) recoverable: the hidden cells form two
     * cycles (rows 0, 2 × columns 2, 3 and rows 1, 3 × columns 0, 1) joined only by r1c3, so
     * r1c3 = (r1T + r3T − hidden row sums) − (Tc0 + Tc1 − hidden column sums). The exact audit adds r1c2.
     */
    @Test
    void exactAuditProtectsACellJoiningTwoGroups() {
        Tables t = Tables.twoWay(new int[][] {{9, 7, 2, 2}, {4, 2, 16, 4}, {22, 17, 4, 2}, {3, 1, 8, 18}});
        SuppressionResult<String> relationRuleOnly = new CellSuppression(1, 4, false).suppress(t.values, t.relations);
        assertThat(IndependentAuditor.singleHidden(t.relations, relationRuleOnly.suppressed())).isEmpty();
        assertThat(IndependentAuditor.linearlyDetermined(t.relations, relationRuleOnly.suppressed()))
                .containsExactly("r1c3");
        AuditReport<String> before = SuppressionAudit.audit(t.values, t.relations, relationRuleOnly.suppressed());
        assertThat(before.determinedCells()).containsExactly("r1c3");
        assertThat(before.ranges().get("r1c3").min()).isCloseTo(4.0, org.assertj.core.data.Offset.offset(1e-9));

        SuppressionResult<String> r = suppression.suppress(t.values, t.relations);
        assertThat(r.suppressed()).containsAll(relationRuleOnly.suppressed()).contains("r1c2");
        assertAuditorsAgreeSafe(t, r);
    }

    @Test
    void randomDistrictTablesAreSafe() {
        Random rnd = new Random(20231210);
        for (int trial = 0; trial < 300; trial++) {
            int[][] fm = new int[7][2];
            for (int[] row : fm) {
                row[0] = rnd.nextInt(3) == 0 ? 0 : rnd.nextInt(9);
                row[1] = rnd.nextInt(3) == 0 ? 0 : rnd.nextInt(9);
            }
            Tables t = Tables.district(fm);
            assertAuditorsAgreeSafe(t, suppression.suppress(t.values, t.relations));
        }
    }

    @Test
    void randomFourByFourTablesAreSafe() {
        Random rnd = new Random(42);
        for (int trial = 0; trial < 150; trial++) {
            int[][] a = new int[4][4];
            for (int[] row : a) {
                for (int j = 0; j < 4; j++) {
                    int x = rnd.nextInt(10);
                    if (rnd.nextInt(3) == 0) {
                        x = 1 + rnd.nextInt(4);
                    }
                    if (rnd.nextInt(4) == 0) {
                        x = 5 + rnd.nextInt(20);
                    }
                    row[j] = x;
                }
            }
            Tables t = Tables.twoWay(a);
            assertAuditorsAgreeSafe(t, suppression.suppress(t.values, t.relations));
        }
    }

    private static void assertAuditorsAgreeSafe(Tables t, SuppressionResult<String> r) {
        Set<String> hidden = r.suppressed();
        assertThat(IndependentAuditor.singleHidden(t.relations, hidden)).as("single hidden cell, %s", t.values).isEmpty();
        assertThat(Collections.disjoint(IndependentAuditor.linearlyDetermined(t.relations, hidden), r.primary()))
                .as("primary cell linearly determined, %s", t.values).isTrue();
        AuditReport<String> audit = SuppressionAudit.audit(t.values, t.relations, hidden);
        assertThat(Collections.disjoint(audit.determinedCells(), r.primary()))
                .as("primary cell determined, %s", t.values).isTrue();
        assertThat(r.determinedCells()).isEqualTo(audit.determinedCells());
        for (String c : hidden) {
            assertThat(audit.ranges().get(c).min()).isLessThanOrEqualTo(t.values.get(c) + 1e-9);
            assertThat(audit.ranges().get(c).max()).isGreaterThanOrEqualTo(t.values.get(c) - 1e-9);
        }
    }

    @Test
    void rejectsInconsistentOrIncompleteTables() {
        Map<String, Double> v = new LinkedHashMap<>(Map.of("T", 5.0, "F", 2.0, "M", 2.0));
        assertThatThrownBy(() -> suppression.suppress(v, List.of(Relation.of("T", "F", "M"))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("does not add up");
        Map<String, Double> missing = new LinkedHashMap<>(Map.of("T", 5.0, "F", 2.0));
        assertThatThrownBy(() -> suppression.suppress(missing, List.of(Relation.of("T", "F", "M"))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("M");
        Map<String, Double> negative = new LinkedHashMap<>(Map.of("T", 1.0, "F", -1.0, "M", 2.0));
        assertThatThrownBy(() -> suppression.suppress(negative, List.of(Relation.of("T", "F", "M"))))
                .isInstanceOf(NotPositiveException.class);
        assertThatThrownBy(() -> Relation.of("T")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Relation.of("T", "F", "F")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Relation.of("T", "T", "F")).isInstanceOf(IllegalArgumentException.class);
    }
}
