package vn.binhdang.charts.html;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

import vn.binhdang.charts.Lang;
import vn.binhdang.charts.factory.Charts;
import vn.binhdang.charts.spec.ChartDescriptions;
import vn.binhdang.charts.spec.ChartKind;
import vn.binhdang.charts.spec.ChartSpec;
import vn.binhdang.charts.spec.FunnelSpec;
import vn.binhdang.charts.spec.PackPlan;
import vn.binhdang.charts.spec.StatusEntry;
import vn.binhdang.charts.spec.StatusLine;
import vn.binhdang.charts.spec.StatusMark;
import vn.binhdang.charts.spec.TrendMark;
import vn.binhdang.charts.theme.Formats;
import vn.binhdang.charts.theme.Light;
import vn.binhdang.charts.theme.Messages;
import vn.binhdang.charts.theme.Tone;

/**
 * The pages of the HTML report, as text, from a {@link PackPlan}: every word, number and chart comes
 * from the plan (the PDF's content); this class only decides the markup. No I/O here.
 *
 * <p>Tables that a reader may sort carry {@code data-sortable}; their sortable column headings a
 * {@code data-sort-type} ({@code number} or {@code text}); a cell's sort key is its {@code data-sort}
 * (empty: no value, sorted last) or else its text. {@code report.js} does the sorting.
 */
final class ReportWriter {

    static final String INDEX = "index.html";
    static final String DATA = "data.html";
    static final String CSS = HtmlReport.ASSETS + "/report.css";
    static final String JS = HtmlReport.ASSETS + "/report.js";
    private static final String SVG_NS = "http://www.w3.org/2000/svg";

    static String objectiveFile(int objective) {
        return "objective-" + objective + ".html";
    }

    static String communeFile(String areaCode) {
        return "commune-" + areaCode + ".html";
    }

    private final PackPlan plan;
    private final Lang lang;
    private final int year;
    private final Messages msg;
    private final Formats formats;
    /** The pack, rejects and exports files linked from every page's footer. */
    private final Downloads downloads;
    /** Objective → its summary group (heading, name, status lines), in the plan's order. */
    private final Map<Integer, PackPlan.Group> groups = new LinkedHashMap<>();
    /** Indicator code → objective. */
    private final Map<String, Integer> objectiveOf = new LinkedHashMap<>();
    /** Indicator code → position in the catalogue (the default order of every table). */
    private final Map<String, Integer> order = new LinkedHashMap<>();

