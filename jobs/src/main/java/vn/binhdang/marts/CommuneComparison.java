package vn.binhdang.marts;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.DoubleUnaryOperator;
import vn.binhdang.catalogue.Indicator;
import vn.binhdang.stats.funnel.FunnelBand;
import vn.binhdang.stats.funnel.FunnelLimits;
import vn.binhdang.stats.funnel.FunnelPosition;
import vn.binhdang.stats.funnel.FunnelZScore;
import vn.binhdang.stats.funnel.Overdispersion;
import vn.binhdang.stats.funnel.OverdispersionEstimate;
import vn.binhdang.stats.smoothing.EmpiricalBayes;
import vn.binhdang.stats.smoothing.EmpiricalBayesFit;

/**
 * The communes of one indicator, year and sex compared with the district (DESIGN §6), as a pure
 * function of their counts:
 *
 * <ul>
 *   <li>funnel plot (Spiegelhalter 2005): z-score against the district value θ, exact binomial or
 *       Poisson limits at 95 % and 99.8 % at each commune's denominator, with his interpolation;
 *   <li>over-dispersion from Winsorised z-scores (Spiegelhalter 2005, QSHC 14:347): when Iφ &gt; I − 1,
 *       the additive random-effects adjustment (DerSimonian–Laird τ²) replaces the exact limits by
 *       θ ± z·√(s² + τ²) and the z-scores accordingly;
 *   <li>empirical-Bayes smoothed values: beta–binomial for proportions, Poisson–gamma (Marshall 1991)
 *       for rates and gross ratios;
 *   <li>rank: 1 = best toward the target (higher for "at least", lower for "at most", closer for
 *       "close to"; higher when there is no target); ties share the lower rank.
 * </ul>
 *
 * The sex ratio at birth is compared on p = boys ÷ births and shown as 100·p/(1 − p). An estimate from the
 * weighted survey records is placed at its design-equivalent sample size ({@link Unit#size}), so that its
 * limits are as wide as its sampling error, not those of its weighted count. Complete
 * enumerations (and ratios of means) get the district value and ranks, no funnel: nothing was sampled.
 * Communes hidden by disclosure control get no score, limits, rank or smoothed value (each is a
 * function of their hidden counts: the limits alone give back the denominator) and take no part in
 * the ranks, the over-dispersion estimate or the smoothing prior, so that the published figures of
 * the others say nothing about them.
 */
public final class CommuneComparison {
  private CommuneComparison() {}

  /** Minimum communes with a standard error for an over-dispersion estimate. */
  static final int MIN_UNITS_FOR_DISPERSION = 3;

  /**
   * One commune; {@code hidden} when disclosure control suppresses it; {@code size} the design-equivalent
   * sample size of an estimate from weighted survey records (its funnel x, in place of the weighted count
   * that would claim every represented person as sampled), else null.
   */
  public record Unit(String area, Double numerator, Double denominator, Double value, boolean hidden, Double size)
      implements Serializable {
    public Unit(String area, Double numerator, Double denominator, Double value, boolean hidden) {
      this(area, numerator, denominator, value, hidden, null);
    }
  }

  public record Result(
      String area, Double districtValue, Integer rank, int ranked, Double z, String band,
      Double limit95Lower, Double limit95Upper, Double limit998Lower, Double limit998Upper,
      String overdispersion, Double phi, Double tau2, Double smoothed) implements Serializable {}

  /** How the indicator is put on a natural scale for the funnel. */
  private enum Model {
    BINOMIAL, POISSON, SEX_RATIO, NONE
  }

