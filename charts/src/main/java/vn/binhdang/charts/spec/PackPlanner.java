package vn.binhdang.charts.spec;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import vn.binhdang.charts.Lang;
import vn.binhdang.charts.release.IndicatorDef;
import vn.binhdang.charts.release.IndicatorValue;
import vn.binhdang.charts.release.Release;
import vn.binhdang.charts.release.ReleaseManifest;
import vn.binhdang.charts.release.ReleaseReader;
import vn.binhdang.charts.release.Sex;
import vn.binhdang.charts.theme.Light;
import vn.binhdang.charts.theme.Messages;

/**
 * Decides the content of a chart pack from a release: every page's texts, status lines and chart specs
 * ({@link PackPlan}). Nothing is drawn here.
 *
 * <p>Pages: 1 cover + 1 summary + one per indicator of {@code dim_indicator} + one per commune of the
 * district in {@code dim_area} (when an indicator is computed per commune: {@link CommuneAnnexPlanner}) + 1 data
 * and methods ({@link DataPagePlanner}).
 */
public final class PackPlanner {

    private final Release release;
    private final Lang lang;
    private final int year;
    private final LocalDate runDate;
    private final String district;
    private final IndicatorTexts texts;
    private final Messages msg;
    private final DataPagePlanner data;

    public PackPlanner(Release release, Lang lang, int planYear, LocalDate runDate, String districtCode) {
        this.release = release;
        this.lang = lang;
        this.year = planYear;
        this.runDate = runDate;
        this.district = districtCode;
        this.texts = IndicatorTexts.of(release, districtCode, lang);
        this.msg = texts.messages();
        this.data = new DataPagePlanner(release, lang, planYear, districtCode, texts);
    }

    public PackPlan plan() {
        List<StatusLine> lines = release.indicators().stream()
                .map(i -> StatusLines.line(release, i, district, year, lang)).toList();
        List<PackPlan.IndicatorPage> pages = new ArrayList<>();
        for (int i = 0; i < release.indicators().size(); i++) {
            pages.add(indicatorPage(release.indicators().get(i), lines.get(i)));
        }
        String districtName = TrendSpecs.areaWithParent(release, district, lang);
        String footer = msg.get("pack.footer", "district", districtName, "year", year, "release", release.id());
        PackPlan.Summary summary = summary(lines);
        List<PackPlan.CommunePage> communes = new CommuneAnnexPlanner(release, lang, year, district, texts)
                .pages(objectivesOf());
        GridPlanner grids = new GridPlanner(release, lang, year, district, texts);
        return new PackPlan(cover(districtName, lines), summary, grids.statusMatrix(lines, communes, summary.lights()),
                pages, communes, grids.completeness(),
                new RevisionsPlanner(release, lang, year, district, texts).revisions(), data.page(), footer,
                msg.wording());
    }

    // ---------------------------------------------------------------- cover

    private PackPlan.Cover cover(String districtName, List<StatusLine> lines) {
        List<String> objectives = new ArrayList<>();
        objectivesOf().forEach((o, name) -> objectives.add(msg.get("pack.contents.line", "objective", o, "name", name)));
        PackPlan.Contents contents = new PackPlan.Contents(msg.get("pack.contents.summary"), objectives,
                release.children(district).isEmpty() || release.indicators().stream().noneMatch(IndicatorDef::communeLevel)
                        ? null : msg.get("pack.contents.communes"),
                msg.get("pack.contents.data"));
        List<String> meta = List.of(msg.get("pack.date", "date", texts.formats().date(runDate)));
        return new PackPlan.Cover(districtName, msg.get("pack.title", "year", year), msg.get("pack.subtitle", "year", year),
                msg.get("pack.contents"), contents, meta, msg.get("pack.status"), dataStatus(lines), msg.get("pack.note"));
    }

    /** Objective number to its name, in the catalogue's order. */
    Map<Integer, String> objectivesOf() {
        Map<Integer, String> out = new LinkedHashMap<>();
        release.indicators().forEach(i -> out.putIfAbsent(i.objective(), i.objectiveName(lang)));
        return out;
    }

