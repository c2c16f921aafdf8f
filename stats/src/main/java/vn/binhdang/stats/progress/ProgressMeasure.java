package vn.binhdang.stats.progress;

import vn.binhdang.stats.TargetDirection;

/**
 * Ratio of observed to required growth and the {@link ProgressClass} (DESIGN §6 "Progress"), following the
 * UNESCAP method used by Open SDG and Statistics Canada's SDG progress indicator:
 * <pre>
 *   CR_observed = (x_t / x₀)^(1/(t − t₀)) − 1
 *   CR_required = (x* / x₀)^(1/(T − t₀)) − 1
 *   ratio       = CR_observed / CR_required
 * </pre>
 * with x₀ the base value in base year t₀, x<sub>t</sub> the current value in year t, x* the target for year T.
 * The same formula serves increasing (at least / more than) and decreasing (at most / less than) targets: both
 * rates are negative for a decreasing target that is being approached, so the ratio is positive.
 * References: UN ESCAP (2017), <i>Asia and the Pacific SDG Progress Report 2017</i>, methodological annex
 * (anticipated progress, "ratio of actual to required growth"); Open SDG, "Progress status calculation"
 * (open-sdg.readthedocs.io); Statistics Canada, "Canada's sustainable development goals data hub: progress
 * indicator" methodology.
 *
 * <p>Conventions:
 * <ul>
 *   <li><b>Linear fallback</b>: if x₀, x<sub>t</sub> or x* is ≤ 0 (compound rates undefined, or a target of
 *       zero deaths), average annual changes are used instead: observed (x<sub>t</sub> − x₀)/(t − t₀),
 *       required (x* − x₀)/(T − t₀) ({@link GrowthBasis#LINEAR}).</li>
 *   <li><b>Close to</b> (sex ratio at birth): the distance to the band d(x) = max(0, |x − x*| − tolerance);
 *       observed (d₀ − d<sub>t</sub>)/(t − t₀), required d₀/(T − t₀), ratio = observed ÷ required
 *       ({@link GrowthBasis#DISTANCE}): progress means the distance shrinking, overshooting to the other side
 *       counts by its distance.</li>
 *   <li><b>Achieved</b> overrides: {@link ProgressInput#achieved()} if given, otherwise
 *       {@link TargetDirection#isMet(double, double, double)} on the current value. The ratio is still
 *       reported when defined.</li>
 *   <li><b>Only one year</b> (t = t₀) and not achieved: {@link ProgressClass#NOT_ASSESSABLE}.</li>
 *   <li><b>Base already meeting the target</b> (or on a strict bound, required growth 0) and not achieved now:
 *       no ratio; {@link ProgressClass#MOVING_AWAY} if the value got worse than the base,
 *       {@link ProgressClass#LIMITED_PROGRESS} if unchanged.</li>
 * </ul>
 */
public final class ProgressMeasure {

    private ProgressMeasure() {
    }

    /** Assess progress; never throws for valid {@link ProgressInput}s. */
    public static ProgressAssessment assess(ProgressInput in) {
        TargetDirection dir = in.direction();
        double x0 = in.baseValue();
        double xt = in.currentValue();
        double target = in.targetValue();
        boolean achieved = in.achieved() != null ? in.achieved() : dir.isMet(xt, target, in.tolerance());

        Growth g = growth(in);
        ProgressClass cls;
        if (achieved) {
            cls = ProgressClass.ACHIEVED;
        } else if (in.currentYear() == in.baseYear()) {
            cls = ProgressClass.NOT_ASSESSABLE;
        } else if (g.basis == GrowthBasis.NONE) {
            double worse = badness(xt, in) - badness(x0, in);
            cls = worse > 0 ? ProgressClass.MOVING_AWAY : ProgressClass.LIMITED_PROGRESS;
        } else {
            cls = ProgressClass.ofRatio(g.observed / g.required);
        }
        return g.basis == GrowthBasis.NONE
                ? new ProgressAssessment(cls, achieved, null, null, null, GrowthBasis.NONE)
                : new ProgressAssessment(cls, achieved, g.observed / g.required, g.observed, g.required, g.basis);
    }

    private record Growth(GrowthBasis basis, double observed, double required) {
    }

    private static Growth growth(ProgressInput in) {
        double x0 = in.baseValue();
        double xt = in.currentValue();
        double target = in.targetValue();
        double elapsed = in.currentYear() - in.baseYear();
        double horizon = in.targetYear() - in.baseYear();
        TargetDirection dir = in.direction();
        Growth none = new Growth(GrowthBasis.NONE, 0, 0);
        if (elapsed == 0 || dir.isMet(x0, target, in.tolerance())) {
            return none;
        }
        if (dir == TargetDirection.CLOSE_TO) {
            double d0 = distance(x0, in);
            double dt = distance(xt, in);
            return new Growth(GrowthBasis.DISTANCE, (d0 - dt) / elapsed, d0 / horizon);
        }
        if (x0 == target) {
            return none; // on a strict bound: no growth was required
        }
        if (x0 > 0 && xt > 0 && target > 0) {
            double observed = Math.pow(xt / x0, 1 / elapsed) - 1;
            double required = Math.pow(target / x0, 1 / horizon) - 1;
            return new Growth(GrowthBasis.COMPOUND, observed, required);
        }
        return new Growth(GrowthBasis.LINEAR, (xt - x0) / elapsed, (target - x0) / horizon);
    }

    private static double distance(double x, ProgressInput in) {
        return Math.max(0, Math.abs(x - in.targetValue()) - in.tolerance());
    }

    /** Larger is further from meeting the target. */
    private static double badness(double x, ProgressInput in) {
        return switch (in.direction()) {
            case AT_LEAST, MORE_THAN -> -x;
            case AT_MOST, LESS_THAN -> x;
            case CLOSE_TO -> distance(x, in);
        };
    }
}
