package vn.binhdang.charts.html;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import vn.binhdang.charts.Lang;
import vn.binhdang.charts.factory.Charts;
import vn.binhdang.charts.spec.ChartDescriptions;
import vn.binhdang.charts.spec.ChartKind;
import vn.binhdang.charts.spec.ChartSpec;
import vn.binhdang.charts.spec.PackPlan;
import vn.binhdang.charts.spec.StatusEntry;
import vn.binhdang.charts.spec.StatusLine;
import vn.binhdang.charts.theme.Light;

import static vn.binhdang.charts.html.Cells.*;
import static vn.binhdang.charts.html.ReportWriter.*;

/** One objective's page: each of its indicators with the status strip, the charts and the commune table. */
final class ObjectivePage extends ReportPage {
    ObjectivePage(PackPlan plan, Lang lang, int planYear, Downloads downloads) {
        super(plan, lang, planYear, downloads);
    }

    String objective(int objective) {
        PackPlan.Group g = groups.get(objective);
        List<PackPlan.IndicatorPage> pages = plan.indicators().stream().filter(p -> p.objective() == objective).toList();
        String heading = g != null ? g.heading() : pages.get(0).header();
        return page(heading, Section.OBJECTIVE, objective, h -> {
            breadcrumb(h, heading);
            h.element("h1", heading);
            if (g != null) {
                h.element("p", msg.get("html.sort.hint"), "class", "hint");
                tableStart(h, "indicators-table", msg.get("html.indicators.caption", "objective", objective, "year", year),
                        false, "status-table", false);
                PackPlan.Columns k = plan.summary().columns();
                headRow(h, Head.text(k.indicator()), Head.number(k.status()), Head.number(k.value()),
                        Head.text(k.target()), Head.number(k.trend()));
                h.open("tbody").newline();
                for (StatusLine l : g.lines()) {
                    h.open("tr", "data-code", l.indicatorCode());
                    h.open("th", "scope", "row", "data-sort", l.name());
                    h.element("a", l.name(), "href", "#" + l.indicatorCode());
                    h.close("th");
                    statusCells(h, l.entries(), l.target());
                    h.close("tr").newline();
                }
                h.close("tbody").newline();
                tableEnd(h);
            }
            for (PackPlan.IndicatorPage p : pages) {
                indicator(h, p);
            }
        });
    }

    private void indicator(Html h, PackPlan.IndicatorPage p) {
        String headingId = p.code() + "-h";
        h.open("section", "class", "indicator", "id", p.code(), "aria-labelledby", headingId).newline();
        h.open("div", "class", "indicator-head");
        h.element("h2", p.heading(), "id", headingId);
        h.element("span", p.code(), "class", "code", "title", msg.get("html.code"));
        h.close("div").newline();
        strip(h, p);
        if (p.charts().isEmpty()) {
            if (p.remark() != null) {
                h.open("div", "class", "notice", "role", "note");
                light(h, Light.NO_DATA);
                h.element("p", p.remark());
                h.close("div").newline();
            }
        } else {
            List<ChartKind> kinds = p.charts().stream().map(ChartSpec::kind).toList();
            h.open("div", "class", "charts charts-" + kinds.size()).newline();
            for (ChartSpec spec : p.charts()) {
                figure(h, spec);
            }
            h.close("div").newline();
        }
        if (!p.notes().isEmpty()) {
            h.open("ul", "class", "notes");
            for (String n : p.notes()) {
                h.element("li", n);
            }
            h.close("ul").newline();
        }
        if (!p.charts().isEmpty() && p.remark() != null) {
            h.element("p", p.remark(), "class", "remark");
        }
        if (!p.sentences().isEmpty()) {
            h.open("ul", "class", "sentences");
            for (String s : p.sentences()) {
                h.element("li", s);
            }
            h.close("ul").newline();
        }
        communesOf(h, p);
        h.open("p", "class", "to-top").element("a", msg.get("html.top"), "href", "#main").close("p").newline();
        h.close("section").newline();
    }