    /** Release and time, inputs and rejects, reports received, target status counts, hidden values. */
    List<String> dataStatus(List<StatusLine> lines) {
        List<String> out = new ArrayList<>();
        Optional<ReleaseManifest> manifest = release.extras().manifestIfPresent();
        String created = manifest.map(ReleaseManifest::createdAt)
                .map(t -> texts.formats().date(t.atZoneSameInstant(ZoneOffset.UTC).toLocalDate()) + " "
                        + t.atZoneSameInstant(ZoneOffset.UTC).format(DateTimeFormatter.ofPattern("HH:mm")))
                .orElse(null);
        out.add(created != null ? msg.get("pack.status.created", "release", release.id(), "time", created)
                : msg.get("pack.release", "release", release.id()));
        long rejected = data.rejectsTotal();
        if (manifest.isPresent() && !manifest.get().inputs().isEmpty()) {
            ReleaseManifest mf = manifest.get();
            out.add(msg.get("pack.status.inputs", "files", texts.formats().integer(mf.inputs().size()),
                    "read", texts.formats().integer(mf.rowsRead()), "rejected", texts.formats().integer(rejected)));
        } else if (release.extras().tableRows().containsKey(ReleaseReader.STG_COUNTS)
                && !release.extras().missingTables().contains(ReleaseReader.REJECTS)) {
            out.add(msg.get("pack.status.staged",
                    "staged", texts.formats().integer(release.extras().tableRows().get(ReleaseReader.STG_COUNTS)),
                    "rejected", texts.formats().integer(rejected)));
        }
        data.completeness(year).ifPresent(c -> out.add(msg.get("pack.status.completeness", "year", year,
                "received", c[1], "expected", c[0], "onTime", c[2])));
        Map<Light, Integer> counts = new java.util.EnumMap<>(Light.class);
        for (StatusLine l : lines) {
            for (StatusEntry e : l.entries()) {
                counts.merge(e.status().light(), 1, Integer::sum);
            }
        }
        // 20 indicators give 22 statuses when two are judged for women and men apart: the line says so
        int statuses = counts.values().stream().mapToInt(Integer::intValue).sum();
        long bySex = lines.stream().filter(l -> l.entries().size() > 1).count();
        String key = statuses == lines.size() ? "pack.status.assessed" : "pack.status.assessed.bysex";
        out.add(msg.get(key, "year", year, "statuses", statuses, "indicators", lines.size(), "bySex", bySex,
                "achieved", counts.getOrDefault(Light.ACHIEVED, 0),
                "notAchieved", counts.getOrDefault(Light.NOT_ACHIEVED, 0),
                "cannotTell", counts.getOrDefault(Light.CANNOT_TELL, 0), "noData", counts.getOrDefault(Light.NO_DATA, 0)));
        long hidden = release.values().stream().filter(IndicatorValue::suppressed).count();
        if (hidden > 0) {
            out.add(msg.get("pack.status.suppressed", "count", texts.formats().integer(hidden)));
        }
        return out;
    }

    // ---------------------------------------------------------------- summary

    private PackPlan.Columns columns() {
        return new PackPlan.Columns(msg.get("col.status"), msg.get("col.indicator"), msg.get("col.value", "year", year),
                msg.get("col.target", "year", year), msg.get("col.trend"));
    }

    private PackPlan.Summary summary(List<StatusLine> lines) {
        Map<Integer, List<StatusLine>> byObjective = new LinkedHashMap<>();
        lines.forEach(l -> byObjective.computeIfAbsent(l.objective(), k -> new ArrayList<>()).add(l));
        Map<Integer, String> names = objectivesOf();
        List<PackPlan.Group> groups = new ArrayList<>();
        byObjective.forEach((o, ls) -> groups.add(new PackPlan.Group(o,
                msg.get("pack.objective", "objective", o, "name", names.get(o)), names.get(o), ls)));
        List<PackPlan.LegendItem> legend = new ArrayList<>();
        for (Light l : Light.values()) {
            String key = switch (l) {
                case ACHIEVED -> "status.achieved";
                case CANNOT_TELL -> "status.cannot_tell";
                case NOT_ACHIEVED -> "status.not_achieved";
                case NO_DATA -> "status.no_data";
            };
            legend.add(new PackPlan.LegendItem(l, msg.get(key)));
        }
        return new PackPlan.Summary(msg.get("summary.title", "year", year), msg.get("summary.intro", "year", year),
                columns(), groups, msg.get("summary.legend"), legend);
    }

