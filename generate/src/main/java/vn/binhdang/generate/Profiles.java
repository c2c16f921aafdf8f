package vn.binhdang.generate;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import vn.binhdang.catalogue.Area;
import vn.binhdang.catalogue.Catalogue;

/**
 * The reporting units a run generates: Kon Rẫy's seven real communes (sizes from their own web
 * pages where known, the rest spread to a district of about 27,700), or any number of synthetic
 * communes with generated codes for benchmarks.
 */
final class Profiles {
  private Profiles() {}

  /** First synthetic code: six digits, so it can never clash with a real five-digit commune code. */
  static final int FIRST_SYNTHETIC_CODE = 100_001;
  static final int MAX_SYNTHETIC = 100_000;

  /** Hand-set character of a real commune; its name comes from the catalogue. */
  private record Known(int population2023, double growth, double remoteness, double ethnicShare, int schools,
      int organisations) {}

  /**
   * Đắk Rve: about 5,200 people and 48 % ethnic-minority households (town web page). Đắk Tơ Lung:
   * 2,674 people on 31/12/2021 and over 94 % ethnic minority (commune web page); 2,750 in 2023 at
   * 1.5 % growth gives 2,669 for 2021. The other five sizes, all remoteness scores and the other
   * ethnic-minority shares are assumptions that bring the district to 27,650 people, about 78 %
   * ethnic minority.
   */
  private static final Map<String, Known> KON_RAY = Map.of(
      "23479", new Known(5_200, 0.010, 0.00, 0.48, 7, 15),
      "23482", new Known(3_900, 0.015, 0.70, 0.92, 5, 11),
      "23485", new Known(2_750, 0.015, 0.80, 0.95, 4, 9),
      "23488", new Known(5_600, 0.015, 0.40, 0.85, 6, 13),
      "23491", new Known(2_300, 0.015, 1.00, 0.97, 3, 8),
      "23494", new Known(4_300, 0.015, 0.50, 0.80, 5, 12),
      "23497", new Known(3_600, 0.015, 0.35, 0.70, 5, 11));

  /** The catalogue's communes, in file order, with their hand-set profiles. */
  static List<CommuneProfile> konRay(Catalogue catalogue, long seed) {
    List<CommuneProfile> out = new ArrayList<>();
    for (Area a : catalogue.communes()) {
      Known k = KON_RAY.get(a.code());
      if (k == null) {
        throw new IllegalArgumentException("commune " + a.code() + " (" + a.nameVi() + ") in areas.csv has no "
            + "calibration profile; use --communes N to generate synthetic communes instead");
      }
      out.add(new CommuneProfile(a.code(), a.nameVi(), a.level() == Area.Level.TOWN, k.population2023(), k.growth(),
          k.remoteness(), k.ethnicShare(), k.schools(), k.organisations(), CommuneEffects.draw(seed, a.code())));
    }
    if (out.isEmpty()) throw new IllegalArgumentException("the catalogue's district has no communes");
    return out;
  }

  /**
   * {@code n} synthetic communes: populations log-normal around 3,800 (1,200–15,000), remoteness
   * uniform, ethnic-minority share rising with remoteness, every tenth a town.
   */
  static List<CommuneProfile> synthetic(int n, long seed) {
    List<CommuneProfile> out = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      String code = String.valueOf(FIRST_SYNTHETIC_CODE + i);
      Rng r = Rng.of(seed, "synthetic-profile", code, 0);
      int population = (int) clamp(StrictMath.round(3_800 * StrictMath.exp(0.35 * r.normal())), 1_200, 15_000);
      double remoteness = r.uniform();
      double ethnic = clamp(0.40 + 0.55 * remoteness + 0.05 * r.normal(), 0.30, 0.99);
      boolean town = i % 10 == 0;
      out.add(new CommuneProfile(code, syntheticName(i, town), town, population, town ? 0.010 : 0.015,
          town ? remoteness * 0.2 : remoteness, ethnic, (int) clamp(3 + population / 1_500, 3, 7),
          (int) clamp(8 + population / 800, 8, 15), CommuneEffects.draw(seed, code)));
    }
    return out;
  }

  /** "Xã Tổng Hợp 0002", "Thị trấn Tổng Hợp 0001" ("tổng hợp": synthetic). */
  static String syntheticName(int index, boolean town) {
    return (town ? "Thị trấn " : "Xã ") + syntheticBareName(index);
  }

  /** The name without "Xã"/"Thị trấn": "Tổng Hợp 0002". */
  static String syntheticBareName(int index) {
    return "Tổng Hợp " + fourDigits(index + 1);
  }

  static String syntheticNameEn(int index, boolean town) {
    return "Synthetic " + (town ? "town " : "commune ") + fourDigits(index + 1);
  }

  private static String fourDigits(int n) {
    String s = String.valueOf(n);
    return s.length() >= 4 ? s : "0000".substring(s.length()) + s;
  }

  private static double clamp(double v, double lo, double hi) {
    return Math.max(lo, Math.min(hi, v));
  }
}
