package vn.binhdang.stats.progress;

/** How observed and required growth were measured. */
public enum GrowthBasis {
    /** Compound annual growth rates (x<sub>t</sub>/x₀)^(1/(t−t₀)) − 1: base, current and target all &gt; 0. */
    COMPOUND,
    /** Average annual absolute change (x<sub>t</sub> − x₀)/(t − t₀): a base, current or target value ≤ 0. */
    LINEAR,
    /** Average annual reduction of the distance to the target band (close-to targets). */
    DISTANCE,
    /** No growth ratio: one year of data, or the base already met the target. */
    NONE
}
