package vn.binhdang.catalogue;

import java.util.List;
import java.util.Set;

/**
 * One indicator of the plan, as a row of {@code data/catalogue/indicators.csv}.
 *
 * @param denominator null for the period kinds ({@link Kind#countsPeriods()}), whose denominator is
 *     the number of periods (or areas) expected
 * @param target the target of the plan in force, in the indicator's unit ({@link Catalogue#inForce}); null when
 *     it sets none
 * @param direction how the value is judged against the target; before a plan is applied, what "better" means
 * @param targetSexes the sexes whose value is judged against the target
 * @param sexes the sexes the indicator is computed for, in output order
 * @param threshold for the period kinds: the count a period must reach; else null
 * @param pooledYears also compute values pooled over this many consecutive years; null for none
 */
public record Indicator(
    String code,
    int objective,
    String nameVi,
    String nameEn,
    Kind kind,
    MeasureRef numerator,
    MeasureRef denominator,
    double multiplier,
    String unitVi,
    String unitEn,
    Double target,
    Direction direction,
    double tolerance,
    Set<Sex> targetSexes,
    List<Sex> sexes,
    String populationGroup,
    Double threshold,
    Integer pooledYears,
    boolean sensitive,
    String note) implements java.io.Serializable {

  /** What is computed, which fixes the interval method (DESIGN §6). */
  public enum Kind {
    /** x of n persons; Wilson interval. */
    PROPORTION,
    /** x of n units of a small fixed set, all counted: a complete enumeration. */
    UNIT_PROPORTION,
    /** completers ÷ population of completion age; may exceed 100 %; Poisson numerator. */
    GROSS_RATIO,
    /** events per population (×1,000 or ×100,000); exact Poisson. */
    RATE,
    /** boys per 100 girls; Wilson interval on boys ÷ births, transformed. */
    SEX_RATIO,
    /** women's mean ÷ men's mean; a point value. */
    RATIO_OF_MEANS,
    /** share of periods (quarters, months) whose count reaches a threshold; a complete enumeration. */
    THRESHOLD_SHARE,
    /**
     * share of areas whose count reaches the threshold in every period of the year (the plan's "at
     * least 3 items each quarter"): an area meets it (1 of 1) only with every period reported and
     * reaching the threshold; a parent area counts its children that meet it out of all expected
     * children. A complete enumeration.
     */
    ALL_PERIODS_SHARE;

    /** Complete enumerations: every unit counted, so no sampling interval; the point value decides the target. */
    public boolean isCompleteEnumeration() {
      return this == UNIT_PROPORTION || this == THRESHOLD_SHARE || this == ALL_PERIODS_SHARE;
    }

    /** Kinds computed from a periodic count against a threshold, with no denominator measure. */
    public boolean countsPeriods() {
      return this == THRESHOLD_SHARE || this == ALL_PERIODS_SHARE;
    }
  }

  /** How the value is judged against the target. */
  public enum Direction {
    /** at least */
    GE,
    /** more than */
    GT,
    /** at most */
    LE,
    /** less than */
    LT,
    /** close to, within the tolerance */
    NEAR
  }

  public Indicator {
    targetSexes = Set.copyOf(targetSexes);
    sexes = List.copyOf(sexes);
  }

  /**
   * This indicator with a plan's target: the one due first from {@code year} on (the plan's targets of one year
   * have one value for all their sexes); without a target when the plan sets none.
   */
  public Indicator withTargetOf(Plan plan, int year) {
    List<Plan.Target> due = plan.due(code, year);
    if (due.isEmpty()) return withoutTarget();
    Plan.Target t = due.get(0);
    Set<Sex> sexes = new java.util.LinkedHashSet<>();
    for (Sex s : Sex.values()) if (due.stream().anyMatch(x -> x.sex() == s)) sexes.add(s);
    return new Indicator(code, objective, nameVi, nameEn, kind, numerator, denominator, multiplier, unitVi, unitEn,
        t.value(), t.direction(), t.tolerance(), sexes, this.sexes, populationGroup, threshold, pooledYears, sensitive,
        note);
  }

  /** This indicator without a target: no plan in force sets one. */
  public Indicator withoutTarget() {
    return new Indicator(code, objective, nameVi, nameEn, kind, numerator, denominator, multiplier, unitVi, unitEn,
        null, direction, 0, Set.of(), sexes, populationGroup, threshold, pooledYears, sensitive, note);
  }

  /** The measures this indicator reads. */
  public List<MeasureRef> measures() {
    return denominator == null ? List.of(numerator) : List.of(numerator, denominator);
  }
}
