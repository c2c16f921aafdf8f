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

  /**
   * Counts are whole and summable; means (survey averages) are neither; a standard error is a mean's, named
   * {@code <mean>_se} and given for the same sexes, groups, period and level, so that a ratio of the means
   * gets an interval.
   */
  public enum ValueType {
    COUNT, MEAN, STANDARD_ERROR
  }

  /** The ending of a standard error's code after its mean's code. */
  public static final String SE_SUFFIX = "_se";

  /** The code of the mean this measure is the standard error of; null for other measures. */
  public String standardErrorOf() {
    return valueType == ValueType.STANDARD_ERROR ? code.substring(0, code.length() - SE_SUFFIX.length()) : null;
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
