package vn.binhdang.stats.interval;

import java.io.Serializable;

/**
 * A sex ratio with its interval, in boys per girl (multiply by 100 for boys per 100 girls).
 *
 * @param boys number of boys
 * @param girls number of girls
 * @param ratio boys ÷ girls; +∞ when girls = 0
 * @param interval limits 100·p/(1 − p)/100 from the Wilson interval on p = boys/(boys + girls);
 *                 upper limit +∞ when girls = 0
 */
public record SexRatio(double boys, double girls, double ratio, ConfidenceInterval interval) implements Serializable {

    /** The ratio and interval multiplied by {@code factor} (100 for boys per 100 girls). */
    public SexRatio scale(double factor) {
        return new SexRatio(boys, girls, ratio * factor, interval.scale(factor));
    }
}
