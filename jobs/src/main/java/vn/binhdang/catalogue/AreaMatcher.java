package vn.binhdang.catalogue;

import java.io.Serializable;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
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
  /** Every row of a code or name: both maps of 2025 may give one code or name to two areas at different times. */
  private final Map<String, List<Area>> rowsByCode = new HashMap<>();
  private final Map<String, List<Area>> rowsByName = new HashMap<>();

  public AreaMatcher(Catalogue catalogue) {
    for (Area a : catalogue.areas()) {
      codes.put(a.code(), a.code());
      rowsByCode.computeIfAbsent(a.code(), k -> new ArrayList<>()).add(a);
      List<String> spellings = new ArrayList<>(List.of(a.nameVi(), a.nameEn()));
      spellings.addAll(a.aliases());
      for (String n : spellings) {
        names.put(normalise(n), a.code());
        List<Area> rows = rowsByName.computeIfAbsent(normalise(n), k -> new ArrayList<>());
        if (!rows.contains(a)) rows.add(a);
      }
    }
  }

  /**
   * The area a code, name or alias names in a report year: of the rows it may mean, the one on that year's
   * map (existing on 31 December), else one that existed during the year; a code before a name. Empty
   * when none existed that year ({@link #notInYear} says why).
   */
  public Optional<Area> match(String text, int year) {
    if (text == null || text.isBlank()) return Optional.empty();
    String t = text.strip();
    List<Area> rows = rowsByCode.containsKey(t) ? rowsByCode.get(t) : rowsByName.getOrDefault(normalise(t), List.of());
    return rows.stream().filter(a -> a.onMapOf(year)).findFirst()
        .or(() -> rows.stream().filter(a -> a.existsIn(year)).findFirst());
  }

  /**
   * The area of an input row: on the map of {@code year} ({@link #match(String, int)}), or of any time when
   * the row's year is not one the run takes (null; the year's own rule rejects the row then).
   */
  public Optional<Area> matchRow(String text, Integer year, Catalogue catalogue) {
    return year == null ? match(text).flatMap(catalogue::area) : match(text, year);
  }

  /** The message of a row {@link #matchRow} found no area for: when it existed, or the nearest valid code. */
  public String whyNot(String text, Integer year) {
    String notThen = year == null ? null : notInYear(text, year);
    return notThen != null ? notThen
        : "area '" + text + "' is not in the catalogue (areas.csv)" + NearestCode.advice(nearest(text));
  }

  /**
   * Why a text that names an area matches none in {@code year}: "area 23482 (Xã Đắk Kôi) exists to 2025-06-30,
   * not in 2026; ..."; null when the text names no area at all.
   */
  public String notInYear(String text, int year) {
    if (text == null || text.isBlank()) return null;
    String t = text.strip();
    List<Area> rows = rowsByCode.containsKey(t) ? rowsByCode.get(t) : rowsByName.getOrDefault(normalise(t), List.of());
    if (rows.isEmpty()) return null;
    Area a = rows.get(0);
    return "area " + a.code() + " (" + a.nameVi() + ") exists " + String.join(" and ",
        rows.stream().map(Area::validity).toList()) + ", not in " + year
        + "; report it for the area that exists that year (areas.csv)";
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
