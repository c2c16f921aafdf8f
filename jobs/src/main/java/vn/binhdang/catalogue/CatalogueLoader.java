package vn.binhdang.catalogue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads and validates the catalogue files ({@code objectives.csv}, {@code areas.csv},
 * {@code measures.csv}, {@code indicators.csv}, {@code dq_rules.csv}). Every problem is a {@link CatalogueException}
 * naming the file, the line and the fault, so a broken catalogue stops a run with one clear line.
 */
public final class CatalogueLoader {

  /** The catalogue files, in the order they are read. */
  public static final List<String> FILES =
      List.of("objectives.csv", "areas.csv", "measures.csv", "indicators.csv", "dq_rules.csv", "plans.csv",
          "targets.csv");

  /** Codes of the validation rules of staging (the rejects' rule column); a data-quality rule may not reuse one. */
  private static final Set<String> STAGING_RULES = java.util.Arrays.stream(vn.binhdang.catalogue.RejectRule.values())
      .map(vn.binhdang.catalogue.RejectRule::code).collect(java.util.stream.Collectors.toUnmodifiableSet());
  private static final java.util.regex.Pattern RULE_CODE = java.util.regex.Pattern.compile("[a-z][a-z0-9_]*");

  private static final CSVFormat FORMAT =
      CSVFormat.DEFAULT.builder()
          .setHeader()
          .setSkipHeaderRecord(true)
          .setTrim(true)
          .setIgnoreEmptyLines(true)
          .get();

  private final Function<String, InputStream> opener;
  private final String origin;

  private CatalogueLoader(Function<String, InputStream> opener, String origin) {
    this.opener = opener;
    this.origin = origin;
  }

  /** Loads the catalogue from a folder holding the four files. */
  public static Catalogue fromDirectory(Path dir) {
    if (!Files.isDirectory(dir)) {
      throw new CatalogueException("catalogue folder not found: " + dir);
    }
    return new CatalogueLoader(
            name -> {
              try {
                return Files.newInputStream(dir.resolve(name));
              } catch (NoSuchFileException e) {
                return null;
              } catch (IOException e) {
                throw new CatalogueException("cannot read " + dir.resolve(name) + ": " + e.getMessage());
              }
            },
            dir.toString())
        .load();
  }

  /** Loads the catalogue packaged in the jar (copied from {@code data/catalogue} at build time). */
  public static Catalogue fromClasspath() {
    ClassLoader cl = CatalogueLoader.class.getClassLoader();
    return new CatalogueLoader(name -> cl.getResourceAsStream("catalogue/" + name), "classpath:catalogue")
        .load();
  }

  private Catalogue load() {
    List<Objective> objectives = read("objectives.csv", this::objective);
    List<Long> areaLines = new ArrayList<>();
    List<Area> areas = read("areas.csv", false, (r, i) -> {
      areaLines.add(r.line);
      return area(r);
    });
    List<Measure> measures = read("measures.csv", this::measure);
    List<Indicator> indicators = read("indicators.csv", this::indicator);
    checkObjectives(objectives);
    AreaTree.check(areas, areaLines, origin + "/areas.csv");
    unique("measures.csv", measures.stream().map(Measure::code).toList());
    Map<String, Measure> byCode = new java.util.LinkedHashMap<>();
    for (Measure m : measures) byCode.put(m.code(), m);
    checkStandardErrors(byCode);
    List<DqRule> rules = read("dq_rules.csv", true, (r, i) -> dqRule(r, i, byCode));
    List<IndicatorMetadata> metadata = optionalFile(METADATA)
        ? read(METADATA, false, (r, i) -> metadata(r)) : List.of();
    Catalogue catalogue = new Catalogue(objectives, areas, measures, indicators, rules, metadata);
    checkIndicators(catalogue);
    catalogue = catalogue.withPlans(plans(catalogue));
    unique("dq_rules.csv", rules.stream().map(DqRule::code).toList());
    checkMetadata(catalogue);
    return catalogue;
  }

  /** Each standard error is {@code <mean>_se} of a mean measure given for the same sexes, groups, period and level. */
  private void checkStandardErrors(Map<String, Measure> byCode) {
    for (Measure se : byCode.values()) {
      if (se.valueType() != Measure.ValueType.STANDARD_ERROR) continue;
      if (!se.code().endsWith(Measure.SE_SUFFIX)) {
        throw fail("measures.csv", "standard error '" + se.code() + "' must be named <mean>" + Measure.SE_SUFFIX);
      }
      Measure mean = byCode.get(se.standardErrorOf());
      if (mean == null || mean.valueType() != Measure.ValueType.MEAN) {
        throw fail("measures.csv", "standard error '" + se.code() + "' names no mean measure '"
            + se.standardErrorOf() + "'; add the mean or rename the standard error");
      }
      if (!mean.sexes().equals(se.sexes()) || !mean.populationGroups().equals(se.populationGroups())
          || mean.period() != se.period() || mean.communeLevel() != se.communeLevel()) {
        throw fail("measures.csv", "standard error '" + se.code() + "' must have the sexes, groups, period and"
            + " level of '" + mean.code() + "'");
      }
    }
  }

