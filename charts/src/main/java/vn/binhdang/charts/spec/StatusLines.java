package vn.binhdang.charts.spec;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import vn.binhdang.charts.Lang;
import vn.binhdang.charts.release.IndicatorDef;
import vn.binhdang.charts.release.IndicatorValue;
import vn.binhdang.charts.release.Release;
import vn.binhdang.charts.release.ReleaseReader;
import vn.binhdang.charts.release.Sex;
import vn.binhdang.charts.release.TargetStatus;
import vn.binhdang.charts.release.TargetStatusRow;
import vn.binhdang.charts.release.TrendSummary;
import vn.binhdang.charts.theme.Light;
import vn.binhdang.charts.theme.Tone;

/**
 * Builds {@link StatusLine}s: values from {@code fct_indicator}, status from {@code mart_target_status},
 * trend from {@code mart_trend}. A hidden value shows as hidden whatever the marts say; a missing mart
 * shows as "not assessed", never as a made-up status.
 */
public final class StatusLines {

    private StatusLines() {
    }

    /** The sexes judged against the target (F, or F and M), else the sexes drawn. */
    public static List<Sex> judgedSexes(IndicatorDef ind) {
        if (ind.hasTarget() && !ind.targetSexes().isEmpty()) {
            return ind.targetSexes().stream().sorted().toList();
        }
        return TrendSpecs.drawnSexes(ind);
    }

    public static StatusLine line(Release release, IndicatorDef ind, String areaCode, int year, Lang lang) {
        IndicatorTexts texts = IndicatorTexts.of(release, areaCode, lang);
        List<Sex> sexes = judgedSexes(ind);
        List<StatusEntry> entries = new ArrayList<>();
        for (Sex sex : sexes) {
            IndicatorValue v = release.value(ind.code(), areaCode, sex, year).orElse(null);
            String sexLabel = sex == Sex.T ? null : texts.sexLabel(sex);
            String value = valueText(texts, ind, v);
            int communes = release.children(areaCode).size();
            int missing = Coverage.missing(release, ind, areaCode, sex, year).size();
            if (missing > 0) { // a district value resting on some communes only says so wherever it is shown
                value = texts.messages().get("coverage.value", "value", value, "reporting", communes - missing,
                        "total", communes);
            }
            entries.add(new StatusEntry(sex, sexLabel, value, intervalText(texts, ind, v),
                    status(release, ind, areaCode, sex, year, v, texts), trend(release, ind, areaCode, sex, texts),
                    v != null && v.plottable() ? rounded(v.value(), ind.kind().decimals()) : null));
        }
        return new StatusLine(ind.code(), ind.objective(), ind.name(lang), texts.target(ind), entries);
    }

    /**
     * A value rounded as it is printed (half up on the exact double, as {@code Formats}, to the
     * indicator's decimals): the number behind a table's sort order says no more than the text does.
     */
    static double rounded(double value, int decimals) {
        return new java.math.BigDecimal(value).setScale(decimals, java.math.RoundingMode.HALF_UP).doubleValue();
    }

    /**
     * "46,3 %", or "bị ẩn" / "không có số liệu"; for one commune's all-periods share, whether it met
     * the bar in every period ("Đạt ở cả 4 quý"), not its 0 or 100 %.
     */
    static String valueText(IndicatorTexts texts, IndicatorDef ind, IndicatorValue v) {
        if (v != null && v.suppressed()) {
            return texts.messages().get("chart.suppressed");
        }
        if (v == null || v.value() == null) {
            return texts.messages().get("chart.missing");
        }
        Optional<String> periods = PeriodTexts.forArea(texts, ind, v);
        if (periods.isPresent()) {
            return periods.get();
        }
        return withUnit(texts, ind, v.value());
    }

    private static String withUnit(IndicatorTexts texts, IndicatorDef ind, double value) {
        return vn.binhdang.charts.theme.Formats.withUnit(texts.formats().number(value, ind.kind().decimals()),
                ind.unit(texts.lang()));
    }

