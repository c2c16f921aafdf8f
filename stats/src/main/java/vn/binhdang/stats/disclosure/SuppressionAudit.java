package vn.binhdang.stats.disclosure;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.commons.math3.optim.MaxIter;
import org.apache.commons.math3.optim.PointValuePair;
import org.apache.commons.math3.optim.linear.LinearConstraint;
import org.apache.commons.math3.optim.linear.LinearConstraintSet;
import org.apache.commons.math3.optim.linear.LinearObjectiveFunction;
import org.apache.commons.math3.optim.linear.NoFeasibleSolutionException;
import org.apache.commons.math3.optim.linear.NonNegativeConstraint;
import org.apache.commons.math3.optim.linear.PivotSelectionRule;
import org.apache.commons.math3.optim.linear.Relationship;
import org.apache.commons.math3.optim.linear.SimplexSolver;
import org.apache.commons.math3.optim.linear.UnboundedSolutionException;
import org.apache.commons.math3.optim.nonlinear.scalar.GoalType;

/**
 * Exact audit of a suppression pattern: what an intruder can deduce about each suppressed cell from the
 * published cells, all the additive relations together and non-negativity of counts.
 *
 * <p>For every suppressed cell it solves two linear programmes (minimise and maximise the cell subject to the
 * relations with the published values substituted, all cells ≥ 0), with Commons Math's {@link SimplexSolver}
 * (Bland's rule, no cycling). A cell whose minimum equals its maximum is disclosed: this catches recovery
 * by subtraction within one relation and also by combining several relations (e.g. a hidden cell linking two
 * otherwise separate groups of hidden cells), which the one-relation-at-a-time rule alone cannot see.
 * Auditing by the interval of feasible values is standard for tabular data: see e.g. Hundepool A et al. (2012),
 * <i>Statistical Disclosure Control</i>, Wiley, ch. 7.
 */
public final class SuppressionAudit {

    /** Relative tolerance for treating a range as a single value. */
    static final double TOLERANCE = 1e-6;

    private SuppressionAudit() {
    }

    /**
     * @param values true value of every cell named in a relation
     * @param relations the additive relations
     * @param hidden the suppressed cells
     * @throws IllegalArgumentException if a relation names a cell without a value or the relations cannot all
     *         hold with the given values
     */
    public static <C> AuditReport<C> audit(Map<C, Double> values, Collection<Relation<C>> relations, Set<C> hidden) {
        Map<C, Integer> index = new LinkedHashMap<>();
        for (C c : hidden) {
            if (!values.containsKey(c)) {
                throw new IllegalArgumentException("suppressed cell " + c + " has no value");
            }
            index.put(c, index.size());
        }
        int k = index.size();
        List<LinearConstraint> constraints = new ArrayList<>();
        List<Relation<C>> single = new ArrayList<>();
        for (Relation<C> r : relations) {
            double[] coefficients = new double[k];
            double rhs = 0;
            int hiddenCount = 0;
            for (C cell : r.cells()) {
                Double v = values.get(cell);
                if (v == null) {
                    throw new IllegalArgumentException("cell " + cell + " in the relation for " + r.total()
                            + " has no value");
                }
                double sign = cell.equals(r.total()) ? 1 : -1;
                Integer j = index.get(cell);
                if (j != null) {
                    coefficients[j] += sign;
                    hiddenCount++;
                } else {
                    rhs -= sign * v;
                }
            }
            if (hiddenCount == 1) {
                single.add(r);
            }
            if (hiddenCount > 0) {
                constraints.add(new LinearConstraint(coefficients, Relationship.EQ, rhs));
            }
        }
        Map<C, FeasibleRange> ranges = new LinkedHashMap<>();
        if (k == 0) {
            return new AuditReport<>(ranges, single);
        }
        LinearConstraintSet set = new LinearConstraintSet(constraints);
        for (Map.Entry<C, Integer> e : index.entrySet()) {
            double[] objective = new double[k];
            objective[e.getValue()] = 1;
            double min = optimise(objective, set, GoalType.MINIMIZE);
            double max = optimise(objective, set, GoalType.MAXIMIZE);
            ranges.put(e.getKey(), new FeasibleRange(min, max));
        }
        return new AuditReport<>(ranges, single);
    }

    private static double optimise(double[] objective, LinearConstraintSet constraints, GoalType goal) {
        try {
            PointValuePair p = new SimplexSolver().optimize(new MaxIter(10_000),
                    new LinearObjectiveFunction(objective, 0), constraints, goal, new NonNegativeConstraint(true),
                    PivotSelectionRule.BLAND);
            return p.getValue();
        } catch (UnboundedSolutionException e) {
            return goal == GoalType.MAXIMIZE ? Double.POSITIVE_INFINITY : Double.NEGATIVE_INFINITY;
        } catch (NoFeasibleSolutionException e) {
            throw new IllegalArgumentException("the relations cannot all hold with the given values", e);
        }
    }
}
