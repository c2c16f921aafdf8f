package vn.binhdang.transform;

import vn.binhdang.catalogue.IndicatorMetadata;
import vn.binhdang.catalogue.MeasureRef;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import vn.binhdang.catalogue.Catalogue;
import vn.binhdang.catalogue.Indicator;
import vn.binhdang.catalogue.Objective;
import vn.binhdang.catalogue.Plan;
import vn.binhdang.catalogue.Sex;
import vn.binhdang.warehouse.Tables;

/** Produces {@code dim_area} and {@code dim_indicator} from the validated catalogue. */
public final class DimensionsJob {
  private DimensionsJob() {}

  public static Dataset<Row> areas(SparkSession spark, Catalogue c) {
    List<Row> rows = c.areas().stream()
        .map(a -> RowFactory.create(a.code(), a.parentCode(), lower(a.level()), a.nameVi(), a.nameEn(),
            String.join("|", a.aliases()), sqlDate(a.validFrom()), sqlDate(a.validTo())))
        .toList();
    return spark.createDataFrame(rows, Tables.DIM_AREA.schema());
  }

  private static java.sql.Date sqlDate(java.time.LocalDate d) {
    return d == null ? null : java.sql.Date.valueOf(d);
  }

  /** @param c the run's catalogue, its indicators carrying the targets of the plan in force in {@code year} */
  public static Dataset<Row> indicators(SparkSession spark, Catalogue c, int year) {
    String plan = c.plan(year).map(Plan::code).orElse(null);
    List<Row> rows = new java.util.ArrayList<>();
    for (int n = 0; n < c.indicators().size(); n++) rows.add(indicatorRow(c, c.indicators().get(n), n + 1, plan));
    return spark.createDataFrame(rows, Tables.DIM_INDICATOR.schema());
  }

  /** Every target of every plan, marking those the run of {@code year} judges by. */
  public static Dataset<Row> planTargets(SparkSession spark, Catalogue c, int year) {
    String inForce = c.plan(year).map(Plan::code).orElse(null);
    List<Row> rows = new java.util.ArrayList<>();
    for (Plan p : c.plans()) {
      for (Plan.Target t : p.targets()) {
        boolean judged = p.code().equals(inForce) && p.due(t.indicator(), year).contains(t);
        rows.add(RowFactory.create(p.code(), p.areaCode(), p.firstYear(), p.lastYear(), p.nameVi(), p.nameEn(),
            p.source(), t.indicator(), t.year(), t.sex().name(), t.value(), lower(t.direction()), t.tolerance(),
            judged));
      }
    }
    return spark.createDataFrame(rows, Tables.DIM_PLAN_TARGET.schema());
  }

  static Row indicatorRow(Catalogue c, Indicator i, int sortOrder, String plan) {
    Objective o = c.objective(i.objective());
    return RowFactory.create(i.code(), sortOrder, i.objective(), o.nameVi(), o.nameEn(), i.nameVi(), i.nameEn(),
        lower(i.kind()), i.numerator().toString(), i.denominator() == null ? null : i.denominator().toString(),
        i.multiplier(), i.unitVi(), i.unitEn(), i.target(), i.direction() == null ? null : lower(i.direction()),
        i.tolerance(), sexes(i.targetSexes()), i.target() == null ? null : plan, sexes(i.sexes()), i.populationGroup(), i.threshold(), i.pooledYears(),
        i.sensitive(), i.kind().isCompleteEnumeration(), c.isCommuneLevel(i) ? "commune" : "district",
        i.note().isEmpty() ? null : i.note(), meta(c, i, IndicatorMetadata::definitionVi),
        meta(c, i, IndicatorMetadata::definitionEn), meta(c, i, IndicatorMetadata::sourceVi),
        meta(c, i, IndicatorMetadata::sourceEn), meta(c, i, IndicatorMetadata::agencyVi),
        meta(c, i, IndicatorMetadata::agencyEn), meta(c, i, IndicatorMetadata::frequency),
        measureName(c, i.numerator(), true), measureName(c, i.numerator(), false),
        measureName(c, i.denominator(), true), measureName(c, i.denominator(), false));
  }

  /** "Số trẻ sinh ra sống (nam)" for live_births[M]: the measure's name, its fixed sex in brackets. */
  static String measureName(Catalogue c, MeasureRef ref, boolean vi) {
    if (ref == null) return null;
    String name = c.measure(ref.measure()).map(m -> vi ? m.nameVi() : m.nameEn()).orElse(ref.measure());
    if (ref.fixedSex() == null) return name;
    String sex = switch (ref.fixedSex()) {
      case F -> vi ? "nữ" : "women";
      case M -> vi ? "nam" : "men";
      case T -> vi ? "tổng số" : "total";
    };
    return name + " (" + sex + ")";
  }

  private static String meta(Catalogue c, Indicator i, java.util.function.Function<IndicatorMetadata, String> field) {
    return c.metadata(i.code()).map(field).orElse(null);
  }

  private static String sexes(java.util.Collection<Sex> s) {
    return s.stream().sorted().map(Sex::name).collect(Collectors.joining("|"));
  }

  static String lower(Enum<?> e) {
    return e.name().toLowerCase(Locale.ROOT);
  }
}