  /** Optional, together: a catalogue folder without them sets no targets ("no target" everywhere). */
  public static final String PLANS = "plans.csv";
  public static final String TARGETS = "targets.csv";

  private List<Plan> plans(Catalogue c) {
    if (!optionalFile(PLANS)) return List.of();
    PlanLoader loader = new PlanLoader();
    read(PLANS, true, (r, i) -> {
      loader.plan(r, c);
      return i;
    });
    if (optionalFile(TARGETS)) {
      read(TARGETS, true, (r, i) -> {
        loader.target(r, c);
        return i;
      });
    }
    return loader.plans();
  }

  /** Optional: a catalogue folder without it has no indicator metadata (the sheet says so). */
  public static final String METADATA = "indicator_metadata.csv";

  private boolean optionalFile(String file) {
    InputStream in = opener.apply(file);
    if (in == null) return false;
    try {
      in.close();
    } catch (IOException e) {
      // only probed
    }
    return true;
  }

  /** One row per indicator of indicators.csv, in any order, no other code. */
  private void checkMetadata(Catalogue c) {
    if (c.metadata().isEmpty()) return;
    unique(METADATA, c.metadata().stream().map(IndicatorMetadata::code).toList());
    Set<String> codes = new LinkedHashSet<>(c.indicators().stream().map(Indicator::code).toList());
    for (IndicatorMetadata m : c.metadata()) {
      if (!codes.contains(m.code())) throw fail(METADATA, "has indicator '" + m.code() + "', which is not in indicators.csv");
    }
    codes.removeAll(c.metadata().stream().map(IndicatorMetadata::code).toList());
    if (!codes.isEmpty()) throw fail(METADATA, "has no row for " + String.join(", ", codes) + "; add one per indicator");
  }

  // ---- rows ---------------------------------------------------------------------------------

  private IndicatorMetadata metadata(CatalogueRow r) {
    String frequency = r.required("frequency");
    if (!IndicatorMetadata.FREQUENCIES.contains(frequency)) {
      throw r.error("frequency", "is '" + frequency + "'; use " + String.join(", ", IndicatorMetadata.FREQUENCIES));
    }
    return new IndicatorMetadata(r.required("code"), r.required("definition_vi"), r.required("definition_en"),
        r.required("source_vi"), r.required("source_en"), r.required("agency_vi"), r.required("agency_en"), frequency);
  }

  private Objective objective(CatalogueRow r) {
    int n = r.integer("objective");
    if (n < 1) throw r.error("objective", "must be a number from 1");
    return new Objective(n, r.required("name_vi"), r.required("name_en"));
  }

  private Area area(CatalogueRow r) {
    Area.Level level = r.enumValue("level", Area.Level.class);
    List<String> aliases = r.list("aliases");
    java.time.LocalDate from = r.optionalDate("valid_from");
    java.time.LocalDate to = r.optionalDate("valid_to");
    if (from != null && to != null && to.isBefore(from)) {
      throw r.error("valid_to", "is " + to + ", before valid_from " + from + "; an area ends after it starts");
    }
    return new Area(r.required("code"), r.optional("parent_code"), level, r.required("name_vi"), r.required("name_en"),
        aliases, from, to);
  }

  private Measure measure(CatalogueRow r) {
    Set<Sex> sexes = r.sexes("sexes");
    Set<String> groups = new LinkedHashSet<>(r.list("population_groups"));
    for (String g : groups) {
      if (!g.equals("all") && !g.equals("ethnic_minority")) {
        throw r.error("population_groups", "has '" + g + "'; use all and/or ethnic_minority");
      }
    }
    if (groups.isEmpty()) throw r.error("population_groups", "is empty");
    String level = r.required("level");
    if (!level.equals("commune") && !level.equals("district")) {
      throw r.error("level", "is '" + level + "'; use commune or district");
    }
    return new Measure(
        r.required("code"),
        r.required("name_vi"),
        r.required("name_en"),
        r.enumValue("value_type", Measure.ValueType.class),
        sexes,
        groups,
        r.enumValue("period", PeriodType.class),
        level.equals("commune"),
        r.bool("sensitive"));
  }

