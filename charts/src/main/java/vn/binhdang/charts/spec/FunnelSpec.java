package vn.binhdang.charts.spec;

import java.util.List;

import vn.binhdang.charts.Lang;
import vn.binhdang.charts.theme.Wording;

/**
 * A funnel plot (Spiegelhalter 2005): x = denominator, y = value; the district value as the centre
 * line; 95 % and 99.8 % control limits as curves over a range of denominators; communes as labelled
 * points, shaped by where they fall. Values and limits are in the indicator's unit.
 *
 * @param wording  the words of the area the chart compares within ({@link AreaWording})
 * @param limits   the limit curves, by increasing denominator
 * @param adjusted the limits allow for over-dispersion (additive random effects)
 */
public record FunnelSpec(
        String id,
        String indicatorCode,
        Lang lang,
        Wording wording,
        String title,
        String subtitle,
        String xLabel,
        String yLabel,
        int decimals,
        Double maxValue,
        ReferenceValue centre,
        List<Limits> limits,
        List<Point> points,
        boolean adjusted,
        List<String> notes) implements ChartSpec {

    /** The four limits at one denominator; a null limit is off the scale (an infinite sex ratio). */
    public record Limits(double n, Double lower998, Double lower95, Double upper95, Double upper998) {
    }

    /** Where a commune falls against the limits. */
    public enum Position {
        INSIDE, HIGH_95, LOW_95, HIGH_998, LOW_998;

        public boolean high() {
            return this == HIGH_95 || this == HIGH_998;
        }

        public boolean low() {
            return this == LOW_95 || this == LOW_998;
        }

        /** Parses the mart's {@code funnel_band}; null stays null. */
        public static Position parse(String band) {
            if (band == null || band.isBlank()) {
                return null;
            }
            return valueOf(band.trim().toUpperCase(java.util.Locale.ROOT));
        }
    }

    /** One commune: its denominator, value and position; label is its short name. */
    public record Point(String areaCode, String label, double n, double value, Position position) {
    }

    public FunnelSpec {
        limits = List.copyOf(limits);
        points = List.copyOf(points);
        notes = List.copyOf(notes);
    }

    /**
     * Up to this many points every commune is named; beyond it (a province's dozens of communes) only those outside
     * the 95 % limits, the ones a reader looks for, so the labels stay legible.
     */
    public static final int NAME_ALL_UP_TO = 12;

    /** Whether a point's name is drawn beside it. */
    public boolean named(Point p) {
        return points.size() <= NAME_ALL_UP_TO || p.position() != null && p.position() != Position.INSIDE;
    }

    @Override
    public ChartKind kind() {
        return ChartKind.FUNNEL;
    }

    @Override
    public int pointCount() {
        return points.size();
    }
}
