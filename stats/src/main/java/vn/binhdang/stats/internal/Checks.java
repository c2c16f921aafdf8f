package vn.binhdang.stats.internal;

import org.apache.commons.math3.exception.DimensionMismatchException;
import org.apache.commons.math3.exception.NotFiniteNumberException;
import org.apache.commons.math3.exception.NotPositiveException;
import org.apache.commons.math3.exception.NotStrictlyPositiveException;
import org.apache.commons.math3.exception.NullArgumentException;
import org.apache.commons.math3.exception.NumberIsTooLargeException;
import org.apache.commons.math3.exception.NumberIsTooSmallException;
import org.apache.commons.math3.exception.OutOfRangeException;
import org.apache.commons.math3.exception.util.DummyLocalizable;
import org.apache.commons.math3.exception.util.Localizable;

/**
 * Argument checks that throw Commons Math exceptions whose message names the argument.
 * All of them are {@link IllegalArgumentException}s.
 */
public final class Checks {

    private Checks() {
    }

    /** Message pattern; {0}, {1}, ... are filled by the Commons Math exception. */
    private static Localizable msg(String pattern) {
        return new DummyLocalizable(pattern);
    }

    /** @throws NotFiniteNumberException if {@code value} is NaN or infinite */
    public static double finite(double value, String name) {
        if (!Double.isFinite(value)) {
            throw new NotFiniteNumberException(msg(name + " must be finite, got {0}"), value);
        }
        return value;
    }

    /** @throws NotPositiveException if {@code value} is negative (after the finiteness check) */
    public static double nonNegative(double value, String name) {
        finite(value, name);
        if (value < 0) {
            throw new NotPositiveException(msg(name + " must not be negative, got {0}"), value);
        }
        return value;
    }

    /** @throws NotStrictlyPositiveException if {@code value} is zero or negative */
    public static double positive(double value, String name) {
        finite(value, name);
        if (!(value > 0)) {
            throw new NotStrictlyPositiveException(msg(name + " must be positive, got {0}"), value);
        }
        return value;
    }

    /** @throws NumberIsTooLargeException if {@code value > max} */
    public static double atMost(double value, double max, String name, String maxName) {
        if (value > max) {
            throw new NumberIsTooLargeException(
                    msg(name + " ({0}) must not exceed " + maxName + " ({1})"), value, max, true);
        }
        return value;
    }

    /** @throws NumberIsTooSmallException if {@code value < min} */
    public static double atLeast(double value, double min, String name, String minName) {
        if (value < min) {
            throw new NumberIsTooSmallException(
                    msg(name + " ({0}) must not be below " + minName + " ({1})"), value, min, true);
        }
        return value;
    }

    /** @throws OutOfRangeException unless {@code 0 < level < 1} */
    public static double confidenceLevel(double level) {
        return openUnit(level, "confidence level");
    }

    /** @throws OutOfRangeException unless {@code 0 < p < 1} */
    public static double openUnit(double p, String name) {
        if (!(p > 0 && p < 1)) {
            throw new OutOfRangeException(msg(name + " {0} is outside the open interval ({1}, {2})"), p, 0, 1);
        }
        return p;
    }

    /** @throws OutOfRangeException unless {@code 0 <= p <= 1} */
    public static double closedUnit(double p, String name) {
        if (!(p >= 0 && p <= 1)) {
            throw new OutOfRangeException(msg(name + " {0} is outside [{1}, {2}]"), p, 0, 1);
        }
        return p;
    }

    /** @throws IllegalArgumentException unless {@code value} is a whole number */
    public static double wholeNumber(double value, String name) {
        finite(value, name);
        if (value != Math.rint(value)) {
            throw new IllegalArgumentException(name + " must be a whole number, got " + value);
        }
        return value;
    }

    /** @throws NullArgumentException if {@code array} is null; NaN or infinite elements are rejected */
    public static double[] finiteArray(double[] array, String name) {
        if (array == null) {
            throw new NullArgumentException(msg(name + " must not be null"));
        }
        for (int i = 0; i < array.length; i++) {
            finite(array[i], name + "[" + i + "]");
        }
        return array;
    }

    /** @throws DimensionMismatchException if the two lengths differ */
    public static void sameLength(int length, int expected, String name, String expectedName) {
        if (length != expected) {
            throw new DimensionMismatchException(
                    msg(name + " has {0} elements but " + expectedName + " has {1}"), length, expected);
        }
    }
}