  /**
   * The results in the order of the units' area codes, whatever the order of {@code units}: the estimates
   * add up over the units, and floating-point sums depend on their order, which Spark's gathering does not
   * fix (a cluster's partitions differ from {@code local[*]}'s).
   */
  public static List<Result> compare(Indicator ind, Double districtNum, Double districtDen, Double districtValue,
      List<Unit> unitsInAnyOrder) {
    List<Unit> units = unitsInAnyOrder.stream().sorted(Comparator.comparing(Unit::area)).toList();
    Model model = model(ind);
    double k = ind.multiplier();
    Integer[] ranks = ranks(ind, units);
    int ranked = (int) units.stream().filter(u -> u.value() != null && !u.hidden()).count();

    // natural scale: y = observed, n = size, theta = district
    Double theta = null;
    if (model != Model.NONE && districtNum != null && districtDen != null) {
      double size = model == Model.SEX_RATIO ? districtNum + districtDen : districtDen;
      if (size > 0) theta = districtNum / size;
    }
    List<Integer> scored = new ArrayList<>();
    List<Integer> usable = new ArrayList<>(); // scored and published: what the estimates rest on
    double[] y = new double[units.size()];
    double[] n = new double[units.size()];
    double[] se = new double[units.size()];
    boolean[] survey = new boolean[units.size()];
    for (int i = 0; i < units.size(); i++) {
      Unit u = units.get(i);
      if (theta == null || u.numerator() == null || u.denominator() == null) continue;
      survey[i] = u.size() != null && u.value() != null && model == Model.BINOMIAL;
      n[i] = survey[i] ? u.size() : model == Model.SEX_RATIO ? u.numerator() + u.denominator() : u.denominator();
      if (!(n[i] > 0)) continue;
      y[i] = survey[i] ? u.value() / k : u.numerator() / n[i];
      se[i] = model == Model.POISSON ? (theta > 0 ? FunnelZScore.poissonStandardError(theta, n[i]) : 0)
          : (theta > 0 && theta < 1 ? FunnelZScore.proportionStandardError(theta, n[i]) : 0);
      if (se[i] > 0) scored.add(i);
      if (se[i] > 0 && !u.hidden()) usable.add(i);
    }

    OverdispersionEstimate od = null;
    if (usable.size() >= MIN_UNITS_FOR_DISPERSION) {
      od = Overdispersion.estimate(theta, usable.stream().mapToDouble(i -> y[i]).toArray(),
          usable.stream().mapToDouble(i -> se[i]).toArray());
    }
    boolean additive = od != null && od.overdispersed();
    double[] smoothed = smooth(model, units, usable, scored, y, n);
    DoubleUnaryOperator show = model == Model.SEX_RATIO ? p -> k * p / (1 - p) : p -> k * p;

    List<Result> out = new ArrayList<>();
    for (int i = 0; i < units.size(); i++) {
      Unit u = units.get(i);
      // a hidden commune's limits depend only on θ and its denominator, which they would give away
      boolean funnel = scored.contains(i) && !u.hidden();
      Double z = null;
      String band = null;
      Double l95 = null, u95 = null, l998 = null, u998 = null;
      if (funnel) {
        FunnelBand limits;
        if (additive) {
          double s = se[i];
          limits = new FunnelBand(od.additiveLimit(s, FunnelLimits.P998_LOWER), od.additiveLimit(s, FunnelLimits.P95_LOWER),
              od.additiveLimit(s, FunnelLimits.P95_UPPER), od.additiveLimit(s, FunnelLimits.P998_UPPER));
          z = od.additiveZ(y[i], s);
          band = position(FunnelPosition.ofZ(z));
        } else {
          // a design-equivalent size is not a count of trials: normal limits there, as the pack draws them
          limits = survey[i] ? FunnelLimits.normalBinomial(theta, n[i]) : exactLimits(model, theta, n[i]);
          z = (y[i] - theta) / se[i];
          band = position(limits.classify(y[i]));
        }
        double top = model == Model.POISSON ? Double.POSITIVE_INFINITY : 1;
        l95 = finite(show.applyAsDouble(clamp(limits.lower95(), top)));
        u95 = finite(show.applyAsDouble(clamp(limits.upper95(), top)));
        l998 = finite(show.applyAsDouble(clamp(limits.lower998(), top)));
        u998 = finite(show.applyAsDouble(clamp(limits.upper998(), top)));
      }
      out.add(new Result(u.area(), districtValue, ranks[i], ranked, z, band, l95, u95, l998, u998,
          od == null ? "none" : additive ? "additive" : "none", od == null ? null : od.phi(),
          od == null ? null : od.tau2(), Double.isNaN(smoothed[i]) ? null : finite(show.applyAsDouble(smoothed[i]))));
    }
    return out;
  }

