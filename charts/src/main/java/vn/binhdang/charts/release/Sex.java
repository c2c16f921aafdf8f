package vn.binhdang.charts.release;

import java.util.EnumSet;
import java.util.Set;

/** Sex codes of the warehouse: F (women/girls), M (men/boys), T (both sexes). */
public enum Sex {
    F, M, T;

    public static Sex parse(String code) {
        try {
            return valueOf(code.trim().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new ReleaseException("Unknown sex code '" + code + "' (expected F, M or T)");
        }
    }

    /** Parses a {@code |}-separated list such as "F|M|T"; null or empty gives an empty set. */
    public static Set<Sex> parseSet(String codes) {
        Set<Sex> set = EnumSet.noneOf(Sex.class);
        if (codes != null) {
            for (String c : codes.split("\\|")) {
                if (!c.isBlank()) {
                    set.add(parse(c));
                }
            }
        }
        return set;
    }
}
