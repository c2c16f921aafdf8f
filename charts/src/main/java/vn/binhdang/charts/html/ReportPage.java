package vn.binhdang.charts.html;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import vn.binhdang.charts.Lang;
import vn.binhdang.charts.spec.PackPlan;
import vn.binhdang.charts.spec.StatusEntry;
import vn.binhdang.charts.spec.StatusLine;
import vn.binhdang.charts.spec.StatusMark;
import vn.binhdang.charts.theme.Formats;
import vn.binhdang.charts.theme.Light;
import vn.binhdang.charts.theme.Messages;

import static vn.binhdang.charts.html.Cells.*;
import static vn.binhdang.charts.html.ReportWriter.*;

/**
 * What every page of the HTML report shares: the plan and its language, the objectives in order, the page
 * frame (head, navigation, footer links) and the cells more than one page draws. One subclass per page kind
 * ({@link SummaryPage}, {@link ObjectivePage}, {@link CommunePage}, {@link DataPage}) decides its markup.
 */
abstract class ReportPage {
    final PackPlan plan;
    final Lang lang;
    final int year;
    final Messages msg;
    final Formats formats;
    /** The pack, rejects and exports files linked from every page's footer. */
    final Downloads downloads;
    /** Objective → its summary group (heading, name, status lines), in the plan's order. */
    final Map<Integer, PackPlan.Group> groups = new LinkedHashMap<>();
    /** Indicator code → objective. */
    final Map<String, Integer> objectiveOf = new LinkedHashMap<>();
    /** Indicator code → position in the catalogue (the default order of every table). */
    final Map<String, Integer> order = new LinkedHashMap<>();

    ReportPage(PackPlan plan, Lang lang, int planYear, Downloads downloads) {
        this.plan = plan;
        this.downloads = downloads;
        this.lang = lang;
        this.year = planYear;
        this.msg = Messages.of(lang, plan.wording());
        this.formats = Formats.of(lang);
        for (PackPlan.Group g : plan.summary().groups()) {
            groups.put(g.objective(), g);
            for (StatusLine l : g.lines()) {
                objectiveOf.put(l.indicatorCode(), g.objective());
                order.put(l.indicatorCode(), order.size());
            }
        }
        for (PackPlan.IndicatorPage p : plan.indicators()) {
            objectiveOf.putIfAbsent(p.code(), p.objective());
            order.putIfAbsent(p.code(), order.size());
        }
    }

    /** Which navigation item a page belongs to. */
    enum Section {
        SUMMARY, OBJECTIVE, COMMUNES, DATA
    }

    List<Integer> objectives() {
        List<Integer> out = new ArrayList<>(groups.keySet());
        plan.indicators().stream().map(PackPlan.IndicatorPage::objective).filter(o -> !out.contains(o))
                .forEach(out::add);
        return out;
    }

    String page(String title, Section section, int objective, Consumer<Html> main) {
        Html h = new Html();
        h.raw("<!DOCTYPE html>\n");
        h.open("html", "lang", lang.code(), "xmlns", "http://www.w3.org/1999/xhtml").newline();
        h.open("head").newline();
        h.empty("meta", "charset", "utf-8").newline();
        h.empty("meta", "name", "viewport", "content", "width=device-width, initial-scale=1").newline();
        h.element("title", title.equals(plan.cover().title()) ? title : title + " · " + plan.cover().title()).newline();
        h.empty("meta", "name", "generator", "content", "Bình Đẳng").newline();
        h.empty("link", "rel", "stylesheet", "href", CSS).newline();
        h.open("script", "src", JS).close("script").newline();
        h.close("head").newline();
        h.open("body").newline();
        h.element("a", msg.get("html.skip"), "class", "skip", "href", "#main").newline();
        header(h, section, objective);
        h.open("main", "id", "main", "class", "wrap").newline();
        main.accept(h);
        h.close("main").newline();
        h.open("footer", "class", "site").open("div", "class", "wrap");
        downloadLinks(h);
        h.element("p", plan.footer());
        for (String m : plan.cover().meta()) {
            h.element("p", m);
        }
        h.close("div").close("footer").newline();
        h.close("body").newline();
        h.close("html").newline();
        return h.toString();
    }

