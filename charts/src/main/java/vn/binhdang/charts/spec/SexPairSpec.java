package vn.binhdang.charts.spec;

import java.util.List;

import vn.binhdang.charts.Lang;
import vn.binhdang.charts.theme.Wording;

/**
 * Women and men side by side for the district and each commune in one year: a pair of horizontal bars
 * per area, the gap (women − men) written after the area's name, marked when its 95 % interval
 * excludes zero. A pair with a hidden value is not drawn; its label says so.
 */
public record SexPairSpec(
        String id,
        String indicatorCode,
        Lang lang,
        Wording wording,
        String title,
        String subtitle,
        String unitLabel,
        int decimals,
        Double maxValue,
        String femaleLabel,
        String maleLabel,
        List<Pair> pairs,
        TargetLine target,
        List<String> notes) implements ChartSpec {

    /**
     * One area: its label (name and gap), the two values, the gap and its interval.
     *
     * @param wording  the words of the area the chart compares within ({@link AreaWording})
 * @param significant the gap's 95 % interval excludes 0
     */
    public record Pair(String areaCode, String label, Double female, Double male, Double gap, boolean significant,
                       boolean suppressed) {
        public Pair {
            if (suppressed) {
                female = null;
                male = null;
                gap = null;
                significant = false;
            }
        }
    }

    public SexPairSpec {
        pairs = List.copyOf(pairs);
        notes = List.copyOf(notes);
    }

    @Override
    public ChartKind kind() {
        return ChartKind.SEXES;
    }

    @Override
    public int pointCount() {
        return (int) pairs.stream().mapToLong(p -> (p.female() != null ? 1 : 0) + (p.male() != null ? 1 : 0)).sum();
    }
}
