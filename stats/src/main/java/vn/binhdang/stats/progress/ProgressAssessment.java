package vn.binhdang.stats.progress;

import java.io.Serializable;

/**
 * Result of {@link ProgressMeasure#assess(ProgressInput)}.
 *
 * @param progressClass the class ({@link ProgressClass#ACHIEVED} overrides the ratio)
 * @param achieved whether the target counts as achieved
 * @param ratio observed ÷ required growth; {@code null} when {@link #basis()} is {@link GrowthBasis#NONE}
 * @param observedGrowth annual growth since the base year, in the units of {@link #basis()}; {@code null} for NONE
 * @param requiredGrowth annual growth from the base year needed to meet the target in the target year;
 *                       {@code null} for NONE
 * @param basis how growth was measured
 */
public record ProgressAssessment(ProgressClass progressClass, boolean achieved, Double ratio, Double observedGrowth,
                                 Double requiredGrowth, GrowthBasis basis) implements Serializable {
}