    /** "Tải về: Bộ biểu đồ (PDF) · Số liệu bị từ chối: rejects-2023.xlsx, … · Bảng số liệu: …". */
    void downloadLinks(Html h) {
        if (downloads.items().isEmpty()) return;
        h.open("nav", "class", "downloads", "aria-label", msg.get("html.downloads"));
        h.element("span", msg.get("html.downloads") + ":", "class", "kicker");
        Downloads.Kind group = null;
        h.open("ul").newline();
        for (Downloads.Item d : downloads.items()) {
            if (d.kind() != group) {
                if (group != null) h.close("ul").close("li");
                group = d.kind();
                h.open("li").element("span", msg.get("html.download." + d.kind().name().toLowerCase(Locale.ROOT)));
                h.open("ul");
            }
            h.open("li").element("a", d.name(), "href", d.href(), "download", "").close("li");
        }
        h.close("ul").close("li").close("ul").close("nav").newline();
    }

    void header(Html h, Section section, int objective) {
        h.open("header", "class", "site").open("div", "class", "wrap").newline();
        h.element("p", plan.cover().district(), "class", "district");
        h.open("p", "class", "report-title").element("a", plan.cover().title(), "href", INDEX).close("p").newline();
        h.open("nav", "aria-label", msg.get("html.nav")).open("ul").newline();
        navItem(h, INDEX, msg.get("html.nav.summary"), null, section == Section.SUMMARY ? "page" : null);
        for (int o : objectives()) {
            PackPlan.Group g = groups.get(o);
            navItem(h, objectiveFile(o), msg.get("html.nav.objective", "objective", o), g == null ? null : g.heading(),
                    section == Section.OBJECTIVE && objective == o ? "page" : null);
        }
        if (!plan.communes().isEmpty()) {
            navItem(h, INDEX + "#communes", msg.get("html.nav.communes"), plan.cover().contents().communes(),
                    section == Section.COMMUNES ? "true" : null);
        }
        navItem(h, DATA, plan.data().title(), null, section == Section.DATA ? "page" : null);
        h.close("ul").close("nav").newline();
        h.close("div").close("header").newline();
    }

    static void navItem(Html h, String href, String text, String title, String current) {
        h.open("li").element("a", text, "href", href, "title", title, "aria-current", current).close("li").newline();
    }

    /** The cover's data status and its note; on the summary page, the way to the data page. */
    void statusPanel(Html h, boolean linkToData) {
        PackPlan.Cover c = plan.cover();
        h.open("section", "class", "panel", "aria-labelledby", "status").newline();
        h.element("h2", c.statusHeading(), "id", "status");
        h.open("ul", "class", "plain");
        for (String line : c.status()) {
            h.element("li", line);
        }
        h.close("ul");
        h.element("p", c.note(), "class", "note");
        if (linkToData) {
            h.open("p").element("a", msg.get("html.data.more"), "href", DATA).close("p");
        }
        h.close("section").newline();
    }

    /** The status cell: one light and word per sex (sex label → status; "" when none), sorted by the worst. */
    private static void statusCell(Html h, List<Map.Entry<String, StatusMark>> entries) {
        h.open("td", "data-sort", String.valueOf(entries.stream().mapToInt(e -> severity(e.getValue().light())).min()
                .orElse(severity(Light.NO_DATA))));
        for (Map.Entry<String, StatusMark> e : entries) {
            h.open("span", "class", "entry line");
            if (entries.size() > 1 && !e.getKey().isEmpty()) {
                h.element("span", e.getKey() + ": ", "class", "sex");
            }
            status(h, e.getValue());
            h.close("span");
        }
        h.close("td");
    }