    static String intervalText(IndicatorTexts texts, IndicatorDef ind, IndicatorValue v) {
        if (v == null || !v.plottable() || !v.hasInterval()) {
            return null;
        }
        return texts.formats().range(v.ciLower(), v.ciUpper(), ind.kind().decimals());
    }

    /** The light and word of one value: hidden, not assessed, no target, or the mart's status. */
    static StatusMark status(Release release, IndicatorDef ind, String areaCode, Sex sex, int year, IndicatorValue v,
                             IndicatorTexts texts) {
        var m = texts.messages();
        Optional<TargetStatusRow> row = release.status(ind.code(), areaCode, sex, year);
        if ((v != null && v.suppressed()) || row.map(TargetStatusRow::suppressed).orElse(false)) {
            return new StatusMark(Light.NO_DATA, m.get("status.suppressed"));
        }
        if (!ind.hasTarget() || !(ind.targetSexes().isEmpty() || ind.targetSexes().contains(sex))) {
            return new StatusMark(Light.NO_DATA, m.get("status.no_target"));
        }
        if (release.extras().missingTables().contains(ReleaseReader.MART_TARGET_STATUS)) {
            return new StatusMark(Light.NO_DATA, m.get("status.not_assessed"));
        }
        TargetStatus s = row.map(TargetStatusRow::status).orElse(TargetStatus.NO_DATA);
        return mark(s, texts);
    }

    public static StatusMark mark(TargetStatus s, IndicatorTexts texts) {
        Light light = switch (s) {
            case ACHIEVED -> Light.ACHIEVED;
            case CANNOT_TELL -> Light.CANNOT_TELL;
            case NOT_ACHIEVED -> Light.NOT_ACHIEVED;
            case NO_DATA -> Light.NO_DATA;
        };
        return new StatusMark(light, texts.messages().get("status." + s.code()));
    }

    /** The trend arrow of a series from {@code mart_trend}; "–, not assessed" without the mart or its row. */
    static TrendMark trend(Release release, IndicatorDef ind, String areaCode, Sex sex, IndicatorTexts texts) {
        var m = texts.messages();
        Optional<TrendSummary> t = release.trend(ind.code(), areaCode, sex);
        if (t.isEmpty()) {
            return new TrendMark("–", Tone.NEUTRAL, m.get("trend.unknown"));
        }
        TrendSummary s = t.get();
        // The mart's test runs over every yearly value, hidden ones included: its verdict would tell
        // something about them, so a series with a hidden year gets none.
        if (s.suppressed() || release.series(ind.code(), areaCode, sex).stream().anyMatch(IndicatorValue::suppressed)) {
            return new TrendMark("–", Tone.NEUTRAL, m.get("trend.hidden"));
        }
        if ("too_few_points".equals(s.testStatus())) {
            return new TrendMark("–", Tone.NEUTRAL, m.get("trend.too_few_points"));
        }
        if ("flat_series".equals(s.testStatus())) {
            return new TrendMark("→", Tone.NEUTRAL, m.get("trend.flat_series"));
        }
        Double slope = s.senSlope() != null && s.senSlope() != 0 ? s.senSlope() : s.olsSlope();
        String arrow = slope == null || slope == 0 ? "→" : slope > 0 ? "↑" : "↓";
        String dir = s.directionOfChange() == null ? "no_clear_trend" : s.directionOfChange();
        return switch (dir) {
            case "improving" -> new TrendMark(arrow, Tone.GOOD, m.get("trend.improving"));
            case "worsening" -> new TrendMark(arrow, Tone.BAD, m.get("trend.worsening"));
            case "no_target" -> significant(s)
                    ? new TrendMark(arrow, Tone.NEUTRAL, m.get(slope != null && slope > 0 ? "trend.rising" : "trend.falling"))
                    : new TrendMark("→", Tone.NEUTRAL, m.get("trend.no_clear_trend"));
            default -> new TrendMark("→", Tone.NEUTRAL, m.get("trend.no_clear_trend"));
        };
    }

    static boolean significant(TrendSummary s) {
        return s.mkPValue() != null && s.mkPValue() < 0.05;
    }
}
