package vn.binhdang.charts;

import java.util.Locale;

/**
 * Language of a chart or chart pack. Vietnamese is the default: the pack goes to the district's leaders;
 * English is on request. Names come from the {@code *_vi} / {@code *_en} columns of the release.
 */
public enum Lang {
    VI("vi", Locale.forLanguageTag("vi-VN")),
    EN("en", Locale.forLanguageTag("en-GB"));

    public static final Lang DEFAULT = VI;

    private final String code;
    private final Locale locale;

    Lang(String code, Locale locale) {
        this.code = code;
        this.locale = locale;
    }

    /** ISO 639-1 code, used in file and directory names ({@code charts/vi/…}). */
    public String code() {
        return code;
    }

    public Locale locale() {
        return locale;
    }

    /** Picks the text of this language, falling back to the other one where it is missing. */
    public String pick(String vi, String en) {
        String first = this == VI ? vi : en;
        String other = this == VI ? en : vi;
        return first != null && !first.isBlank() ? first : other;
    }

    /** Parses "vi" / "en" (any case), for command-line flags. */
    public static Lang parse(String code) {
        for (Lang l : values()) {
            if (l.code.equalsIgnoreCase(code.trim())) {
                return l;
            }
        }
        throw new IllegalArgumentException("Unknown language '" + code + "' (expected vi or en)");
    }
}
