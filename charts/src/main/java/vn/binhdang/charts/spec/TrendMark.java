package vn.binhdang.charts.spec;

import vn.binhdang.charts.theme.Tone;

/**
 * A trend arrow and its word: ↑ / ↓ for the direction of a significant change (the sign of Sen's
 * slope), → where there is no clear trend, – where none was assessed; the tone says whether the
 * change is toward the target.
 */
public record TrendMark(String arrow, Tone tone, String word) {
}
