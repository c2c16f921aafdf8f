package vn.binhdang.catalogue;

import java.io.Serializable;
import java.text.Normalizer;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Finds an area from what a file says: its code first, then its name or an alias, ignoring case,
 * spacing, diacritics ("Đắk" = "Đăk" = "Dak") and the prefixes "Xã", "Thị trấn", "TT.", "Huyện".
 */
public final class AreaMatcher implements Serializable {
  private static final long serialVersionUID = 1L;
  private static final Pattern MARKS = Pattern.compile("\\p{M}+");
  private static final Pattern PREFIX = Pattern.compile("^(xa|thi tran|tt\\.?|huyen|h\\.|tinh)\\s+");

  private final Map<String, String> codes = new HashMap<>();
  private final Map<String, String> names = new HashMap<>();

  public AreaMatcher(Catalogue catalogue) {
    for (Area a : catalogue.areas()) {
      codes.put(a.code(), a.code());
      names.put(normalise(a.nameVi()), a.code());
      names.put(normalise(a.nameEn()), a.code());
      for (String alias : a.aliases()) names.put(normalise(alias), a.code());
    }
  }

  /** The area code for a code, name or alias; empty when nothing matches. */
  public Optional<String> match(String text) {
    if (text == null || text.isBlank()) return Optional.empty();
    String t = text.strip();
    if (codes.containsKey(t)) return Optional.of(t);
    return Optional.ofNullable(names.get(normalise(t)));
  }

  /**
   * The area a code or name that matches none was most likely meant to be (a digit or letter off, see
   * {@link NearestCode}); empty when none is close or two are equally close.
   */
  public Optional<String> nearest(String text) {
    if (text == null || text.isBlank()) return Optional.empty();
    Optional<String> code = NearestCode.of(text.strip(), codes.keySet());
    return code.isPresent() ? code : NearestCode.of(normalise(text), names.keySet()).map(names::get);
  }

  /** Lower case, no diacritics, đ → d, single spaces, administrative prefix removed. */
  static String normalise(String s) {
    String n = Normalizer.normalize(s.toLowerCase(Locale.ROOT), Normalizer.Form.NFD);
    n = MARKS.matcher(n).replaceAll("").replace('đ', 'd').replaceAll("\\s+", " ").strip();
    return PREFIX.matcher(n).replaceFirst("").replace(" commune", "").replace(" town", "").strip();
  }
}