  private static Model model(Indicator ind) {
    return switch (ind.kind()) {
      case PROPORTION -> Model.BINOMIAL;
      case RATE, GROSS_RATIO -> Model.POISSON;
      case SEX_RATIO -> Model.SEX_RATIO;
      default -> Model.NONE;
    };
  }

  /** Exact limits where the sizes are whole counts; the normal approximation for weighted sizes. */
  private static FunnelBand exactLimits(Model model, double theta, double n) {
    if (model == Model.POISSON) return FunnelLimits.exactPoisson(theta, n);
    return n == Math.rint(n) ? FunnelLimits.exactBinomial(theta, n) : FunnelLimits.normalBinomial(theta, n);
  }

  /** Limits on the natural scale stay within [0, top] (additive limits are not clamped by themselves). */
  private static double clamp(double v, double top) {
    return Math.min(top, Math.max(0, v));
  }

  /** An infinite limit (a sex ratio with p = 1) is stored as null: no finite bound. */
  private static Double finite(double v) {
    return Double.isFinite(v) ? v : null;
  }

  private static String position(FunnelPosition p) {
    return p.name().toLowerCase(Locale.ROOT);
  }

  /**
   * Smoothed value per unit on the natural scale, NaN where not computed: the prior is fitted on the
   * published units, and every scored unit is then shrunk toward it (its posterior mean).
   */
  private static double[] smooth(Model model, List<Unit> units, List<Integer> usable, List<Integer> scored,
      double[] y, double[] n) {
    double[] out = new double[units.size()];
    java.util.Arrays.fill(out, Double.NaN);
    if (model == Model.NONE || usable.size() < 2) return out;
    double[] x = usable.stream().mapToDouble(i -> y[i] * n[i]).toArray();
    double[] m = usable.stream().mapToDouble(i -> n[i]).toArray();
    EmpiricalBayesFit fit = model == Model.POISSON ? EmpiricalBayes.poissonGamma(x, m) : EmpiricalBayes.betaBinomial(x, m);
    for (int j = 0; j < usable.size(); j++) out[usable.get(j)] = fit.estimates().get(j).smoothed();
    for (int i : scored) {
      if (usable.contains(i)) continue;
      out[i] = model == Model.POISSON ? EmpiricalBayes.poissonGammaEstimate(fit, y[i] * n[i], n[i])
          : EmpiricalBayes.betaBinomialEstimate(fit, y[i] * n[i], n[i]);
    }
    return out;
  }


  /** Competition ranks (1, 2, 2, 4) by closeness to the target's good side; null without a value or hidden. */
  static Integer[] ranks(Indicator ind, List<Unit> units) {
    Comparator<Double> better = switch (ind.direction() == null ? Indicator.Direction.GE : ind.direction()) {
      case GE, GT -> Comparator.reverseOrder();
      case LE, LT -> Comparator.naturalOrder();
      // close to the target; without one (no plan in force), the highest first as for the other kinds
      case NEAR -> ind.target() == null ? Comparator.<Double>reverseOrder()
          : Comparator.comparingDouble(v -> Math.abs(v - ind.target()));
    };
    Integer[] ranks = new Integer[units.size()];
    for (int i = 0; i < units.size(); i++) {
      Double v = units.get(i).value();
      if (v == null || units.get(i).hidden()) continue;
      int rank = 1;
      for (Unit other : units) {
        if (other.value() != null && !other.hidden() && better.compare(other.value(), v) < 0) rank++;
      }
      ranks[i] = rank;
    }
    return ranks;
  }
}
