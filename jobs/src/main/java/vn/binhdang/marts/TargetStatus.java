package vn.binhdang.marts;

import java.io.Serializable;
import java.util.Locale;
import vn.binhdang.catalogue.Indicator.Direction;

/**
 * Whether a value meets its target (DESIGN §6), as a pure function.
 *
 * <ul>
 *   <li>No value: {@code no_data}.
 *   <li>Complete enumerations (every unit of a small fixed set was counted) and values without an
 *       interval: the point value decides; the interval, if any, is a guide only.
 *   <li>Otherwise the 95 % interval decides: {@code achieved} when it lies wholly on the target's
 *       side, {@code not_achieved} when it lies wholly on the other side, {@code cannot_tell} when
 *       it straddles the target. "At least" targets need the whole interval at or above the
 *       target, "more than" strictly above; likewise for "at most" and "less than". "Close to"
 *       targets need the interval inside target ± tolerance, and fail when it lies wholly outside.
 *   <li>A target at the top of the scale (100 % of returnees supported) met exactly by the point
 *       value (3 of 3) is achieved: no interval can lie above the scale.
 * </ul>
 */
public final class TargetStatus {
  private TargetStatus() {}

  public enum Status {
    ACHIEVED, NOT_ACHIEVED, CANNOT_TELL, NO_DATA;

    public String code() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  /**
   * @param status the decision
   * @param gap value − target, in the indicator's unit (null without value or target)
   * @param intervalDecides true when the interval (not the point value) made the decision
   */
  public record Decision(Status status, Double gap, boolean intervalDecides) implements Serializable {}

  /**
   * @param scaleMax the top of the value's scale (100 for percentages), or null when unbounded
   */
  public static Decision decide(Direction direction, double target, double tolerance, Double value, Double lower,
      Double upper, boolean completeEnumeration, Double scaleMax) {
    if (value == null || value.isNaN()) return new Decision(Status.NO_DATA, null, false);
    double gap = value - target;
    boolean pointMeets = meets(direction, target, tolerance, value);
    if (completeEnumeration || lower == null || upper == null) {
      return new Decision(pointMeets ? Status.ACHIEVED : Status.NOT_ACHIEVED, gap, false);
    }
    if (scaleMax != null && target >= scaleMax && value >= scaleMax
        && (direction == Direction.GE || direction == Direction.NEAR)) {
      return new Decision(Status.ACHIEVED, gap, false);
    }
    Status s = switch (direction) {
      case GE -> lower >= target ? Status.ACHIEVED : upper < target ? Status.NOT_ACHIEVED : Status.CANNOT_TELL;
      case GT -> lower > target ? Status.ACHIEVED : upper <= target ? Status.NOT_ACHIEVED : Status.CANNOT_TELL;
      case LE -> upper <= target ? Status.ACHIEVED : lower > target ? Status.NOT_ACHIEVED : Status.CANNOT_TELL;
      case LT -> upper < target ? Status.ACHIEVED : lower >= target ? Status.NOT_ACHIEVED : Status.CANNOT_TELL;
      case NEAR -> lower >= target - tolerance && upper <= target + tolerance
          ? Status.ACHIEVED
          : upper < target - tolerance || lower > target + tolerance ? Status.NOT_ACHIEVED : Status.CANNOT_TELL;
    };
    return new Decision(s, gap, true);
  }

  /** Whether a single value meets the target. */
  public static boolean meets(Direction direction, double target, double tolerance, double value) {
    return switch (direction) {
      case GE -> value >= target;
      case GT -> value > target;
      case LE -> value <= target;
      case LT -> value < target;
      case NEAR -> Math.abs(value - target) <= tolerance;
    };
  }
}
