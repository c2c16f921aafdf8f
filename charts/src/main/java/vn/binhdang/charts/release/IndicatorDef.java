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
 * @param pooledYears values are also pooled over this many years (optional column {@code pooled_years}), or null
 * @param metadata    definition, source, agency and frequency (optional columns); null in older releases
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
        int sortOrder,
        Integer pooledYears,
        Metadata metadata) {

    public IndicatorDef {
        targetSexes = Set.copyOf(targetSexes);
        sexes = Set.copyOf(sexes);
    }

    /** What the metadata sheet says of an indicator besides its formula (dim_indicator's metadata columns). */
    public record Metadata(String definitionVi, String definitionEn, String sourceVi, String sourceEn,
                           String agencyVi, String agencyEn, String frequency, String numeratorVi,
                           String numeratorEn, String denominatorVi, String denominatorEn) {
        public String numerator(Lang lang) {
            return lang.pick(numeratorVi, numeratorEn);
        }

        public String denominator(Lang lang) {
            return lang.pick(denominatorVi, denominatorEn);
        }

        public String definition(Lang lang) {
            return lang.pick(definitionVi, definitionEn);
        }

        public String source(Lang lang) {
            return lang.pick(sourceVi, sourceEn);
        }

        public String agency(Lang lang) {
            return lang.pick(agencyVi, agencyEn);
        }
    }

    /** Without the metadata columns (releases before them). */
    public IndicatorDef(String code, int objective, String objectiveNameVi, String objectiveNameEn, String nameVi,
                        String nameEn, IndicatorKind kind, String numerator, String denominator, Double multiplier,
                        String unitVi, String unitEn, Double target, Direction direction, Double tolerance,
                        Set<Sex> targetSexes, Set<Sex> sexes, String populationGroup, Double threshold,
                        boolean sensitive, boolean completeEnumeration, String level, String note, int sortOrder,
                        Integer pooledYears) {
        this(code, objective, objectiveNameVi, objectiveNameEn, nameVi, nameEn, kind, numerator, denominator,
                multiplier, unitVi, unitEn, target, direction, tolerance, targetSexes, sexes, populationGroup,
                threshold, sensitive, completeEnumeration, level, note, sortOrder, pooledYears, null);
    }

    /** Without the pooling column (releases before {@code pooled_years}). */
    public IndicatorDef(String code, int objective, String objectiveNameVi, String objectiveNameEn, String nameVi,
                        String nameEn, IndicatorKind kind, String numerator, String denominator, Double multiplier,
                        String unitVi, String unitEn, Double target, Direction direction, Double tolerance,
                        Set<Sex> targetSexes, Set<Sex> sexes, String populationGroup, Double threshold,
                        boolean sensitive, boolean completeEnumeration, String level, String note, int sortOrder) {
        this(code, objective, objectiveNameVi, objectiveNameEn, nameVi, nameEn, kind, numerator, denominator,
                multiplier, unitVi, unitEn, target, direction, tolerance, targetSexes, sexes, populationGroup,
                threshold, sensitive, completeEnumeration, level, note, sortOrder, null);
    }

    /** Computed per commune as well as for the district ({@code level = commune}). */
    public boolean communeLevel() {
        return "commune".equalsIgnoreCase(level);
    }

    /** Computed for women and for men. */
    public boolean bySex() {
        return sexes.contains(Sex.F) && sexes.contains(Sex.M);
    }

    /** The value-to-natural-scale factor: 100 for percent, 1000 or 100000 for rates; 1 when unknown. */
    public double scale() {
        return multiplier == null || multiplier <= 0 ? 1 : multiplier;
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
