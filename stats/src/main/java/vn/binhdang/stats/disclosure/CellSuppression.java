package vn.binhdang.stats.disclosure;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import vn.binhdang.stats.internal.Checks;

/**
 * Primary and complementary cell suppression for counts of sensitive measures (DESIGN §6 "Disclosure control").
 *
 * <p><b>Primary</b>: a cell whose value v satisfies lower ≤ v ≤ upper (default 1 ≤ v ≤ 4; 0 is published).
 *
 * <p><b>Complementary, relation by relation</b>: while some relation (total = Σ parts) has exactly one
 * suppressed cell, which subtraction would recover, suppress one more cell of that relation: the smallest
 * published one, preferring non-zero cells. Tie-break, in order: (1) non-zero before zero (a hidden zero
 * protects nothing when the hidden sum is known); (2) smaller value; (3) a part before the total (totals stay
 * published where possible); (4) the earlier cell in the relation's order. Relations are visited in the order
 * given and the pass repeats until no relation has exactly one suppressed cell.
 *
 * <p><b>Exact audit</b> (on by default): the rule above can still leave a primary cell determined by combining
 * relations (two groups of hidden cells joined by one hidden cell), or by non-negativity when the other hidden
 * cells of a relation are zeros. After the relation rule, {@link SuppressionAudit} computes the feasible range of
 * every suppressed cell; while a primary cell is determined, the smallest published cell (same preferences) of
 * a relation containing it is suppressed (if none is left there, of any relation with a suppressed cell) and
 * the relation rule is run again. Cells that remain determined (possible only if no published cell is left to
 * suppress, or for complementary cells, whose values are not sensitive) are reported in
 * {@link SuppressionResult#determinedCells()}.
 *
 * <p>Values must be finite and ≥ 0, every cell of a relation must have a value, and each relation must add up
 * (within 1e-9 relative): a table whose totals disagree with its parts is rejected, since no suppression
 * pattern can be trusted on it.
 * Reference: Hundepool A, Domingo-Ferrer J, Franconi L, Giessing S, Schulte Nordholt E, Spicer K, de Wolf P-P
 * (2012), <i>Statistical Disclosure Control</i>, Wiley, ch. 7 (primary and secondary cell suppression).
 */
public final class CellSuppression implements Serializable {

    /** Default smallest suppressed count. */
    public static final double DEFAULT_LOWER = 1;
    /** Default largest suppressed count. */
    public static final double DEFAULT_UPPER = 4;

    private final double lower;
    private final double upper;
    private final boolean exactAudit;

    /** Suppresses counts 1–4 with the exact audit. */
    public CellSuppression() {
        this(DEFAULT_LOWER, DEFAULT_UPPER, true);
    }

    /**
     * @param lower smallest suppressed value (&gt; 0, so that zeros stay published)
     * @param upper largest suppressed value (≥ lower)
     * @param exactAudit whether to run the linear-programming audit and extend the suppression
     */
    public CellSuppression(double lower, double upper, boolean exactAudit) {
        Checks.positive(lower, "lower suppression bound");
        Checks.finite(upper, "upper suppression bound");
        Checks.atLeast(upper, lower, "upper suppression bound", "lower suppression bound");
        this.lower = lower;
        this.upper = upper;
        this.exactAudit = exactAudit;
    }

    /** Whether a value is suppressed for its own sake. */
    public boolean isPrimary(double value) {
        return value >= lower && value <= upper;
    }

    /**
     * Decides which cells to suppress.
     *
     * @param values true value of every cell (cells in no relation are only checked for primary suppression)
     * @param relations additive relations between cells
     * @param <C> cell identifier, with {@code equals}/{@code hashCode}
     */
    public <C> SuppressionResult<C> suppress(Map<C, Double> values, Collection<Relation<C>> relations) {
        return suppress(values, relations, List.of());
    }

    /**
     * Decides which cells to suppress, where some cells are published together: the numerator and the
     * denominator of one rate, say. When a cell of a linked group is hidden, the whole group is hidden
     * ({@link SuppressionReason#LINKED}), and the relation rule runs again on what that hides.
     *
     * @param linked groups of cells that are shown or hidden together
     */
    public <C> SuppressionResult<C> suppress(Map<C, Double> values, Collection<Relation<C>> relations,
                                             Collection<? extends Collection<C>> linked) {
        Objects.requireNonNull(values, "values");
        Objects.requireNonNull(relations, "relations");
        Objects.requireNonNull(linked, "linked");
        validate(values, relations);
        for (Collection<C> group : linked) {
            for (C cell : group) {
                if (!values.containsKey(cell)) {
                    throw new IllegalArgumentException("linked cell " + cell + " has no value");
                }
            }
        }
        List<Relation<C>> rels = List.copyOf(relations);
        List<List<C>> links = linked.stream().map(List::copyOf).toList();
        Map<C, SuppressionDecision<C>> hidden = new LinkedHashMap<>();
        values.forEach((cell, v) -> {
            if (isPrimary(v)) {
                hidden.put(cell, new SuppressionDecision<>(cell, v, SuppressionReason.PRIMARY, null));
            }
        });
        applyRules(values, rels, links, hidden);
        if (!exactAudit || hidden.isEmpty()) {
            return new SuppressionResult<>(hidden, Set.of());
        }
        while (true) {
            AuditReport<C> report = SuppressionAudit.audit(values, rels, hidden.keySet());
            C pinned = report.determinedCells().stream()
                    .filter(c -> hidden.get(c).reason() == SuppressionReason.PRIMARY)
                    .findFirst().orElse(null);
            if (pinned == null || !extend(pinned, values, rels, hidden)) {
                return new SuppressionResult<>(hidden, report.determinedCells());
            }
            applyRules(values, rels, links, hidden);
        }
    }

