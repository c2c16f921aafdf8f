package vn.binhdang.charts.spec;

import java.util.List;

import vn.binhdang.charts.Lang;
import vn.binhdang.charts.theme.Wording;

/**
 * The communes of one indicator side by side: a horizontal bar (or a dot, where the scale does not
 * start at zero) per commune with its 95 % interval as a whisker, the district value as a solid line
 * and the target as a dashed one. Communes whose value is hidden are listed with the word for it and
 * nothing drawn.
 *
 * @param wording  the words of the area the chart compares within ({@link AreaWording})
 * @param bars     true: bars from zero; false: dots (sex ratio at birth, whose scale does not start at 0)
 * @param maxValue natural upper bound of the scale (100 for shares), or null
 * @param district null when the district value is hidden or missing
 * @param target   null without a target
 */
public record CommuneBarSpec(
        String id,
        String indicatorCode,
        Lang lang,
        Wording wording,
        String title,
        String subtitle,
        String unitLabel,
        int decimals,
        boolean bars,
        Double maxValue,
        List<CommuneBar> communes,
        ReferenceValue district,
        TargetLine target,
        List<String> notes) implements ChartSpec {

    public CommuneBarSpec {
        communes = List.copyOf(communes);
        notes = List.copyOf(notes);
    }

    /** Rows that fit the half column a commune chart shares with the funnel; more want a column of their own. */
    public static final int ROWS_IN_HALF = 9;

    /** Whether the chart needs a page column of its own (a province's dozens of communes). */
    public boolean tall() {
        return communes.size() > ROWS_IN_HALF;
    }

    @Override
    public ChartKind kind() {
        return ChartKind.COMMUNES;
    }

    @Override
    public int pointCount() {
        return (int) communes.stream().filter(c -> c.state() == CommuneBar.State.VALUE).count();
    }
}
