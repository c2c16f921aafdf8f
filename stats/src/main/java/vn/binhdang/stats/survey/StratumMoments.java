package vn.binhdang.stats.survey;

import java.io.Serializable;

import vn.binhdang.stats.internal.Checks;

/**
 * The weighted sums of one stratum of a survey that a domain proportion's linearised variance needs: for
 * the records i of the stratum with weight w<sub>i</sub>, domain membership x<sub>i</sub> ∈ {0, 1} and the
 * characteristic y<sub>i</sub> ∈ {0, 1} with y ≤ x (a wage worker is employed),
 * <pre>
 *   n = records (all of the stratum, in the domain or not)
 *   wx = Σ w x,   wy = Σ w y,   w2x = Σ w² x,   w2y = Σ w² y
 * </pre>
 * Sums add, so a stratum's moments are computed where its records are (one Spark aggregation) and strata
 * are combined later.
 */
public record StratumMoments(long n, double wx, double wy, double w2x, double w2y) implements Serializable {

    public StratumMoments {
        if (n < 0) {
            throw new IllegalArgumentException("records of a stratum must be ≥ 0, got " + n);
        }
        Checks.nonNegative(wx, "Σ w x");
        Checks.nonNegative(wy, "Σ w y");
        Checks.nonNegative(w2x, "Σ w² x");
        Checks.nonNegative(w2y, "Σ w² y");
        if (wy > wx * (1 + 1e-12) || w2y > w2x * (1 + 1e-12)) {
            throw new IllegalArgumentException("the characteristic must lie within the domain (y ≤ x): Σ w y = " + wy
                    + " > Σ w x = " + wx);
        }
    }
}