  private Indicator indicator(CatalogueRow r) {
    Indicator.Kind kind = r.enumValue("kind", Indicator.Kind.class);
    MeasureRef numerator = r.measureRef("numerator");
    String den = r.optional("denominator");
    MeasureRef denominator = den == null ? null : r.measureRef("denominator");
    if (denominator == null && !kind.countsPeriods()) {
      throw r.error("denominator", "is empty; only threshold_share and all_periods_share indicators have none");
    }
    Double threshold = r.optionalNumber("threshold");
    if (kind.countsPeriods() && threshold == null) {
      throw r.error("threshold", "is empty; a " + r.required("kind") + " indicator needs one");
    }
    double multiplier = r.number("multiplier");
    if (!(multiplier > 0)) throw r.error("multiplier", "must be positive");
    Integer pooled = r.optional("pooled_years") == null ? null : r.integer("pooled_years");
    if (pooled != null && pooled < 2) throw r.error("pooled_years", "must be 2 or more (or empty)");
    // what "better" means, for trends; a target's own direction is in targets.csv
    String dir = r.optional("direction");
    Indicator.Direction direction = dir == null ? null : r.enumValue("direction", Indicator.Direction.class);
    String group = r.required("population_group");
    if (!group.equals("all") && !group.equals("ethnic_minority")) {
      throw r.error("population_group", "is '" + group + "'; use all or ethnic_minority");
    }
    List<Sex> sexes = new ArrayList<>(r.sexes("sexes"));
    return new Indicator(
        r.required("code"),
        r.integer("objective"),
        r.required("name_vi"),
        r.required("name_en"),
        kind,
        numerator,
        denominator,
        multiplier,
        r.required("unit_vi"),
        r.required("unit_en"),
        null, // the target of the plan in force: Catalogue.inForce
        direction,
        0,
        Set.of(),
        sexes,
        group,
        threshold,
        pooled,
        r.bool("sensitive"),
        r.optional("note") == null ? "" : r.optional("note"));
  }

  private DqRule dqRule(CatalogueRow r, int order, Map<String, Measure> measures) {
    String code = r.required("code");
    if (!RULE_CODE.matcher(code).matches()) {
      throw r.error("code", "is '" + code + "'; use lower case letters, digits and _ (e.g. gbv_supported_le_victims)");
    }
    if (STAGING_RULES.contains(code) && !code.equals(DqRule.SEX_TOTAL)) {
      throw r.error("code", "is '" + code + "', the code of a staging rule; choose another");
    }
    DqExpression left = r.expression("left");
    DqRule.Operator op = DqRule.Operator.parse(r.required("operator"));
    if (op == null) throw r.error("operator", "is '" + r.raw("operator") + "'; use <=, <, =, >= or >");
    DqExpression right = r.expression("right");
    String sev = r.required("severity").toLowerCase(Locale.ROOT);
    if (!sev.equals("error") && !sev.equals("warning")) {
      throw r.error("severity", "is '" + sev + "'; use error (reject the values) or warning (keep and flag them)");
    }
    DqRule rule = new DqRule(code, left, op, right, DqRule.Severity.valueOf(sev.toUpperCase(Locale.ROOT)),
        r.required("description_vi"), r.required("description_en"), order, r.line);
    if (code.equals(DqRule.SEX_TOTAL) && rule.severity() != DqRule.Severity.ERROR) {
      throw r.error("severity", "of " + DqRule.SEX_TOTAL + " must be error: staging rejects F + M <> T before any other rule");
    }
    checkRuleMeasures(r, rule, measures);
    return rule;
  }

  /** The measures of a rule exist and can meet in one area, year, period, group and sex. */
  private static void checkRuleMeasures(CatalogueRow r, DqRule rule, Map<String, Measure> measures) {
    List<MeasureRef> refs = rule.refs();
    if (refs.isEmpty()) throw r.fail("rule " + rule.code() + " compares numbers only; name at least one measure");
    if (rule.isWildcard()) {
      for (MeasureRef ref : refs) {
        if (!ref.measure().equals(DqExpression.ANY_MEASURE)) {
          throw r.fail("rule " + rule.code() + " mixes * with the measure " + ref.measure()
              + "; a rule over every measure uses * in every reference");
        }
      }
      Set<Sex> sexes = EnumSet.noneOf(Sex.class);
      refs.forEach(ref -> sexes.add(ref.fixedSex()));
      boolean any = measures.values().stream()
          .anyMatch(m -> m.valueType() == Measure.ValueType.COUNT && m.sexes().containsAll(sexes));
      if (!any) throw r.fail("rule " + rule.code() + ": no count measure is given for the sexes " + sexes);
      return;
    }
    PeriodType period = null;
    Boolean communeLevel = null;
    Set<String> groups = null;
    Set<Sex> sexes = null;
    for (MeasureRef ref : refs) {
      Measure m = measures.get(ref.measure());
      if (m == null) {
        throw r.fail("rule " + rule.code() + " reads measure '" + ref.measure() + "', which is not in measures.csv");
      }
      if (ref.fixedSex() != null && !m.sexes().contains(ref.fixedSex())) {
        throw r.fail("rule " + rule.code() + " reads " + ref + ", but measures.csv gives " + m.code() + " only for "
            + m.sexes());
      }
      if (period != null && period != m.period()) {
        throw r.fail("rule " + rule.code() + " mixes periods " + period + " and " + m.period()
            + " (" + m.code() + "); its measures must share one period type");
      }
      if (communeLevel != null && communeLevel != m.communeLevel()) {
        throw r.fail("rule " + rule.code() + " mixes commune-level and district-level measures (" + m.code()
            + "); no area reports both");
      }
      period = m.period();
      communeLevel = m.communeLevel();
      if (groups == null) groups = new LinkedHashSet<>(m.populationGroups());
      else groups.retainAll(m.populationGroups());
      if (ref.fixedSex() == null) {
        if (sexes == null) sexes = EnumSet.copyOf(m.sexes());
        else sexes.retainAll(m.sexes());
      }
    }
    if (groups.isEmpty()) throw r.fail("rule " + rule.code() + ": its measures share no population group");
    if (sexes != null && sexes.isEmpty()) {
      throw r.fail("rule " + rule.code() + ": its measures without [sex] share no sex; fix the sex with [F], [M] or [T]");
    }
  }

