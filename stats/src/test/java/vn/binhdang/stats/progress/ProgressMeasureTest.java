package vn.binhdang.stats.progress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.binhdang.stats.Assertions2.assertRel;

import org.apache.commons.math3.exception.NumberIsTooSmallException;
import org.junit.jupiter.api.Test;

import vn.binhdang.stats.TargetDirection;

/**
 * Reference ratios computed in Python 3 from the UNESCAP / Open SDG formulas, e.g.
 * {@code a = (46/40)**(1/6) - 1; r = (60/40)**(1/8) - 1; a / r}, printed with %.17g.
 */
class ProgressMeasureTest {

    @Test
    void compoundGrowthTowardsAtLeastTarget() {
        ProgressAssessment a = ProgressMeasure.assess(
                ProgressInput.of(2015, 40, 2021, 46, 2023, 60, TargetDirection.AT_LEAST));
        assertThat(a.basis()).isEqualTo(GrowthBasis.COMPOUND);
        assertRel(a.observedGrowth(), 0.023567073118145654, "CR observed");
        assertRel(a.requiredGrowth(), 0.051989505508644118, "CR required");
        assertRel(a.ratio(), 0.45330442918383279, "ratio");
        assertThat(a.progressClass()).isEqualTo(ProgressClass.LIMITED_PROGRESS);
        assertThat(a.achieved()).isFalse();
    }

    @Test
    void compoundGrowthTowardsAtMostTargetHasPositiveRatio() {
        // maternal mortality ratio 80 -> 50 against <= 31.8
        ProgressAssessment a = ProgressMeasure.assess(
                ProgressInput.of(2015, 80, 2021, 50, 2023, 31.8, TargetDirection.AT_MOST));
        assertRel(a.observedGrowth(), -0.075344402851338144, "CR observed");
        assertRel(a.requiredGrowth(), -0.10891908604150224, "CR required");
        assertRel(a.ratio(), 0.69174655783127958, "ratio");
        assertThat(a.progressClass()).isEqualTo(ProgressClass.NEEDS_ACCELERATION);
    }

    @Test
    void movingAway() {
        ProgressAssessment a = ProgressMeasure.assess(
                ProgressInput.of(2015, 40, 2021, 38, 2023, 60, TargetDirection.AT_LEAST));
        assertRel(a.ratio(), -0.16373390220900963, "ratio");
        assertThat(a.progressClass()).isEqualTo(ProgressClass.MOVING_AWAY);
    }

    @Test
    void zeroBaseFallsBackToLinear() {
        ProgressAssessment a = ProgressMeasure.assess(
                ProgressInput.of(2016, 0, 2021, 10, 2023, 26.05, TargetDirection.AT_LEAST));
        assertThat(a.basis()).isEqualTo(GrowthBasis.LINEAR);
        assertRel(a.observedGrowth(), 2, "observed");
        assertRel(a.requiredGrowth(), 3.7214285714285715, "required");
        assertRel(a.ratio(), 0.5374280230326296, "ratio");
        assertThat(a.progressClass()).isEqualTo(ProgressClass.LIMITED_PROGRESS);
    }

    @Test
    void zeroTargetFallsBackToLinear() {
        ProgressAssessment a = ProgressMeasure.assess(
                ProgressInput.of(2015, 5, 2021, 3, 2023, 0, TargetDirection.AT_MOST));
        assertThat(a.basis()).isEqualTo(GrowthBasis.LINEAR);
        assertRel(a.ratio(), 0.53333333333333333, "ratio");
    }

    @Test
    void onTrackWhenAtOrAboveRequiredPace() {
        // exactly the required compound path: ratio 1
        double required = Math.pow(60.0 / 40, 1.0 / 8);
        double current = 40 * Math.pow(required, 6);
        ProgressAssessment a = ProgressMeasure.assess(
                ProgressInput.of(2015, 40, 2021, current, 2023, 60, TargetDirection.AT_LEAST));
        assertRel(a.ratio(), 1, 1e-12, "ratio");
        assertThat(a.progressClass()).isEqualTo(ProgressClass.ON_TRACK);
    }

    @Test
    void closeToUsesDistanceToTheBand() {
        // sex ratio 112 -> 109 against 106 ± 1: distance 5 -> 2, required 5 over 8 years
        ProgressAssessment a = ProgressMeasure.assess(
                ProgressInput.of(2015, 112, 2021, 109, 2023, 106, TargetDirection.CLOSE_TO).withTolerance(1));
        assertThat(a.basis()).isEqualTo(GrowthBasis.DISTANCE);
        assertRel(a.observedGrowth(), 0.5, "observed");
        assertRel(a.requiredGrowth(), 0.625, "required");
        assertRel(a.ratio(), 0.8, "ratio");
        assertThat(a.progressClass()).isEqualTo(ProgressClass.NEEDS_ACCELERATION);
        // overshooting to the other side counts by distance: 112 -> 100 is distance 5 -> 5
        ProgressAssessment over = ProgressMeasure.assess(
                ProgressInput.of(2015, 112, 2021, 100, 2023, 106, TargetDirection.CLOSE_TO).withTolerance(1));
        assertThat(over.ratio()).isEqualTo(0.0);
        assertThat(over.progressClass()).isEqualTo(ProgressClass.LIMITED_PROGRESS);
        ProgressAssessment inside = ProgressMeasure.assess(
                ProgressInput.of(2015, 112, 2021, 105.5, 2023, 106, TargetDirection.CLOSE_TO).withTolerance(1));
        assertThat(inside.progressClass()).isEqualTo(ProgressClass.ACHIEVED);
    }

