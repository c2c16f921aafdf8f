package vn.binhdang.charts.spec;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;

import vn.binhdang.charts.Lang;
import vn.binhdang.charts.release.CompletenessRow;
import vn.binhdang.charts.release.IndicatorDef;
import vn.binhdang.charts.release.IndicatorValue;
import vn.binhdang.charts.release.PublishedValue;
import vn.binhdang.charts.release.RejectRow;
import vn.binhdang.charts.release.Release;
import vn.binhdang.charts.release.ReleaseManifest;
import vn.binhdang.charts.release.ReleaseReader;

/**
 * The data and methods page of a pack (sources, completeness with the reports that were late or short, rejects
 * by rule and file, suppression, methods) and the totals the cover's status lines share with it.
 */
final class DataPagePlanner extends SectionPlanner {

    /** Files listed by name on the data page; the others are counted. */
    static final int FILES_LISTED = 6;

    DataPagePlanner(Release release, Lang lang, int planYear, String areaCode, IndicatorTexts texts) {
        super(release, lang, planYear, areaCode, texts);
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

    PackPlan.DataPage page() {
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
