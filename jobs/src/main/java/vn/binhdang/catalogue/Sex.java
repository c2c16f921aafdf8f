package vn.binhdang.catalogue;

/** Sex codes of every sex-disaggregated input: women, men, and the total of both. */
public enum Sex {
  F, M, T;

  /** Parses "F", "M" or "T" (case and surrounding spaces ignored); null when it is none of them. */
  public static Sex parse(String s) {
    if (s == null) return null;
    return switch (s.trim().toUpperCase(java.util.Locale.ROOT)) {
      case "F" -> F;
      case "M" -> M;
      case "T" -> T;
      default -> null;
    };
  }
}
