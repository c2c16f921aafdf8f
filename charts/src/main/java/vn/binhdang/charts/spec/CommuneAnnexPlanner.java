package vn.binhdang.charts.spec;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import vn.binhdang.charts.Lang;
import vn.binhdang.charts.release.AreaDef;
import vn.binhdang.charts.release.IndicatorDef;
import vn.binhdang.charts.release.Release;
import vn.binhdang.charts.release.Sex;
import vn.binhdang.charts.theme.Light;

/**
 * The commune annex of a pack: one page per commune of the run's area, when at least one indicator is computed
 * per commune, each with its status, the area's value, the comparison and the rank the indicator pages show.
 */
final class CommuneAnnexPlanner extends SectionPlanner {

    CommuneAnnexPlanner(Release release, Lang lang, int planYear, String areaCode, IndicatorTexts texts) {
        super(release, lang, planYear, areaCode, texts);
    }

    /** One page per commune, when at least one indicator is computed per commune; none otherwise. */
    List<PackPlan.CommunePage> pages(Map<Integer, String> objectives) {
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

}
