package vn.binhdang.charts.spec;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import vn.binhdang.charts.Lang;
import vn.binhdang.charts.release.AreaDef;
import vn.binhdang.charts.release.IndicatorDef;
import vn.binhdang.charts.release.Release;
import vn.binhdang.charts.release.RevisionRow;
import vn.binhdang.charts.release.Sex;
import vn.binhdang.charts.theme.Formats;

/**
 * The revisions page, from {@code mart_revisions}: every published value that changed since the release
 * this one replaced (area, indicator, year, before, now and why), and in the intro how many rejects are
 * new or cleared and how many reports became complete. Statisticians sign the list off; leaders see why
 * last year's number moved. Null when the release has no revisions (its first release, or nothing
 * changed).
 */
final class RevisionsPlanner extends SectionPlanner {
    /** Value rows on the page at most; the rest are counted in the note (the table has them all). */
    static final int MAX_ROWS = 150;

    RevisionsPlanner(Release release, Lang lang, int year, String district, IndicatorTexts texts) {
        super(release, lang, year, district, texts);
    }

    PackPlan.Grid revisions() {
        List<RevisionRow> all = release.extras().revisions();
        if (all.isEmpty()) {
            return null;
        }
        List<RevisionRow> values = all.stream().filter(RevisionRow::isValue)
                .filter(r -> release.indicator(r.indicatorCode()).isPresent())
                .sorted(Comparator.comparingInt(this::areaOrder).thenComparing(r -> areaName(r.areaCode()))
                        .thenComparingInt(r -> indicatorOrder(r.indicatorCode()))
                        .thenComparing(r -> Objects.requireNonNullElse(r.sex(), "T"))
                        .thenComparing(r -> Objects.requireNonNullElse(r.year(), 0)))
                .toList();
        List<PackPlan.GridRow> rows = new ArrayList<>();
        String lastArea = null;
        for (RevisionRow r : values.subList(0, Math.min(MAX_ROWS, values.size()))) {
            IndicatorDef ind = release.indicator(r.indicatorCode()).orElseThrow();
            String area = areaName(r.areaCode());
            String label = ind.name(lang);
            if (r.sex() != null && !r.sex().equals("T")) {
                label += " — " + texts.sexLabel(Sex.parse(r.sex()));
            }
            List<PackPlan.GridCell> cells = List.of(cell(r.periodLabel() != null ? r.periodLabel() : String.valueOf(r.year())),
                    cell(value(ind, r.oldValue())), cell(value(ind, r.newValue())),
                    cell(msg.get("revisions.change." + r.change())), cell(why(r)));
            rows.add(new PackPlan.GridRow(area.equals(lastArea) ? null : area, label, false, cells));
            lastArea = area;
        }
        if (rows.isEmpty()) {
            rows.add(new PackPlan.GridRow(null, msg.get("revisions.none"), false,
                    List.of(cell(""), cell(""), cell(""), cell(""), cell(""))));
        }
        String previous = all.stream().map(RevisionRow::previousRelease).filter(Objects::nonNull).findFirst().orElse("");
        String intro = msg.get("revisions.intro", "previous", previous, "values", values.size(),
                "rejectsNew", count(all, "reject_new"), "rejectsCleared", count(all, "reject_cleared"),
                "completed", count(all, "report_completed"), "incomplete", count(all, "report_incomplete"));
        String note = values.size() > MAX_ROWS
                ? msg.get("revisions.note.more", "shown", MAX_ROWS, "values", values.size())
                : msg.get("revisions.note");
        return new PackPlan.Grid(msg.get("revisions.title"), intro, msg.get("revisions.indicator"),
                List.of(msg.get("revisions.col.period"), msg.get("revisions.col.old"), msg.get("revisions.col.new"),
                        msg.get("revisions.col.change"), msg.get("revisions.col.why")),
                rows, List.of(), note);
    }

    private static PackPlan.GridCell cell(String text) {
        return new PackPlan.GridCell(null, text, text);
    }

    private String value(IndicatorDef ind, Double v) {
        if (v == null) {
            return msg.get("revisions.not_published");
        }
        return Formats.withUnit(texts.formats().number(v, ind.kind().decimals()), ind.unit(lang));
    }

    /**
     * The reason in words, with the first changed file's name ("tệp được nộp lại: xa-23482-2023.csv (+1)"):
     * the name only, since a path does not wrap in a narrow column; the table has the paths.
     */
    private String why(RevisionRow r) {
        String reason = msg.get("revisions.reason." + Objects.requireNonNullElse(r.reason(), "method"));
        if (r.sourceFile() == null || r.sourceFile().isBlank()) {
            return reason;
        }
        String[] files = r.sourceFile().split(",\\s*");
        String name = files[0].substring(files[0].lastIndexOf('/') + 1);
        return reason + ": " + name + (files.length > 1 ? " (+" + (files.length - 1) + ")" : "");
    }

    private static long count(List<RevisionRow> rows, String change) {
        return rows.stream().filter(r -> r.change().equals(change)).count();
    }

    /** The run's area first, then the areas under it. */
    private int areaOrder(RevisionRow r) {
        return district.equals(r.areaCode()) ? 0 : 1;
    }

    private String areaName(String code) {
        return release.area(code).map((AreaDef a) -> a.name(lang)).orElse(Objects.requireNonNullElse(code, ""));
    }

    private int indicatorOrder(String code) {
        List<IndicatorDef> all = release.indicators();
        for (int i = 0; i < all.size(); i++) {
            if (all.get(i).code().equals(code)) {
                return i;
            }
        }
        return all.size();
    }
}
