package vn.binhdang.charts.spec;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;

import vn.binhdang.charts.Lang;
import vn.binhdang.charts.release.AreaDef;
import vn.binhdang.charts.release.CompletenessRow;
import vn.binhdang.charts.release.IndicatorDef;
import vn.binhdang.charts.release.IndicatorValue;
import vn.binhdang.charts.release.PublishedValue;
import vn.binhdang.charts.release.RejectRow;
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
 * district in {@code dim_area} (when an indicator is computed per commune) + 1 data and methods.
 */
public final class PackPlanner {

    /** Files listed by name on the data page; the others are counted. */
    static final int FILES_LISTED = 6;

    private final Release release;
    private final Lang lang;
    private final int year;
    private final LocalDate runDate;
    private final String district;
    private final IndicatorTexts texts;
    private final Messages msg;

    public PackPlanner(Release release, Lang lang, int planYear, LocalDate runDate, String districtCode) {
        this.release = release;
        this.lang = lang;
        this.year = planYear;
        this.runDate = runDate;
        this.district = districtCode;
        this.texts = IndicatorTexts.of(release, districtCode, lang);
        this.msg = texts.messages();
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
        List<PackPlan.CommunePage> communes = communePages();
        GridPlanner grids = new GridPlanner(release, lang, year, district, msg);
        return new PackPlan(cover(districtName, lines), summary, grids.statusMatrix(lines, communes, summary.lights()),
                pages, communes, grids.completeness(), dataPage(), footer, msg.wording());
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

    private Map<Integer, String> objectivesOf() {
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
        long rejected = rejectsTotal();
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
        completeness(year).ifPresent(c -> out.add(msg.get("pack.status.completeness", "year", year,
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

    /**
     * The reports of a year that were not on time and whole, by name: "Xã Đắk Tờ Re: muộn 8 ngày; Xã Tân
     * Lập: chưa đủ (3/4 quý, 70/71 giá trị)" (issue 12, point 8: totals alone hide who is late).
     */
    Optional<String> reportGaps(int y) {
        List<String> named = new ArrayList<>();
        for (CompletenessRow r : release.extras().completeness()) {
            if (r.year() != y) {
                continue;
            }
            List<String> what = new ArrayList<>();
            if (r.missing() != null && r.missing() == 1) {
                what.add(msg.get("data.gap.missing"));
            }
            if (r.late() != null && r.late() == 1) {
                what.add(r.daysLate() == null ? msg.get("data.gap.late")
                        : msg.get("data.gap.late.days", "days", r.daysLate()));
            }
            if (r.incomplete()) {
                boolean periods = r.periodsExpected() != null && r.periodsReceived() != null
                        && r.periodsReceived() < r.periodsExpected();
                what.add(periods ? msg.get("data.gap.incomplete.periods", "received", r.periodsReceived(),
                        "expected", r.periodsExpected(), "staged", r.valuesStaged(), "values", r.valuesExpected())
                        : msg.get("data.gap.incomplete", "staged", r.valuesStaged(), "values", r.valuesExpected()));
            }
            if (!what.isEmpty()) {
                String name = release.area(r.areaCode()).map(a -> a.name(lang)).orElse(r.areaCode());
                named.add(name + ": " + String.join(", ", what));
            }
        }
        return named.isEmpty() ? Optional.empty()
                : Optional.of(msg.get("data.gap.list", "year", y, "list", String.join("; ", named)));
    }

    /** expected, received, on time, late, missing summed over areas and forms for a year; empty without the table. */
    Optional<int[]> completeness(int y) {
        List<CompletenessRow> rows = release.extras().completeness().stream().filter(r -> r.year() == y).toList();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        int[] s = new int[5];
        for (CompletenessRow r : rows) {
            s[0] += nz(r.expected());
            s[1] += nz(r.received());
            s[2] += nz(r.onTime());
            s[3] += nz(r.late());
            s[4] += r.missing() != null ? r.missing() : Math.max(0, nz(r.expected()) - nz(r.received()));
        }
        return Optional.of(s);
    }

    private static int nz(Integer i) {
        return i == null ? 0 : i;
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

    // ---------------------------------------------------------------- commune annex

    /** One page per commune, when at least one indicator is computed per commune; none otherwise. */
    private List<PackPlan.CommunePage> communePages() {
        List<PackPlan.CommunePage> out = new ArrayList<>();
        List<IndicatorDef> communeLevel = release.indicators().stream().filter(IndicatorDef::communeLevel).toList();
        if (communeLevel.isEmpty()) {
            return out;
        }
        int districtOnly = release.indicators().size() - communeLevel.size();
        Map<String, Map<Sex, CommuneView>> views = new LinkedHashMap<>();
        for (IndicatorDef ind : communeLevel) {
            Map<Sex, CommuneView> bySex = new java.util.EnumMap<>(Sex.class);
            for (Sex sex : StatusLines.judgedSexes(ind)) {
                // the period of the indicator page's funnel (pooled where the communes have it), so that a
                // commune's comparison and rank are the same on both pages (issue 12, point 4)
                CommuneView.of(release, ind, district, year, sex, true).ifPresent(v -> bySex.put(sex, v));
            }
            views.put(ind.code(), bySex);
        }
        Map<Integer, String> objectives = objectivesOf();
        PackPlan.AnnexColumns columns = new PackPlan.AnnexColumns(msg.get("col.indicator"), msg.get("col.commune"),
                msg.get("col.district"), msg.get("col.target", "year", year), msg.get("col.status"),
                msg.get("col.compare"), msg.get("col.rank"));
        for (AreaDef commune : release.children(district)) {
            Map<Integer, List<PackPlan.AnnexRow>> rows = new LinkedHashMap<>();
            Map<Light, Integer> counts = new java.util.EnumMap<>(Light.class);
            for (IndicatorDef ind : communeLevel) {
                List<PackPlan.AnnexEntry> entries = new ArrayList<>();
                StatusLine line = StatusLines.line(release, ind, commune.code(), year, lang);
                for (StatusEntry se : line.entries()) {
                    CommuneView view = views.get(ind.code()).get(se.sex());
                    CommuneView.Entry entry = view == null ? null : view.entries().stream()
                            .filter(e -> e.area().code().equals(commune.code())).findFirst().orElse(null);
                    String districtValue = StatusLines.valueText(texts, ind,
                            release.value(ind.code(), district, se.sex(), year).orElse(null));
                    String compare = msg.get("compare.none");
                    String rank = msg.get("compare.none");
                    FunnelSpec.Position p = null;
                    Integer rankNumber = null;
                    if (entry != null && entry.visible()) {
                        p = CommuneSpecs.position(view, entry).orElse(null);
                        if (p != null) {
                            compare = msg.get(CommuneSpecs.compareKey(view, entry, p));
                            if (view.pooled()) { // the value compared is not the year's shown beside it
                                compare = msg.get("compare.pooled", "compare", compare, "period", view.periodText(),
                                        "value", StatusLines.valueText(texts, ind, entry.value()));
                            }
                        }
                        Optional<Integer> r = view.rank(entry);
                        if (r.isPresent()) {
                            rankNumber = r.get();
                            rank = msg.get("rank", "rank", r.get(), "total", view.visible().size());
                            if (view.pooled()) {
                                rank = msg.get("rank.pooled", "rank", rank, "period", view.periodText());
                            }
                        }
                    }
                    entries.add(new PackPlan.AnnexEntry(se.sexLabel(), se.value(), se.interval(), districtValue,
                            se.status(), compare, rank, se.number(), p, rankNumber));
                    counts.merge(se.status().light(), 1, Integer::sum);
                }
                rows.computeIfAbsent(ind.objective(), k -> new ArrayList<>())
                        .add(new PackPlan.AnnexRow(ind.code(), ind.name(lang), texts.target(ind), entries));
            }
            List<PackPlan.AnnexGroup> groups = new ArrayList<>();
            rows.forEach((o, rs) -> groups.add(new PackPlan.AnnexGroup(o,
                    msg.get("pack.objective", "objective", o, "name", objectives.get(o)), rs)));
            String name = commune.name(lang);
            out.add(new PackPlan.CommunePage(commune.code(), name,
                    msg.get("commune.title", "commune", name, "year", year),
                    msg.get("commune.summary", "year", year, "commune", name,
                            "achieved", counts.getOrDefault(Light.ACHIEVED, 0),
                            "notAchieved", counts.getOrDefault(Light.NOT_ACHIEVED, 0),
                            "cannotTell", counts.getOrDefault(Light.CANNOT_TELL, 0),
                            "noData", counts.getOrDefault(Light.NO_DATA, 0)),
                    columns, groups, msg.get("commune.footnote", "count", districtOnly)));
        }
        return out;
    }

    // ---------------------------------------------------------------- data and methods

    long rejectsTotal() {
        Optional<ReleaseManifest> mf = release.extras().manifestIfPresent();
        if (mf.isPresent() && !mf.get().rejectsByRule().isEmpty()) {
            return mf.get().rejectsByRule().values().stream().mapToLong(Long::longValue).sum();
        }
        if (mf.isPresent() && !mf.get().inputs().isEmpty()) {
            return mf.get().rowsRejected();
        }
        return release.extras().rejects().size();
    }

    private PackPlan.DataPage dataPage() {
        List<PackPlan.Section> sections = new ArrayList<>();
        var f = texts.formats();
        String join = msg.get("list.join");

        // Sources
        List<String> sources = new ArrayList<>();
        int first = release.values().stream().mapToInt(IndicatorValue::year).min().orElse(year);
        int last = release.values().stream().mapToInt(IndicatorValue::year).max().orElse(year);
        sources.add(msg.get("data.sources.coverage", "communes", release.children(district).size(), "first", first,
                "last", last));
        Optional<ReleaseManifest> mf = release.extras().manifestIfPresent();
        long rejected = rejectsTotal();
        if (mf.isPresent() && !mf.get().inputs().isEmpty()) {
            ReleaseManifest m = mf.get();
            sources.add(msg.get("data.sources.inputs", "files", f.integer(m.inputs().size()), "read",
                    f.integer(m.rowsRead()), "staged", f.integer(m.rowsStaged()), "rejected", f.integer(rejected)));
            Map<String, Long> kinds = m.inputs().stream()
                    .collect(Collectors.groupingBy(ReleaseManifest.Input::kind, TreeMap::new, Collectors.counting()));
            sources.add(msg.get("data.sources.kinds", "kinds", kinds.entrySet().stream()
                    .map(e -> (msg.has("kind." + e.getKey()) ? msg.get("kind." + e.getKey()) : e.getKey()) + " ("
                            + f.integer(e.getValue()) + ")")
                    .collect(Collectors.joining(join))));
        } else {
            long staged = release.extras().tableRows().getOrDefault(ReleaseReader.STG_COUNTS, 0L);
            sources.add(release.extras().missingTables().contains(ReleaseReader.REJECTS)
                    ? msg.get("data.sources.staged.only", "staged", f.integer(staged))
                    : msg.get("data.sources.staged", "staged", f.integer(staged), "rejected", f.integer(rejected)));
        }
        List<String> published = release.extras().published().stream().map(PublishedValue::source)
                .filter(s -> s != null && !s.isBlank()).map(TrendSpecs::sourceName).distinct().toList();
        if (!published.isEmpty()) {
            sources.add(msg.get("data.sources.published", "sources", String.join("; ", published)));
        } else if (release.extras().missingTables().contains(ReleaseReader.PUBLISHED_SERIES)) {
            sources.add(msg.get("data.sources.nopublished"));
        }
        sections.add(new PackPlan.Section(msg.get("data.sources"), sources, false));

        // Completeness
        List<String> comp = new ArrayList<>();
        java.util.SortedSet<Integer> years = release.extras().completeness().stream().map(CompletenessRow::year)
                .collect(Collectors.toCollection(java.util.TreeSet::new));
        for (int y : years.headSet(year + 1).tailSet(Math.max(years.isEmpty() ? year : years.first(), year - 2))) {
            completeness(y).ifPresent(c -> comp.add(msg.get("data.completeness.year", "year", y, "received", c[1],
                    "expected", c[0], "onTime", c[2], "late", c[3], "missing", c[4])));
            reportGaps(y).ifPresent(comp::add);
        }
        if (comp.isEmpty()) {
            comp.add(msg.get("data.completeness.none"));
        }
        sections.add(new PackPlan.Section(msg.get("data.completeness"), comp, false));

        // Rejects
        List<String> rejects = new ArrayList<>();
        Map<String, Long> byRule = new TreeMap<>();
        if (mf.isPresent() && !mf.get().rejectsByRule().isEmpty()) {
            byRule.putAll(mf.get().rejectsByRule());
        } else {
            release.extras().rejects().forEach(r -> byRule.merge(r.rule(), 1L, Long::sum));
        }
        if (rejected == 0 && byRule.isEmpty()) {
            rejects.add(msg.get("data.rejects.none"));
            sections.add(new PackPlan.Section(msg.get("data.rejects"), rejects, false));
        } else {
            rejects.add(msg.get("data.rejects.total", "count", f.integer(rejected)));
            byRule.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                    .forEach(e -> rejects.add(msg.get("data.rejects.rule", "rule",
                            (msg.has("rule." + e.getKey()) ? msg.get("rule." + e.getKey()) + " (" + e.getKey() + ")"
                                    : e.getKey()), "count", f.integer(e.getValue()))));
            Map<String, Long> byFile = release.extras().rejects().stream().filter(r -> r.sourceFile() != null)
                    .collect(Collectors.groupingBy(RejectRow::sourceFile, TreeMap::new, Collectors.counting()));
            if (!byFile.isEmpty()) {
                List<Map.Entry<String, Long>> filesSorted = byFile.entrySet().stream()
                        .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                        .toList();
                List<String> listed = filesSorted.stream().limit(FILES_LISTED)
                        .map(e -> msg.get("data.rejects.file", "file", e.getKey(), "count", f.integer(e.getValue())))
                        .collect(Collectors.toCollection(ArrayList::new));
                if (filesSorted.size() > FILES_LISTED) {
                    listed.add(msg.get("data.rejects.more", "count", filesSorted.size() - FILES_LISTED));
                }
                rejects.add(msg.get("data.rejects.files", "files", String.join(join, listed)));
            }
            sections.add(new PackPlan.Section(msg.get("data.rejects"), rejects, true));
        }

        // Suppression
        List<String> supp = new ArrayList<>();
        supp.add(msg.get("data.suppressed.rule"));
        Map<String, Long> hidden = new LinkedHashMap<>();
        for (IndicatorDef ind : release.indicators()) {
            long n = release.values().stream().filter(v -> v.suppressed() && v.indicatorCode().equals(ind.code())).count();
            if (n > 0) {
                hidden.put(ind.name(lang), n);
            }
        }
        long total = hidden.values().stream().mapToLong(Long::longValue).sum();
        supp.add(total == 0 ? msg.get("data.suppressed.none")
                : msg.get("data.suppressed.count", "count", f.integer(total), "list", hidden.entrySet().stream()
                        .map(e -> msg.get("data.suppressed.item", "indicator", e.getKey(), "count", f.integer(e.getValue())))
                        .collect(Collectors.joining("; "))));
        sections.add(new PackPlan.Section(msg.get("data.suppressed"), supp, false));

        // Methods
        List<String> methods = new ArrayList<>();
        for (String k : List.of("method.proportion", "method.survey", "method.rate", "method.srb", "method.gap",
                "method.trend",
                "method.status", "method.funnel", "method.small")) {
            methods.add(msg.get(k));
        }
        sections.add(new PackPlan.Section(msg.get("data.methods"), methods, true));

        List<String> missing = ReleaseReader.OPTIONAL_TABLES.stream()
                .filter(release.extras().missingTables()::contains).toList();
        String remark = missing.isEmpty() ? null : msg.get("data.missing", "tables", String.join(join, missing));
        return new PackPlan.DataPage(msg.get("data.title"), sections, remark);
    }
}
