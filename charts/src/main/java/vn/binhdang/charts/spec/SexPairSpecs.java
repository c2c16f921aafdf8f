package vn.binhdang.charts.spec;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import vn.binhdang.charts.Lang;
import vn.binhdang.charts.release.AreaDef;
import vn.binhdang.charts.release.GenderGapRow;
import vn.binhdang.charts.release.IndicatorDef;
import vn.binhdang.charts.release.IndicatorValue;
import vn.binhdang.charts.release.Release;
import vn.binhdang.charts.release.Sex;

/**
 * Builds the women/men chart of an indicator computed by sex: the district and each commune in the plan
 * year, values from {@code fct_indicator}, the gap and its interval from {@code mart_gender_gap} (where
 * the mart is missing, the gap is the difference of the two values, without an interval).
 */
public final class SexPairSpecs {

    private SexPairSpecs() {
    }

    public static Optional<SexPairSpec> pairs(Release release, IndicatorDef ind, String districtCode, int planYear,
                                              Lang lang) {
        if (!ind.bySex()) {
            return Optional.empty();
        }
        IndicatorTexts texts = IndicatorTexts.of(release, districtCode, lang);
        int d = ind.kind().decimals();
        boolean martPresent = !release.extras().missingTables().contains("mart_gender_gap");
        List<AreaDef> areas = new ArrayList<>();
        release.area(districtCode).ifPresent(areas::add);
        if (ind.communeLevel()) {
            areas.addAll(release.children(districtCode));
        }
        List<SexPairSpec.Pair> pairs = new ArrayList<>();
        boolean anySignificant = false;
        for (AreaDef a : areas) {
            IndicatorValue f = release.value(ind.code(), a.code(), Sex.F, planYear).orElse(null);
            IndicatorValue m = release.value(ind.code(), a.code(), Sex.M, planYear).orElse(null);
            GenderGapRow g = release.gap(ind.code(), a.code(), planYear).orElse(null);
            // "Toàn huyện" and the communes' short names: the gap follows in the label, which must stay short.
            String name = a.code().equals(districtCode) ? texts.messages().get("legend.district")
                    : CommuneView.shortName(a, lang);
            boolean hidden = (f != null && f.suppressed()) || (m != null && m.suppressed()) || (g != null && g.suppressed());
            if (hidden) {
                pairs.add(new SexPairSpec.Pair(a.code(), name + " (" + texts.messages().get("chart.suppressed") + ")",
                        null, null, null, false, true));
                continue;
            }
            Double fv = f == null ? null : f.value();
            Double mv = m == null ? null : m.value();
            if (fv == null && mv == null) {
                pairs.add(new SexPairSpec.Pair(a.code(), name + " (" + texts.messages().get("chart.missing") + ")",
                        null, null, null, false, false));
                continue;
            }
            Double gap = g != null && g.gap() != null ? g.gap() : fv != null && mv != null ? fv - mv : null;
            boolean significant = g != null && g.hasGapInterval() && (g.gapLower() > 0 || g.gapUpper() < 0);
            anySignificant |= significant;
            String label = gap == null ? name
                    : name + " (" + texts.formats().signed(gap, d) + (significant ? "*" : "") + ")";
            pairs.add(new SexPairSpec.Pair(a.code(), label, fv, mv, gap, significant, false));
        }
        if (pairs.stream().allMatch(p -> p.female() == null && p.male() == null)) {
            return Optional.empty();
        }
        List<String> notes = new ArrayList<>();
        String gapUnit = ind.percent() ? texts.messages().get("unit.points") : ind.unit(lang);
        if (!gapUnit.isBlank()) {
            notes.add(texts.messages().get("note.gap.unit", "unit", gapUnit));
        }
        if (anySignificant) {
            notes.add(texts.messages().get("note.gap.significant"));
        }
        if (!martPresent) {
            // Without the mart there is no interval for the gap: nothing is marked significant.
            notes.removeIf(n -> n.equals(texts.messages().get("note.gap.significant")));
        }
        boolean targetBySex = ind.hasTarget() && (ind.targetSexes().contains(Sex.F) || ind.targetSexes().contains(Sex.M));
        TargetLine target = targetBySex ? new TargetLine(ind.target(), ind.direction(), texts.targetLabel(ind, planYear))
                : null;
        return Optional.of(new SexPairSpec(ChartKind.SEXES.id(ind.code()), ind.code(), lang, texts.messages().wording(),
                texts.messages().get("chart.sexes.title", "year", planYear), ind.name(lang), ind.unit(lang), d,
                ind.kind().boundedPercent() ? 100.0 : null, texts.sexLabel(Sex.F), texts.sexLabel(Sex.M), pairs,
                target, notes));
    }
}
