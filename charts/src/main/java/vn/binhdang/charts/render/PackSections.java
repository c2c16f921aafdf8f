package vn.binhdang.charts.render;

/**
 * Pages per part of the PDF pack as {@link PackLayout} drew it: 1 cover + summary and status matrix + one per
 * indicator + one per commune + completeness grid, revisions, data and methods (a table longer than a page continues on
 * the next, which the counts include).
 */
public record PackSections(int cover, int summary, int indicators, int communes, int data) {
    public int total() {
        return cover + summary + indicators + communes + data;
    }
}
