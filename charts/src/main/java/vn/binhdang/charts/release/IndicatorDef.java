package vn.binhdang.charts.release;

import java.util.Set;

import vn.binhdang.charts.Lang;

/**
 * One row of {@code dim_indicator}: the catalogue entry of an indicator with its 2023 target.
 *
 * @param sortOrder  position in the catalogue when the release carries it (optional column
 *                   {@code sort_order}), else the order the rows were read in
 * @param targetSexes the sexes the target applies to (F for women's labour indicators, F|M for boys and girls)
 * @param sexes       the sexes the indicator is computed for
 */
public record IndicatorDef(
        String code,
        int objective,
        String objectiveNameVi,
        String objectiveNameEn,
        String nameVi,
        String nameEn,
        IndicatorKind kind,
        String numerator,
        String denominator,
        Double multiplier,
        String unitVi,
        String unitEn,
        Double target,
        Direction direction,
        Double tolerance,
        Set<Sex> targetSexes,
        Set<Sex> sexes,
        String populationGroup,
        Double threshold,
        boolean sensitive,
        boolean completeEnumeration,
        String level,
        String note,
        int sortOrder) {

    public IndicatorDef {
        targetSexes = Set.copyOf(targetSexes);
        sexes = Set.copyOf(sexes);
    }

    public String name(Lang lang) {
        return lang.pick(nameVi, nameEn);
    }

    public String objectiveName(Lang lang) {
        return lang.pick(objectiveNameVi, objectiveNameEn);
    }

    /** Unit label, "" when the release has none. */
    public String unit(Lang lang) {
        String u = lang.pick(unitVi, unitEn);
        return u == null ? "" : u;
    }

    /** A target line can be drawn: both the value and its direction are known. */
    public boolean hasTarget() {
        return target != null && direction != null;
    }

    /** True when the unit is percent (values 0–100, "%" suffix). */
    public boolean percent() {
        return "%".equals(unitVi == null ? null : unitVi.trim());
    }
}