    /** Status, value, target and trend cells of a status line. */
    void statusCells(Html h, List<StatusEntry> entries, String target) {
        statusCell(h, entries.stream().map(e -> java.util.Map.entry(e.sexLabel() == null ? "" : e.sexLabel(), e.status()))
                .toList());
        h.open("td", "data-sort", entries.isEmpty() ? "" : number(entries.get(0).number()), "class", "num");
        for (StatusEntry e : entries) {
            value(h, e.sexLabel(), e.value(), e.interval());
        }
        h.close("td");
        h.element("td", target, "class", "target");
        h.open("td", "data-sort", String.valueOf(entries.stream().mapToInt(e -> trendKey(e.trend())).min()
                .orElse(9)));
        for (StatusEntry e : entries) {
            h.open("span", "class", "entry line");
            trend(h, e.trend());
            h.close("span");
        }
        h.close("td");
    }

    /**
     * Commune value, then (on a commune page) the district's value and the target, then status,
     * position on the funnel and rank: the columns of the pack's annex.
     */
    void annexCells(Html h, List<PackPlan.AnnexEntry> entries, boolean withDistrict, String target) {
        PackPlan.AnnexEntry first = entries.isEmpty() ? null : entries.get(0);
        h.open("td", "data-sort", first == null ? "" : number(first.number()), "class", "num");
        for (PackPlan.AnnexEntry e : entries) {
            value(h, e.sexLabel(), e.value(), e.interval());
        }
        h.close("td");
        if (withDistrict) {
            h.open("td", "class", "num");
            for (PackPlan.AnnexEntry e : entries) {
                value(h, entries.size() > 1 ? e.sexLabel() : null, e.district(), null);
            }
            h.close("td");
            h.element("td", target, "class", "target");
        }
        statusCell(h, entries.stream().map(e -> java.util.Map.entry(e.sexLabel() == null ? "" : e.sexLabel(), e.status()))
                .toList());
        h.open("td", "data-sort",
                first == null || first.position() == null ? "" : String.valueOf(compareKey(first.position())));
        for (PackPlan.AnnexEntry e : entries) {
            h.element("span", e.compare(), "class", "entry line");
        }
        h.close("td");
        h.open("td", "data-sort", first == null || first.rankNumber() == null ? "" : String.valueOf(first.rankNumber()),
                "class", "num");
        for (PackPlan.AnnexEntry e : entries) {
            h.element("span", e.rank(), "class", "entry line");
        }
        h.close("td");
    }

    void breadcrumb(Html h, String here) {
        h.open("nav", "class", "crumbs", "aria-label", msg.get("html.nav"));
        h.element("a", msg.get("html.nav.summary"), "href", INDEX);
        h.text(" › ");
        h.element("span", here, "aria-current", "page");
        h.close("nav").newline();
    }

    /** The lights with their counts, large: "✓ 9 Đạt". */
    void tally(Html h, List<PackPlan.LegendItem> lights, Map<Light, Integer> counts) {
        h.open("ul", "class", "tally");
        for (PackPlan.LegendItem i : lights) {
            h.open("li", "class", "tally-" + Assets.cssName(i.light().name()));
            light(h, i.light());
            h.element("span", formats.integer(counts.getOrDefault(i.light(), 0)), "class", "tally-count");
            h.element("span", i.light() == Light.NO_DATA ? msg.get("html.col.nodata") : i.word(), "class", "tally-word");
            h.close("li");
        }
        h.close("ul").newline();
    }

    /** The lights with their counts, small, for the objective cards; a light with none is left out. */
    void miniTally(Html h, Map<Light, Integer> counts, List<PackPlan.LegendItem> lights) {
        for (PackPlan.LegendItem i : lights) {
            int n = counts.getOrDefault(i.light(), 0);
            if (n == 0) {
                continue;
            }
            h.open("span", "class", "mini", "title", i.word());
            light(h, i.light());
            h.text(" " + formats.integer(n));
            h.element("span", " " + i.word(), "class", "sr-only");
            h.close("span");
        }
    }
}
