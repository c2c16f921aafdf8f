package vn.binhdang.stats.disclosure;

import java.io.Serializable;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * Outcome of {@link CellSuppression#suppress}.
 *
 * @param decisions suppressed cells in the order they were decided (primary first), immutable
 * @param determinedCells suppressed cells whose value can nevertheless be deduced exactly from the published
 *                        cells, the relations and non-negativity, as found by the exact audit (see
 *                        {@link CellSuppression}); normally empty, and always empty (not computed) when the
 *                        audit is switched off; immutable
 * @param <C> cell identifier
 */
public record SuppressionResult<C>(Map<C, SuppressionDecision<C>> decisions, Set<C> determinedCells) implements Serializable {

    /** Copies both collections, keeping their order. */
    public SuppressionResult {
        decisions = Collections.unmodifiableMap(new LinkedHashMap<>(decisions));
        determinedCells = Collections.unmodifiableSet(new LinkedHashSet<>(determinedCells));
    }

    /** Whether {@code cell} must not be published. */
    public boolean isSuppressed(C cell) {
        return decisions.containsKey(cell);
    }

    /** The reason a cell is suppressed, or {@code null} if it is published. */
    public SuppressionReason reason(C cell) {
        SuppressionDecision<C> d = decisions.get(cell);
        return d == null ? null : d.reason();
    }

    /** All suppressed cells. */
    public Set<C> suppressed() {
        return decisions.keySet();
    }

    /** Cells suppressed for their own value. */
    public Set<C> primary() {
        return withReason(SuppressionReason.PRIMARY);
    }

    /** Cells suppressed to protect others. */
    public Set<C> complementary() {
        return withReason(SuppressionReason.COMPLEMENTARY);
    }

    private Set<C> withReason(SuppressionReason reason) {
        Set<C> out = new LinkedHashSet<>();
        decisions.values().stream().filter(d -> d.reason() == reason).forEach(d -> out.add(d.cell()));
        return Collections.unmodifiableSet(out);
    }
}
