package vn.binhdang.catalogue;

import java.util.Set;

/**
 * A measure of the counts vocabulary (DESIGN §4): what may be reported, for which sexes and groups,
 * how often, and by whom.
 *
 * @param communeLevel true when each commune reports it and the district value is the sum of the
 *     communes'; false when it is reported once for the district
 * @param sensitive true for violence, trafficking and maternal deaths (disclosure control applies)
 */
public record Measure(
    String code,
    String nameVi,
    String nameEn,
    ValueType valueType,
    Set<Sex> sexes,
    Set<String> populationGroups,
    PeriodType period,
    boolean communeLevel,
    boolean sensitive) implements java.io.Serializable {

  /** Counts are whole and summable; means (survey averages) are neither. */
  public enum ValueType {
    COUNT, MEAN
  }

  public Measure {
    sexes = Set.copyOf(sexes);
    populationGroups = Set.copyOf(populationGroups);
  }

  /** True when F, M and T are all allowed, so that T must equal F + M. */
  public boolean hasSexTotal() {
    return valueType == ValueType.COUNT && sexes.containsAll(Set.of(Sex.F, Sex.M, Sex.T));
  }
}
