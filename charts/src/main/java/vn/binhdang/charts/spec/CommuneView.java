package vn.binhdang.charts.spec;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import vn.binhdang.charts.Lang;
import vn.binhdang.charts.release.AreaDef;
import vn.binhdang.charts.release.CommuneCompareRow;
import vn.binhdang.charts.release.Direction;
import vn.binhdang.charts.release.IndicatorDef;
import vn.binhdang.charts.release.IndicatorValue;
import vn.binhdang.charts.release.Release;
import vn.binhdang.charts.release.Sex;

/**
 * The communes of one indicator in the plan year, as every commune chart, sentence and annex row sees
 * them: the period (the 3-year pooled one where the release has it for the communes, as for the sex
 * ratio at birth and maternal mortality), the sex compared, the district's row and each commune's row
 * of {@code fct_indicator} with its {@code mart_commune_compare} row when the mart is there.
 *
 * <p>Values come from {@code fct_indicator} (whose reader drops suppressed numbers); the mart adds the
 * funnel band and the over-dispersion. A commune is hidden when either table says so.
 *
 * @param periodLabel "2023", or "2021-2023" when pooled
 * @param district    the district's row of the same period and sex; null when there is none
 */
public record CommuneView(IndicatorDef indicator, int year, String periodLabel, boolean pooled, Sex sex,
                          IndicatorValue district, List<Entry> entries) {

    /** One commune: its area, its fact row (null: no row) and its mart row (null: no mart or no row). */
    public record Entry(AreaDef area, IndicatorValue value, CommuneCompareRow compare) {

        public boolean suppressed() {
            return (value != null && value.suppressed()) || (compare != null && compare.suppressed());
        }

        /** A value that may be shown. */
        public boolean visible() {
            return !suppressed() && value != null && value.value() != null;
        }

        public boolean missing() {
            return !suppressed() && !visible();
        }

        /** The funnel band of the mart, only for a visible commune. */
        public FunnelSpec.Position band() {
            return visible() && compare != null ? FunnelSpec.Position.parse(compare.funnelBand()) : null;
        }


    }

    public CommuneView {
        entries = List.copyOf(entries);
    }

    /** The district's value when it may be shown. */
    public Optional<IndicatorValue> districtValue() {
        return district != null && district.plottable() ? Optional.of(district) : Optional.empty();
    }

    public boolean districtSuppressed() {
        return district != null && district.suppressed();
    }

    public List<Entry> visible() {
        return entries.stream().filter(Entry::visible).toList();
    }

    public List<Entry> suppressedEntries() {
        return entries.stream().filter(Entry::suppressed).toList();
    }

    public List<Entry> missingEntries() {
        return entries.stream().filter(Entry::missing).toList();
    }

    /**
     * The mart row whose additive over-dispersion adjustment may be used: none when a commune is hidden,
     * since the mart estimates τ² from every commune, and τ² with the other communes' values would
     * narrow down the hidden one.
     */
    public Optional<CommuneCompareRow> additive() {
        if (!suppressedEntries().isEmpty()) {
            return Optional.empty();
        }
        return entries.stream().map(Entry::compare).filter(c -> c != null && c.additive()).findFirst();
    }

    /**
     * Where a visible commune lies on the funnel: the mart's band when no commune is hidden; otherwise
     * null, and the caller classifies against the exact limits (the mart's band may rest on an
     * adjustment computed with the hidden commune).
     */
    public FunnelSpec.Position band(Entry e) {
        return suppressedEntries().isEmpty() ? e.band() : null;
    }

    /**
     * Competition rank (1, 2, 2, 4) of a visible commune among the visible ones only, best toward the
     * target first (higher for "at least", lower for "at most", closer for "close to", higher without
     * a target). The mart's rank also counts hidden communes, which would place a hidden value.
     */
    public Optional<Integer> rank(Entry e) {
        if (!e.visible()) {
            return Optional.empty();
        }
        Comparator<Double> better = better(indicator);
        int rank = 1;
        for (Entry other : visible()) {
            if (better.compare(other.value().value(), e.value().value()) < 0) {
                rank++;
            }
        }
        return Optional.of(rank);
    }

    static Comparator<Double> better(IndicatorDef ind) {
        Direction d = ind.direction() == null ? Direction.GE : ind.direction();
        return switch (d) {
            case GE, GT -> Comparator.reverseOrder();
            case LE, LT -> Comparator.naturalOrder();
            // without a target (no plan in force) the highest first, as the warehouse ranks them
            case NEAR -> ind.target() == null ? Comparator.<Double>reverseOrder()
                    : Comparator.comparingDouble(v -> Math.abs(v - ind.target()));
        };
    }

    /** "2021–2023" (en dash) for a pooled label, the year otherwise. */
    public String periodText() {
        return periodLabel.replace('-', '–');
    }

    /**
     * The sex compared among communes: the one the target is for (F for women's labour indicators),
     * both sexes together where the target is for both sexes or for girls and boys alike.
     */
    public static Sex comparedSex(IndicatorDef ind) {
        if (ind.targetSexes().size() == 1) {
            Sex only = ind.targetSexes().iterator().next();
            if (ind.sexes().contains(only)) {
                return only;
            }
        }
        if (ind.sexes().contains(Sex.T)) {
            return Sex.T;
        }
        return ind.sexes().contains(Sex.F) ? Sex.F : ind.sexes().iterator().next();
    }

    /** The view of an indicator in the plan year for the communes of {@code districtCode}; empty when it has none. */
    public static Optional<CommuneView> of(Release release, IndicatorDef ind, String districtCode, int planYear) {
        return of(release, ind, districtCode, planYear, comparedSex(ind), true);
    }

    /**
     * @param preferPooled use the pooled period where the communes have one (charts); false for the
     *                     plan year itself (the annex, whose status is for the year)
     */
    public static Optional<CommuneView> of(Release release, IndicatorDef ind, String districtCode, int planYear,
                                           Sex sex, boolean preferPooled) {
        List<AreaDef> communes = release.children(districtCode);
        if (!ind.communeLevel() || communes.isEmpty()) {
            return Optional.empty();
        }
        String label = String.valueOf(planYear);
        boolean pooled = false;
        if (preferPooled) {
            Optional<String> pooledLabel = release.pooled(ind.code(), planYear).stream()
                    .filter(v -> v.sex() == sex && !v.areaCode().equals(districtCode))
                    .map(IndicatorValue::periodLabel).filter(l -> l != null && !l.isBlank()).findFirst();
            if (pooledLabel.isPresent()) {
                label = pooledLabel.get();
                pooled = true;
            }
        }
        List<CommuneCompareRow> marts = release.communeCompare(ind.code(), planYear, label, sex);
        List<Entry> entries = new ArrayList<>();
        for (AreaDef a : communes) {
            IndicatorValue v = release.value(ind.code(), a.code(), sex, label).orElse(null);
            CommuneCompareRow c = marts.stream().filter(m -> m.areaCode().equals(a.code())).findFirst().orElse(null);
            entries.add(new Entry(a, v, c));
        }
        IndicatorValue district = release.value(ind.code(), districtCode, sex, label).orElse(null);
        boolean any = district != null || entries.stream().anyMatch(e -> e.value() != null);
        if (!any) {
            return Optional.empty();
        }
        return Optional.of(new CommuneView(ind, planYear, label, pooled, sex, district, entries));
    }

    /** A commune's name without the word for its kind ("Đắk Kôi", "Dak Koi"), for point labels. */
    public static String shortName(AreaDef area, Lang lang) {
        String name = area.name(lang);
        // the level's word before the name (a province's districts and the nation's provinces too)
        for (String prefix : List.of("Thị trấn ", "Xã ", "Phường ", "Thị xã ", "Huyện ", "Quận ", "Thành phố ",
                "Tỉnh ")) {
            if (name.startsWith(prefix)) {
                return name.substring(prefix.length());
            }
        }
        for (String suffix : List.of(" commune", " town", " ward", " district", " province", " city")) {
            if (name.endsWith(suffix)) {
                return name.substring(0, name.length() - suffix.length());
            }
        }
        return name;
    }
}
