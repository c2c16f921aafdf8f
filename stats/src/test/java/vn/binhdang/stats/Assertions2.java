package vn.binhdang.stats;

import static org.assertj.core.api.Assertions.assertThat;

import org.assertj.core.data.Offset;

import vn.binhdang.stats.interval.ConfidenceInterval;

/** Relative-tolerance assertions for reference values. */
public final class Assertions2 {

    /** Tolerance for exact methods compared with R / SciPy to ≥ 12 significant digits. */
    public static final double EXACT = 1e-9;

    private Assertions2() {
    }

    /** |actual − expected| ≤ rel·|expected|; an expected 0 must be matched exactly. */
    public static void assertRel(double actual, double expected, double rel, String what) {
        assertThat(actual).as(what).isCloseTo(expected, Offset.offset(Math.abs(expected) * rel));
    }

    public static void assertRel(double actual, double expected, String what) {
        assertRel(actual, expected, EXACT, what);
    }

    public static void assertInterval(ConfidenceInterval ci, double lower, double upper, double rel, String what) {
        assertRel(ci.lower(), lower, rel, what + " lower");
        assertRel(ci.upper(), upper, rel, what + " upper");
    }

    public static void assertInterval(ConfidenceInterval ci, double lower, double upper, String what) {
        assertInterval(ci, lower, upper, EXACT, what);
    }

    /** Published values rounded to {@code decimals} decimal places. */
    public static void assertRounded(double actual, double published, int decimals, String what) {
        assertThat(actual).as(what).isCloseTo(published, Offset.offset(0.5 * Math.pow(10, -decimals) + 1e-12));
    }
}
