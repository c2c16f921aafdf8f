package vn.binhdang.charts.spec;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import vn.binhdang.charts.release.Direction;
import vn.binhdang.charts.release.GenderGapRow;
import vn.binhdang.charts.release.IndicatorDef;
import vn.binhdang.charts.release.IndicatorKind;
import vn.binhdang.charts.release.IndicatorValue;
import vn.binhdang.charts.release.Release;
import vn.binhdang.charts.release.ReleaseReader;
import vn.binhdang.charts.release.Sex;
import vn.binhdang.charts.release.TargetStatus;
import vn.binhdang.charts.release.TargetStatusRow;
import vn.binhdang.charts.release.TrendSummary;

/**
 * The two or three sentences under an indicator's charts, written from the numbers: the plan year's
 * value against the target, the trend, and the sex gap (indicators by sex) or the communes. Every
 * number comes from a record whose suppressed cells carry none, so no sentence can state a hidden value.
 */
public final class Sentences {

    private final Release release;
    private final IndicatorDef ind;
    private final String district;
    private final int year;
    private final IndicatorTexts texts;

    public Sentences(Release release, IndicatorDef ind, String district, int year, IndicatorTexts texts) {
        this.release = release;
        this.ind = ind;
        this.district = district;
        this.year = year;
        this.texts = texts;
    }

    private String m(String key, Object... args) {
        return texts.messages().get(key, args);
    }

    /** The sentences of the indicator page; {@code view} is the communes' view (null for district-only indicators). */
    public List<String> all(CommuneView view, boolean funnelDrawn) {
        return all(view, funnelDrawn, null);
    }

    /** Same, with the funnel drawn on the page, whose positions the sentence repeats. */
    public List<String> all(CommuneView view, boolean funnelDrawn, FunnelSpec funnel) {
        List<String> out = new ArrayList<>();
        out.add(status());
        coverage().ifPresent(out::add);
        trend().ifPresent(out::add);
        if (ind.bySex()) {
            gap().ifPresent(out::add);
        } else if (view != null) {
            communes(view, funnelDrawn, funnel).ifPresent(out::add);
        } else if (!ind.communeLevel()) {
            out.add(m("page.district.only"));
        }
        return out;
    }

    /** Which communes the district value of the year leaves out, by name; empty when it has them all. */
    Optional<String> coverage() {
        List<vn.binhdang.charts.release.AreaDef> missing = Coverage.missing(release, ind, district,
                StatusLines.judgedSexes(ind), year);
        if (missing.isEmpty()) {
            return Optional.empty();
        }
        int total = release.children(district).size();
        List<String> names = missing.stream().map(a -> a.name(texts.lang())).toList();
        return Optional.of(m("sentence.coverage", "year", year, "reporting", total - missing.size(), "total", total,
                "list", String.join(m("list.join"), names)));
    }

    /** "Tỷ số giới tính khi sinh năm 2023: 108,2 bé trai/100 bé gái (KTC 95 %: 101,3–115,6) — chưa đạt chỉ tiêu 100." */
    public String status() {
        List<Sex> sexes = StatusLines.judgedSexes(ind);
        String name = ind.name(texts.lang());
        if (sexes.size() == 1 && sexes.get(0) == Sex.T) {
            IndicatorValue v = release.value(ind.code(), district, Sex.T, year).orElse(null);
            if (v != null && v.suppressed()) {
                return m("sentence.suppressed", "name", name, "year", year);
            }
            if (v == null || v.value() == null) {
                return m("sentence.missing", "name", name, "year", year);
            }
            return m("sentence.status", "name", name, "year", year, "value", value(v), "verdict", verdict(Sex.T, v));
        }
        List<String> parts = new ArrayList<>();
        for (Sex sex : sexes) {
            IndicatorValue v = release.value(ind.code(), district, sex, year).orElse(null);
            String value = v != null && v.suppressed() ? m("value.suppressed")
                    : v == null || v.value() == null ? m("value.missing") : value(v);
            String verdict = v != null && v.plottable() ? verdict(sex, v)
                    : v != null && v.suppressed() ? m("verdict.suppressed") : m("verdict.no_data", "target", target());
            parts.add(v != null && v.plottable()
                    ? m("sentence.status.sex", "sex", texts.sexLabelLower(sex), "value", value, "verdict", verdict)
                    : texts.messages().get("value.sex", "sex", texts.sexLabelLower(sex), "value", value));
        }
        return m("sentence.status.sexes", "name", name, "year", year, "parts",
                String.join(m("sentence.status.join"), parts));
    }

