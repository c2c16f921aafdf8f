package vn.binhdang.charts.release;

/** How a value is compared with its target (catalogue column {@code direction}). */
public enum Direction {
    GE("≥"), GT(">"), LE("≤"), LT("<"), NEAR("≈");

    private final String symbol;

    Direction(String symbol) {
        this.symbol = symbol;
    }

    /** The mathematical sign shown before a target value, e.g. "≥ 60 %". */
    public String symbol() {
        return symbol;
    }

    /** Parses the catalogue code; null stays null (no target). */
    public static Direction parse(String code) {
        if (code == null || code.isBlank()) {
            return null;
        }
        try {
            return valueOf(code.trim().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new ReleaseException("Unknown target direction '" + code + "' (expected ge, gt, le, lt or near)");
        }
    }
}
