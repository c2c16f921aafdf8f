package vn.binhdang.registers;

import static org.apache.spark.sql.functions.length;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.when;

import java.text.Normalizer;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.spark.sql.Column;

/**
 * Viet Nam's 54 ethnic groups (the Kinh and 53 ethnic minorities, as in the General Statistics
 * Office's list of ethnic groups) and how a register's {@code ethnic_group} is read:
 *
 * <ul>
 *   <li>a name, in any spelling that reduces to the same letters once case, diacritics, spaces,
 *       hyphens and apostrophes are dropped ("Xơ Đăng" = "Xơ-đăng" = "XO DANG"), or a listed other
 *       name (Việt for Kinh, Khmer, H'Mông, Bahnar, Sedang, Jarai, Rhade, Stieng);
 *   <li>or a two-digit GSO code: 01 is Kinh, 02–54 are the ethnic minorities. (Kinh is 01 in both
 *       the 1979 and the 2008 lists; the others' order differs between them, which does not matter
 *       here since only "Kinh or not" is derived.)
 * </ul>
 *
 * {@code ethnic_minority} is true for every group but Kinh. Anything else (a typo such as "Kihn",
 * "unknown") is rejected rather than guessed, so a misspelt Kinh is never counted as a minority.
 */
final class EthnicGroups {
  private EthnicGroups() {}

  static final String KINH = "Kinh";

  /** The 53 ethnic minorities, by their usual Vietnamese names. */
  static final List<String> MINORITIES = List.of(
      "Tày", "Thái", "Mường", "Khơ-me", "Hoa", "Nùng", "Mông", "Dao", "Gia-rai", "Ê-đê", "Ba-na", "Sán Chay",
      "Chăm", "Cơ-ho", "Xơ-đăng", "Sán Dìu", "Hrê", "Ra-glai", "Mnông", "Thổ", "Xtiêng", "Khơ-mú",
      "Bru-Vân Kiều", "Cơ-tu", "Giáy", "Tà-ôi", "Mạ", "Giẻ-Triêng", "Co", "Chơ-ro", "Xinh-mun", "Hà Nhì",
      "Chu-ru", "Lào", "La Chí", "Kháng", "Phù Lá", "La Hủ", "La Ha", "Pà Thẻn", "Lự", "Ngái", "Chứt",
      "Lô Lô", "Mảng", "Cơ Lao", "Bố Y", "Cống", "Si La", "Pu Péo", "Rơ-măm", "Brâu", "Ơ-đu");

  /** Other names in common use, read as the group named first. */
  static final List<List<String>> OTHER_NAMES = List.of(
      List.of(KINH, "Việt"),
      List.of("Khơ-me", "Khmer"),
      List.of("Mông", "H'Mông", "Hmong"),
      List.of("Ba-na", "Bahnar"),
      List.of("Xơ-đăng", "Sedang"),
      List.of("Gia-rai", "Jarai"),
      List.of("Ê-đê", "Rhade"),
      List.of("Xtiêng", "Stieng"),
      List.of("Khơ-mú", "Khmu"),
      List.of("Hoa", "Hán"));

  /** The lookup key of a name: lower case, no diacritics, letters and digits only. */
  static String key(String name) {
    String n = Normalizer.normalize(name.toLowerCase(Locale.ROOT), Normalizer.Form.NFD)
        .replaceAll("\\p{M}+", "").replace('đ', 'd');
    return n.replaceAll("[^a-z0-9]", "");
  }

  static Set<String> kinhKeys() {
    Set<String> keys = new LinkedHashSet<>();
    keys.add(key(KINH));
    for (List<String> names : OTHER_NAMES) if (names.get(0).equals(KINH)) names.forEach(n -> keys.add(key(n)));
    return keys;
  }

  static Set<String> minorityKeys() {
    Set<String> keys = new LinkedHashSet<>();
    for (String m : MINORITIES) keys.add(key(m));
    for (List<String> names : OTHER_NAMES) if (!names.get(0).equals(KINH)) names.forEach(n -> keys.add(key(n)));
    return keys;
  }

  /** true for an ethnic minority, false for Kinh, null for anything not recognised. */
  static Column isMinority(Column text) {
    Column k = Sql.key(text);
    Column code = when(length(k).leq(2), k.try_cast("int"));
    return when(k.isin(kinhKeys().toArray()).or(code.equalTo(1)), lit(false))
        .when(k.isin(minorityKeys().toArray()).or(code.between(2, 54)), lit(true));
  }
}
