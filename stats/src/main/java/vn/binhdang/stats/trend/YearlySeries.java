package vn.binhdang.stats.trend;

import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.IntStream;

import vn.binhdang.stats.internal.Checks;

/** A validated series sorted by year. */
final class YearlySeries {

    final double[] years;
    final double[] values;
    final int n;

    private YearlySeries(double[] years, double[] values) {
        this.years = years;
        this.values = values;
        this.n = years.length;
    }

    static YearlySeries of(double[] years, double[] values) {
        Checks.finiteArray(years, "years");
        Checks.finiteArray(values, "values");
        Checks.sameLength(values.length, years.length, "values", "years");
        Integer[] order = IntStream.range(0, years.length).boxed().toArray(Integer[]::new);
        Arrays.sort(order, Comparator.comparingDouble(i -> years[i]));
        double[] x = new double[years.length];
        double[] y = new double[years.length];
        for (int k = 0; k < order.length; k++) {
            x[k] = years[order[k]];
            y[k] = values[order[k]];
            if (k > 0 && x[k] == x[k - 1]) {
                throw new IllegalArgumentException("duplicate year " + x[k] + ": a yearly series needs one value per year");
            }
        }
        return new YearlySeries(x, y);
    }

    /** All values equal (true for 0 or 1 point). */
    boolean isFlat() {
        for (int i = 1; i < n; i++) {
            if (values[i] != values[0]) {
                return false;
            }
        }
        return true;
    }

    /**
     * Σ t(t − 1)(2t + 5) and Σ t(t − 1)/2 over groups of tied values, for the Mann–Kendall variance and
     * Kendall's tau-b.
     */
    double[] tieSums() {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        double variancePart = 0;
        double pairPart = 0;
        int i = 0;
        while (i < n) {
            int j = i;
            while (j + 1 < n && sorted[j + 1] == sorted[i]) {
                j++;
            }
            double t = j - i + 1;
            variancePart += t * (t - 1) * (2 * t + 5);
            pairPart += t * (t - 1) / 2;
            i = j + 1;
        }
        return new double[] {variancePart, pairPart};
    }

    /** Mann–Kendall S = Σ_{i<j} sgn(y_j − y_i) in year order. */
    long mannKendallS() {
        long s = 0;
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                s += values[j] > values[i] ? 1 : values[j] < values[i] ? -1 : 0;
            }
        }
        return s;
    }

    /** Var(S) with the tie correction [n(n−1)(2n+5) − Σ t(t−1)(2t+5)] / 18. */
    double mannKendallVariance() {
        double nn = n;
        return (nn * (nn - 1) * (2 * nn + 5) - tieSums()[0]) / 18;
    }

    static double median(double[] sortedValues) {
        int m = sortedValues.length;
        return m % 2 == 1 ? sortedValues[m / 2] : (sortedValues[m / 2 - 1] + sortedValues[m / 2]) / 2;
    }
}
