package vn.binhdang.charts.html;

import java.util.Map;
import vn.binhdang.charts.Lang;
import vn.binhdang.charts.spec.PackPlan;
import vn.binhdang.charts.spec.StatusLine;
import vn.binhdang.charts.theme.Light;

import static vn.binhdang.charts.html.Cells.*;
import static vn.binhdang.charts.html.ReportWriter.*;

/** The report's summary page ({@code index.html}): tallies, the status table by objective, the legend, the communes. */
final class SummaryPage extends ReportPage {
    SummaryPage(PackPlan plan, Lang lang, int planYear, Downloads downloads) {
        super(plan, lang, planYear, downloads);
    }

    String index() {
        return page(plan.cover().title(), Section.SUMMARY, 0, h -> {
            PackPlan.Cover c = plan.cover();
            PackPlan.Summary s = plan.summary();
            h.open("section", "class", "hero", "aria-labelledby", "title").newline();
            h.element("h1", c.title(), "id", "title");
            h.element("p", c.subtitle(), "class", "subtitle");
            tally(h, s.lights(), counts(s.groups().stream().flatMap(g -> g.lines().stream())
                    .flatMap(l -> l.entries().stream()).map(e -> e.status().light()).toList()));
            h.close("section").newline();

            h.open("section", "aria-labelledby", "objectives").newline();
            h.element("h2", msg.get("html.objectives"), "id", "objectives");
            h.open("ul", "class", "cards").newline();
            for (PackPlan.Group g : s.groups()) {
                h.open("li", "class", "card");
                h.open("a", "href", objectiveFile(g.objective()));
                h.element("span", msg.get("html.nav.objective", "objective", g.objective()), "class", "kicker");
                h.element("span", g.name(), "class", "card-title");
                h.close("a");
                h.open("p", "class", "card-meta");
                h.element("span", msg.get("html.objective.count", "count", g.lines().size()), "class", "count");
                miniTally(h, counts(g.lines().stream().flatMap(l -> l.entries().stream())
                        .map(e -> e.status().light()).toList()), s.lights());
                h.close("p");
                h.close("li").newline();
            }
            h.close("ul").newline();
            h.close("section").newline();

            h.open("section", "aria-labelledby", "summary").newline();
            h.element("h2", s.title(), "id", "summary");
            h.element("p", s.intro(), "class", "lead");
            summaryTable(h, s);
            legend(h, s);
            h.close("section").newline();

            if (!plan.communes().isEmpty()) {
                h.open("section", "id", "communes", "aria-labelledby", "communes-h").newline();
                h.element("h2", plan.cover().contents().communes(), "id", "communes-h");
                communesTable(h);
                h.close("section").newline();
            }
            if (plan.statusMatrix() != null) {
                GridTables.write(h, plan.statusMatrix(), "status-matrix");
            }

            // The cover's data status, and the way to the data page.
            statusPanel(h, true);
        });
    }

    private void summaryTable(Html h, PackPlan.Summary s) {
        PackPlan.Columns k = s.columns();
        h.element("p", msg.get("html.sort.hint"), "class", "hint");
        tableStart(h, "summary-table", s.title(), true, "status-table", true);
        headRow(h, Head.number(msg.get("html.col.objective")), Head.text(k.indicator()), Head.number(k.status()),
                Head.number(k.value()), Head.text(k.target()), Head.number(k.trend()));
        h.open("tbody").newline();
        for (PackPlan.Group g : s.groups()) {
            for (StatusLine l : g.lines()) {
                // group-start: a rule above the first row of each objective (report.js keeps it after sorting)
                h.open("tr", "id", "row-" + l.indicatorCode(), "data-code", l.indicatorCode(),
                        "data-group", String.valueOf(g.objective()),
                        "class", l == g.lines().get(0) ? "group-start" : null);
                h.open("td", "data-sort", String.valueOf(order.get(l.indicatorCode())));
                h.element("a", String.valueOf(g.objective()), "class", "objective", "href", objectiveFile(g.objective()),
                        "title", g.heading());
                h.close("td");
                h.open("th", "scope", "row");
                h.element("a", l.name(), "href", objectiveFile(g.objective()) + "#" + l.indicatorCode());
                h.close("th");
                statusCells(h, l.entries(), l.target());
                h.close("tr").newline();
            }
        }
        h.close("tbody").newline();
        tableEnd(h);
    }

    private void legend(Html h, PackPlan.Summary s) {
        h.open("div", "class", "legend").newline();
        h.open("ul", "class", "legend-lights");
        for (PackPlan.LegendItem i : s.lights()) {
            h.open("li");
            light(h, i.light());
            h.text(" " + i.word());
            h.close("li");
        }
        h.close("ul");
        h.element("p", s.legend());
        h.close("div").newline();
    }

    /** One row per commune: its count of targets by light; each commune links to its page. */
    private void communesTable(Html h) {
        PackPlan.Summary s = plan.summary();
        tableStart(h, "communes-table", msg.get("html.communes.caption", "year", year), false, "count-table", true);
        h.open("thead").open("tr");
        th(h, msg.get("html.col.commune"), "text");
        for (PackPlan.LegendItem i : s.lights()) {
            h.open("th", "scope", "col", "data-sort-type", "number", "class", "num");
            light(h, i.light());
            h.text(" " + (i.light() == Light.NO_DATA ? msg.get("html.col.nodata") : i.word()));
            h.close("th");
        }
        h.close("tr").close("thead").newline();
        h.open("tbody").newline();
        for (PackPlan.CommunePage c : plan.communes()) {
            Map<Light, Integer> n = counts(c.groups().stream().flatMap(g -> g.rows().stream())
                    .flatMap(r -> r.entries().stream()).map(e -> e.status().light()).toList());
            h.open("tr", "data-code", c.areaCode());
            h.open("th", "scope", "row", "data-sort", c.name());
            h.element("a", c.name(), "href", communeFile(c.areaCode()));
            h.close("th");
            for (PackPlan.LegendItem i : s.lights()) {
                int count = n.getOrDefault(i.light(), 0);
                h.element("td", formats.integer(count), "data-sort", String.valueOf(count), "class", "num");
            }
            h.close("tr").newline();
        }
        h.close("tbody").newline();
        tableEnd(h);
    }
}
