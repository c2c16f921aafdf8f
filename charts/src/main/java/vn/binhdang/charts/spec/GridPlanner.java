package vn.binhdang.charts.spec;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.Collectors;
import vn.binhdang.charts.Lang;
import vn.binhdang.charts.release.AreaDef;
import vn.binhdang.charts.release.CompletenessRow;
import vn.binhdang.charts.release.Release;
import vn.binhdang.charts.theme.Light;

/**
 * The two grids of the pack, planned from what the other pages already say so that they cannot disagree:
 * the status matrix (each commune-level indicator × the district and each commune, from the summary's and
 * the commune pages' status entries) and the completeness grid (each area × year, from
 * {@code mart_completeness}: on time, late by N days, incomplete with the quarters that did not arrive, or
 * missing).
 */
final class GridPlanner extends SectionPlanner {

    GridPlanner(Release release, Lang lang, int year, String district, IndicatorTexts texts) {
        super(release, lang, year, district, texts);
    }

    /**
     * Indicators down, the district then its communes across; each cell the value and the light of that
     * area's status line. Null without commune pages.
     */
    PackPlan.Grid statusMatrix(List<StatusLine> districtLines, List<PackPlan.CommunePage> communes,
                               List<PackPlan.LegendItem> legend) {
        if (communes.isEmpty()) {
            return null;
        }
        Map<String, StatusLine> byCode = districtLines.stream()
                .collect(Collectors.toMap(StatusLine::indicatorCode, l -> l, (a, b) -> a));
        List<String> columns = new ArrayList<>();
        columns.add(release.area(district).map(a -> a.name(lang)).orElse(district));
        communes.forEach(c -> columns.add(c.name()));
        List<PackPlan.GridRow> rows = new ArrayList<>();
        PackPlan.CommunePage first = communes.get(0);
        // Each commune's cells are found by indicator and sex, not by position: a commune page that lacks a
        // row (or orders it differently) leaves its cell blank instead of shifting the row under another name.
        List<Map<String, PackPlan.AnnexEntry>> byCommune = communes.stream().map(GridPlanner::entries).toList();
        Map<String, String> units = release.indicators().stream()
                .collect(Collectors.toMap(i -> i.code(), i -> i.unit(lang) == null ? "" : i.unit(lang), (a, b) -> a));
        for (PackPlan.AnnexGroup group : first.groups()) {
            boolean groupStarts = true;
            for (PackPlan.AnnexRow row : group.rows()) {
                StatusLine dl = byCode.get(row.indicatorCode());
                for (PackPlan.AnnexEntry entry : row.entries()) {
                    List<PackPlan.GridCell> cells = new ArrayList<>();
                    StatusEntry d = dl == null ? null : dl.entries().stream()
                            .filter(x -> java.util.Objects.equals(x.sexLabel(), entry.sexLabel())).findFirst()
                            .orElse(null);
                    String unit = units.getOrDefault(row.indicatorCode(), "");
                    cells.add(d == null ? new PackPlan.GridCell(null, "", "")
                            : new PackPlan.GridCell(d.status().light(), compact(d.value(), unit), d.status().word()));
                    for (Map<String, PackPlan.AnnexEntry> entries : byCommune) {
                        PackPlan.AnnexEntry ce = entries.get(key(row.indicatorCode(), entry.sexLabel()));
                        cells.add(ce == null ? new PackPlan.GridCell(null, "", "")
                                : new PackPlan.GridCell(ce.status().light(), compact(ce.value(), unit),
                                        ce.status().word()));
                    }
                    String label = entry.sexLabel() == null ? row.name() : row.name() + " — " + entry.sexLabel();
                    if (!unit.isBlank() && !unit.equals("%")) {
                        label = label + " (" + unit.replaceFirst("^/", "") + ")";
                    }
                    rows.add(new PackPlan.GridRow(groupStarts ? group.heading() : null, label, false, cells));
                    groupStarts = false;
                }
            }
        }
        int districtOnly = (int) release.indicators().stream().filter(i -> !i.communeLevel()).count();
        return new PackPlan.Grid(msg.get("matrix.title", "year", year), msg.get("matrix.intro", "year", year),
                msg.get("col.indicator"), columns, rows, legend,
                districtOnly == 0 ? null : msg.get("matrix.note", "count", districtOnly));
    }

    private static Map<String, PackPlan.AnnexEntry> entries(PackPlan.CommunePage page) {
        Map<String, PackPlan.AnnexEntry> out = new HashMap<>();
        for (PackPlan.AnnexGroup g : page.groups()) {
            for (PackPlan.AnnexRow r : g.rows()) {
                r.entries().forEach(e -> out.putIfAbsent(key(r.indicatorCode(), e.sexLabel()), e));
            }
        }
        return out;
    }

    private static String key(String indicator, String sexLabel) {
        return indicator + "\u0000" + sexLabel;
    }

