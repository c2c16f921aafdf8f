package vn.binhdang.charts.spec;

/** A labelled reference value drawn as a line across a chart: the district value among the communes. */
public record ReferenceValue(double value, String label) {
}
