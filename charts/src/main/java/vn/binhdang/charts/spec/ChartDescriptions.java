package vn.binhdang.charts.spec;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

import vn.binhdang.charts.theme.Formats;
import vn.binhdang.charts.theme.Messages;

/**
 * A chart in words: its title and a one-line summary of what it shows, in the chart's language, for the
 * alternative text of an image (the HTML report) or a figure's tag in a PDF. Written from the spec
 * alone, so that it can state nothing a chart does not: specs never hold a suppressed value.
 */
public final class ChartDescriptions {

    private ChartDescriptions() {
    }

    /** "title — subtitle. summary." */
    public static String describe(ChartSpec spec) {
        return title(spec) + ". " + summary(spec) + ".";
    }

    /** The chart's title, with its subtitle ("Các xã, thị trấn, 2021–2023 — Tỷ số …"). */
    public static String title(ChartSpec spec) {
        Messages m = Messages.of(spec.lang());
        return spec.subtitle() == null || spec.subtitle().isBlank() ? spec.title()
                : m.get("alt.title", "title", spec.title(), "subtitle", spec.subtitle());
    }

    /** One line on what the chart shows (no final full stop). */
    public static String summary(ChartSpec spec) {
        if (spec instanceof TrendChartSpec t) {
            return trend(t);
        }
        if (spec instanceof CommuneBarSpec c) {
            return communes(c);
        }
        if (spec instanceof FunnelSpec f) {
            return funnel(f);
        }
        if (spec instanceof SexPairSpec s) {
            return sexes(s);
        }
        throw new IllegalArgumentException("No description for " + spec.getClass().getSimpleName());
    }

    private static String number(ChartSpec spec, double value, int decimals, String unit) {
        return Formats.withUnit(Formats.of(spec.lang()).number(value, decimals), unit);
    }

    static String trend(TrendChartSpec t) {
        Messages m = Messages.of(t.lang());
        List<String> parts = new ArrayList<>();
        int hidden = 0;
        for (TrendSeries s : t.series()) {
            hidden += s.suppressedYears().size();
            if (s.points().isEmpty()) {
                continue;
            }
            TrendPoint first = s.points().get(0);
            TrendPoint last = s.points().get(s.points().size() - 1);
            parts.add(s.points().size() == 1
                    ? m.get("alt.trend.point", "label", s.label(), "value",
                            number(t, first.value(), t.decimals(), t.unitLabel()), "year", first.year())
                    : m.get("alt.trend.series", "label", s.label(),
                            "first", number(t, first.value(), t.decimals(), t.unitLabel()), "firstYear", first.year(),
                            "last", number(t, last.value(), t.decimals(), t.unitLabel()), "lastYear", last.year()));
        }
        String out = parts.isEmpty() ? m.get("chart.nodata") : String.join(m.get("value.join"), parts);
        if (t.target() != null) {
            out += m.get("value.join") + t.target().label();
        }
        if (hidden > 0) {
            out += m.get("alt.hidden", "count", hidden);
        }
        return out;
    }

    static String communes(CommuneBarSpec c) {
        Messages m = Messages.of(c.lang(), c.wording());
        List<CommuneBar> shown = c.communes().stream().filter(b -> b.state() == CommuneBar.State.VALUE)
                .sorted(Comparator.comparing(CommuneBar::value).reversed()).toList();
        String out;
        if (shown.isEmpty()) {
            out = m.get("alt.communes.none");
        } else if (shown.size() == 1) {
            out = m.get("alt.communes.one", "commune", shown.get(0).label(), "value",
                    number(c, shown.get(0).value(), c.decimals(), c.unitLabel()));
        } else {
            CommuneBar high = shown.get(0);
            CommuneBar low = shown.get(shown.size() - 1);
            out = m.get("alt.communes", "count", shown.size(), "high", high.label(),
                    "highValue", number(c, high.value(), c.decimals(), c.unitLabel()), "low", low.label(),
                    "lowValue", number(c, low.value(), c.decimals(), c.unitLabel()));
        }
        long hidden = c.communes().stream().filter(b -> b.state() == CommuneBar.State.SUPPRESSED).count();
        if (hidden > 0) {
            out += m.get("alt.hidden", "count", hidden);
        }
        if (c.district() != null) {
            out += m.get("value.join") + c.district().label();
        }
        return out;
    }

    static String funnel(FunnelSpec f) {
        Messages m = Messages.of(f.lang(), f.wording());
        List<FunnelSpec.Point> outside = f.points().stream()
                .filter(p -> p.position() != null && p.position() != FunnelSpec.Position.INSIDE).toList();
        String out = outside.isEmpty() ? m.get("alt.funnel.none", "total", f.points().size())
                : m.get("alt.funnel", "outside", outside.size(), "total", f.points().size(), "list",
                        outside.stream().map(p -> m.get(p.position().high() ? "sentence.funnel.high"
                                : "sentence.funnel.low", "commune", p.label())).collect(Collectors.joining(m.get("list.join"))));
        return f.centre().label() + m.get("value.join") + out;
    }

    static String sexes(SexPairSpec s) {
        Messages m = Messages.of(s.lang(), s.wording());
        List<String> parts = new ArrayList<>();
        SexPairSpec.Pair first = s.pairs().isEmpty() ? null : s.pairs().get(0);
        if (first != null && (first.female() != null || first.male() != null)) {
            parts.add(m.get("alt.sexes", "area", first.label(),
                    "female", first.female() == null ? m.get("chart.missing")
                            : number(s, first.female(), s.decimals(), s.unitLabel()),
                    "male", first.male() == null ? m.get("chart.missing")
                            : number(s, first.male(), s.decimals(), s.unitLabel())));
        }
        long both = s.pairs().stream().skip(1).filter(p -> p.female() != null && p.male() != null).count();
        parts.add(m.get("alt.sexes.communes", "count", both));
        String out = String.join(m.get("value.join"), parts);
        long hidden = s.pairs().stream().filter(SexPairSpec.Pair::suppressed).count();
        if (hidden > 0) {
            out += m.get("alt.hidden", "count", hidden);
        }
        return out;
    }
}
