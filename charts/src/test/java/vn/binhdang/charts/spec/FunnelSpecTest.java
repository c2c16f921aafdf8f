package vn.binhdang.charts.spec;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.binhdang.charts.Lang;

/** A funnel of a province's 100 communes names only the outliers; a district's few are all named. */
class FunnelSpecTest {

    private static FunnelSpec funnel(int communes) {
        List<FunnelSpec.Point> points = new ArrayList<>();
        for (int i = 0; i < communes; i++) {
            FunnelSpec.Position at = i == 0 ? FunnelSpec.Position.HIGH_998 : i == 1 ? FunnelSpec.Position.LOW_95
                    : FunnelSpec.Position.INSIDE;
            points.add(new FunnelSpec.Point("c" + i, "Xã " + i, 100 + i, 50, at));
        }
        return new FunnelSpec("f", "X", Lang.VI, vn.binhdang.charts.theme.Wording.DISTRICT, "t", "s", "x", "y", 1, 100.0, new ReferenceValue(50, "50"),
                List.of(), points, false, List.of());
    }

    @Test
    void beyondTwelvePointsOnlyThoseOutsideTheLimitsAreNamed() {
        FunnelSpec district = funnel(7);
        assertThat(district.points()).allMatch(district::named);
        FunnelSpec province = funnel(120);
        assertThat(province.points().stream().filter(province::named).map(FunnelSpec.Point::areaCode))
                .containsExactly("c0", "c1");
        assertThat(funnel(FunnelSpec.NAME_ALL_UP_TO).points()).allMatch(funnel(FunnelSpec.NAME_ALL_UP_TO)::named);
    }
}
