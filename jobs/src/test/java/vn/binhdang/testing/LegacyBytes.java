package vn.binhdang.testing;

import java.nio.charset.Charset;
import java.text.Normalizer;

/** Text in the legacy encodings, byte for byte as the programs that write them do. */
public final class LegacyBytes {
  private LegacyBytes() {}

  /**
   * Text in Windows-1258 as Windows and GNU iconv write it: letters with a circumflex, breve or horn
   * are single bytes, the five tone marks follow as combining characters ("ắ" = ă + U+0301). The JDK's
   * encoder alone turns every precomposed toned letter into '?'.
   */
  public static byte[] cp1258(String text) {
    String nfd = Normalizer.normalize(text, Normalizer.Form.NFD);
    StringBuilder out = new StringBuilder();
    int i = 0;
    while (i < nfd.length()) {
      StringBuilder letter = new StringBuilder().append(nfd.charAt(i++));
      StringBuilder tones = new StringBuilder();
      while (i < nfd.length() && Character.getType(nfd.charAt(i)) == Character.NON_SPACING_MARK) {
        char m = nfd.charAt(i++);
        ("\u0300\u0301\u0303\u0309\u0323".indexOf(m) >= 0 ? tones : letter).append(m);
      }
      out.append(Normalizer.normalize(letter, Normalizer.Form.NFC)).append(tones);
    }
    return out.toString().getBytes(Charset.forName("windows-1258"));
  }
}
