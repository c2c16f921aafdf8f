package vn.binhdang.charts.spec;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import vn.binhdang.charts.Lang;
import vn.binhdang.charts.theme.Wording;
import vn.binhdang.charts.release.CommuneCompareRow;
import vn.binhdang.charts.release.IndicatorDef;
import vn.binhdang.charts.release.IndicatorKind;
import vn.binhdang.charts.release.IndicatorValue;
import vn.binhdang.charts.release.Release;
import vn.binhdang.charts.release.Sex;
import vn.binhdang.stats.funnel.FunnelBand;
import vn.binhdang.stats.funnel.OverdispersionEstimate;

/**
 * Builds the commune charts of an indicator from a {@link CommuneView}: bars (or dots) with whiskers
 * and the district line for every commune-level indicator, and a funnel plot where the communes'
 * values are estimates from counts (not for complete enumerations, where nothing was sampled).
 */
public final class CommuneSpecs {

    /** Points on each limit curve. */
    static final int CURVE_POINTS = 90;

    private CommuneSpecs() {
    }

    /** The commune bars of an indicator; empty when it has no commune values at all. */
    public static Optional<CommuneBarSpec> bars(Release release, CommuneView view, Lang lang, int planYear) {
        Wording wording = AreaWording.of(release, view);
        IndicatorDef ind = view.indicator();
        IndicatorTexts texts = new IndicatorTexts(lang, wording);
        if (view.entries().stream().allMatch(e -> e.value() == null && e.compare() == null)) {
            return Optional.empty();
        }
        List<CommuneBar> bars = new ArrayList<>();
        for (CommuneView.Entry e : view.entries()) {
            String label = e.area().name(lang);
            if (e.visible()) {
                IndicatorValue v = e.value();
                bars.add(new CommuneBar(e.area().code(), label, v.value(), v.ciLower(), v.ciUpper(),
                        CommuneBar.State.VALUE));
            } else {
                bars.add(new CommuneBar(e.area().code(), label, null, null, null,
                        e.suppressed() ? CommuneBar.State.SUPPRESSED : CommuneBar.State.MISSING));
            }
        }
        // Highest value on top; hidden, then missing, at the bottom.
        bars.sort(Comparator.comparing((CommuneBar b) -> b.state().ordinal())
                .thenComparing(b -> b.value() == null ? 0 : -b.value()));
        int d = ind.kind().decimals();
        ReferenceValue district = view.districtValue()
                .map(v -> new ReferenceValue(v.value(), texts.messages().get("chart.district",
                        "area", texts.messages().get("legend.district"), "value", texts.formats().number(v.value(), d))))
                .orElse(null);
        List<String> notes = new ArrayList<>(communeNotes(view, texts));
        if (view.pooled()) {
            notes.add(0, texts.messages().get("note.pooled", "period", view.periodText()));
        }
        TargetLine target = ind.hasTarget() && (ind.targetSexes().contains(view.sex())
                || ind.targetSexes().isEmpty())
                ? new TargetLine(ind.target(), ind.direction(), texts.targetLabel(ind, planYear)) : null;
        return Optional.of(new CommuneBarSpec(ChartKind.COMMUNES.id(ind.code()), ind.code(), lang, wording,
                title(texts, view, "chart.communes.title"), ind.name(lang), ind.unit(lang), d,
                ind.kind() != IndicatorKind.SEX_RATIO, ind.kind().boundedPercent() ? 100.0 : null, bars, district,
                target, notes));
    }

