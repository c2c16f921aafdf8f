package vn.binhdang.charts.html;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import vn.binhdang.charts.spec.FunnelSpec;
import vn.binhdang.charts.spec.StatusEntry;
import vn.binhdang.charts.spec.StatusMark;
import vn.binhdang.charts.spec.TrendMark;
import vn.binhdang.charts.theme.Light;
import vn.binhdang.charts.theme.Tone;

/** The small pieces the report's pages are made of: tables, values with intervals, status, trend, lights, sort keys. */
final class Cells {
    private static final String SVG_NS = "http://www.w3.org/2000/svg";

    private Cells() {
    }

    /** A table in a scrollable region named by its caption (wide tables scroll on a phone). */
    static void tableStart(Html h, String id, String caption, boolean hideCaption, String cls, boolean groups) {
        h.open("div", "class", "table-wrap", "role", "region", "aria-labelledby", id + "-caption", "tabindex", "0");
        h.open("table", "id", id, "class", cls, "data-sortable", "true", "data-groups", groups ? "true" : null).newline();
        h.element("caption", caption, "id", id + "-caption", "class", hideCaption ? "sr-only" : null).newline();
    }

    static void tableEnd(Html h) {
        h.close("table").close("div").newline();
    }

    /**
     * A column heading: its text and how the table sorts by it ({@code number} or {@code text}); a null sort type
     * is a numeric column the table does not sort by.
     */
    record Head(String text, String sortType) {
        static Head number(String text) {
            return new Head(text, "number");
        }

        static Head text(String text) {
            return new Head(text, "text");
        }

        static Head unsorted(String text) {
            return new Head(text, null);
        }
    }

    /** The table's heading row. */
    static void headRow(Html h, Head... heads) {
        h.open("thead").open("tr");
        for (Head x : heads) {
            if (x.sortType() == null) {
                h.element("th", x.text(), "scope", "col", "class", "num");
            } else {
                th(h, x.text(), x.sortType());
            }
        }
        h.close("tr").close("thead").newline();
    }

    static void th(Html h, String text, String sortType) {
        h.element("th", text, "scope", "col", "data-sort-type", sortType,
                "class", "number".equals(sortType) ? "num" : null);
    }

    /** "Nữ: 46,3 % (42,1–50,6)" as one line of a cell: the text of {@link StatusEntry#valueText}. */
    static void value(Html h, String sexLabel, String value, String interval) {
        h.open("span", "class", "entry");
        if (sexLabel != null) {
            h.element("span", sexLabel + ": ", "class", "sex");
        }
        h.text(value);
        if (interval != null) {
            h.text(" ");
            h.element("span", "(" + interval + ")", "class", "ci");
        }
        h.close("span");
    }

    static void status(Html h, StatusMark m) {
        h.open("span", "class", "status status-" + Assets.cssName(m.light().name()));
        light(h, m.light());
        h.text(" " + m.word());
        h.close("span");
    }

    static void trend(Html h, TrendMark t) {
        h.open("span", "class", "trend tone-" + Assets.cssName(t.tone().name()));
        h.element("span", t.arrow(), "class", "arrow");
        h.text(" " + t.word());
        h.close("span");
    }

    /**
     * A traffic light as inline SVG: the light's shape in its colour and its symbol inside (✓ ? ✗ –),
     * as in the PDF, so that status never rests on colour alone; the word beside it says it in text.
     */
    static void light(Html h, Light l) {
        String fill = Assets.hex(l.colour());
        String ink = Assets.hex(l.symbolColour());
        h.open("svg", "xmlns", SVG_NS, "class", "light", "viewBox", "0 0 16 16", "width", "16", "height", "16",
                "aria-hidden", "true", "focusable", "false");
        switch (l.shape()) {
            case CIRCLE -> h.empty("circle", "cx", "8", "cy", "8", "r", "7.2", "fill", fill);
            case DIAMOND -> h.empty("path", "d", "M8 0.4 15.6 8 8 15.6 0.4 8Z", "fill", fill);
            case SQUARE -> h.empty("rect", "x", "1.4", "y", "1.4", "width", "13.2", "height", "13.2", "fill", fill);
            case RING -> h.empty("circle", "cx", "8", "cy", "8", "r", "6.4", "fill", "none", "stroke", fill,
                    "stroke-width", "1.6");
        }
        switch (l) {
            case ACHIEVED -> h.empty("path", "d", "M4.6 8.4 7 10.7 11.5 5.6", "fill", "none", "stroke", ink,
                    "stroke-width", "1.9", "stroke-linecap", "round", "stroke-linejoin", "round");
            case NOT_ACHIEVED -> h.empty("path", "d", "M5.3 5.3 10.7 10.7M10.7 5.3 5.3 10.7", "fill", "none",
                    "stroke", ink, "stroke-width", "1.9", "stroke-linecap", "round");
            case CANNOT_TELL -> h.empty("path", "d", "M6.1 6.2C6.1 4.2 9.9 4.2 9.9 6.2 9.9 7.6 8 7.7 8 9.4M8 11.3v.3",
                    "fill", "none", "stroke", ink, "stroke-width", "1.7", "stroke-linecap", "round");
            case NO_DATA -> h.empty("path", "d", "M5.4 8h5.2", "stroke", ink, "stroke-width", "1.6",
                    "stroke-linecap", "round");
        }
        h.close("svg");
    }

    static Map<Light, Integer> counts(List<Light> lights) {
        Map<Light, Integer> out = new EnumMap<>(Light.class);
        lights.forEach(l -> out.merge(l, 1, Integer::sum));
        return out;
    }

    /** Sort order of a status: not achieved first, then cannot tell, achieved, no data. */
    static int severity(Light l) {
        return switch (l) {
            case NOT_ACHIEVED -> 0;
            case CANNOT_TELL -> 1;
            case ACHIEVED -> 2;
            case NO_DATA -> 3;
        };
    }

    /** Sort order of a trend: worsening, no clear or neutral change, improving, not assessed. */
    static int trendKey(TrendMark t) {
        if (t.tone() == Tone.BAD) {
            return 0;
        }
        if (t.tone() == Tone.GOOD) {
            return 2;
        }
        return "–".equals(t.arrow()) ? 3 : 1;
    }

    /** Sort order of a funnel position: from clearly higher to clearly lower. */
    static int compareKey(FunnelSpec.Position p) {
        return switch (p) {
            case HIGH_998 -> 0;
            case HIGH_95 -> 1;
            case INSIDE -> 2;
            case LOW_95 -> 3;
            case LOW_998 -> 4;
        };
    }

    /** A sort key: the printed (rounded) number, plain; empty for none. */
    static String number(Double n) {
        return n == null ? "" : BigDecimal.valueOf(n).stripTrailingZeros().toPlainString();
    }
}
