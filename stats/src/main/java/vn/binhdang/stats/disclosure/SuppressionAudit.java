package vn.binhdang.stats.disclosure;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.ojalgo.optimisation.Expression;
import org.ojalgo.optimisation.ExpressionsBasedModel;
import org.ojalgo.optimisation.Optimisation;
import org.ojalgo.optimisation.Variable;

/**
 * Exact audit of a suppression pattern: what an intruder can deduce about each suppressed cell from the
 * published cells, all the additive relations together and non-negativity of counts.
 *
 * <p>For every suppressed cell it solves two linear programmes (minimise and maximise the cell subject to the
 * relations with the published values substituted, all cells ≥ 0), with ojAlgo's linear solver. (Commons
 * Math 3.6.1's {@code SimplexSolver} was tried first: on these degenerate equality problems it maximises only
 * the first variable correctly — six hidden cells summing to 9 each came out as "exactly 0" — which would make
 * the audit hide far more than needed; see {@code SuppressionAuditTest}.) A cell whose minimum equals its
 * maximum is disclosed: this catches recovery
 * by subtraction within one relation and also by combining several relations (e.g. a hidden cell linking two
 * otherwise separate groups of hidden cells), which the one-relation-at-a-time rule alone cannot see.
 * Auditing by the interval of feasible values is standard for tabular data: see e.g. Hundepool A et al. (2012),
 * <i>Statistical Disclosure Control</i>, Wiley, ch. 7.
 */
public final class SuppressionAudit {

    /** Relative tolerance for treating a range as a single value. */
    static final double TOLERANCE = 1e-6;

    static {
        // ojAlgo prints a hardware-profile notice on first use unless told not to; keep the console clean
        if (System.getProperty("shut.up.ojAlgo") == null) {
            System.setProperty("shut.up.ojAlgo", "true");
        }
    }

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
        List<double[]> rows = new ArrayList<>();
        List<Double> rhs = new ArrayList<>();
        List<Relation<C>> single = new ArrayList<>();
        for (Relation<C> r : relations) {
            double[] coefficients = new double[k];
            double right = 0;
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
                    right -= sign * v;
                }
            }
            if (hiddenCount == 1) {
                single.add(r);
            }
            if (hiddenCount > 0) {
                rows.add(coefficients);
                rhs.add(right);
            }
        }
        Map<C, FeasibleRange> ranges = new LinkedHashMap<>();
        for (Map.Entry<C, Integer> e : index.entrySet()) {
            double min = optimise(k, rows, rhs, e.getValue(), false);
            double max = optimise(k, rows, rhs, e.getValue(), true);
            ranges.put(e.getKey(), new FeasibleRange(min, max));
        }
        return new AuditReport<>(ranges, single);
    }

    /** The least or greatest value of one hidden cell subject to the relations and non-negativity. */
    private static double optimise(int k, List<double[]> rows, List<Double> rhs, int cell, boolean maximise) {
        ExpressionsBasedModel model = new ExpressionsBasedModel();
        Variable[] x = new Variable[k];
        for (int j = 0; j < k; j++) {
            x[j] = model.addVariable("x" + j).lower(0);
        }
        for (int i = 0; i < rows.size(); i++) {
            Expression e = model.addExpression("r" + i).level(rhs.get(i));
            double[] row = rows.get(i);
            for (int j = 0; j < k; j++) {
                if (row[j] != 0) {
                    e.set(x[j], row[j]);
                }
            }
        }
        x[cell].weight(1);
        Optimisation.Result result = maximise ? model.maximise() : model.minimise();
        Optimisation.State state = result.getState();
        if (state == Optimisation.State.UNBOUNDED) {
            return maximise ? Double.POSITIVE_INFINITY : Double.NEGATIVE_INFINITY;
        }
        if (!state.isFeasible()) {
            throw new IllegalArgumentException("the relations cannot all hold with the given values (" + state + ")");
        }
        return result.getValue();
    }
}