    /** Notes shared by commune charts: which communes are hidden or have no value, and a hidden district. */
    static List<String> communeNotes(CommuneView view, IndicatorTexts texts) {
        List<String> notes = new ArrayList<>();
        String join = texts.messages().get("list.join");
        List<CommuneView.Entry> hidden = view.suppressedEntries();
        if (!hidden.isEmpty()) {
            notes.add(texts.messages().get("note.communes.suppressed", "communes",
                    hidden.stream().map(e -> e.area().name(texts.lang())).collect(Collectors.joining(join))));
        }
        List<CommuneView.Entry> missing = view.missingEntries();
        if (!missing.isEmpty()) {
            notes.add(texts.messages().get("note.communes.missing", "communes",
                    missing.stream().map(e -> e.area().name(texts.lang())).collect(Collectors.joining(join))));
        }
        if (view.districtSuppressed()) {
            notes.add(texts.messages().get("note.district.hidden"));
        }
        // an all-periods share: a commune at 0 for want of a report is incomplete, not failing
        for (CommuneView.Entry e : view.entries()) {
            IndicatorValue v = e.value();
            if (view.indicator().kind() == IndicatorKind.ALL_PERIODS_SHARE && e.visible() && v.periods() != null
                    && v.periods().below().isEmpty() && !v.periods().missing().isEmpty()) {
                notes.add(texts.messages().get("note.periods.pending", "commune", e.area().name(texts.lang()),
                        "periods", PeriodTexts.names(texts, v.periods().missing()),
                        "unit", texts.messages().get("periods.unit." + v.periods().missing().get(0).charAt(0))));
            }
        }
        return notes;
    }

    private static String title(IndicatorTexts texts, CommuneView view, String key) {
        boolean bySex = view.sex() != Sex.T;
        return bySex
                ? texts.messages().get(key + ".sex", "period", view.periodText(), "sex", texts.sexLabelLower(view.sex()))
                : texts.messages().get(key, "period", view.periodText());
    }

    /** Whether an indicator gets a funnel plot: values estimated from counts, and a funnel model for its kind. */
    public static boolean funnelApplies(IndicatorDef ind) {
        if (ind.completeEnumeration()) {
            return false;
        }
        return switch (ind.kind()) {
            case PROPORTION, GROSS_RATIO, RATE, SEX_RATIO -> true;
            default -> false;
        };
    }

    /**
     * The funnel plot; empty where it does not apply or cannot be drawn (no district value, a district
     * value at 0 % or 100 % around which there is no funnel, no commune with a denominator).
     */
    public static Optional<FunnelSpec> funnel(Release release, CommuneView view, Lang lang) {
        Wording wording = AreaWording.of(release, view);
        IndicatorDef ind = view.indicator();
        if (!funnelApplies(ind)) {
            return Optional.empty();
        }
        Optional<IndicatorValue> districtRow = view.districtValue();
        if (districtRow.isEmpty()) {
            return Optional.empty();
        }
        FunnelModel model = FunnelModel.of(ind, view);
        double theta = model.theta(districtRow.get(), ind.scale());
        if (!(theta > 0) || (model != FunnelModel.POISSON && !(theta < 1))) {
            return Optional.empty();
        }
        IndicatorTexts texts = new IndicatorTexts(lang, wording);
        List<FunnelSpec.Point> points = new ArrayList<>();
        double maxN = 0;
        double minN = Double.POSITIVE_INFINITY;
        for (CommuneView.Entry e : view.visible()) {
            Double n = model.size(e.value(), ind.scale());
            if (n == null || !(n > 0)) {
                continue;
            }
            FunnelSpec.Position pos = position(view, e).orElse(FunnelSpec.Position.INSIDE);
            points.add(new FunnelSpec.Point(e.area().code(), CommuneView.shortName(e.area(), lang), n,
                    e.value().value(), pos));
            maxN = Math.max(maxN, n);
            minN = Math.min(minN, n);
        }
        if (points.isEmpty()) {
            return Optional.empty();
        }
        Optional<CommuneCompareRow> additive = view.additive();
        OverdispersionEstimate od = additive.map(r -> new OverdispersionEstimate(theta, view.entries().size(),
                0.1, r.phi() == null ? 1 : r.phi(), 0, true, r.tau2())).orElse(null);
        List<FunnelSpec.Limits> limits = curves(model, theta, od, ind.scale(), minN, maxN);
        int d = ind.kind().decimals();
        ReferenceValue centre = new ReferenceValue(districtRow.get().value(), texts.messages().get("chart.district",
                "area", texts.messages().get("legend.district"), "value", texts.formats().number(districtRow.get().value(), d)));
        List<String> notes = new ArrayList<>();
        if (view.pooled()) {
            notes.add(texts.messages().get("note.pooled", "period", view.periodText()));
        }
        if (od != null) {
            notes.add(texts.messages().get("note.funnel.adjusted"));
        }
        if (model == FunnelModel.SURVEY) {
            notes.add(texts.messages().get("note.funnel.design"));
        }
        notes.addAll(communeNotes(view, texts));
        if (points.size() > FunnelSpec.NAME_ALL_UP_TO) {
            notes.add(texts.messages().get("note.funnel.named", "count", points.size()));
        }
        String measure = model.sizeMeasure(ind);
        String xLabel = texts.messages().getOr("funnel.x." + measure, "funnel.x");
        return Optional.of(new FunnelSpec(ChartKind.FUNNEL.id(ind.code()), ind.code(), lang, wording,
                title(texts, view, "chart.funnel.title"), ind.name(lang), xLabel, ind.unit(lang), d,
                ind.kind().boundedPercent() ? 100.0 : null, centre, limits, points, od != null, notes));
    }

