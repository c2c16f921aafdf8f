package vn.binhdang.catalogue;

import java.util.Collection;
import java.util.Locale;
import java.util.Optional;
import org.apache.commons.text.similarity.LevenshteinDistance;

/**
 * The valid code a misspelt one was most likely meant to be, for the advice sent back with a reject
 * ("live_birth" → "live_births"): the code at the smallest Levenshtein edit distance, ignoring case,
 * if that distance is small for the word's length and no other code is as close.
 *
 * <p>Levenshtein, V. I. (1966). Binary codes capable of correcting deletions, insertions and
 * reversals. <i>Soviet Physics Doklady</i> 10(8), 707–710; the distance is Commons Text's.
 */
public final class NearestCode {
  /** In the advice text of a reject's message, before the suggested code. */
  public static final String MARKER = "nearest valid code: ";

  private NearestCode() {}

  /**
   * @param wrong what the file says
   * @param valid the codes allowed in its place
   * @return the closest valid code within {@link #limit} edits, empty when none is close or two are equally close
   */
  public static Optional<String> of(String wrong, Collection<String> valid) {
    if (wrong == null || wrong.isBlank()) return Optional.empty();
    String w = wrong.strip().toLowerCase(Locale.ROOT);
    int limit = limit(w);
    LevenshteinDistance distance = new LevenshteinDistance(limit); // -1 beyond the limit: stops early
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    boolean tie = false;
    for (String code : valid) {
      int d = distance.apply(w, code.toLowerCase(Locale.ROOT));
      if (d < 0 || d > bestDistance) continue;
      if (d == bestDistance && !code.equals(best)) {
        tie = true;
      } else if (d < bestDistance) {
        best = code;
        bestDistance = d;
        tie = false;
      }
    }
    return tie || best == null ? Optional.empty() : Optional.of(best);
  }

  /** Edits allowed: a quarter of the word's letters, but at least 1 below 8 letters and at least 2 from 8 on. */
  static int limit(String word) {
    return Math.max(word.length() < 8 ? 1 : 2, word.length() / 4);
  }

  /** The message's tail naming the suggestion, or "" when there is none. */
  public static String advice(Optional<String> nearest) {
    return nearest.map(c -> "; " + MARKER + c).orElse("");
  }
}
