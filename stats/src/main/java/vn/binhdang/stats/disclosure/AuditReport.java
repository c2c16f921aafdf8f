package vn.binhdang.stats.disclosure;

import java.io.Serializable;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Result of {@link SuppressionAudit#audit}.
 *
 * @param ranges feasible range of every suppressed cell
 * @param singleHiddenRelations relations with exactly one suppressed cell (recoverable by subtraction)
 * @param <C> cell identifier
 */
public record AuditReport<C>(Map<C, FeasibleRange> ranges, List<Relation<C>> singleHiddenRelations) implements Serializable {

    /** Copies both collections. */
    public AuditReport {
        ranges = Collections.unmodifiableMap(new LinkedHashMap<>(ranges));
        singleHiddenRelations = List.copyOf(singleHiddenRelations);
    }

    /** Suppressed cells whose value is determined exactly. */
    public Set<C> determinedCells() {
        Set<C> out = new LinkedHashSet<>();
        ranges.forEach((c, r) -> {
            if (r.isPoint()) {
                out.add(c);
            }
        });
        return out;
    }

    /** No relation with a single hidden cell and no hidden value determined. */
    public boolean isSafe() {
        return singleHiddenRelations.isEmpty() && determinedCells().isEmpty();
    }
}
