package vn.binhdang.stats.disclosure;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * An additive relation total = Σ parts between published cells, e.g. district = Σ communes for one sex, or
 * T = F + M for one area.
 *
 * @param total the total cell
 * @param parts the part cells (at least one, distinct, not the total)
 * @param <C> cell identifier
 */
public record Relation<C>(C total, List<C> parts) implements Serializable {

    /** @throws IllegalArgumentException for no parts, repeated cells or the total among the parts */
    public Relation {
        Objects.requireNonNull(total, "total");
        Objects.requireNonNull(parts, "parts");
        parts = List.copyOf(parts);
        if (parts.isEmpty()) {
            throw new IllegalArgumentException("relation for " + total + " has no parts");
        }
        Set<C> seen = new HashSet<>();
        seen.add(total);
        for (C part : parts) {
            if (!seen.add(part)) {
                throw new IllegalArgumentException("cell " + part + " appears twice in the relation for " + total);
            }
        }
    }

    /** Convenience factory. */
    @SafeVarargs
    public static <C> Relation<C> of(C total, C... parts) {
        return new Relation<>(total, java.util.Arrays.stream(parts).toList());
    }

    /** The total followed by the parts. */
    public List<C> cells() {
        List<C> all = new ArrayList<>(parts.size() + 1);
        all.add(total);
        all.addAll(parts);
        return all;
    }
}
