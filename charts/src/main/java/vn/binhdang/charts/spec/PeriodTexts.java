package vn.binhdang.charts.spec;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import vn.binhdang.charts.release.IndicatorDef;
import vn.binhdang.charts.release.IndicatorKind;
import vn.binhdang.charts.release.IndicatorValue;

/**
 * The words for one area's periods of an all-periods share (MED_COMMUNE_NEWS: "at least 3 items in
 * every quarter"): met in every quarter, not met in which quarters, or which quarter is missing. A
 * commune with a quarter missing is incomplete, not failing (DESIGN §2), so the page names the quarter.
 */
final class PeriodTexts {

    private PeriodTexts() {
    }

    /**
     * The sentence for one area's row, or empty where the indicator is not an all-periods share or
     * the row is a parent area (its denominator counts areas, not one area's periods).
     */
    static Optional<String> forArea(IndicatorTexts texts, IndicatorDef ind, IndicatorValue v) {
        if (ind.kind() != IndicatorKind.ALL_PERIODS_SHARE || v == null || !v.plottable() || v.periods() == null
                || v.denominator() == null || v.denominator() != 1.0) {
            return Optional.empty();
        }
        IndicatorValue.Periods p = v.periods();
        var m = texts.messages();
        String unit = unit(texts, p);
        if (!p.below().isEmpty()) {
            String s = m.get("periods.below", "periods", names(texts, p.below()));
            return Optional.of(p.missing().isEmpty() ? s
                    : s + "; " + m.get("periods.missing", "periods", names(texts, p.missing())));
        }
        if (!p.missing().isEmpty()) {
            return Optional.of(m.get("periods.pending", "periods", names(texts, p.missing()), "unit", unit));
        }
        return Optional.of(m.get("periods.all_met", "count", p.expected(), "unit", unit));
    }

    /** "quý 3, quý 4" from Q3, Q4; "tháng 2" from M02. */
    static String names(IndicatorTexts texts, List<String> codes) {
        return codes.stream().map(c -> texts.messages().get("period." + c.charAt(0),
                "n", Integer.parseInt(c.substring(1)))).collect(Collectors.joining(texts.messages().get("list.join")));
    }

    private static String unit(IndicatorTexts texts, IndicatorValue.Periods p) {
        String first = !p.missing().isEmpty() ? p.missing().get(0) : !p.below().isEmpty() ? p.below().get(0) : null;
        char type = first != null ? first.charAt(0) : p.expected() != null && p.expected() == 12 ? 'M' : 'Q';
        return texts.messages().get("periods.unit." + type);
    }
}
