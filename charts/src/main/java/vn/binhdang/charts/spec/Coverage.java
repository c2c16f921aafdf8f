package vn.binhdang.charts.spec;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import vn.binhdang.charts.release.AreaDef;
import vn.binhdang.charts.release.IndicatorDef;
import vn.binhdang.charts.release.IndicatorKind;
import vn.binhdang.charts.release.IndicatorValue;
import vn.binhdang.charts.release.Release;
import vn.binhdang.charts.release.Sex;

/**
 * The communes a district value leaves out. A district value of a commune-level indicator is the sum of
 * the communes that reported; a commune whose report is missing, refused whole or rejected value by value
 * has no value of its own, and the district figure silently rests on the others (issue 12, point 6: the
 * adolescent birth rate moved from 57.8 to 64.1 when one file was refused). Every page that shows such a
 * district value says so and names the communes.
 */
public final class Coverage {
    private Coverage() {
    }

    /** The communes without a value of their own for the year, when the district has one; empty otherwise. */
    public static List<AreaDef> missing(Release release, IndicatorDef ind, String district, Sex sex, int year) {
        // an all-periods share counts silent communes in its denominator already (areas_pending)
        if (!ind.communeLevel() || ind.kind() == IndicatorKind.ALL_PERIODS_SHARE) {
            return List.of();
        }
        IndicatorValue d = release.value(ind.code(), district, sex, year).orElse(null);
        if (d == null || d.value() == null) {
            return List.of();
        }
        List<AreaDef> out = new ArrayList<>();
        for (AreaDef c : release.children(district)) {
            if (release.value(ind.code(), c.code(), sex, year).isEmpty()) {
                out.add(c);
            }
        }
        // no commune at all: the district value is not a sum of communes (a district-only release)
        return out.size() == release.children(district).size() ? List.of() : out;
    }

    /** The same over several sexes, each commune once, in catalogue order. */
    public static List<AreaDef> missing(Release release, IndicatorDef ind, String district, List<Sex> sexes,
                                        int year) {
        Set<AreaDef> out = new LinkedHashSet<>();
        for (Sex sex : sexes) {
            out.addAll(missing(release, ind, district, sex, year));
        }
        return List.copyOf(out);
    }
}
