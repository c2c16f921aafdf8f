package vn.binhdang.catalogue;

import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The validated catalogue: objectives, areas, measures, indicators and data-quality rules, in file order.
 * Immutable and serialisable, so Spark can broadcast it to executors. Load it with {@link CatalogueLoader}.
 */
public record Catalogue(
    List<Objective> objectives, List<Area> areas, List<Measure> measures, List<Indicator> indicators,
    List<DqRule> dqRules, List<IndicatorMetadata> metadata)
    implements Serializable {

  public Catalogue {
    objectives = List.copyOf(objectives);
    areas = List.copyOf(areas);
    measures = List.copyOf(measures);
    indicators = List.copyOf(indicators);
    dqRules = List.copyOf(dqRules);
    metadata = List.copyOf(metadata);
  }

  /** A catalogue without indicator metadata (a catalogue folder without {@code indicator_metadata.csv}). */
  public Catalogue(List<Objective> objectives, List<Area> areas, List<Measure> measures, List<Indicator> indicators,
      List<DqRule> dqRules) {
    this(objectives, areas, measures, indicators, dqRules, List.of());
  }

  /** The metadata of an indicator; empty when the catalogue has none. */
  public Optional<IndicatorMetadata> metadata(String indicatorCode) {
    return metadata.stream().filter(m -> m.code().equals(indicatorCode)).findFirst();
  }

  /** A catalogue without data-quality rules. */
  public Catalogue(List<Objective> objectives, List<Area> areas, List<Measure> measures, List<Indicator> indicators) {
    this(objectives, areas, measures, indicators, List.of());
  }

  public Optional<DqRule> dqRule(String code) {
    return dqRules.stream().filter(r -> r.code().equals(code)).findFirst();
  }

  public Optional<Area> area(String code) {
    return Optional.ofNullable(areasByCode().get(code));
  }

  public Optional<Measure> measure(String code) {
    return Optional.ofNullable(measuresByCode().get(code));
  }

  /** Every measure code, for the "nearest valid code" advice of a misspelt one. */
  public List<String> measureCodes() {
    return measures.stream().map(Measure::code).toList();
  }

  public Optional<Indicator> indicator(String code) {
    return indicators.stream().filter(i -> i.code().equals(code)).findFirst();
  }

  public Objective objective(int number) {
    return objectives.stream()
        .filter(o -> o.number() == number)
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no objective " + number));
  }

  /**
   * The area the run reports on: the lowest area that holds every commune, ward and town of the catalogue
   * ({@link AreaTree#scope}); Kon Rẫy district for the sample.
   */
  public Area scope() {
    return AreaTree.scope(areas);
  }

  /** Every area under the run's scope linked to itself and its ancestors up to the scope, year by year. */
  public List<AreaAncestry.Link> ancestry() {
    return AreaAncestry.of(areas, scope().code());
  }

  /** The reporting units (communes, wards and towns) under the run's scope, in file order. */
  public List<Area> communes() {
    String scope = scope().code();
    Map<String, Area> byCode = areasByCode();
    return areas.stream()
        .filter(a -> a.level().isReportingUnit() && isUnder(a, scope, byCode))
        .toList();
  }

  private static boolean isUnder(Area a, String ancestor, Map<String, Area> byCode) {
    int depth = 0;
    for (String p = a.parentCode(); p != null && depth++ <= byCode.size(); ) {
      if (p.equals(ancestor)) return true;
      Area parent = byCode.get(p);
      p = parent == null ? null : parent.parentCode();
    }
    return false;
  }

  /** Whether every measure an indicator reads is reported by each commune. */
  public boolean isCommuneLevel(Indicator indicator) {
    return indicator.measures().stream()
        .allMatch(r -> measure(r.measure()).map(Measure::communeLevel).orElse(false));
  }

  public Map<String, Area> areasByCode() {
    return index(areas, Area::code);
  }

  public Map<String, Measure> measuresByCode() {
    return index(measures, Measure::code);
  }

  private static <T> Map<String, T> index(List<T> items, Function<T, String> key) {
    return items.stream()
        .collect(Collectors.toMap(key, Function.identity(), (a, b) -> a, LinkedHashMap::new));
  }
}
