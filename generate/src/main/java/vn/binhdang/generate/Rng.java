package vn.binhdang.generate;

/**
 * A small deterministic random source for the generator: SplitMix64 with samplers built on
 * {@link StrictMath}, so the same seed gives the same bytes on every JVM, platform and locale.
 * ({@code java.util.Random}'s Gaussian and the JDK's bounded samplers are not specified to stay the
 * same across releases, and {@link Math} may differ by an ulp between platforms.)
 *
 * <p>Each report (unit × year) gets its own stream from {@link #of}, so files do not depend on the
 * order or the range in which they are generated, and years can be written in parallel.
 */
final class Rng {
  private static final long GOLDEN = 0x9E3779B97F4A7C15L;
  /** Above this expected count the samplers use a normal approximation instead of exact inversion. */
  private static final double EXACT_LIMIT = 30;

  private long state;

  private Rng(long state) {
    this.state = state;
  }

  /** An independent stream for one purpose ({@code stream}), unit ({@code key}) and year. */
  static Rng of(long seed, String stream, String key, int year) {
    return new Rng(hash(seed, stream, key, year));
  }

  /** A well-mixed 64-bit value of the arguments; also used for per-unit constants. */
  static long hash(long seed, String stream, String key, int year) {
    long h = mix(seed + GOLDEN);
    h = mix(h ^ stream.hashCode());
    h = mix(h ^ ((long) key.hashCode() << 21));
    return mix(h + year * GOLDEN);
  }

  /** A uniform number in [0, 1) derived from a hash, for per-unit constants that need no stream. */
  static double unit(long hash) {
    return (hash >>> 11) * 0x1.0p-53;
  }

  private static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }

  long nextLong() {
    state += GOLDEN;
    return mix(state);
  }

  /** Uniform in [0, 1). */
  double uniform() {
    return unit(nextLong());
  }

  /** Standard normal (Box–Muller; the second value is discarded to keep the stream simple). */
  double normal() {
    double u1 = 1.0 - uniform(); // (0, 1]: log is finite
    double u2 = uniform();
    return StrictMath.sqrt(-2.0 * StrictMath.log(u1)) * StrictMath.cos(2.0 * StrictMath.PI * u2);
  }

  /** Binomial(n, p): exact inversion for small expected counts, normal approximation above. */
  long binomial(long n, double p) {
    if (n <= 0 || p <= 0) return 0;
    if (p >= 1) return n;
    boolean flip = p > 0.5;
    double q = flip ? 1 - p : p;
    long k;
    if (n * q < EXACT_LIMIT) {
      // sequential search on the pmf, f(k+1) = f(k) (n-k)/(k+1) q/(1-q)
      double u = uniform();
      double ratio = q / (1 - q);
      double f = StrictMath.pow(1 - q, n);
      double cdf = f;
      k = 0;
      while (u > cdf && k < n) {
        f *= (n - k) * ratio / (k + 1);
        k++;
        cdf += f;
        if (f < 1e-300 && cdf > 1 - 1e-12) break;
      }
    } else {
      double mean = n * q;
      k = StrictMath.round(mean + StrictMath.sqrt(mean * (1 - q)) * normal());
      k = Math.max(0, Math.min(n, k));
    }
    return flip ? n - k : k;
  }

  /** Poisson(lambda): exact inversion for small lambda, normal approximation above. */
  long poisson(double lambda) {
    if (!(lambda > 0)) return 0;
    if (lambda < EXACT_LIMIT) {
      double u = uniform();
      double f = StrictMath.exp(-lambda);
      double cdf = f;
      long k = 0;
      while (u > cdf) {
        k++;
        f *= lambda / k;
        cdf += f;
        if (f < 1e-300) break;
      }
      return k;
    }
    return Math.max(0, StrictMath.round(lambda + StrictMath.sqrt(lambda) * normal()));
  }
}