    ReportWriter(PackPlan plan, Lang lang, int planYear, Downloads downloads) {
        this.plan = plan;
        this.downloads = downloads;
        this.lang = lang;
        this.year = planYear;
        this.msg = Messages.of(lang);
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

    /** File name → content, in reading order: summary, objectives, communes, data. */
    Map<String, String> pages() {
        Map<String, String> out = new LinkedHashMap<>();
        out.put(INDEX, index());
        for (int objective : objectives()) {
            out.put(objectiveFile(objective), objective(objective));
        }
        for (int i = 0; i < plan.communes().size(); i++) {
            PackPlan.CommunePage c = plan.communes().get(i);
            out.put(communeFile(c.areaCode()), commune(c));
        }
        out.put(DATA, data());
        return out;
    }

    private List<Integer> objectives() {
        List<Integer> out = new ArrayList<>(groups.keySet());
        plan.indicators().stream().map(PackPlan.IndicatorPage::objective).filter(o -> !out.contains(o))
                .forEach(out::add);
        return out;
    }

    // ------------------------------------------------------------------ page frame

    /** Which navigation item a page belongs to. */
    private enum Section {
        SUMMARY, OBJECTIVE, COMMUNES, DATA
    }

    private String page(String title, Section section, int objective, Consumer<Html> main) {
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
    private void downloadLinks(Html h) {
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

    private void header(Html h, Section section, int objective) {
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

    private static void navItem(Html h, String href, String text, String title, String current) {
        h.open("li").element("a", text, "href", href, "title", title, "aria-current", current).close("li").newline();
    }

    // ------------------------------------------------------------------ summary (index.html)

    private String index() {
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
            h.open("section", "class", "panel", "aria-labelledby", "status").newline();
            h.element("h2", c.statusHeading(), "id", "status");
            h.open("ul", "class", "plain");
            for (String line : c.status()) {
                h.element("li", line);
            }
            h.close("ul");
            h.element("p", c.note(), "class", "note");
            h.open("p").element("a", msg.get("html.data.more"), "href", DATA).close("p");
            h.close("section").newline();
        });
    }

    private void summaryTable(Html h, PackPlan.Summary s) {
        PackPlan.Columns k = s.columns();
        h.element("p", msg.get("html.sort.hint"), "class", "hint");
        tableStart(h, "summary-table", s.title(), true, "status-table", true);
        h.open("thead").open("tr");
        th(h, msg.get("html.col.objective"), "number");
        th(h, k.indicator(), "text");
        th(h, k.status(), "number");
        th(h, k.value(), "number");
        th(h, k.target(), "text");
        th(h, k.trend(), "number");
        h.close("tr").close("thead").newline();
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

    /** Status, value, target and trend cells of a status line. */
    private void statusCells(Html h, List<StatusEntry> entries, String target) {
        h.open("td", "data-sort", String.valueOf(entries.stream().mapToInt(e -> severity(e.status().light())).min()
                .orElse(severity(Light.NO_DATA))));
        for (StatusEntry e : entries) {
            h.open("span", "class", "entry line");
            if (entries.size() > 1 && e.sexLabel() != null) {
                h.element("span", e.sexLabel() + ": ", "class", "sex");
            }
            status(h, e.status());
            h.close("span");
        }
        h.close("td");
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

    // ------------------------------------------------------------------ objective pages

    private String objective(int objective) {
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
                h.open("thead").open("tr");
                th(h, k.indicator(), "text");
                th(h, k.status(), "number");
                th(h, k.value(), "number");
                th(h, k.target(), "text");
                th(h, k.trend(), "number");
                h.close("tr").close("thead").newline();
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

    private void breadcrumb(Html h, String here) {
        h.open("nav", "class", "crumbs", "aria-label", msg.get("html.nav"));
        h.element("a", msg.get("html.nav.summary"), "href", INDEX);
        h.text(" › ");
        h.element("span", here, "aria-current", "page");
        h.close("nav").newline();
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
        h.open("thead").open("tr");
        th(h, msg.get("html.col.commune"), "text");
        th(h, k.commune(), "number");
        th(h, k.status(), "number");
        th(h, k.compare(), "number");
        th(h, k.rank(), "number");
        h.close("tr").close("thead").newline();
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

    /**
     * Commune value, then (on a commune page) the district's value and the target, then status,
     * position on the funnel and rank: the columns of the pack's annex.
     */
    private void annexCells(Html h, List<PackPlan.AnnexEntry> entries, boolean withDistrict, String target) {
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
        h.open("td", "data-sort", String.valueOf(entries.stream().mapToInt(e -> severity(e.status().light())).min()
                .orElse(severity(Light.NO_DATA))));
        for (PackPlan.AnnexEntry e : entries) {
            h.open("span", "class", "entry line");
            if (entries.size() > 1 && e.sexLabel() != null) {
                h.element("span", e.sexLabel() + ": ", "class", "sex");
            }
            status(h, e.status());
            h.close("span");
        }
        h.close("td");
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

    // ------------------------------------------------------------------ commune pages

    private String commune(PackPlan.CommunePage c) {
        return page(c.title(), Section.COMMUNES, 0, h -> {
            breadcrumb(h, c.name());
            h.element("h1", c.title());
            h.element("p", c.summary(), "class", "lead");
            tally(h, plan.summary().lights(), counts(c.groups().stream().flatMap(g -> g.rows().stream())
                    .flatMap(r -> r.entries().stream()).map(e -> e.status().light()).toList()));
            h.element("p", msg.get("html.sort.hint"), "class", "hint");
            PackPlan.AnnexColumns k = c.columns();
            tableStart(h, "commune-table", c.title(), true, "annex-table", true);
            h.open("thead").open("tr");
            th(h, msg.get("html.col.objective"), "number");
            th(h, k.indicator(), "text");
            th(h, k.commune(), "number");
            h.element("th", k.district(), "scope", "col", "class", "num");
            h.element("th", k.target(), "scope", "col", "class", "num");
            th(h, k.status(), "number");
            th(h, k.compare(), "number");
            th(h, k.rank(), "number");
            h.close("tr").close("thead").newline();
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

    // ------------------------------------------------------------------ data and methods

    private String data() {
        PackPlan.DataPage d = plan.data();
        return page(d.title(), Section.DATA, 0, h -> {
            breadcrumb(h, d.title());
            h.element("h1", d.title());
            PackPlan.Cover c = plan.cover();
            h.open("section", "class", "panel", "aria-labelledby", "status");
            h.element("h2", c.statusHeading(), "id", "status");
            h.open("ul", "class", "plain");
            for (String line : c.status()) {
                h.element("li", line);
            }
            h.close("ul");
            h.element("p", c.note(), "class", "note");
            h.close("section").newline();
            if (plan.completeness() != null) {
                GridTables.write(h, plan.completeness(), "completeness-grid");
            }
            int i = 0;
            for (PackPlan.Section s : d.sections()) {
                String id = "section-" + (++i);
                h.open("section", "class", "data-section", "aria-labelledby", id).newline();
                h.element("h2", s.heading(), "id", id);
                if (s.bullets()) {
                    h.open("ul");
                    for (String l : s.lines()) {
                        h.element("li", l);
                    }
                    h.close("ul");
                } else {
                    for (String l : s.lines()) {
                        h.element("p", l);
                    }
                }
                h.close("section").newline();
            }
            if (d.remark() != null) {
                h.element("p", d.remark(), "class", "remark");
            }
        });
    }

    // ------------------------------------------------------------------ pieces

    /** A table in a scrollable region named by its caption (wide tables scroll on a phone). */
    private static void tableStart(Html h, String id, String caption, boolean hideCaption, String cls, boolean groups) {
        h.open("div", "class", "table-wrap", "role", "region", "aria-labelledby", id + "-caption", "tabindex", "0");
        h.open("table", "id", id, "class", cls, "data-sortable", "true", "data-groups", groups ? "true" : null).newline();
        h.element("caption", caption, "id", id + "-caption", "class", hideCaption ? "sr-only" : null).newline();
    }

    private static void tableEnd(Html h) {
        h.close("table").close("div").newline();
    }

    private static void th(Html h, String text, String sortType) {
        h.element("th", text, "scope", "col", "data-sort-type", sortType,
                "class", "number".equals(sortType) ? "num" : null);
    }

    /** "Nữ: 46,3 % (42,1–50,6)" as one line of a cell: the text of {@link StatusEntry#valueText}. */
    private static void value(Html h, String sexLabel, String value, String interval) {
        h.open("span", "class", "entry");
        if (sexLabel != null) {
            h.element("span", sexLabel + ": ", "class", "sex");
        }
        h.text(value);
        if (interval != null) {
            h.text(" ");
            h.element("span", "(" + interval + ")", "class", "ci");
        }
        h.close("span");
    }

    private static void status(Html h, StatusMark m) {
        h.open("span", "class", "status status-" + Assets.cssName(m.light().name()));
        light(h, m.light());
        h.text(" " + m.word());
        h.close("span");
    }

    private static void trend(Html h, TrendMark t) {
        h.open("span", "class", "trend tone-" + Assets.cssName(t.tone().name()));
        h.element("span", t.arrow(), "class", "arrow");
        h.text(" " + t.word());
        h.close("span");
    }

    /**
     * A traffic light as inline SVG: the light's shape in its colour and its symbol inside (✓ ? ✗ –),
     * as in the PDF, so that status never rests on colour alone; the word beside it says it in text.
     */
    static void light(Html h, Light l) {
        String fill = Assets.hex(l.colour());
        String ink = Assets.hex(l.symbolColour());
        h.open("svg", "xmlns", SVG_NS, "class", "light", "viewBox", "0 0 16 16", "width", "16", "height", "16",
                "aria-hidden", "true", "focusable", "false");
        switch (l.shape()) {
            case CIRCLE -> h.empty("circle", "cx", "8", "cy", "8", "r", "7.2", "fill", fill);
            case DIAMOND -> h.empty("path", "d", "M8 0.4 15.6 8 8 15.6 0.4 8Z", "fill", fill);
            case SQUARE -> h.empty("rect", "x", "1.4", "y", "1.4", "width", "13.2", "height", "13.2", "fill", fill);
            case RING -> h.empty("circle", "cx", "8", "cy", "8", "r", "6.4", "fill", "none", "stroke", fill,
                    "stroke-width", "1.6");
        }
        switch (l) {
            case ACHIEVED -> h.empty("path", "d", "M4.6 8.4 7 10.7 11.5 5.6", "fill", "none", "stroke", ink,
                    "stroke-width", "1.9", "stroke-linecap", "round", "stroke-linejoin", "round");
            case NOT_ACHIEVED -> h.empty("path", "d", "M5.3 5.3 10.7 10.7M10.7 5.3 5.3 10.7", "fill", "none",
                    "stroke", ink, "stroke-width", "1.9", "stroke-linecap", "round");
            case CANNOT_TELL -> h.empty("path", "d", "M6.1 6.2C6.1 4.2 9.9 4.2 9.9 6.2 9.9 7.6 8 7.7 8 9.4M8 11.3v.3",
                    "fill", "none", "stroke", ink, "stroke-width", "1.7", "stroke-linecap", "round");
            case NO_DATA -> h.empty("path", "d", "M5.4 8h5.2", "stroke", ink, "stroke-width", "1.6",
                    "stroke-linecap", "round");
        }
        h.close("svg");
    }

    /** The lights with their counts, large: "✓ 9 Đạt". */
    private void tally(Html h, List<PackPlan.LegendItem> lights, Map<Light, Integer> counts) {
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
    private void miniTally(Html h, Map<Light, Integer> counts, List<PackPlan.LegendItem> lights) {
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

    private static Map<Light, Integer> counts(List<Light> lights) {
        Map<Light, Integer> out = new EnumMap<>(Light.class);
        lights.forEach(l -> out.merge(l, 1, Integer::sum));
        return out;
    }

    /** Sort order of a status: not achieved first, then cannot tell, achieved, no data. */
    static int severity(Light l) {
        return switch (l) {
            case NOT_ACHIEVED -> 0;
            case CANNOT_TELL -> 1;
            case ACHIEVED -> 2;
            case NO_DATA -> 3;
        };
    }

    /** Sort order of a trend: worsening, no clear or neutral change, improving, not assessed. */
    static int trendKey(TrendMark t) {
        if (t.tone() == Tone.BAD) {
            return 0;
        }
        if (t.tone() == Tone.GOOD) {
            return 2;
        }
        return "–".equals(t.arrow()) ? 3 : 1;
    }

    /** Sort order of a funnel position: from clearly higher to clearly lower. */
    static int compareKey(FunnelSpec.Position p) {
        return switch (p) {
            case HIGH_998 -> 0;
            case HIGH_95 -> 1;
            case INSIDE -> 2;
            case LOW_95 -> 3;
            case LOW_998 -> 4;
        };
    }

    /** A sort key: the printed (rounded) number, plain; empty for none. */
    private static String number(Double n) {
        return n == null ? "" : BigDecimal.valueOf(n).stripTrailingZeros().toPlainString();
    }
}
