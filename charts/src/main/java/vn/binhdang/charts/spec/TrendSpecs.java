package vn.binhdang.charts.spec;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;

import vn.binhdang.charts.Lang;
import vn.binhdang.charts.release.AreaDef;
import vn.binhdang.charts.release.IndicatorDef;
import vn.binhdang.charts.release.IndicatorKind;
import vn.binhdang.charts.release.IndicatorValue;
import vn.binhdang.charts.release.Release;
import vn.binhdang.charts.release.Sex;

/** Builds {@link TrendChartSpec}s from a release: which sexes, which points, which notes. */
public final class TrendSpecs {

    private TrendSpecs() {
    }

    /**
     * The sexes drawn for an indicator: women and men where the target is set for a sex (F, or F|M) and
     * the indicator is computed by sex; otherwise both sexes together (T), the value the target is for.
     */
    public static List<Sex> drawnSexes(IndicatorDef ind) {
        boolean targetBySex = ind.targetSexes().contains(Sex.F) || ind.targetSexes().contains(Sex.M);
        if (targetBySex) {
            List<Sex> bySex = new ArrayList<>();
            for (Sex s : List.of(Sex.F, Sex.M)) {
                if (ind.sexes().contains(s)) {
                    bySex.add(s);
                }
            }
            if (!bySex.isEmpty()) {
                return bySex;
            }
        }
        return List.of(Sex.T);
    }

    /** The trend of one indicator in one area, in the given language, with the plan year's target. */
    public static TrendChartSpec trend(Release release, IndicatorDef ind, String areaCode, Lang lang, int planYear) {
        IndicatorTexts texts = IndicatorTexts.of(release, areaCode, lang);
        List<Sex> sexes = drawnSexes(ind);
        String areaName = release.area(areaCode).map(a -> a.name(lang)).orElse(areaCode);

        List<TrendSeries> series = new ArrayList<>();
        int first = Integer.MAX_VALUE;
        int last = planYear;
        Map<Sex, SortedSet<Integer>> suppressed = new LinkedHashMap<>();
        Map<Sex, SortedSet<Integer>> unreliable = new LinkedHashMap<>();
        Map<Sex, SortedSet<Integer>> apportioned = new LinkedHashMap<>();
        for (Sex sex : sexes) {
            List<TrendPoint> points = new ArrayList<>();
            SortedSet<Integer> hidden = new TreeSet<>();
            SortedSet<Integer> weak = new TreeSet<>();
            SortedSet<Integer> approximate = new TreeSet<>();
            for (IndicatorValue v : release.series(ind.code(), areaCode, sex)) {
                first = Math.min(first, v.year());
                last = Math.max(last, v.year());
                if (v.suppressed()) {
                    hidden.add(v.year());
                } else if (v.value() != null) {
                    points.add(new TrendPoint(v.year(), v.value(), v.ciLower(), v.ciUpper()));
                    if (v.flagged(IndicatorValue.FLAG_UNRELIABLE) || v.flagged(IndicatorValue.FLAG_SMALL_DENOMINATOR)) {
                        weak.add(v.year());
                    }
                    if (v.flagged(IndicatorValue.FLAG_APPORTIONED)) {
                        approximate.add(v.year());
                    }
                }
            }
            String label = sex == Sex.T && sexes.size() == 1 ? areaName : texts.sexLabel(sex);
            series.add(new TrendSeries(sex, label, points, hidden));
            suppressed.put(sex, hidden);
            unreliable.put(sex, weak);
            apportioned.put(sex, approximate);
        }
        if (first == Integer.MAX_VALUE) {
            first = planYear;
        }

        List<String> notes = new ArrayList<>();
        notes.addAll(yearNotes(texts, suppressed, "note.suppressed"));
        boolean allWeak = series.stream().allMatch(s -> !s.points().isEmpty()
                && s.points().size() == unreliable.get(s.sex()).size());
        if (allWeak) {
            notes.add(texts.messages().get("note.unreliable.all"));
        } else {
            notes.addAll(yearNotes(texts, unreliable, "note.unreliable"));
        }
        notes.addAll(yearNotes(texts, apportioned, "note.apportioned"));

        TargetLine target = ind.hasTarget()
                ? new TargetLine(ind.target(), ind.direction(), texts.targetLabel(ind, planYear))
                : null;
        List<TrendSeries> national = national(release, ind, sexes, first, last, texts);
        String source = null;
        if (!national.isEmpty()) {
            java.util.Set<String> sources = new java.util.LinkedHashSet<>();
            for (Sex sex : sexes) {
                oneSource(release.published(ind.code(), NATIONAL, sex), first, last).stream()
                        .filter(p -> p.year() >= firstYearOf(series, planYear) && p.source() != null
                                && !p.source().isBlank())
                        .forEach(p -> sources.add(sourceName(p.source())));
            }
            if (!sources.isEmpty()) {
                source = texts.messages().get("note.national", "sources", String.join("; ", sources));
            }
        }
        String subtitle = texts.messages().get("chart.subtitle", "area", areaName, "first", first, "last", last);
        return new TrendChartSpec(ind.code(), lang, ind.name(lang), subtitle, ind.unit(lang), ind.kind().decimals(),
                includeZero(ind, series, target), ind.kind().boundedPercent() ? 100.0 : null,
                first, last, series, target, notes, national, source);
    }

