package vn.binhdang.charts.html;

import vn.binhdang.charts.Lang;
import vn.binhdang.charts.spec.PackPlan;

import static vn.binhdang.charts.html.Cells.*;
import static vn.binhdang.charts.html.ReportWriter.*;

/** One commune's page: its tally and the table of every commune-level indicator. */
final class CommunePage extends ReportPage {
    CommunePage(PackPlan plan, Lang lang, int planYear, Downloads downloads) {
        super(plan, lang, planYear, downloads);
    }

    String commune(PackPlan.CommunePage c) {
        return page(c.title(), Section.COMMUNES, 0, h -> {
            breadcrumb(h, c.name());
            h.element("h1", c.title());
            h.element("p", c.summary(), "class", "lead");
            tally(h, plan.summary().lights(), counts(c.groups().stream().flatMap(g -> g.rows().stream())
                    .flatMap(r -> r.entries().stream()).map(e -> e.status().light()).toList()));
            h.element("p", msg.get("html.sort.hint"), "class", "hint");
            PackPlan.AnnexColumns k = c.columns();
            tableStart(h, "commune-table", c.title(), true, "annex-table", true);
            headRow(h, Head.number(msg.get("html.col.objective")), Head.text(k.indicator()), Head.number(k.commune()),
                    Head.unsorted(k.district()), Head.unsorted(k.target()), Head.number(k.status()),
                    Head.number(k.compare()), Head.number(k.rank()));
            h.open("tbody").newline();
            for (PackPlan.AnnexGroup g : c.groups()) {
                for (PackPlan.AnnexRow r : g.rows()) {
                    int objective = objectiveOf.getOrDefault(r.indicatorCode(), g.objective());
                    h.open("tr", "data-code", r.indicatorCode(), "data-group", String.valueOf(g.objective()),
                            "class", r == g.rows().get(0) ? "group-start" : null);
                    h.open("td", "data-sort", String.valueOf(order.getOrDefault(r.indicatorCode(), 0)));
                    h.element("a", String.valueOf(g.objective()), "class", "objective", "href", objectiveFile(objective),
                            "title", g.heading());
                    h.close("td");
                    h.open("th", "scope", "row", "data-sort", r.name());
                    h.element("a", r.name(), "href", objectiveFile(objective) + "#" + r.indicatorCode());
                    h.close("th");
                    annexCells(h, r.entries(), true, r.target());
                    h.close("tr").newline();
                }
            }
            h.close("tbody").newline();
            tableEnd(h);
            h.element("p", c.footnote(), "class", "footnote");
            h.open("nav", "class", "others", "aria-labelledby", "others-h");
            h.element("h2", msg.get("html.commune.others"), "id", "others-h");
            h.open("ul");
            for (PackPlan.CommunePage other : plan.communes()) {
                h.open("li").element("a", other.name(), "href", communeFile(other.areaCode()),
                        "aria-current", other.areaCode().equals(c.areaCode()) ? "page" : null).close("li");
            }
            h.close("ul").close("nav").newline();
        });
    }
}