    /** The relation rule and the linked groups, to a fixed point. */
    private static <C> void applyRules(Map<C, Double> values, List<Relation<C>> rels, List<List<C>> links,
                                       Map<C, SuppressionDecision<C>> hidden) {
        boolean changed = true;
        while (changed) {
            applyRelationRule(values, rels, hidden);
            changed = false;
            for (List<C> group : links) {
                if (group.stream().anyMatch(hidden::containsKey)) {
                    for (C cell : group) {
                        if (!hidden.containsKey(cell)) {
                            hidden.put(cell, new SuppressionDecision<>(cell, values.get(cell), SuppressionReason.LINKED,
                                    null));
                            changed = true;
                        }
                    }
                }
            }
        }
    }

    private static <C> void applyRelationRule(Map<C, Double> values, List<Relation<C>> rels,
                                              Map<C, SuppressionDecision<C>> hidden) {
        boolean changed = true;
        while (changed) {
            changed = false;
            for (Relation<C> r : rels) {
                long count = r.cells().stream().filter(hidden::containsKey).count();
                if (count == 1) {
                    C pick = smallestPublished(List.of(r), values, hidden);
                    hidden.put(pick, new SuppressionDecision<>(pick, values.get(pick), SuppressionReason.COMPLEMENTARY, r));
                    changed = true;
                }
            }
        }
    }

    /** Suppress one more cell near a determined primary cell; false if nothing is left to suppress. */
    private static <C> boolean extend(C pinned, Map<C, Double> values, List<Relation<C>> rels,
                                      Map<C, SuppressionDecision<C>> hidden) {
        List<Relation<C>> near = rels.stream().filter(r -> r.cells().contains(pinned)).toList();
        C pick = smallestPublished(near, values, hidden);
        if (pick == null) {
            near = rels.stream().filter(r -> r.cells().stream().anyMatch(hidden::containsKey)).toList();
            pick = smallestPublished(near, values, hidden);
        }
        if (pick == null) {
            return false;
        }
        C chosen = pick;
        Relation<C> why = near.stream().filter(r -> r.cells().contains(chosen)).findFirst().orElseThrow();
        hidden.put(pick, new SuppressionDecision<>(pick, values.get(pick), SuppressionReason.COMPLEMENTARY, why));
        return true;
    }

    /** The published cell of these relations to suppress next, or null if none is published. */
    private static <C> C smallestPublished(List<Relation<C>> relations, Map<C, Double> values,
                                           Map<C, SuppressionDecision<C>> hidden) {
        record Candidate<C>(C cell, double value, boolean isTotal, int order) {
        }
        List<Candidate<C>> candidates = new ArrayList<>();
        Set<C> seen = new LinkedHashSet<>();
        for (Relation<C> r : relations) {
            for (C cell : r.cells()) {
                if (!hidden.containsKey(cell) && seen.add(cell)) {
                    candidates.add(new Candidate<>(cell, values.get(cell), cell.equals(r.total()), candidates.size()));
                }
            }
        }
        Comparator<Candidate<C>> preference = Comparator
                .comparing((Candidate<C> c) -> c.value() == 0)
                .thenComparingDouble(Candidate::value)
                .thenComparing(Candidate::isTotal)
                .thenComparingInt(Candidate::order);
        return candidates.stream().min(preference).map(Candidate::cell).orElse(null);
    }

    private static <C> void validate(Map<C, Double> values, Collection<Relation<C>> relations) {
        values.forEach((cell, v) -> {
            Objects.requireNonNull(cell, "cell");
            if (v == null) {
                throw new IllegalArgumentException("cell " + cell + " has no value");
            }
            Checks.nonNegative(v, "value of cell " + cell);
        });
        for (Relation<C> r : relations) {
            Objects.requireNonNull(r, "relation");
            double sum = 0;
            for (C cell : r.cells()) {
                Double v = values.get(cell);
                if (v == null) {
                    throw new IllegalArgumentException("cell " + cell + " in the relation for " + r.total()
                            + " has no value");
                }
                if (!cell.equals(r.total())) {
                    sum += v;
                }
            }
            double total = values.get(r.total());
            if (Math.abs(total - sum) > 1e-9 * Math.max(1, Math.abs(total))) {
                throw new IllegalArgumentException("relation does not add up: " + r.total() + " = " + total
                        + " but its parts sum to " + sum);
            }
        }
    }
}
