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
    List<DqRule> dqRules, List<IndicatorMetadata> metadata, List<Plan> plans, String scopeCode)
    implements Serializable {

  /**
   * @param plans the plans that set targets ({@code plans.csv}, {@code targets.csv}); the indicators carry the
   *     targets of the one in force once {@link #inForce} has chosen it
   * @param scopeCode the area a run reports on ({@code run --area}); null for the default, {@link AreaTree#scope} */
  public Catalogue {
    objectives = List.copyOf(objectives);
    areas = List.copyOf(areas);
    measures = List.copyOf(measures);
    indicators = List.copyOf(indicators);
    dqRules = List.copyOf(dqRules);
    metadata = List.copyOf(metadata);
    plans = List.copyOf(plans);
  }

  /** A catalogue whose run reports on the default scope. */
  public Catalogue(List<Objective> objectives, List<Area> areas, List<Measure> measures, List<Indicator> indicators,
      List<DqRule> dqRules, List<IndicatorMetadata> metadata) {
    this(objectives, areas, measures, indicators, dqRules, metadata, List.of(), null);
  }

  /** The same catalogue with these plans. */
  public Catalogue withPlans(List<Plan> plans) {
    return new Catalogue(objectives, areas, measures, indicators, dqRules, metadata, plans, scopeCode);
  }

  /**
   * The plan in force for the run's area and a year: the plan of the scope, else of the nearest area above it, whose
   * years hold {@code year}; empty when none does.
   */
  public Optional<Plan> plan(int year) {
    Map<String, Area> byCode = areasByCode();
    int depth = 0;
    Area start = scopeCode != null ? scope() : AreaTree.scope(areas, year); // the default scope of that year's map
    for (Area a = start; a != null && depth++ <= byCode.size();
        a = a.parentCode() == null ? null : byCode.get(a.parentCode())) {
      String code = a.code();
      Optional<Plan> p = plans.stream().filter(x -> x.areaCode().equals(code) && x.inForce(year)).findFirst();
      if (p.isPresent()) return p;
    }
    return Optional.empty();
  }

  /**
   * The catalogue for a run of {@code year}, on the default scope of that year's map unless one was named: each
   * indicator with the target of the plan in force ({@link #plan}) that is due first from that year on, or no target
   * where that plan sets none or no plan is in force. A 2025 run on the new map does not reuse Kon Rẫy's 2023
   * targets.
   */
  public Catalogue inForce(int year) {
    // the default scope is the one on the year's map (AreaTree#scope(List, Integer)), fixed here for the whole run
    String scope = scopeCode != null ? scopeCode : AreaTree.scope(areas, year).code();
    Optional<Plan> plan = withScopeCode(scope).plan(year);
    List<Indicator> out = indicators.stream().map(i -> plan.map(p -> i.withTargetOf(p, year))
        .orElseGet(i::withoutTarget)).toList();
    return new Catalogue(objectives, areas, measures, out, dqRules, metadata, plans, scope);
  }

  private Catalogue withScopeCode(String code) {
    return new Catalogue(objectives, areas, measures, indicators, dqRules, metadata, plans, code);
  }

  /**
   * The same catalogue, reporting on another area ({@code run --area CODE}): one with reporting units under it.
   *
   * @throws CatalogueException for a code not in the catalogue, a commune, or an area without communes under it
   */
  public Catalogue withScope(String code) {
    Area area = area(code).orElseThrow(() -> new CatalogueException("area " + code + " is not in the catalogue"
        + " (areas.csv); areas a run can report on: " + String.join(", ", parentsOfCommunes())));
    if (area.level().isReportingUnit()) {
      throw new CatalogueException("area " + code + " is a " + area.level().name().toLowerCase(java.util.Locale.ROOT)
          + ": a run reports on an area above communes (its figures are in the pack of " + area.parentCode() + ")");
    }
    Catalogue scoped = withScopeCode(code);
    if (scoped.communes().isEmpty()) {
      throw new CatalogueException("area " + code + " has no commune, ward or town under it in areas.csv");
    }
    return scoped;
  }

  /** The codes of the areas with reporting units under them, top down: what {@code --area} may name. */
  private List<String> parentsOfCommunes() {
    Map<String, Area> byCode = areasByCode();
    java.util.Set<String> out = new java.util.LinkedHashSet<>();
    for (Area a : areas) {
      if (!a.level().isReportingUnit()) continue;
      for (String p = a.parentCode(); p != null && out.size() <= byCode.size(); ) {
        out.add(p);
        Area parent = byCode.get(p);
        p = parent == null ? null : parent.parentCode();
      }
    }
    return out.stream().sorted(java.util.Comparator.comparingInt(c -> byCode.get(c).level().ordinal())).toList();
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
   * The area the run reports on: the one named by {@code run --area}, else the lowest area that holds every
   * commune, ward and town of the catalogue ({@link AreaTree#scope}); Kon Rẫy district for the sample.
   */
  public Area scope() {
    return scopeCode == null ? AreaTree.scope(areas) : areasByCode().get(scopeCode);
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

  /**
   * Whether an area under the run's scope (or the scope itself) starts on a later map: only then can a crosswalk
   * give it a history. A 2023 run of Kon Rẫy, whose areas all end with the old map, has none to re-express.
   */
  public boolean hasNewAreas() {
    String scope = scope().code();
    Map<String, Area> byCode = areasByCode();
    return areas.stream().anyMatch(a -> a.validFrom() != null && (a.code().equals(scope) || isUnder(a, scope, byCode)));
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
