package vn.binhdang.charts.factory;

import java.util.ArrayList;
import java.util.List;

/**
 * The rows a bar chart of many areas draws when they do not all fit: every ranked row when they fit beside one
 * row that counts the rest, else the highest and lowest of the ranking around that row. Shared by the commune
 * bars and the women/men chart, so both leave out the same way.
 */
final class ManyRows {

    private ManyRows() {
    }

    /**
     * @param ranked  the rows that can be drawn, in the chart's order (highest first)
     * @param room    rows available, the counting row included
     * @param between the row that counts those left out
     */
    static <T> List<T> ends(List<T> ranked, int room, T between) {
        List<T> out = new ArrayList<>();
        if (ranked.size() < room) {
            out.addAll(ranked);
            out.add(between);
            return out;
        }
        int ends = (room - 1) / 2;
        out.addAll(ranked.subList(0, ends));
        out.add(between);
        out.addAll(ranked.subList(ranked.size() - ends, ranked.size()));
        return out;
    }
}
