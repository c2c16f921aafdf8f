package vn.binhdang.stats.smoothing;

import java.io.Serializable;
import java.util.List;

/**
 * Result of {@link EmpiricalBayes}.
 *
 * @param priorMean m, the pooled rate or proportion Σ counts ÷ Σ denominators
 * @param priorVariance A, the estimated between-unit variance (0 when the moment estimate is ≤ 0)
 * @param fullShrinkage whether A = 0, so every estimate equals m
 * @param estimates one estimate per unit, in input order (immutable)
 */
public record EmpiricalBayesFit(double priorMean, double priorVariance, boolean fullShrinkage,
                                List<SmoothedEstimate> estimates) implements Serializable {

    /** Copies the list. */
    public EmpiricalBayesFit {
        estimates = List.copyOf(estimates);
    }

    /** The smoothed values in input order. */
    public double[] smoothedValues() {
        return estimates.stream().mapToDouble(SmoothedEstimate::smoothed).toArray();
    }
}