    /**
     * A value as a matrix cell holds it: the number without its unit (the row label carries it; "%" stays),
     * or the short word for a hidden or missing value; a sentence (the all-quarters indicator's "Chưa đạt ở
     * quý 1") is left to the light, the commune's page has the words.
     */
    static String compact(String value, String unit) {
        if (value == null) {
            return "";
        }
        String v = value;
        if (!unit.isBlank() && !unit.equals("%")) {
            v = v.endsWith(unit) ? v.substring(0, v.length() - unit.length()).strip() : v;
        }
        return v.length() <= 16 ? v : "";
    }

    /** Areas down (the communes, then the district), years across. Null without {@code mart_completeness}. */
    PackPlan.Grid completeness() {
        List<CompletenessRow> all = release.extras().completeness();
        Map<String, CompletenessRow> byAreaYear = new HashMap<>();
        all.forEach(r -> byAreaYear.putIfAbsent(r.areaCode() + "\u0000" + r.year(), r));
        SortedSet<Integer> years = all.stream().map(CompletenessRow::year).filter(y -> y <= year)
                .collect(Collectors.toCollection(TreeSet::new));
        if (years.isEmpty()) {
            return null;
        }
        List<AreaDef> areas = new ArrayList<>(release.children(district));
        release.area(district).ifPresent(areas::add);
        List<PackPlan.GridRow> rows = new ArrayList<>();
        for (AreaDef a : areas) {
            List<PackPlan.GridCell> cells = new ArrayList<>();
            for (int y : years) {
                cells.add(Optional.ofNullable(byAreaYear.get(a.code() + "\u0000" + y)).map(this::cell).orElse(new PackPlan.GridCell(null, "", "")));
            }
            rows.add(new PackPlan.GridRow(null, a.name(lang), a.code().equals(district), cells));
        }
        List<PackPlan.LegendItem> legend = List.of(
                new PackPlan.LegendItem(Light.ACHIEVED, msg.get("grid.on_time")),
                new PackPlan.LegendItem(Light.CANNOT_TELL, msg.get("grid.late_or_incomplete")),
                new PackPlan.LegendItem(Light.NOT_ACHIEVED, msg.get("grid.missing")),
                new PackPlan.LegendItem(Light.NO_DATA, msg.get("grid.date_unknown")));
        return new PackPlan.Grid(msg.get("grid.title", "first", years.first(), "last", years.last()),
                msg.get("grid.intro"), msg.get("grid.area"), years.stream().map(String::valueOf).toList(), rows,
                legend, msg.get("grid.note"));
    }

    /** One report: its light, and the words for what was not on time or whole ("muộn 8 ngày, thiếu quý 3"). */
    PackPlan.GridCell cell(CompletenessRow r) {
        if (r.missing() != null && r.missing() == 1 || r.received() != null && r.received() == 0) {
            return new PackPlan.GridCell(Light.NOT_ACHIEVED, msg.get("grid.cell.missing"), msg.get("grid.missing"));
        }
        List<String> what = new ArrayList<>();
        if (r.late() != null && r.late() == 1) {
            what.add(r.daysLate() == null ? msg.get("grid.cell.late")
                    : msg.get("grid.cell.late.days", "days", r.daysLate()));
        }
        if (r.incomplete()) {
            what.add(Optional.ofNullable(r.periodsMissing()).map(this::periods)
                    .map(p -> msg.get("grid.cell.periods", "periods", p))
                    .orElse(msg.get("grid.cell.values", "staged", r.valuesStaged(), "values", r.valuesExpected())));
        }
        boolean unknownDate = r.onTime() != null && r.onTime() == 0 && (r.late() == null || r.late() == 0);
        if (what.isEmpty() && unknownDate) {
            return new PackPlan.GridCell(Light.NO_DATA, msg.get("grid.cell.date_unknown"), msg.get("grid.date_unknown"));
        }
        if (what.isEmpty()) {
            return new PackPlan.GridCell(Light.ACHIEVED, "", msg.get("grid.on_time"));
        }
        String text = String.join(", ", what);
        return new PackPlan.GridCell(Light.CANNOT_TELL, text, text);
    }

    /** "Q3" → "quý 3"; "M04 M05" → "tháng 4, 5". */
    private String periods(String codes) {
        List<String> q = new ArrayList<>();
        List<String> m = new ArrayList<>();
        for (String c : codes.split(" ")) {
            if (c.startsWith("Q")) {
                q.add(String.valueOf(Integer.parseInt(c.substring(1))));
            } else if (c.startsWith("M")) {
                m.add(String.valueOf(Integer.parseInt(c.substring(1))));
            }
        }
        List<String> parts = new ArrayList<>();
        if (!q.isEmpty()) {
            parts.add(msg.get("grid.quarters", "list", String.join(", ", q)));
        }
        if (!m.isEmpty()) {
            parts.add(msg.get("grid.months", "list", String.join(", ", m)));
        }
        return String.join("; ", parts);
    }
}