    /** Value with unit and, except for complete counts, its interval. */
    private String value(IndicatorValue v) {
        String s = vn.binhdang.charts.theme.Formats.withUnit(texts.formats().number(v.value(), ind.kind().decimals()),
                ind.unit(texts.lang()));
        if (v.hasInterval() && !ind.completeEnumeration()) {
            s += " " + m("value.ci", "range", texts.formats().range(v.ciLower(), v.ciUpper(), ind.kind().decimals()));
        }
        return s;
    }

    /** The target as said in a sentence: "≥ 50 %", but "100" for a close-to target. */
    private String target() {
        if (!ind.hasTarget()) {
            return m("target.none");
        }
        if (ind.direction() == Direction.NEAR) {
            String t = texts.formats().compact(ind.target());
            return ind.percent() ? t + " %" : t;
        }
        return texts.target(ind);
    }

    private String verdict(Sex sex, IndicatorValue v) {
        if (!ind.hasTarget() || !(ind.targetSexes().isEmpty() || ind.targetSexes().contains(sex))) {
            return m("verdict.no_target");
        }
        if (release.extras().missingTables().contains(ReleaseReader.MART_TARGET_STATUS)) {
            return m("verdict.not_assessed", "target", target());
        }
        Optional<TargetStatusRow> row = release.status(ind.code(), district, sex, year);
        if (row.isPresent() && row.get().suppressed()) {
            return m("verdict.suppressed");
        }
        TargetStatus s = row.map(TargetStatusRow::status).orElse(TargetStatus.NO_DATA);
        String verdict = m("verdict." + s.code(), "target", target());
        if (ind.completeEnumeration() && s != TargetStatus.NO_DATA) {
            verdict += " (" + m("verdict.complete") + ")";
        }
        return verdict;
    }

    /** The district trend of the first judged sex; empty without {@code mart_trend}. */
    public Optional<String> trend() {
        Sex sex = StatusLines.judgedSexes(ind).get(0);
        Optional<TrendSummary> t = release.trend(ind.code(), district, sex);
        if (t.isEmpty()) {
            return Optional.empty();
        }
        TrendSummary s = t.get();
        String sexPart = sex == Sex.T ? "" : m("sentence.trend.sex", "sex", texts.sexLabelLower(sex));
        // First: the mart tests every yearly value, hidden ones included, so even "flat" or "too few
        // years" would say something about them.
        List<IndicatorValue> series = release.series(ind.code(), district, sex);
        if ((s.suppressed() || series.stream().anyMatch(IndicatorValue::suppressed)) && !series.isEmpty()) {
            return Optional.of(m("sentence.trend.hidden", "first", series.get(0).year(), "last",
                    series.get(series.size() - 1).year(), "sex", sexPart));
        }
        if ("too_few_points".equals(s.testStatus()) || s.firstYear() == null || s.lastYear() == null) {
            return Optional.of(m("sentence.trend.few", "sex", sexPart));
        }
        if ("flat_series".equals(s.testStatus())) {
            return Optional.of(m("sentence.trend.flat", "first", s.firstYear(), "last", s.lastYear(), "sex", sexPart));
        }
        if (s.senSlope() == null) {
            return Optional.empty();
        }
        int d = Math.max(ind.kind().decimals(), Math.abs(s.senSlope()) < 0.1 ? 2 : 1);
        String slope = texts.formats().number(Math.abs(s.senSlope()), d);
        if (ind.percent()) {
            slope += " " + m("unit.points");
        }
        String dir = s.directionOfChange() == null ? "no_clear_trend" : s.directionOfChange();
        if (!List.of("improving", "worsening", "no_clear_trend", "no_target").contains(dir)) {
            dir = "no_clear_trend";
        }
        String sentence = m("sentence.trend", "first", s.firstYear(), "last", s.lastYear(), "sex", sexPart,
                "change", m(s.senSlope() >= 0 ? "change.up" : "change.down"), "slope", slope,
                "verdict", m("trend.verdict." + dir, "p", p(s.mkPValue())));
        if ("improving".equals(dir) && s.yearTargetReached() != null && s.yearTargetReached() > year) {
            TargetStatus st = release.status(ind.code(), district, sex, year).map(TargetStatusRow::status)
                    .orElse(TargetStatus.NO_DATA);
            if (st != TargetStatus.ACHIEVED) {
                sentence += " " + m("sentence.trend.reach", "year", s.yearTargetReached());
            }
        }
        return Optional.of(sentence);
    }

