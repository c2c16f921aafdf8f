package vn.binhdang.generate;

/**
 * Complete enumerations (schools, organisations, agencies, facilities): how many of {@code n} units
 * have a property when the expected share is {@code share}.
 *
 * <p>Each set of units has one threshold {@code t} in [0, 1); the k-th unit gains the property once
 * {@code share × n} passes {@code k + t}. The count is therefore the share times the number of units,
 * rounded up or down by the set's own threshold: it never falls while the share rises, and it stays
 * within one unit of the expectation, as administrative counts do.
 */
final class Units {
  private Units() {}

  static long withProperty(long n, double share, double threshold) {
    if (n <= 0) return 0;
    long k = (long) StrictMath.ceil(share * n - threshold);
    return Math.max(0, Math.min(n, k));
  }
}
