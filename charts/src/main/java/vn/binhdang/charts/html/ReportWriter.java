package vn.binhdang.charts.html;

import java.util.LinkedHashMap;
import java.util.Map;

import vn.binhdang.charts.Lang;
import vn.binhdang.charts.spec.PackPlan;

/**
 * The pages of the HTML report, as text, from a {@link PackPlan}, one class per page kind: every word, number and chart comes
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

    static String objectiveFile(int objective) {
        return "objective-" + objective + ".html";
    }

    static String communeFile(String areaCode) {
        return "commune-" + areaCode + ".html";
    }

    private final PackPlan plan;
    private final Lang lang;
    private final int year;
    private final Downloads downloads;

    ReportWriter(PackPlan plan, Lang lang, int planYear, Downloads downloads) {
        this.plan = plan;
        this.lang = lang;
        this.year = planYear;
        this.downloads = downloads;
    }

    /** File name → content, in reading order: summary, objectives, communes, data. */
    Map<String, String> pages() {
        Map<String, String> out = new LinkedHashMap<>();
        out.put(INDEX, new SummaryPage(plan, lang, year, downloads).index());
        ObjectivePage objectives = new ObjectivePage(plan, lang, year, downloads);
        for (int objective : objectives.objectives()) {
            out.put(objectiveFile(objective), objectives.objective(objective));
        }
        CommunePage communes = new CommunePage(plan, lang, year, downloads);
        for (PackPlan.CommunePage c : plan.communes()) {
            out.put(communeFile(c.areaCode()), communes.commune(c));
        }
        out.put(DATA, new DataPage(plan, lang, year, downloads).data());
        return out;
    }
}
