package vn.binhdang.charts.spec;

/**
 * One plotted value of a trend: year, value and its 95 % interval (null limits: no interval known,
 * e.g. a ratio of survey means).
 */
public record TrendPoint(int year, double value, Double lower, Double upper) {

    public TrendPoint {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            throw new IllegalArgumentException("Point " + year + " has no finite value");
        }
        if ((lower == null) != (upper == null)) {
            lower = null;
            upper = null;
        }
    }

    public boolean hasInterval() {
        return lower != null;
    }

    /** Lower limit, or the value itself where there is no interval. */
    public double low() {
        return lower != null ? Math.min(lower, value) : value;
    }

    /** Upper limit, or the value itself where there is no interval. */
    public double high() {
        return upper != null ? Math.max(upper, value) : value;
    }
}
