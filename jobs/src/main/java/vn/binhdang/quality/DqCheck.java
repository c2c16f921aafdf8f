package vn.binhdang.quality;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.binhdang.catalogue.Catalogue;
import vn.binhdang.catalogue.DqExpression;
import vn.binhdang.catalogue.DqRule;
import vn.binhdang.catalogue.Measure;
import vn.binhdang.catalogue.MeasureRef;
import vn.binhdang.catalogue.PeriodType;
import vn.binhdang.catalogue.Sex;

/**
 * One data-quality rule made concrete for one sex (and, for a rule written with {@code *}, one measure): the
 * unit {@link DataQualityJob} evaluates in every area × year × period × group cell of the staged counts.
 *
 * @param measure the measure that replaced {@code *}; null for other rules
 * @param sex the sex of the references without a fixed sex; for a rule whose references all fix their sex,
 *     the sex of its first reference (T for the sex-total rule)
 * @param left the left side with every reference's sex resolved
 * @param right the right side with every reference's sex resolved
 * @param groups the population groups all its measures allow
 * @param period the period type of its measures
 * @param sensitive true when it reads a sensitive measure (violence, trafficking, maternal deaths)
 */
record DqCheck(DqRule rule, String measure, Sex sex, DqExpression left, DqExpression right, Set<String> groups,
    PeriodType period, boolean sensitive) {

  /** The keys ("measure[S]") of the values it reads, without repeats, left side first. */
  List<MeasureRef> reads() {
    Set<MeasureRef> out = new LinkedHashSet<>(left.refs());
    out.addAll(right.refs());
    return List.copyOf(out);
  }

  /** "left op right" as evaluated, e.g. {@code employed_agri[T] = employed_agri[F] + employed_agri[M]}. */
  String text() {
    return left + " " + rule.operator().symbol() + " " + right;
  }

  /** Every rule of the catalogue expanded to its checks, in rule order, then measure, then sex (F, M, T). */
  static List<DqCheck> of(Catalogue catalogue) {
    Map<String, Measure> measures = catalogue.measuresByCode();
    List<DqCheck> out = new ArrayList<>();
    for (DqRule rule : catalogue.dqRules()) {
      if (rule.isWildcard()) {
        Set<Sex> named = EnumSet.noneOf(Sex.class);
        rule.refs().forEach(r -> named.add(r.fixedSex()));
        for (Measure m : catalogue.measures()) {
          if (m.valueType() != Measure.ValueType.COUNT || !m.sexes().containsAll(named)) continue;
          DqExpression l = rule.left().withMeasure(m.code());
          DqExpression r = rule.right().withMeasure(m.code());
          out.add(new DqCheck(rule, m.code(), firstSex(rule), l, r, m.populationGroups(), m.period(), m.sensitive()));
        }
        continue;
      }
      Set<String> groups = null;
      Set<Sex> sexes = null;
      PeriodType period = null;
      boolean sensitive = false;
      for (MeasureRef ref : rule.refs()) {
        Measure m = measures.get(ref.measure());
        period = m.period();
        sensitive |= m.sensitive();
        if (groups == null) groups = new LinkedHashSet<>(m.populationGroups());
        else groups.retainAll(m.populationGroups());
        if (ref.fixedSex() == null) {
          if (sexes == null) sexes = EnumSet.copyOf(m.sexes());
          else sexes.retainAll(m.sexes());
        }
      }
      if (sexes == null) {
        out.add(new DqCheck(rule, null, firstSex(rule), rule.left(), rule.right(), groups, period, sensitive));
        continue;
      }
      for (Sex s : sexes) {
        out.add(new DqCheck(rule, null, s, resolve(rule.left(), s), resolve(rule.right(), s), groups, period,
            sensitive));
      }
    }
    return out;
  }

  private static Sex firstSex(DqRule rule) {
    return rule.refs().get(0).fixedSex();
  }

  /** The expression with the checked sex written into every reference without one. */
  private static DqExpression resolve(DqExpression e, Sex sex) {
    return new DqExpression(e.terms().stream()
        .map(t -> t.ref() == null || t.ref().fixedSex() != null ? t
            : new DqExpression.Term(t.coefficient(), new MeasureRef(t.ref().measure(), sex)))
        .toList());
  }
}
