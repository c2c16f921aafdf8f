package vn.binhdang.generate;

/**
 * What the generator knows about one reporting unit (commune or town): its size and character,
 * from which every series of the commune is drawn.
 *
 * @param code statistical code, as in areas.csv
 * @param nameVi official name ("Xã Đắk Kôi", "Thị trấn Đắk Rve")
 * @param town true for a thị trấn
 * @param population2023 mid-year population in 2023
 * @param growth yearly population growth (0.015 = 1.5 %)
 * @param remoteness 0 for the district town, 1 for the most remote commune: moves wage work,
 *     agriculture, adolescent births, completion and awareness (see {@link Calibration})
 * @param ethnicShare share of the population belonging to ethnic minorities
 * @param schools number of schools
 * @param organisations number of Party, government, agency and union organisations
 * @param effects the commune's own random deviations, drawn once from the seed
 */
record CommuneProfile(
    String code,
    String nameVi,
    boolean town,
    int population2023,
    double growth,
    double remoteness,
    double ethnicShare,
    int schools,
    int organisations,
    CommuneEffects effects) {

  /** Mid-year population in {@code year}, growing geometrically. */
  double population(int year) {
    return population2023 * StrictMath.pow(1 + growth, year - 2023);
  }

  /** "xã Đắk Kôi" or "thị trấn Đắk Rve": the name as it follows an office ("UBND xã Đắk Kôi"). */
  String nameAfterOffice() {
    if (nameVi.startsWith("Xã ")) return "xã " + nameVi.substring(3);
    if (nameVi.startsWith("Thị trấn ")) return "thị trấn " + nameVi.substring(9);
    return nameVi;
  }
}