    /**
     * Whether the value axis starts at 0: for shares and rates, unless the values and the target all lie
     * high above 0 (a gross completion ratio around 95 %), where a zero-based axis would flatten the
     * lines into the top of the chart; never for the sex ratio at birth (around 105).
     */
    static boolean includeZero(IndicatorDef ind, List<TrendSeries> series, TargetLine target) {
        if (ind.kind() == IndicatorKind.SEX_RATIO) {
            return false;
        }
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (TrendSeries s : series) {
            for (TrendPoint p : s.points()) {
                lo = Math.min(lo, p.low());
                hi = Math.max(hi, p.high());
            }
        }
        if (target != null) {
            lo = Math.min(lo, target.value());
            hi = Math.max(hi, target.value());
        }
        return !(lo > 0.55 * hi);
    }

    /**
     * The rows of one source: published_series may hold the same year from several publishers, and one
     * line must not zigzag between them. The source with the most years in range is kept (then by name).
     */
    static List<vn.binhdang.charts.release.PublishedValue> oneSource(List<vn.binhdang.charts.release.PublishedValue> rows,
                                                                    int first, int last) {
        Map<String, List<vn.binhdang.charts.release.PublishedValue>> bySource = new java.util.TreeMap<>();
        for (var p : rows) {
            bySource.computeIfAbsent(p.source() == null ? "" : p.source(), k -> new ArrayList<>()).add(p);
        }
        return bySource.values().stream()
                .max(java.util.Comparator.comparingLong((List<vn.binhdang.charts.release.PublishedValue> l) ->
                        l.stream().filter(p -> p.year() >= first && p.year() <= last).count()))
                .orElse(List.of());
    }

    /** A source without its series code: "World Bank, World Development Indicators (SP.ADO.TFRT), CC BY 4.0" → without "(SP.ADO.TFRT)". */
    public static String sourceName(String source) {
        return source.replaceAll("\\s*\\([A-Z][A-Z0-9]*(\\.[A-Z0-9]+)+\\)", "").trim();
    }

    /** Area code of the country in {@code dim_area} and {@code published_series}. */
    public static final String NATIONAL = "VN";

    private static int firstYearOf(List<TrendSeries> series, int planYear) {
        return series.stream().flatMap(s -> s.points().stream()).mapToInt(TrendPoint::year).min().orElse(planYear);
    }

    /**
     * The national line of each drawn sex from {@code published_series}, within the district's years;
     * empty when the release has no such series (the optional table is missing or has no row).
     */
    static List<TrendSeries> national(Release release, IndicatorDef ind, List<Sex> sexes, int first, int last,
                                      IndicatorTexts texts) {
        List<TrendSeries> out = new ArrayList<>();
        String country = release.area(NATIONAL).map(a -> a.name(texts.lang()))
                .orElse(texts.lang() == Lang.VI ? "Toàn quốc" : "Viet Nam");
        for (Sex sex : sexes) {
            List<TrendPoint> points = new ArrayList<>();
            for (var p : oneSource(release.published(ind.code(), NATIONAL, sex), first, last)) {
                if (p.year() >= first && p.year() <= last && Double.isFinite(p.value())) {
                    points.add(new TrendPoint(p.year(), p.value(), p.lower(), p.upper()));
                }
            }
            if (points.isEmpty()) {
                continue;
            }
            String label = sexes.size() == 1 && sex == Sex.T
                    ? texts.messages().get("chart.national", "area", country)
                    : texts.messages().get("chart.national.sex", "area", country, "sex", texts.sexLabelLower(sex));
            out.add(new TrendSeries(sex, label, points, new TreeSet<>()));
        }
        return out;
    }

    /** One note when every line has the same years, else one per sex ("Năm 2019 (nữ): …"). */
    private static List<String> yearNotes(IndicatorTexts texts, Map<Sex, SortedSet<Integer>> years, String key) {
        List<String> notes = new ArrayList<>();
        boolean same = years.values().stream().distinct().count() == 1;
        if (same) {
            SortedSet<Integer> y = years.values().iterator().next();
            if (!y.isEmpty()) {
                notes.add(texts.messages().get(key, "years", texts.years(y)));
            }
            return notes;
        }
        years.forEach((sex, y) -> {
            if (!y.isEmpty()) {
                notes.add(texts.messages().get(key + ".sex", "years", texts.years(y), "sex", texts.sexLabelLower(sex)));
            }
        });
        return notes;
    }

    /** "Huyện Kon Rẫy, tỉnh Kon Tum" / "Kon Rẫy district, Kon Tum province", from dim_area; a province alone. */
    public static String areaWithParent(Release release, String areaCode, Lang lang) {
        AreaDef area = release.area(areaCode).orElse(null);
        if (area == null) {
            return areaCode;
        }
        AreaDef parent = area.parentCode() == null ? null : release.area(area.parentCode()).orElse(null);
        if (parent == null || parent.level().equals("national")) {
            return area.name(lang); // "Tỉnh Quảng Ngãi", not "Tỉnh Quảng Ngãi, toàn quốc"
        }
        String parentName = parent.name(lang);
        if (lang == Lang.VI && !parentName.isEmpty()) {
            // Vietnamese writes the unit word in lower case inside a phrase: "…, tỉnh Kon Tum".
            parentName = parentName.substring(0, 1).toLowerCase(lang.locale()) + parentName.substring(1);
        }
        return new IndicatorTexts(lang).messages().get("pack.district", "district", area.name(lang),
                "province", parentName);
    }
}
