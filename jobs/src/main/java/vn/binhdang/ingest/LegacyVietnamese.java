package vn.binhdang.ingest;

import java.nio.charset.Charset;
import java.text.Normalizer;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Names the legacy Vietnamese encoding a text file that is not UTF-8 was saved in: Windows-1258 (what
 * Excel's plain "CSV" writes on a Vietnamese Windows) or TCVN3 (the "ABC" fonts, .VnTime, of older
 * offices). The file is refused either way — the two cannot be told apart with certainty, and a wrong
 * guess would stage garbled names — but the message can say what the file is and how to save it.
 *
 * <p>Method: decode the bytes both ways and count how many of the words that hold non-ASCII letters are
 * well-formed Vietnamese syllables (an optional initial consonant, one to three vowels, an optional final
 * consonant — k included, as in the Central Highlands' Đắk and Lắk — at most one tone mark, no mark
 * Vietnamese does not use). A real Vietnamese text scores near 1 in its own encoding and low in
 * the other: Windows-1258 bytes read as TCVN3 give two toned vowels per syllable; TCVN3 bytes read as
 * Windows-1258 give symbols (©, ª, «) where letters should be.
 */
public final class LegacyVietnamese {
  private LegacyVietnamese() {}

  /** What the bytes look like. */
  public enum Encoding {
    WINDOWS_1258("Windows-1258", "in Excel choose Save As → \"CSV UTF-8 (Comma delimited)\""),
    TCVN3("TCVN3 (ABC, .VnTime fonts)",
        "convert it to Unicode first (Unikey: Công cụ chuyển mã, TCVN3 → Unicode), then save as \"CSV UTF-8\"");

    private final String label;
    private final String advice;

    Encoding(String label, String advice) {
      this.label = label;
      this.advice = advice;
    }

    public String label() {
      return label;
    }

    /** How to save the file so that it is read. */
    public String advice() {
      return advice;
    }
  }

  /**
   * TCVN 5712:1993 bytes 0x80–0xFF as Unicode (bytes below 0x80 are ASCII), generated with GNU libc's
   * iconv (encoding TCVN5712-1); TCVN3's lowercase letters and base capitals sit at the same codes.
   */
  private static final String TCVN3_HIGH = "\u00c0\u1ea2\u00c3\u00c1\u1ea0\u1eb6\u1eac\u00c8\u1eba\u1ebc\u00c9\u1eb8\u1ec6\u00cc\u1ec8\u0128\u00cd\u1eca\u00d2\u1ece\u00d5\u00d3\u1ecc\u1ed8\u1edc\u1ede\u1ee0\u1eda\u1ee2\u00d9\u1ee6\u0168\u00a0\u0102\u00c2\u00ca\u00d4\u01a0\u01af\u0110\u0103\u00e2\u00ea\u00f4\u01a1\u01b0\u0111\u1eb0\u0300\u0309\u0303\u0301\u0323\u00e0\u1ea3\u00e3\u00e1\u1ea1\u1eb2\u1eb1\u1eb3\u1eb5\u1eaf\u1eb4\u1eae\u1ea6\u1ea8\u1eaa\u1ea4\u1ec0\u1eb7\u1ea7\u1ea9\u1eab\u1ea5\u1ead\u00e8\u1ec2\u1ebb\u1ebd\u00e9\u1eb9\u1ec1\u1ec3\u1ec5\u1ebf\u1ec7\u00ec\u1ec9\u1ec4\u1ebe\u1ed2\u0129\u00ed\u1ecb\u00f2\u1ed4\u1ecf\u00f5\u00f3\u1ecd\u1ed3\u1ed5\u1ed7\u1ed1\u1ed9\u1edd\u1edf\u1ee1\u1edb\u1ee3\u00f9\u1ed6\u1ee7\u0169\u00fa\u1ee5\u1eeb\u1eed\u1eef\u1ee9\u1ef1\u1ef3\u1ef7\u1ef9\u00fd\u1ef5\u1ed0";

  private static final Charset CP1258 = Charset.forName("windows-1258");
  /** A word: a run of anything but spaces, ASCII punctuation and digits (so "T©n" stays one word). */
  private static final Pattern WORD = Pattern.compile("[^\\s\\p{Punct}\\d]+");
  private static final Pattern SYLLABLE = Pattern.compile(
      "(ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdghklmnpqrstvx])?[aeiouy]{1,3}(ch|ng|nh|[cmnptk])?");
  private static final Pattern TONES = Pattern.compile("[\\u0300\\u0301\\u0303\\u0309\\u0323]");
  /** Below this share of well-formed syllables the text is not taken for Vietnamese. */
  static final double MIN_SCORE = 0.6;
  /** Fewer non-ASCII words than this are no evidence (one stray byte is not a language). */
  static final int MIN_WORDS = 2;

  /** The encoding the bytes read best in, if they read as Vietnamese in one of them. */
  public static Optional<Encoding> guess(byte[] content) {
    double cp1258 = score(new String(content, CP1258));
    double tcvn3 = score(tcvn3(content));
    if (Math.max(cp1258, tcvn3) < MIN_SCORE) return Optional.empty();
    return Optional.of(cp1258 >= tcvn3 ? Encoding.WINDOWS_1258 : Encoding.TCVN3);
  }

  /** The bytes read as TCVN3. */
  static String tcvn3(byte[] content) {
    StringBuilder sb = new StringBuilder(content.length);
    for (byte b : content) sb.append(b >= 0 ? (char) b : TCVN3_HIGH.charAt((b & 0xFF) - 0x80));
    return sb.toString();
  }

  /** The share of the words holding a non-ASCII character that are well-formed Vietnamese syllables. */
  static double score(String text) {
    String nfc = Normalizer.normalize(text, Normalizer.Form.NFC);
    var words = WORD.matcher(nfc);
    int candidates = 0;
    int good = 0;
    while (words.find()) {
      String w = words.group();
      if (w.chars().allMatch(c -> c < 0x80)) continue;
      candidates++;
      if (isSyllable(w)) good++;
    }
    return candidates < MIN_WORDS ? 0 : (double) good / candidates;
  }

  /** Whether a word is one Vietnamese syllable: letters only, the shape above, at most one tone mark. */
  static boolean isSyllable(String word) {
    String nfd = Normalizer.normalize(word.toLowerCase(Locale.ROOT).replace('đ', 'd'), Normalizer.Form.NFD);
    if (TONES.matcher(nfd).results().count() > 1) return false;
    if (nfd.replaceAll("[\\u0300\\u0301\\u0302\\u0303\\u0306\\u0309\\u031B\\u0323]", "").matches(".*\\p{M}.*")) {
      return false; // a mark Vietnamese does not use (ÿ, ü, ç)
    }
    String base = nfd.replaceAll("\\p{M}", "");
    return SYLLABLE.matcher(base).matches();
  }
}
