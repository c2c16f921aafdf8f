package vn.binhdang.charts.html;

import vn.binhdang.charts.spec.PackPlan;

/**
 * A {@link PackPlan.Grid} as an HTML table, the same cells as the PDF's grid page: row labels as row
 * headings, each cell its light (inline SVG, as on the other pages) and its short text, the status word in
 * the cell's title and, for screen readers, in the cell itself when the text does not say it. Below 600 px a
 * row becomes a card, each cell under its column's name (set here, not by the script).
 */
final class GridTables {
    private GridTables() {
    }

    static void write(Html h, PackPlan.Grid g, String id) {
        h.open("section", "class", "panel grid", "aria-labelledby", id + "-h").newline();
        h.element("h2", g.title(), "id", id + "-h");
        h.element("p", g.intro(), "class", "note");
        h.open("ul", "class", "legend").newline();
        for (PackPlan.LegendItem i : g.legend()) {
            h.open("li");
            Cells.light(h, i.light());
            h.text(" " + i.word()).close("li").newline();
        }
        h.close("ul").newline();
        h.open("div", "class", "table-wrap", "role", "region", "aria-labelledby", id + "-caption", "tabindex", "0");
        h.open("table", "id", id, "class", "grid-table").newline();
        h.element("caption", g.title(), "id", id + "-caption", "class", "sr-only").newline();
        h.open("thead").open("tr");
        h.element("th", g.rowHead(), "scope", "col");
        for (String c : g.columns()) {
            h.element("th", c, "scope", "col");
        }
        h.close("tr").close("thead").newline();
        h.open("tbody").newline();
        for (PackPlan.GridRow r : g.rows()) {
            if (r.group() != null) {
                h.open("tr", "class", "group").element("th", r.group(), "scope", "row", "colspan",
                        String.valueOf(g.columns().size() + 1)).close("tr").newline();
            }
            h.open("tr", "class", r.total() ? "total" : null);
            h.element("th", r.label(), "scope", "row");
            for (int i = 0; i < r.cells().size(); i++) {
                PackPlan.GridCell c = r.cells().get(i);
                // the column's name on the cell: a phone shows the row as a card, each value under its area
                h.open("td", "title", c.word() == null || c.word().isEmpty() ? null : c.word(),
                        "data-label", g.columns().get(i));
                if (c.light() != null) {
                    Cells.light(h, c.light());
                }
                if (c.text() != null && !c.text().isEmpty()) {
                    h.text(" " + c.text().replace(" %", "\u00a0%")); // "100,0 %" never splits
                }
                if (c.word() != null && !c.word().isEmpty() && !c.word().equals(c.text())) {
                    h.element("span", c.word(), "class", "sr-only");
                }
                h.close("td");
            }
            h.close("tr").newline();
        }
        h.close("tbody").close("table").close("div").newline();
        if (g.note() != null) {
            h.element("p", g.note(), "class", "note");
        }
        h.close("section").newline();
    }
}
