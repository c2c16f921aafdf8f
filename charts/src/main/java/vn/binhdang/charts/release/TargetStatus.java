package vn.binhdang.charts.release;

import java.util.Locale;

/** Status of a value against its target, as {@code mart_target_status.status} says (DESIGN §6). */
public enum TargetStatus {
    ACHIEVED, CANNOT_TELL, NOT_ACHIEVED, NO_DATA;

    /** Parses the mart's code ("achieved", "not_achieved", "cannot_tell", "no_data"). */
    public static TargetStatus parse(String code) {
        if (code == null || code.isBlank()) {
            return NO_DATA;
        }
        try {
            return valueOf(code.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new ReleaseException("Unknown target status '" + code
                    + "' (expected achieved, not_achieved, cannot_tell or no_data)");
        }
    }

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
