package vn.binhdang.stats.smoothing;

import java.io.Serializable;

/**
 * One unit's empirical-Bayes estimate.
 *
 * @param raw the unit's own rate or proportion (count ÷ denominator)
 * @param smoothed the shrunk estimate m + weight·(raw − m)
 * @param weight the weight C on the raw value, in [0, 1]: 0 is full shrinkage to the prior mean, 1 none
 */
public record SmoothedEstimate(double raw, double smoothed, double weight) implements Serializable {
}
