package vn.binhdang.charts.spec;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import vn.binhdang.charts.Lang;
import vn.binhdang.charts.release.IndicatorDef;
import vn.binhdang.charts.release.IndicatorValue;
import vn.binhdang.charts.release.Release;
import vn.binhdang.charts.release.Sex;
import vn.binhdang.charts.theme.Formats;
import vn.binhdang.charts.theme.Messages;
import vn.binhdang.charts.theme.Wording;

/**
 * The sentences about an indicator shared by charts and pages, so that a target or a value is worded
 * the same everywhere: "Chỉ tiêu 2023: ≥ 60 %", "Năm 2023: 108,2 (KTC 95 %: 101,3–115,6); chỉ tiêu: ≈ 100".
 */
public final class IndicatorTexts {

    private final Lang lang;
    private final Formats formats;
    private final Messages messages;

    /** The texts about a district and its communes ({@link Wording#DISTRICT}). */
    public IndicatorTexts(Lang lang) {
        this(lang, Wording.DISTRICT);
    }

    /** The texts with the words of the pack's area: "toàn tỉnh", "các xã, phường" for a province of 2025. */
    public IndicatorTexts(Lang lang, Wording wording) {
        this.lang = lang;
        this.formats = Formats.of(lang);
        this.messages = Messages.of(lang, wording);
    }

    /** The texts about an area of a release, in its words ({@link AreaWording}). */
    static IndicatorTexts of(Release release, String areaCode, Lang lang) {
        return new IndicatorTexts(lang, AreaWording.of(release, areaCode));
    }

    public Lang lang() {
        return lang;
    }

    public Formats formats() {
        return formats;
    }

    public Messages messages() {
        return messages;
    }

    /** "≥ 60 %", "≤ 31,8", "≈ 100"; the "none" word when the indicator has no target. */
    public String target(IndicatorDef ind) {
        if (!ind.hasTarget()) {
            return messages.get("target.none");
        }
        String value = formats.compact(ind.target());
        if (ind.tolerance() != null && ind.tolerance() > 0) {
            value += " ± " + formats.compact(ind.tolerance());
        }
        return ind.direction().symbol() + " " + (ind.percent() ? value + " %" : value);
    }

    /** The label of the target line: "Chỉ tiêu 2023: ≥ 60 %", "Chỉ tiêu 2023 (nữ): ≥ 50 %". */
    public String targetLabel(IndicatorDef ind, int planYear) {
        Optional<String> sexes = targetSexes(ind);
        return sexes.isPresent()
                ? messages.get("target.label.sexes", "year", planYear, "sexes", sexes.get(), "value", target(ind))
                : messages.get("target.label", "year", planYear, "value", target(ind));
    }

    /** "nữ", "nữ và nam" where the target is for particular sexes; empty for both sexes together. */
    public Optional<String> targetSexes(IndicatorDef ind) {
        if (ind.targetSexes().isEmpty() || ind.targetSexes().equals(java.util.Set.of(Sex.T))) {
            return Optional.empty();
        }
        return Optional.of(joinSexes(ind.targetSexes().stream().filter(s -> s != Sex.T).sorted().toList()));
    }

    public String sexLabel(Sex sex) {
        return messages.get("sex." + sex.name());
    }

    public String sexLabelLower(Sex sex) {
        return messages.get("sex." + sex.name() + ".lower");
    }

    public String joinSexes(Collection<Sex> sexes) {
        return sexes.stream().map(this::sexLabelLower).collect(Collectors.joining(messages.get("sexes.join")));
    }

    /** "2019, 2021". */
    public String years(Collection<Integer> years) {
        return years.stream().sorted().map(String::valueOf).collect(Collectors.joining(messages.get("note.years.join")));
    }

    /** "108,2 bé trai/100 bé gái (KTC 95 %: 101,3–115,6)", "số liệu bị ẩn" or "chưa có số liệu". */
    public String value(IndicatorDef ind, IndicatorValue v) {
        if (v == null || (!v.suppressed() && v.value() == null)) {
            return messages.get("value.missing");
        }
        if (v.suppressed()) {
            return messages.get("value.suppressed");
        }
        int d = ind.kind().decimals();
        String s = Formats.withUnit(formats.number(v.value(), d), ind.unit(lang));
        if (v.hasInterval()) {
            s += " " + messages.get("value.ci", "range", formats.range(v.ciLower(), v.ciUpper(), d));
        }
        return s;
    }

    /**
     * The line under a chart: the plan year's value of each drawn sex with its interval, and the
     * target. "Năm 2023: 108,2 bé trai/100 bé gái (KTC 95 %: 101,3–115,6); chỉ tiêu: ≈ 100".
     */
    public String valueLine(Release release, IndicatorDef ind, String areaCode, int planYear) {
        List<Sex> sexes = TrendSpecs.drawnSexes(ind);
        List<String> parts = new ArrayList<>();
        for (Sex sex : sexes) {
            String v = value(ind, release.value(ind.code(), areaCode, sex, planYear).orElse(null));
            parts.add(sexes.size() == 1 ? v : messages.get("value.sex", "sex", sexLabel(sex), "value", v));
        }
        String values = String.join(messages.get("value.join"), parts);
        Optional<String> targetSexes = targetSexes(ind);
        return targetSexes.isPresent()
                ? messages.get("value.line.sexes", "year", planYear, "values", values, "sexes", targetSexes.get(),
                        "target", target(ind))
                : messages.get("value.line", "year", planYear, "values", values, "target", target(ind));
    }
}
