package vn.binhdang.charts.spec;

/**
 * One commune in a commune comparison: its value and 95 % interval, or why it has none.
 *
 * @param label commune name shown on the axis
 */
public record CommuneBar(String areaCode, String label, Double value, Double lower, Double upper, State state) {

    /** A value to draw, a value hidden by disclosure control, or no value at all. */
    public enum State {
        VALUE, SUPPRESSED, MISSING
    }

    public CommuneBar {
        if (state != State.VALUE) {
            value = null;
            lower = null;
            upper = null;
        } else if (value == null) {
            throw new IllegalArgumentException("Commune " + areaCode + " has no value to draw");
        }
        if ((lower == null) != (upper == null)) {
            lower = null;
            upper = null;
        }
    }

    public boolean hasInterval() {
        return lower != null;
    }
}
