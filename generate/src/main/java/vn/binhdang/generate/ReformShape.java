package vn.binhdang.generate;

/**
 * The shape of a SYNTHETIC part of the country on both maps of the 1 July 2025 reform: on the old map
 * {@code provinces} provinces of {@code districtsPerProvince} districts of {@code communesPerDistrict} communes;
 * on the new map the first {@code unchangedProvinces} provinces stay as they were and the others are merged into
 * {@code newProvinces - unchangedProvinces} new ones, and every district's communes are merged three (or a few
 * more) at a time into communes directly under the province.
 *
 * @param preset the name given to {@code generate --preset}
 */
public record ReformShape(String preset, int provinces, int unchangedProvinces, int newProvinces,
    int districtsPerProvince, int communesPerDistrict) {

  /** One province of 8 districts and 80 communes, merged into 24 communes; the province itself unchanged. */
  public static final ReformShape PROVINCE = new ReformShape("province", 1, 1, 1, 8, 10);

  /**
   * The nation's shape: 63 provinces, 693 districts and 10,395 communes before; after, 11 provinces unchanged and
   * 52 merged into 23 (as the reform did: 34 in all) and 3,465 communes (the reform made 3,321).
   */
  public static final ReformShape NATION = new ReformShape("nation", 63, 11, 34, 11, 15);

  public ReformShape {
    if (provinces < 1 || districtsPerProvince < 1 || districtsPerProvince > 99 || communesPerDistrict < 3) {
      throw new IllegalArgumentException("a shape needs at least one province, 1-99 districts each and three "
          + "communes per district");
    }
    int merged = provinces - unchangedProvinces;
    int groups = newProvinces - unchangedProvinces;
    if (unchangedProvinces < 0 || merged < 0 || groups < 0 || (merged > 0 && (groups < 1 || groups > merged))
        || (merged == 0 && groups != 0) || provinces > 63 || newProvinces > 29 + unchangedProvinces) {
      throw new IllegalArgumentException("cannot merge " + merged + " provinces into " + groups + " new ones");
    }
  }

  /** Preset by name: {@code province} or {@code nation}. */
  public static ReformShape named(String preset) {
    for (ReformShape s : new ReformShape[] {PROVINCE, NATION}) {
      if (s.preset().equals(preset)) return s;
    }
    throw new IllegalArgumentException("--preset " + preset + " is not known; use --preset province or nation");
  }

  public int districts() {
    return provinces * districtsPerProvince;
  }

  public int oldCommunes() {
    return districts() * communesPerDistrict;
  }

  /** New communes per district: runs of three, the last run taking the remainder. */
  public int newCommunesPerDistrict() {
    return communesPerDistrict / 3;
  }
}
