package vn.binhdang.charts.render;

import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;

import vn.binhdang.charts.spec.ChartKind;

/**
 * Where the charts of an indicator page go (PDF coordinates, y up): the trend always first and largest.
 * <ul>
 *   <li>one chart: the whole area;</li>
 *   <li>two: side by side, the trend a little wider;</li>
 *   <li>three with the women/men chart or the commune bars last: trend above the other chart on the left,
 *       the last on the right at full height (a pair of bars per area, or the bars of many communes: the
 *       planner puts them last when they would not fit half a column);</li>
 *   <li>three otherwise: trend on the left at full height, the two commune charts stacked on the right;</li>
 *   <li>four: two by two.</li>
 * </ul>
 */
final class PageGrid {

    /** Share of the width the left column takes. */
    static final float LEFT = 0.54f;

    private PageGrid() {
    }

    static List<Rectangle2D.Float> slots(List<ChartKind> kinds, float x, float y, float w, float h, float gap) {
        List<Rectangle2D.Float> out = new ArrayList<>();
        int n = kinds.size();
        float lw = (w - gap) * LEFT;
        float rw = w - gap - lw;
        float half = (h - gap) / 2;
        switch (n) {
            case 0 -> {
            }
            case 1 -> out.add(new Rectangle2D.Float(x, y, w, h));
            case 2 -> {
                out.add(new Rectangle2D.Float(x, y, lw, h));
                out.add(new Rectangle2D.Float(x + lw + gap, y, rw, h));
            }
            case 3 -> {
                if (kinds.get(2) == ChartKind.SEXES || kinds.get(2) == ChartKind.COMMUNES) {
                    float top = (h - gap) * 0.5f;
                    out.add(new Rectangle2D.Float(x, y + h - top, lw, top));
                    out.add(new Rectangle2D.Float(x, y, lw, h - gap - top));
                    out.add(new Rectangle2D.Float(x + lw + gap, y, rw, h));
                } else {
                    out.add(new Rectangle2D.Float(x, y, lw, h));
                    out.add(new Rectangle2D.Float(x + lw + gap, y + half + gap, rw, half));
                    out.add(new Rectangle2D.Float(x + lw + gap, y, rw, half));
                }
            }
            default -> {
                float cw = (w - gap) / 2;
                out.add(new Rectangle2D.Float(x, y + half + gap, cw, half));
                out.add(new Rectangle2D.Float(x + cw + gap, y + half + gap, cw, half));
                out.add(new Rectangle2D.Float(x, y, cw, half));
                out.add(new Rectangle2D.Float(x + cw + gap, y, cw, half));
            }
        }
        return out;
    }
}
