package vn.binhdang.stats.disclosure;

import java.io.Serializable;

/**
 * The values a suppressed cell can take given everything published: [min, max], max possibly +∞.
 *
 * @param min smallest feasible value
 * @param max largest feasible value (+∞ when unbounded)
 */
public record FeasibleRange(double min, double max) implements Serializable {

    /** Whether the range is a single value (within a tolerance for the LP's rounding): the cell is disclosed. */
    public boolean isPoint() {
        return max - min <= SuppressionAudit.TOLERANCE * Math.max(1, Math.abs(min));
    }
}
