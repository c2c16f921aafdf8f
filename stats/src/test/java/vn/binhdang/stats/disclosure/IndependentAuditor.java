package vn.binhdang.stats.disclosure;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Test-side auditor, independent of {@link SuppressionAudit}: (1) relations with exactly one hidden cell;
 * (2) hidden cells determined by the linear equations alone — cell j is determined iff the unit vector e_j
 * lies in the row space of the relations' coefficients on the hidden cells, checked by comparing ranks with
 * Gaussian elimination. Non-negativity is not used here (that is what the LP audit adds).
 */
final class IndependentAuditor {

    private IndependentAuditor() {
    }

    static <C> List<Relation<C>> singleHidden(Collection<Relation<C>> relations, Set<C> hidden) {
        List<Relation<C>> out = new ArrayList<>();
        for (Relation<C> r : relations) {
            if (r.cells().stream().filter(hidden::contains).count() == 1) {
                out.add(r);
            }
        }
        return out;
    }

    static <C> Set<C> linearlyDetermined(Collection<Relation<C>> relations, Set<C> hidden) {
        List<C> cells = new ArrayList<>(hidden);
        List<double[]> rows = new ArrayList<>();
        for (Relation<C> r : relations) {
            double[] row = new double[cells.size()];
            boolean any = false;
            for (C c : r.cells()) {
                int j = cells.indexOf(c);
                if (j >= 0) {
                    row[j] = c.equals(r.total()) ? 1 : -1;
                    any = true;
                }
            }
            if (any) {
                rows.add(row);
            }
        }
        int base = rank(rows, cells.size());
        Set<C> out = new LinkedHashSet<>();
        for (int j = 0; j < cells.size(); j++) {
            List<double[]> extended = new ArrayList<>();
            rows.forEach(r -> extended.add(r.clone()));
            double[] unit = new double[cells.size()];
            unit[j] = 1;
            extended.add(unit);
            if (rank(extended, cells.size()) == base) {
                out.add(cells.get(j));
            }
        }
        return out;
    }

    private static int rank(List<double[]> rowsIn, int columns) {
        double[][] m = rowsIn.stream().map(double[]::clone).toArray(double[][]::new);
        int rank = 0;
        for (int col = 0; col < columns && rank < m.length; col++) {
            int pivot = rank;
            for (int i = rank + 1; i < m.length; i++) {
                if (Math.abs(m[i][col]) > Math.abs(m[pivot][col])) {
                    pivot = i;
                }
            }
            if (Math.abs(m[pivot][col]) < 1e-9) {
                continue;
            }
            double[] tmp = m[pivot];
            m[pivot] = m[rank];
            m[rank] = tmp;
            for (int i = 0; i < m.length; i++) {
                if (i != rank) {
                    double f = m[i][col] / m[rank][col];
                    for (int k = col; k < columns; k++) {
                        m[i][k] -= f * m[rank][k];
                    }
                }
            }
            rank++;
        }
        return rank;
    }
}