  // ---- cross-row checks -----------------------------------------------------------------------

  private void checkObjectives(List<Objective> objectives) {
    unique("objectives.csv", objectives.stream().map(o -> String.valueOf(o.number())).toList());
  }

  private void checkIndicators(Catalogue c) {
    unique("indicators.csv", c.indicators().stream().map(Indicator::code).toList());
    Set<Integer> objectives = new HashSet<>(c.objectives().stream().map(Objective::number).toList());
    Map<String, Measure> measures = c.measuresByCode();
    for (Indicator i : c.indicators()) {
      String where = "indicator " + i.code();
      if (!objectives.contains(i.objective())) {
        throw fail("indicators.csv", where + " has objective " + i.objective() + ", which is not in objectives.csv");
      }
      boolean anySensitive = false;
      for (MeasureRef ref : i.measures()) {
        Measure m = measures.get(ref.measure());
        if (m == null) {
          throw fail("indicators.csv", where + " reads measure '" + ref.measure() + "', which is not in measures.csv");
        }
        anySensitive |= m.sensitive();
        for (Sex s : i.sexes()) {
          if (!m.sexes().contains(ref.sexFor(s))) {
            throw fail("indicators.csv", where + " needs " + ref.measure() + " for sex " + ref.sexFor(s)
                + ", but measures.csv allows only " + m.sexes());
          }
        }
        if (!m.populationGroups().contains(i.populationGroup())) {
          throw fail("indicators.csv", where + " needs " + ref.measure() + " for group " + i.populationGroup()
              + ", which measures.csv does not allow");
        }
      }
      if (anySensitive && !i.sensitive()) {
        throw fail("indicators.csv", where + " reads a sensitive measure, so sensitive must be true");
      }
      if (i.kind().countsPeriods() && measures.get(i.numerator().measure()).period() == PeriodType.Y) {
        throw fail("indicators.csv", where + " is a " + i.kind().name().toLowerCase(java.util.Locale.ROOT)
            + " of a yearly measure; it needs quarters or months");
      }
    }
  }

  private void unique(String file, List<String> codes) {
    Set<String> seen = new HashSet<>();
    for (String code : codes) {
      if (!seen.add(code)) throw fail(file, "code " + code + " appears twice");
    }
  }

  private CatalogueException fail(String file, String message) {
    return new CatalogueException(origin + "/" + file + ": " + message);
  }

  // ---- reading --------------------------------------------------------------------------------

  private <T> List<T> read(String file, Function<CatalogueRow, T> mapper) {
    return read(file, false, (row, i) -> mapper.apply(row));
  }

  /** @param mayBeEmpty a header without rows is allowed (no data-quality rules) */
  private <T> List<T> read(String file, boolean mayBeEmpty, java.util.function.BiFunction<CatalogueRow, Integer, T> mapper) {
    InputStream in = opener.apply(file);
    if (in == null) throw fail(file, "file not found");
    try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8);
        CSVParser parser = CSVParser.parse(reader, FORMAT)) {
      List<T> out = new ArrayList<>();
      for (CSVRecord rec : parser) {
        // header is line 1; the record number counts data records from 1
        out.add(mapper.apply(new CatalogueRow(origin + "/" + file, rec, rec.getRecordNumber() + 1), out.size()));
      }
      if (out.isEmpty() && !mayBeEmpty) throw fail(file, "has no rows");
      return out;
    } catch (IOException | java.io.UncheckedIOException | IllegalStateException e) {
      throw fail(file, "is not valid CSV: " + e.getMessage());
    }
  }
}