    @Test
    void achievedOverridesAndKeepsTheRatio() {
        ProgressAssessment a = ProgressMeasure.assess(
                ProgressInput.of(2015, 40, 2021, 61, 2023, 60, TargetDirection.AT_LEAST));
        assertThat(a.progressClass()).isEqualTo(ProgressClass.ACHIEVED);
        assertThat(a.achieved()).isTrue();
        assertThat(a.ratio()).isGreaterThan(1);
        // the caller decides: the interval straddles the target, so not achieved -> classed by the ratio
        ProgressAssessment notYet = ProgressMeasure.assess(
                ProgressInput.of(2015, 40, 2021, 61, 2023, 60, TargetDirection.AT_LEAST).withAchieved(false));
        assertThat(notYet.progressClass()).isEqualTo(ProgressClass.ON_TRACK);
        // a complete enumeration below the value's target, declared achieved by the caller
        ProgressAssessment declared = ProgressMeasure.assess(
                ProgressInput.of(2015, 40, 2021, 41, 2023, 60, TargetDirection.AT_LEAST).withAchieved(true));
        assertThat(declared.progressClass()).isEqualTo(ProgressClass.ACHIEVED);
    }

    @Test
    void targetMetExactlyAtTheBoundIsAchievedForGeButNotForGt() {
        // 3 of 3 returnees supported against 100 %
        assertThat(ProgressMeasure.assess(ProgressInput.of(2019, 50, 2023, 100, 2023, 100, TargetDirection.AT_LEAST))
                .progressClass()).isEqualTo(ProgressClass.ACHIEVED);
        ProgressAssessment gt = ProgressMeasure.assess(
                ProgressInput.of(2019, 90, 2023, 100, 2025, 100, TargetDirection.MORE_THAN));
        assertThat(gt.achieved()).isFalse();
        assertThat(gt.progressClass()).isEqualTo(ProgressClass.ON_TRACK);
    }

    @Test
    void oneYearOfDataIsNotAssessable() {
        ProgressAssessment a = ProgressMeasure.assess(
                ProgressInput.of(2023, 40, 2023, 40, 2025, 60, TargetDirection.AT_LEAST));
        assertThat(a.progressClass()).isEqualTo(ProgressClass.NOT_ASSESSABLE);
        assertThat(a.basis()).isEqualTo(GrowthBasis.NONE);
        assertThat(a.ratio()).isNull();
        assertThat(ProgressMeasure.assess(ProgressInput.of(2023, 70, 2023, 70, 2025, 60, TargetDirection.AT_LEAST))
                .progressClass()).isEqualTo(ProgressClass.ACHIEVED);
    }

    @Test
    void baseAlreadyMeetingTheTargetThenFallingShortIsMovingAway() {
        ProgressAssessment a = ProgressMeasure.assess(
                ProgressInput.of(2015, 62, 2021, 58, 2023, 60, TargetDirection.AT_LEAST));
        assertThat(a.progressClass()).isEqualTo(ProgressClass.MOVING_AWAY);
        assertThat(a.ratio()).isNull();
        // on a strict bound and unchanged
        ProgressAssessment flat = ProgressMeasure.assess(
                ProgressInput.of(2015, 30, 2021, 30, 2023, 30, TargetDirection.LESS_THAN));
        assertThat(flat.progressClass()).isEqualTo(ProgressClass.LIMITED_PROGRESS);
        assertThat(flat.ratio()).isNull();
    }

    @Test
    void ratioThresholds() {
        assertThat(ProgressClass.ofRatio(0.95)).isEqualTo(ProgressClass.ON_TRACK);
        assertThat(ProgressClass.ofRatio(3)).isEqualTo(ProgressClass.ON_TRACK);
        assertThat(ProgressClass.ofRatio(0.9499)).isEqualTo(ProgressClass.NEEDS_ACCELERATION);
        assertThat(ProgressClass.ofRatio(0.6)).isEqualTo(ProgressClass.NEEDS_ACCELERATION);
        assertThat(ProgressClass.ofRatio(0.5999)).isEqualTo(ProgressClass.LIMITED_PROGRESS);
        assertThat(ProgressClass.ofRatio(0)).isEqualTo(ProgressClass.LIMITED_PROGRESS);
        assertThat(ProgressClass.ofRatio(-0.0001)).isEqualTo(ProgressClass.MOVING_AWAY);
    }

    @Test
    void rejectsInconsistentYears() {
        assertThatThrownBy(() -> ProgressInput.of(2021, 1, 2020, 2, 2023, 3, TargetDirection.AT_LEAST))
                .isInstanceOf(NumberIsTooSmallException.class).hasMessageContaining("current year");
        assertThatThrownBy(() -> ProgressInput.of(2021, 1, 2021, 2, 2021, 3, TargetDirection.AT_LEAST))
                .isInstanceOf(NumberIsTooSmallException.class).hasMessageContaining("target year");
        assertThatThrownBy(() -> ProgressInput.of(2015, 1, 2021, 2, 2023, 3, null))
                .isInstanceOf(NullPointerException.class);
    }
}
