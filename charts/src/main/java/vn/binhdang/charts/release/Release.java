package vn.binhdang.charts.release;

import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
    private final List<IndicatorValue> values;
    private final Map<String, List<IndicatorValue>> yearly;
    private final ReleaseExtras extras;

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
        Map<String, List<IndicatorValue>> byKey = new HashMap<>();
        Map<String, IndicatorValue> seen = new HashMap<>();
        for (IndicatorValue v : this.values) {
            if (v.pooled()) {
                continue;
            }
            IndicatorValue previous = seen.put(v.indicatorCode() + "|" + v.areaCode() + "|" + v.year() + "|" + v.sex(), v);
            if (previous != null) {
                throw new ReleaseException("fct_indicator has two yearly rows for " + v.indicatorCode() + ", area "
                        + v.areaCode() + ", year " + v.year() + ", sex " + v.sex());
            }
            byKey.computeIfAbsent(key(v.indicatorCode(), v.areaCode(), v.sex()), k -> new java.util.ArrayList<>()).add(v);
        }
        byKey.values().forEach(l -> l.sort(Comparator.comparingInt(IndicatorValue::year)));
        this.yearly = byKey;
    }

    private static String key(String indicator, String area, Sex sex) {
        return indicator + "|" + area + "|" + sex;
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
        return yearly.getOrDefault(key(indicatorCode, areaCode, sex), List.of());
    }

    /** The yearly row of one indicator, area, sex and year. */
    public Optional<IndicatorValue> value(String indicatorCode, String areaCode, Sex sex, int year) {
        return series(indicatorCode, areaCode, sex).stream().filter(v -> v.year() == year).findFirst();
    }

    /** Marts, rejects, optional tables and manifest. */
    public ReleaseExtras extras() {
        return extras;
    }

    /** The communes (and towns) of an area, in code order. */
    public List<AreaDef> children(String parentCode) {
        return areas.values().stream().filter(a -> parentCode.equals(a.parentCode()))
                .sorted(Comparator.comparing(AreaDef::code)).toList();
    }

    /** The yearly or pooled row of an indicator, area, sex and period label ("2023" or "2021-2023"). */
    public Optional<IndicatorValue> value(String indicatorCode, String areaCode, Sex sex, String periodLabel) {
        return values.stream().filter(v -> v.indicatorCode().equals(indicatorCode) && v.areaCode().equals(areaCode)
                && v.sex() == sex && periodLabel.equals(v.periodLabel())).findFirst();
    }

    /** The pooled rows of an indicator ending in {@code year}, any area and sex. */
    public List<IndicatorValue> pooled(String indicatorCode, int year) {
        return values.stream().filter(v -> v.pooled() && v.indicatorCode().equals(indicatorCode) && v.year() == year)
                .toList();
    }

    public Optional<TargetStatusRow> status(String indicatorCode, String areaCode, Sex sex, int year) {
        return extras.statuses().stream().filter(r -> r.indicatorCode().equals(indicatorCode)
                && r.areaCode().equals(areaCode) && r.sex() == sex && r.year() == year).findFirst();
    }

    public Optional<TrendSummary> trend(String indicatorCode, String areaCode, Sex sex) {
        return extras.trends().stream().filter(r -> r.indicatorCode().equals(indicatorCode)
                && r.areaCode().equals(areaCode) && r.sex() == sex).findFirst();
    }

    public Optional<GenderGapRow> gap(String indicatorCode, String areaCode, int year) {
        return extras.gaps().stream().filter(r -> r.indicatorCode().equals(indicatorCode)
                && r.areaCode().equals(areaCode) && r.year() == year).findFirst();
    }

    /** The commune comparison rows of one indicator, year, period label and sex. */
    public List<CommuneCompareRow> communeCompare(String indicatorCode, int year, String periodLabel, Sex sex) {
        return extras.communes().stream().filter(r -> r.indicatorCode().equals(indicatorCode) && r.year() == year
                && periodLabel.equals(r.periodLabel()) && r.sex() == sex).toList();
    }

    /** A published (national) series of one indicator, area and sex, by year. */
    public List<PublishedValue> published(String indicatorCode, String areaCode, Sex sex) {
        return extras.published().stream().filter(p -> p.indicatorCode().equals(indicatorCode)
                && p.areaCode().equals(areaCode) && p.sex() == sex)
                .sorted(Comparator.comparingInt(PublishedValue::year)).toList();
    }
}
