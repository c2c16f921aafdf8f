package vn.binhdang.charts.html;

import vn.binhdang.charts.Lang;
import vn.binhdang.charts.spec.PackPlan;

import static vn.binhdang.charts.html.Cells.*;
import static vn.binhdang.charts.html.ReportWriter.*;

/** The data and methods page: sources, completeness, revisions, rejects, the suppression rule and the methods. */
final class DataPage extends ReportPage {
    DataPage(PackPlan plan, Lang lang, int planYear, Downloads downloads) {
        super(plan, lang, planYear, downloads);
    }

    String data() {
        PackPlan.DataPage d = plan.data();
        return page(d.title(), Section.DATA, 0, h -> {
            breadcrumb(h, d.title());
            h.element("h1", d.title());
            statusPanel(h, false);
            if (plan.completeness() != null) {
                GridTables.write(h, plan.completeness(), "completeness-grid");
            }
            if (plan.revisions() != null) {
                GridTables.write(h, plan.revisions(), "revisions-grid");
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
}
