package vn.binhdang.stats.disclosure;

import java.io.Serializable;

/**
 * One suppressed cell.
 *
 * @param cell the cell
 * @param value its true value (kept in the warehouse, not published)
 * @param reason primary or complementary
 * @param relation for a complementary cell, the relation it protects; {@code null} for a primary cell
 * @param <C> cell identifier
 */
public record SuppressionDecision<C>(C cell, double value, SuppressionReason reason, Relation<C> relation) implements Serializable {
}
