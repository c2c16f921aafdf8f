package vn.binhdang.stats.interval;

import java.io.Serializable;

import vn.binhdang.stats.internal.Checks;

/**
 * Sex ratio at birth with a Wilson-based interval (DESIGN §6): with p = boys/(boys + girls) and
 * [p<sub>L</sub>, p<sub>U</sub>] its {@linkplain WilsonScoreInterval Wilson score interval}, the ratio and
 * its limits are p/(1 − p), p<sub>L</sub>/(1 − p<sub>L</sub>), p<sub>U</sub>/(1 − p<sub>U</sub>): the odds
 * transformation is monotone, so the interval keeps its coverage. Results are in boys per girl, the
 * natural scale; the catalogue's multiplier (100) gives boys per 100 girls.
 * Reference: the transformation of a binomial interval to the odds scale as in Newcombe RG (1998),
 * Statistics in Medicine 17:857–872; Wilson EB (1927), JASA 22:209–212.
 *
 * <p>Edge cases:
 * <ul>
 *   <li>boys = girls = 0: throws {@link org.apache.commons.math3.exception.NotStrictlyPositiveException}
 *       (no births, no ratio: the caller reports "no data"), like a binomial interval with n = 0;</li>
 *   <li>girls = 0, boys &gt; 0: ratio +∞ and upper limit +∞, lower limit finite;</li>
 *   <li>boys = 0, girls &gt; 0: ratio 0 and lower limit 0, upper limit finite.</li>
 * </ul>
 */
public final class SexRatioInterval implements Serializable {

    private final WilsonScoreInterval wilson = new WilsonScoreInterval();

    /**
     * @param boys number of boys ≥ 0
     * @param girls number of girls ≥ 0, boys + girls &gt; 0
     * @param confidenceLevel in (0, 1)
     */
    public SexRatio estimate(double boys, double girls, double confidenceLevel) {
        Checks.nonNegative(boys, "number of boys");
        Checks.nonNegative(girls, "number of girls");
        double births = boys + girls;
        Checks.positive(births, "number of births (boys + girls)");
        ConfidenceInterval p = wilson.createInterval(births, boys, confidenceLevel);
        double ratio = girls == 0 ? Double.POSITIVE_INFINITY : boys / girls;
        return new SexRatio(boys, girls, ratio,
                new ConfidenceInterval(odds(p.lower()), odds(p.upper()), confidenceLevel));
    }

    /** {@link #estimate(double, double, double)} at 95 %. */
    public SexRatio estimate(double boys, double girls) {
        return estimate(boys, girls, ConfidenceInterval.DEFAULT_CONFIDENCE_LEVEL);
    }

    private static double odds(double p) {
        return p >= 1 ? Double.POSITIVE_INFINITY : p / (1 - p);
    }
}
