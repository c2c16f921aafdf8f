package vn.binhdang.stats.interval;

import java.io.Serializable;

/**
 * Difference of two independent proportions (the sex gap women − men) and their ratio (parity index).
 *
 * @param p1 x1/n1 (women)
 * @param p2 x2/n2 (men)
 * @param difference p1 − p2
 * @param interval interval for p1 − p2, within [−1, 1]
 * @param parityIndex p1 ÷ p2, or {@code null} when p2 = 0 (undefined; reported as missing)
 */
public record ProportionDifference(double p1, double p2, double difference, ConfidenceInterval interval,
                                   Double parityIndex) implements Serializable {
}
