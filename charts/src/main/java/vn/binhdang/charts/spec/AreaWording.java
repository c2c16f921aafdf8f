package vn.binhdang.charts.spec;

import java.util.Set;
import java.util.stream.Collectors;
import vn.binhdang.charts.release.AreaDef;
import vn.binhdang.charts.release.Release;
import vn.binhdang.charts.theme.Wording;

/** The {@link Wording} of an area of a release: its level and the levels of its children on the release's map. */
final class AreaWording {
    private AreaWording() {
    }

    private static final Set<String> REPORTING = Set.of("commune", "town", "ward");

    /**
     * The words of a pack about {@code areaCode}; for a commune, of the area it is compared within (its parent);
     * Kon Rẫy's ({@link Wording#DISTRICT}) for a code the release does not know.
     */
    static Wording of(Release release, String areaCode) {
        AreaDef a = release.area(areaCode).orElse(null);
        if (a == null) {
            return Wording.DISTRICT;
        }
        if (REPORTING.contains(a.level()) && a.parentCode() != null) {
            return of(release, a.parentCode());
        }
        return Wording.of(a.level(), release.children(areaCode).stream().map(AreaDef::level).collect(Collectors.toSet()));
    }

    /** The words of a view of the communes: of the area they are compared with. */
    static Wording of(Release release, CommuneView view) {
        if (view.district() != null) {
            return of(release, view.district().areaCode());
        }
        return view.entries().isEmpty() ? Wording.DISTRICT : of(release, view.entries().get(0).area().code());
    }
}