    private String p(Double p) {
        if (p == null) {
            return "p = –";
        }
        if (p < 0.001) {
            return m("p.small", "p", texts.formats().number(0.001, 3));
        }
        return m("p.value", "p", texts.formats().number(p, 3));
    }

    /** Women − men in the district in the plan year, with its interval where the mart gives one. */
    public Optional<String> gap() {
        IndicatorValue f = release.value(ind.code(), district, Sex.F, year).orElse(null);
        IndicatorValue mm = release.value(ind.code(), district, Sex.M, year).orElse(null);
        GenderGapRow g = release.gap(ind.code(), district, year).orElse(null);
        if ((f != null && f.suppressed()) || (mm != null && mm.suppressed()) || (g != null && g.suppressed())) {
            return Optional.of(m("sentence.gap.hidden", "year", year));
        }
        if (f == null || mm == null || f.value() == null || mm.value() == null) {
            return Optional.empty();
        }
        int d = ind.kind().decimals();
        String unit = ind.percent() ? " " + m("unit.points") : "";
        double gap = g != null && g.gap() != null ? g.gap() : f.value() - mm.value();
        Double parity = g != null ? g.parityIndex() : mm.value() != 0 ? f.value() / mm.value() : null;
        String parityText = parity == null ? "–" : texts.formats().number(parity, 2);
        if (g != null && g.hasGapInterval()) {
            boolean significant = g.gapLower() > 0 || g.gapUpper() < 0;
            return Optional.of(m("sentence.gap", "year", year, "gap", texts.formats().signed(gap, d) + unit,
                    "lower", texts.formats().signed(g.gapLower(), d), "upper", texts.formats().signed(g.gapUpper(), d),
                    "significance", m(significant ? "gap.significant" : "gap.not_significant"), "parity", parityText));
        }
        return Optional.of(m("sentence.gap.nointerval", "year", year, "gap", texts.formats().signed(gap, d) + unit,
                "parity", parityText));
    }

    /** Which communes lie outside the funnel's 95 % limits, or the highest and lowest commune. */
    public Optional<String> communes(CommuneView view, boolean funnelDrawn) {
        return communes(view, funnelDrawn, null);
    }