    /**
     * Where a visible commune lies on its funnel: the mart's band when usable ({@link CommuneView#band}),
     * else its position against the exact limits at its denominator; empty where there is no funnel.
     */
    public static Optional<FunnelSpec.Position> position(CommuneView view, CommuneView.Entry e) {
        IndicatorDef ind = view.indicator();
        if (!funnelApplies(ind) || !e.visible()) {
            return Optional.empty();
        }
        FunnelSpec.Position mart = view.band(e);
        if (mart != null) {
            return Optional.of(mart);
        }
        Optional<IndicatorValue> district = view.districtValue();
        if (district.isEmpty()) {
            return Optional.empty();
        }
        FunnelModel model = FunnelModel.of(ind, view);
        double theta = model.theta(district.get(), ind.scale());
        Double n = model.size(e.value(), ind.scale());
        if (n == null || !(n > 0) || !(theta > 0) || (model != FunnelModel.POISSON && !(theta < 1))) {
            return Optional.empty();
        }
        FunnelBand band = model.limits(theta, n);
        return Optional.of(FunnelSpec.Position.valueOf(band.classify(model.natural(e.value(), ind.scale())).name()));
    }

    /**
     * The message key of a commune's comparison with the district. Inside limits widened for
     * over-dispersion only says the commune is within the usual spread between communes, not that it
     * equals the district (issue 12, point 5): the label says so, and says which side the commune is on
     * when its own interval excludes the district's value.
     */
    public static String compareKey(CommuneView view, CommuneView.Entry e, FunnelSpec.Position p) {
        if (p != FunnelSpec.Position.INSIDE) {
            return "compare." + p.name().toLowerCase(java.util.Locale.ROOT);
        }
        if (view.additive().isEmpty()) {
            return "compare.inside";
        }
        Optional<IndicatorValue> district = view.districtValue();
        IndicatorValue v = e.value();
        if (district.isPresent() && district.get().value() != null && v.ciLower() != null && v.ciUpper() != null) {
            double d = district.get().value();
            if (v.ciUpper() < d) {
                return "compare.inside_spread_low";
            }
            if (v.ciLower() > d) {
                return "compare.inside_spread_high";
            }
        }
        return "compare.inside_spread";
    }

    /**
     * The limit curves from a small denominator to a little beyond the largest commune's, on a grid
     * dense where the funnel is narrowing. Binomial limits use whole denominators.
     */
    static List<FunnelSpec.Limits> curves(FunnelModel model, double theta, OverdispersionEstimate od, double scale,
                                          double minN, double maxN) {
        double hi = maxN * 1.12;
        double lo = Math.max(model == FunnelModel.POISSON ? 0.5 : 2, Math.min(minN * 0.35, hi / 40));
        List<FunnelSpec.Limits> out = new ArrayList<>();
        double previous = -1;
        for (int i = 0; i < CURVE_POINTS; i++) {
            double n = lo * Math.pow(hi / lo, i / (double) (CURVE_POINTS - 1));
            if (model.wholeSizes()) {
                n = Math.max(1, Math.round(n));
            }
            if (n == previous) {
                continue;
            }
            previous = n;
            FunnelBand b = od == null ? model.limits(theta, n) : model.additive(od, theta, n);
            out.add(new FunnelSpec.Limits(n, model.shown(b.lower998(), scale), model.shown(b.lower95(), scale),
                    model.shown(b.upper95(), scale), model.shown(b.upper998(), scale)));
        }
        return out;
    }
}
