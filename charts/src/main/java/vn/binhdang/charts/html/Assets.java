package vn.binhdang.charts.html;

import java.awt.Color;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import vn.binhdang.charts.theme.Light;
import vn.binhdang.charts.theme.Palette;
import vn.binhdang.charts.theme.Tone;

/** The report's style sheet and script: static rules from resources, colours from the chart theme. */
final class Assets {

    private Assets() {
    }

    static String hex(Color c) {
        return String.format("#%02X%02X%02X", c.getRed(), c.getGreen(), c.getBlue());
    }

    /**
     * The style sheet: the theme's colours as CSS variables (the Okabe–Ito palette of the charts, the
     * lights and tones of the pack), then the rules of {@code report.css}.
     */
    static String css() {
        StringBuilder b = new StringBuilder("/* Bình Đẳng HTML report. Colours: the chart theme (Okabe–Ito). */\n");
        b.append(":root {\n");
        var(b, "text", Palette.TEXT);
        var(b, "muted", Palette.MUTED_TEXT);
        var(b, "accent", Palette.BLUE);
        var(b, "rule", Palette.RULE);
        var(b, "table-rule", Palette.TABLE_RULE);
        var(b, "group", Palette.TABLE_GROUP);
        var(b, "suppressed", Palette.SUPPRESSED);
        var(b, "female", Palette.sex(vn.binhdang.charts.release.Sex.F));
        var(b, "male", Palette.sex(vn.binhdang.charts.release.Sex.M));
        for (Light l : Light.values()) {
            var(b, "light-" + cssName(l.name()), l.colour());
        }
        for (Tone t : Tone.values()) {
            var(b, "tone-" + cssName(t.name()), t.colour());
        }
        b.append("}\n\n");
        return b + resource("report.css");
    }

    static String cssName(String enumName) {
        return enumName.toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }

    private static void var(StringBuilder b, String name, Color c) {
        b.append("  --").append(name).append(": ").append(hex(c)).append(";\n");
    }

    static String resource(String name) {
        try (InputStream in = Assets.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("Missing resource " + name + " next to " + Assets.class);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + name, e);
        }
    }
}
