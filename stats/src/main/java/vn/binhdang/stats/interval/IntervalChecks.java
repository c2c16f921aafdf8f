package vn.binhdang.stats.interval;

import vn.binhdang.stats.internal.Checks;

/** Argument checks shared by the binomial intervals. */
final class IntervalChecks {

    private IntervalChecks() {
    }

    static void binomial(double trials, double successes, double confidenceLevel) {
        Checks.finite(trials, "number of trials");
        Checks.finite(successes, "number of successes");
        Checks.positive(trials, "number of trials");
        Checks.nonNegative(successes, "number of successes");
        Checks.atMost(successes, trials, "number of successes", "number of trials");
        Checks.confidenceLevel(confidenceLevel);
    }
}
