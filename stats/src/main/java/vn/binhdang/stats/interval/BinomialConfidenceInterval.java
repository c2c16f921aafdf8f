package vn.binhdang.stats.interval;

/**
 * A confidence interval method for a binomial proportion, in the style of Commons Math's
 * {@code org.apache.commons.math3.stat.interval.BinomialConfidenceInterval} but with {@code double}
 * counts (weighted survey counts) and defined answers at 0 and n successes.
 *
 * <p>Arguments are checked in this order: finiteness; trials &gt; 0 (n = 0 has no interval and throws
 * {@link org.apache.commons.math3.exception.NotStrictlyPositiveException}: the caller reports "no data");
 * successes ≥ 0; successes ≤ trials; 0 &lt; level &lt; 1.
 */
public interface BinomialConfidenceInterval {

    /**
     * @param numberOfTrials n &gt; 0
     * @param numberOfSuccesses x with 0 ≤ x ≤ n
     * @param confidenceLevel in (0, 1)
     * @return an interval within [0, 1]
     */
    ConfidenceInterval createInterval(double numberOfTrials, double numberOfSuccesses, double confidenceLevel);

    /** The interval at the default 95 % level. */
    default ConfidenceInterval createInterval(double numberOfTrials, double numberOfSuccesses) {
        return createInterval(numberOfTrials, numberOfSuccesses, ConfidenceInterval.DEFAULT_CONFIDENCE_LEVEL);
    }
}