    /** The status of the indicator page: per judged sex, light and word, value with interval, trend; the target. */
    private void strip(Html h, PackPlan.IndicatorPage p) {
        List<StatusEntry> entries = p.status().entries();
        h.open("table", "class", "strip");
        h.element("caption", msg.get("html.status.caption", "year", year), "class", "sr-only");
        h.open("thead").open("tr");
        h.element("th", plan.summary().columns().status(), "scope", "col");
        h.element("th", p.valueHeading(), "scope", "col");
        h.element("th", p.targetHeading(), "scope", "col");
        h.element("th", p.trendHeading(), "scope", "col");
        h.close("tr").close("thead");
        h.open("tbody");
        for (int i = 0; i < entries.size(); i++) {
            StatusEntry e = entries.get(i);
            h.open("tr");
            h.open("td", "class", "status-cell");
            status(h, e.status());
            h.close("td");
            h.open("td");
            value(h, e.sexLabel(), e.value(), e.interval());
            h.close("td");
            if (i == 0) {
                h.element("td", p.status().target(),
                        "rowspan", entries.size() > 1 ? String.valueOf(entries.size()) : null);
            }
            h.open("td");
            trend(h, e.trend());
            h.close("td");
            h.close("tr");
        }
        h.close("tbody").close("table").newline();
    }

    private void figure(Html h, ChartSpec spec) {
        double[] size = Charts.pngSize(spec);
        String src = HtmlReport.imagePath(spec);
        h.open("figure", "class", "chart chart-" + spec.kind().name().toLowerCase(java.util.Locale.ROOT));
        h.open("a", "href", src, "title", msg.get("html.chart.open"));
        h.empty("img", "src", src, "alt", ChartDescriptions.describe(spec),
                "width", String.valueOf(Math.round(size[0])), "height", String.valueOf(Math.round(size[1])));
        h.close("a");
        h.close("figure").newline();
    }

    /** The communes of an indicator in the plan year, from the annex (the same rows as the commune pages). */
    private void communesOf(Html h, PackPlan.IndicatorPage p) {
        List<PackPlan.CommunePage> communes = plan.communes();
        List<PackPlan.AnnexRow> rows = new ArrayList<>();
        for (PackPlan.CommunePage c : communes) {
            rows.add(c.groups().stream().flatMap(g -> g.rows().stream())
                    .filter(r -> r.indicatorCode().equals(p.code())).findFirst().orElse(null));
        }
        if (rows.stream().allMatch(r -> r == null)) {
            return;
        }
        PackPlan.AnnexColumns k = communes.get(0).columns();
        String caption = msg.get("html.communes.of", "year", year, "name", p.heading());
        tableStart(h, p.code() + "-communes", caption, false, "annex-table", false);
        headRow(h, Head.text(msg.get("html.col.commune")), Head.number(k.commune()), Head.number(k.status()),
                Head.number(k.compare()), Head.number(k.rank()));
        h.open("tbody").newline();
        PackPlan.AnnexRow any = null;
        for (int i = 0; i < communes.size(); i++) {
            PackPlan.AnnexRow r = rows.get(i);
            if (r == null) {
                continue;
            }
            any = r;
            PackPlan.CommunePage c = communes.get(i);
            h.open("tr", "data-code", c.areaCode());
            h.open("th", "scope", "row", "data-sort", c.name());
            h.element("a", c.name(), "href", communeFile(c.areaCode()));
            h.close("th");
            annexCells(h, r.entries(), false, null);
            h.close("tr").newline();
        }
        h.close("tbody").newline();
        if (any != null) {
            h.open("tfoot").open("tr");
            h.element("th", k.district(), "scope", "row");
            h.open("td", "class", "num");
            for (PackPlan.AnnexEntry e : any.entries()) {
                value(h, any.entries().size() > 1 ? e.sexLabel() : null, e.district(), null);
            }
            h.close("td");
            h.element("td", "", "colspan", "3");
            h.close("tr").close("tfoot").newline();
        }
        tableEnd(h);
    }
}
