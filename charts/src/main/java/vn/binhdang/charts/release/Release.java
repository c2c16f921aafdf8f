package vn.binhdang.charts.release;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The published tables of one warehouse release that the charts need, indexed for lookups.
 * Indicators are in catalogue order: by objective, then by {@link IndicatorDef#sortOrder()}.
 */
public final class Release {

    private final String id;
    private final Path dir;
    private final List<IndicatorDef> indicators;
    private final Map<String, IndicatorDef> indicatorsByCode;
    private final Map<String, AreaDef> areas;
    /** The report year whose map the release is on (its manifest's {@code year}); null without a manifest. */
    private final Integer mapYear;
    private final List<IndicatorValue> values;
    private final Map<Key, List<IndicatorValue>> yearly;
    private final ReleaseExtras extras;
    // Lookups by key rather than scans: a pack asks for every commune of every indicator, and a
    // scan per question is quadratic in the number of communes (minutes at 1,000 communes).
    private final Map<Key, IndicatorValue> byPeriod;
    private final Map<Key, List<IndicatorValue>> pooledByYear;
    private final Map<Key, TargetStatusRow> statuses;
    private final Map<Key, TrendSummary> trends;
    private final Map<Key, GenderGapRow> gaps;
    private final Map<Key, List<CommuneCompareRow>> communes;
    private final Map<Key, List<PublishedValue>> published;

    public Release(String id, Path dir, List<IndicatorDef> indicators, List<AreaDef> areas,
                   List<IndicatorValue> values) {
        this(id, dir, indicators, areas, values, ReleaseExtras.none());
    }

    public Release(String id, Path dir, List<IndicatorDef> indicators, List<AreaDef> areas,
                   List<IndicatorValue> values, ReleaseExtras extras) {
        this.extras = extras;
        this.id = id;
        this.dir = dir;
        this.indicators = indicators.stream()
                .sorted(Comparator.comparingInt(IndicatorDef::objective).thenComparingInt(IndicatorDef::sortOrder))
                .toList();
        this.indicatorsByCode = this.indicators.stream()
                .collect(Collectors.toMap(IndicatorDef::code, i -> i, (a, b) -> {
                    throw new ReleaseException("dim_indicator lists " + a.code() + " twice");
                }, LinkedHashMap::new));
        this.areas = areas.stream().collect(Collectors.toMap(AreaDef::code, a -> a, (a, b) -> a, LinkedHashMap::new));
        this.values = List.copyOf(values);
        // the map of the run's year; for a release without a manifest (tests), of its latest year of data
        this.mapYear = extras.manifestIfPresent().map(m -> m.parameters().get("year")).map(Integer::valueOf)
                .orElseGet(() -> this.values.stream().filter(v -> !v.pooled()).map(IndicatorValue::year)
                        .max(Integer::compare).orElse(null));
        Map<Key, IndicatorValue> seen = new HashMap<>();
        for (IndicatorValue v : this.values) {
            if (!v.pooled() && seen.put(new Key(v.indicatorCode(), v.areaCode(), v.sex(), v.year()), v) != null) {
                throw new ReleaseException("fct_indicator has two yearly rows for " + v.indicatorCode() + ", area "
                        + v.areaCode() + ", year " + v.year() + ", sex " + v.sex());
            }
        }
        this.yearly = index(this.values.stream().filter(v -> !v.pooled()).toList(),
                v -> new Key(v.indicatorCode(), v.areaCode(), v.sex(), null));
        this.yearly.values().forEach(l -> l.sort(Comparator.comparingInt(IndicatorValue::year)));
        this.byPeriod = firsts(this.values, v -> new Key(v.indicatorCode(), v.areaCode(), v.sex(), v.periodLabel()));
        this.pooledByYear = index(this.values.stream().filter(IndicatorValue::pooled).toList(),
                v -> new Key(v.indicatorCode(), null, null, v.year()));
        this.statuses = firsts(extras.statuses(), r -> new Key(r.indicatorCode(), r.areaCode(), r.sex(), r.year()));
        this.trends = firsts(extras.trends(), r -> new Key(r.indicatorCode(), r.areaCode(), r.sex(), null));
        this.gaps = firsts(extras.gaps(), r -> new Key(r.indicatorCode(), r.areaCode(), null, r.year()));
        this.communes = index(extras.communes(),
                r -> new Key(r.indicatorCode(), null, r.sex(), Arrays.asList(r.year(), r.periodLabel())));
        this.published = index(extras.published(), p -> new Key(p.indicatorCode(), p.areaCode(), p.sex(), null));
        this.published.values().forEach(l -> l.sort(Comparator.comparingInt(PublishedValue::year)));
    }

    /**
     * A lookup key of shared parts (no concatenated string per row: a large release has millions); a part
     * a lookup does not use is null. {@code period}: a year, a period label, or both as a list.
     */
    private record Key(String indicator, String area, Sex sex, Object period) {
    }

    /** Rows grouped by key, each group in the order of {@code rows}. */
    private static <T> Map<Key, List<T>> index(List<T> rows, Function<T, Key> key) {
        Map<Key, List<T>> map = new HashMap<>();
        for (T row : rows) {
            map.computeIfAbsent(key.apply(row), k -> new ArrayList<>()).add(row);
        }
        return map;
    }

    /** The first row of each key, in the order of {@code rows}. */
    private static <T> Map<Key, T> firsts(List<T> rows, Function<T, Key> key) {
        Map<Key, T> map = new HashMap<>();
        for (T row : rows) {
            map.putIfAbsent(key.apply(row), row);
        }
        return map;
    }

    /** Release id: the name of the release directory (the run id). */
    public String id() {
        return id;
    }

    public Path dir() {
        return dir;
    }

    public List<IndicatorDef> indicators() {
        return indicators;
    }

    public Optional<IndicatorDef> indicator(String code) {
        return Optional.ofNullable(indicatorsByCode.get(code));
    }

    public List<AreaDef> areas() {
        return List.copyOf(areas.values());
    }

    public Optional<AreaDef> area(String code) {
        return Optional.ofNullable(areas.get(code));
    }

    /** All rows of {@code fct_indicator}, pooled ones included. */
    public List<IndicatorValue> values() {
        return values;
    }

    /** The yearly (not pooled) rows of one indicator, area and sex, by year. */
    public List<IndicatorValue> series(String indicatorCode, String areaCode, Sex sex) {
        return yearly.getOrDefault(new Key(indicatorCode, areaCode, sex, null), List.of());
    }

    /** The yearly row of one indicator, area, sex and year. */
    public Optional<IndicatorValue> value(String indicatorCode, String areaCode, Sex sex, int year) {
        return series(indicatorCode, areaCode, sex).stream().filter(v -> v.year() == year).findFirst();
    }

    /** Marts, rejects, optional tables and manifest. */
    public ReleaseExtras extras() {
        return extras;
    }

    /**
     * The area the release reports on, the run's scope: the manifest's {@code area} ({@code run --area}), else, for a
     * release written before runs recorded it, the lowest area of {@code dim_area} that holds the parent of every
     * commune, ward and town on the map of its year (Kon Rẫy for the sample), as the pipeline chooses it by default.
     */
    public String scope() {
        String recorded = extras.manifestIfPresent().map(m -> m.parameters().get("area")).orElse(null);
        return recorded != null && areas.containsKey(recorded) ? recorded : commonParent();
    }

    private String commonParent() {
        List<String> common = null;
        for (AreaDef a : areas.values()) {
            if (!REPORTING_LEVELS.contains(a.level()) || a.parentCode() == null
                    || (mapYear != null && !a.onMapOf(mapYear))) continue;
            List<String> path = pathTo(a.parentCode());
            if (common == null) {
                common = path;
            } else {
                int n = 0;
                while (n < common.size() && n < path.size() && common.get(n).equals(path.get(n))) n++;
                common = common.subList(0, n);
            }
        }
        if (common == null || common.isEmpty()) {
            throw new ReleaseException("dim_area of release " + id + " has no commune, ward or town under an area");
        }
        return common.get(common.size() - 1);
    }

    private static final java.util.Set<String> REPORTING_LEVELS = java.util.Set.of("commune", "ward", "town");

    /** The codes from the top area down to {@code code}. */
    private List<String> pathTo(String code) {
        List<String> path = new java.util.ArrayList<>();
        for (AreaDef a = areas.get(code); a != null && path.size() <= areas.size();
                a = a.parentCode() == null ? null : areas.get(a.parentCode())) {
            path.add(0, a.code());
        }
        return path;
    }

    /** Whether an area is {@code ancestor} or under it in {@code dim_area}. */
    public boolean within(String code, String ancestor) {
        return pathTo(code).contains(ancestor);
    }

    /**
     * The areas directly under an area on the map of the release's year (its manifest's {@code year}, else its latest
     * year of data; every one when there is none), in code order: a district's communes, a province's districts before 2025 or its
     * communes after.
     */
    public List<AreaDef> children(String parentCode) {
        return areas.values().stream().filter(a -> parentCode.equals(a.parentCode())
                        && (mapYear == null || a.onMapOf(mapYear)))
                .sorted(Comparator.comparing(AreaDef::code)).toList();
    }

    /** The yearly or pooled row of an indicator, area, sex and period label ("2023" or "2021-2023"). */
    public Optional<IndicatorValue> value(String indicatorCode, String areaCode, Sex sex, String periodLabel) {
        return Optional.ofNullable(byPeriod.get(new Key(indicatorCode, areaCode, sex, periodLabel)));
    }

    /** The pooled rows of an indicator ending in {@code year}, any area and sex. */
    public List<IndicatorValue> pooled(String indicatorCode, int year) {
        return List.copyOf(pooledByYear.getOrDefault(new Key(indicatorCode, null, null, year), List.of()));
    }

    public Optional<TargetStatusRow> status(String indicatorCode, String areaCode, Sex sex, int year) {
        return Optional.ofNullable(statuses.get(new Key(indicatorCode, areaCode, sex, year)));
    }

    public Optional<TrendSummary> trend(String indicatorCode, String areaCode, Sex sex) {
        return Optional.ofNullable(trends.get(new Key(indicatorCode, areaCode, sex, null)));
    }

    public Optional<GenderGapRow> gap(String indicatorCode, String areaCode, int year) {
        return Optional.ofNullable(gaps.get(new Key(indicatorCode, areaCode, null, year)));
    }

    /** The commune comparison rows of one indicator, year, period label and sex. */
    public List<CommuneCompareRow> communeCompare(String indicatorCode, int year, String periodLabel, Sex sex) {
        return List.copyOf(communes.getOrDefault(new Key(indicatorCode, null, sex, Arrays.asList(year, periodLabel)),
                List.of()));
    }

    /** A published (national) series of one indicator, area and sex, by year. */
    public List<PublishedValue> published(String indicatorCode, String areaCode, Sex sex) {
        return List.copyOf(published.getOrDefault(new Key(indicatorCode, areaCode, sex, null), List.of()));
    }
}