    // ---------------------------------------------------------------- indicator pages

    private PackPlan.IndicatorPage indicatorPage(IndicatorDef ind, StatusLine line) {
        List<ChartSpec> charts = new ArrayList<>();
        TrendChartSpec trend = TrendSpecs.trend(release, ind, district, lang, year);
        if (trend.pointCount() > 0) {
            charts.add(trend);
        }
        CommuneView view = CommuneView.of(release, ind, district, year).orElse(null);
        boolean funnelDrawn = false;
        FunnelSpec funnelSpec = null;
        Optional<SexPairSpec> sexes = SexPairSpecs.pairs(release, ind, district, year, lang)
                .filter(s -> s.pointCount() > 0);
        if (view != null) {
            Optional<CommuneBarSpec> bars = CommuneSpecs.bars(release, view, lang, year)
                    .filter(b -> b.pointCount() > 0);
            Optional<FunnelSpec> funnel = CommuneSpecs.funnel(release, view, lang).filter(f -> f.pointCount() > 0);
            funnelDrawn = funnel.isPresent();
            funnelSpec = funnel.orElse(null);
            // By sex, the women/men chart already shows every commune: the funnel (or, without one, the bars) is enough.
            boolean barsDrawn = bars.isPresent() && !(sexes.isPresent() && funnelDrawn);
            // many communes: the funnel first, so that the bars take the page's right column at full height
            boolean barsLast = barsDrawn && bars.get().tall() && funnelDrawn;
            if (barsDrawn && !barsLast) {
                charts.add(bars.get());
            }
            funnel.ifPresent(charts::add);
            if (barsLast) {
                charts.add(bars.get());
            }
        }
        sexes.ifPresent(charts::add);
        List<String> sentences = new Sentences(release, ind, district, year, texts).all(view, funnelDrawn,
                funnelSpec);
        String remark = null;
        java.util.SortedSet<Integer> hiddenYears = new java.util.TreeSet<>();
        trend.series().forEach(s -> hiddenYears.addAll(s.suppressedYears()));
        if (trend.pointCount() == 0) {
            remark = !hiddenYears.isEmpty()
                    ? msg.get("page.allhidden", "first", hiddenYears.first(), "last", hiddenYears.last())
                    : charts.isEmpty() ? msg.get("page.nocharts") : msg.get("page.notrend");
        } else if (ind.communeLevel() && !release.children(district).isEmpty()
                && charts.stream().noneMatch(c -> c.kind() == ChartKind.COMMUNES || c.kind() == ChartKind.FUNNEL
                        || c.kind() == ChartKind.SEXES)) {
            remark = view != null && !view.suppressedEntries().isEmpty()
                    ? msg.get("page.communeshidden") : msg.get("page.nocommunes");
        }
        java.util.LinkedHashSet<String> notes = new java.util.LinkedHashSet<>();
        charts.forEach(c -> notes.addAll(c.notes()));
        // a ratio of survey means: its interval from the reported standard errors, or, without them, judged on
        // the point value; the page says which
        String method = release.value(ind.code(), district, Sex.T, year).map(v -> v.ciMethod()).orElse("");
        if (method.equals("none_survey_means")) {
            notes.add(msg.get("note.no_interval.means"));
        } else if (method.equals("delta_log")) {
            notes.add(msg.get("note.interval.means"));
        }
        return new PackPlan.IndicatorPage(ind.code(), ind.objective(),
                msg.get("pack.objective", "objective", ind.objective(), "name", ind.objectiveName(lang)), ind.name(lang),
                line, msg.get("page.status.value", "year", year), msg.get("page.status.target"),
                msg.get("page.status.trend"), charts, List.copyOf(notes), sentences, remark);
    }

}
