package vn.binhdang.charts.spec;

import vn.binhdang.charts.release.Direction;

/** The plan's target drawn as a dashed horizontal line, with its label ("Chỉ tiêu 2023: ≥ 60 %"). */
public record TargetLine(double value, Direction direction, String label) {
}