    /** Same, reading the positions from the funnel drawn (the same the reader sees). */
    public Optional<String> communes(CommuneView view, boolean funnelDrawn, FunnelSpec funnel) {
        List<CommuneView.Entry> visible = view.visible();
        String hidden = view.suppressedEntries().isEmpty() ? ""
                : m("sentence.communes.hidden", "count", view.suppressedEntries().size());
        if (visible.isEmpty()) {
            return hidden.isEmpty() ? Optional.empty() : Optional.of(hidden.strip());
        }
        int d = ind.kind().decimals();
        String join = m("list.join");
        if (funnelDrawn) {
            List<String> outside = new ArrayList<>();
            for (CommuneView.Entry e : visible) {
                FunnelSpec.Position p = funnel == null ? view.band(e) : funnel.points().stream()
                        .filter(pt -> pt.areaCode().equals(e.area().code())).map(FunnelSpec.Point::position)
                        .findFirst().orElse(null);
                if (p == null || p == FunnelSpec.Position.INSIDE) {
                    continue;
                }
                outside.add(m(p.high() ? "sentence.funnel.high" : "sentence.funnel.low", "commune",
                        e.area().name(texts.lang())));
            }
            String none = view.additive().isPresent() ? "sentence.funnel.none_spread" : "sentence.funnel.none";
            String s = outside.isEmpty() ? m(none, "period", view.periodText())
                    : m("sentence.funnel", "period", view.periodText(), "count", outside.size(), "total",
                            view.entries().size(), "list", String.join(join, outside));
            return Optional.of(s + hidden);
        }
        if (ind.kind() == IndicatorKind.ALL_PERIODS_SHARE) {
            return Optional.of(allPeriods(view, visible, join) + hidden);
        }
        List<CommuneView.Entry> sorted = visible.stream()
                .sorted(Comparator.comparingDouble((CommuneView.Entry e) -> e.value().value()).reversed()).toList();
        if (sorted.size() == 1) {
            CommuneView.Entry only = sorted.get(0);
            return Optional.of(m("sentence.range.one", "period", view.periodText(), "commune",
                    only.area().name(texts.lang()), "value", unitValue(only.value().value(), d)) + hidden);
        }
        CommuneView.Entry hi = sorted.get(0);
        CommuneView.Entry lo = sorted.get(sorted.size() - 1);
        String highs = sorted.stream().filter(e -> e.value().value().equals(hi.value().value()))
                .map(e -> e.area().name(texts.lang())).collect(Collectors.joining(join));
        String lows = sorted.stream().filter(e -> e.value().value().equals(lo.value().value()))
                .map(e -> e.area().name(texts.lang())).collect(Collectors.joining(join));
        if (hi.value().value().equals(lo.value().value())) {
            return Optional.of(m("sentence.range.same", "period", view.periodText(),
                    "value", unitValue(hi.value().value(), d)) + hidden);
        }
        return Optional.of(m("sentence.range", "period", view.periodText(), "high", highs, "highValue",
                unitValue(hi.value().value(), d), "low", lows, "lowValue", unitValue(lo.value().value(), d)) + hidden);
    }

    /** Which communes met the bar in every period, which did not, and which are incomplete (not failing). */
    private String allPeriods(CommuneView view, List<CommuneView.Entry> visible, String join) {
        List<String> met = new ArrayList<>();
        List<String> notMet = new ArrayList<>();
        List<String> pending = new ArrayList<>();
        for (CommuneView.Entry e : visible) {
            var p = e.value().periods();
            String name = e.area().name(texts.lang());
            if (e.value().value() > 0) {
                met.add(name);
            } else if (p != null && p.below().isEmpty() && !p.missing().isEmpty()) {
                pending.add(name);
            } else {
                notMet.add(name);
            }
        }
        String none = m("sentence.periods.none");
        String s = m("sentence.periods", "period", view.periodText(), "met", met.size(), "total", visible.size(),
                "metList", met.isEmpty() ? none : String.join(join, met),
                "notMetList", notMet.isEmpty() ? none : String.join(join, notMet));
        return pending.isEmpty() ? s : s + " " + m("sentence.periods.pending", "list", String.join(join, pending));
    }

    private String unitValue(double v, int d) {
        return vn.binhdang.charts.theme.Formats.withUnit(texts.formats().number(v, d), ind.unit(texts.lang()));
    }
}
