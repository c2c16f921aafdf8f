package vn.binhdang.charts.spec;

import java.util.List;
import vn.binhdang.charts.theme.Wording;

/**
 * The content of a chart pack, page by page, as plain data in the pack's language: what every page says
 * and shows, decided before anything is drawn. Page order: cover, summary, one page per indicator
 * (grouped by objective, in catalogue order), one page per commune, data and methods; the status matrix
 * (every indicator × the district and its communes) follows the summary, the completeness grid (every
 * area × year) and the revisions (what changed since the previous release) come before the data page. A
 * grid is null where the release has nothing to put in it.
 * {@code wording}: the words the pack uses for its area and the areas it compares ({@link AreaWording}).
 */
public record PackPlan(Cover cover, Summary summary, Grid statusMatrix, List<IndicatorPage> indicators,
                       List<CommunePage> communes, Grid completeness, Grid revisions, DataPage data, String footer,
                       Wording wording) {

    public PackPlan {
        indicators = List.copyOf(indicators);
        communes = List.copyOf(communes);
    }

    /** Every chart of the pack, in page order. */
    public List<ChartSpec> charts() {
        return indicators.stream().flatMap(p -> p.charts().stream()).toList();
    }

    /**
     * The cover: district, title, the data status lines and the note; the contents (with pages) are
     * added by the writer once the pages are laid out.
     */
    public record Cover(String district, String title, String subtitle, String contentsHeading, Contents contents,
                        List<String> meta, String statusHeading, List<String> status, String note) {
    }

    /** Headings of the contents: summary, objectives ("Mục tiêu 1. …"), annex, data. */
    public record Contents(String summary, List<String> objectives, String communes, String data) {
    }

    /** The summary page: one group per objective, one status line per indicator. */
    public record Summary(String title, String intro, Columns columns, List<Group> groups, String legend,
                          List<LegendItem> lights) {
    }

    /** Column headings of status tables. */
    public record Columns(String status, String indicator, String value, String target, String trend) {
    }

    /** A traffic light and its word, for the legend. */
    public record LegendItem(vn.binhdang.charts.theme.Light light, String word) {
    }

    /** The indicators of one objective; {@code name} without the "Mục tiêu 1." of the heading. */
    public record Group(int objective, String heading, String name, List<StatusLine> lines) {
    }

    /**
     * One indicator: objective header, name, status line, its charts (1–3), the charts' notes (printed
     * once under them) and the sentences; a {@code remark} where a chart is missing, saying why.
     */
    public record IndicatorPage(String code, int objective, String header, String heading, StatusLine status,
                                String valueHeading, String targetHeading, String trendHeading,
                                List<ChartSpec> charts, List<String> notes, List<String> sentences, String remark) {
        public IndicatorPage {
            charts = List.copyOf(charts);
            notes = List.copyOf(notes);
            sentences = List.copyOf(sentences);
        }
    }

    /** One commune of the annex: its indicators against the district, with status and position. */
    public record CommunePage(String areaCode, String name, String title, String summary, AnnexColumns columns,
                              List<AnnexGroup> groups, String footnote) {
    }

    public record AnnexColumns(String indicator, String commune, String district, String target, String status,
                               String compare, String rank) {
    }

    public record AnnexGroup(int objective, String heading, List<AnnexRow> rows) {
    }

    public record AnnexRow(String indicatorCode, String name, String target, List<AnnexEntry> entries) {
    }

    /**
     * One sex of an annex row.
     *
     * @param sexLabel   null for both sexes together
     * @param number     the commune's value as a number, for sorting; null where hidden or missing
     * @param position   where the commune lies on the funnel; null without one (or for a hidden value)
     * @param rankNumber the rank {@code rank} prints; null without one
     */
    public record AnnexEntry(String sexLabel, String value, String interval, String district, StatusMark status,
                             String compare, String rank, Double number, FunnelSpec.Position position,
                             Integer rankNumber) {
    }

    /**
     * A table of marks read at a glance: rows × columns, each cell a light and a short word. The status
     * matrix (indicators × areas) and the completeness grid (areas × years) are grids; so is the revisions
     * table, whose cells are text without lights.
     *
     * @param rowHead heading of the row labels' column
     * @param legend  the lights used, with their words in this grid
     * @param note    what a reader needs to read it (null for none)
     */
    public record Grid(String title, String intro, String rowHead, List<String> columns, List<GridRow> rows,
                       List<LegendItem> legend, String note) {
        public Grid {
            columns = List.copyOf(columns);
            rows = List.copyOf(rows);
            legend = List.copyOf(legend);
        }
    }

    /**
     * One row of a grid; {@code group} starts a new block of rows under that heading (an objective), null
     * to continue the current one; {@code total} marks the district's row.
     */
    public record GridRow(String group, String label, boolean total, List<GridCell> cells) {
        public GridRow {
            cells = List.copyOf(cells);
        }
    }

    /** A cell: its light (null: an empty cell) and a short text beside or under it (may be empty). */
    public record GridCell(vn.binhdang.charts.theme.Light light, String text, String word) {
    }

    /** Data and methods: headed sections of short paragraphs or bullet lines. */
    public record DataPage(String title, List<Section> sections, String remark) {
    }

    public record Section(String heading, List<String> lines, boolean bullets) {
    }
}
