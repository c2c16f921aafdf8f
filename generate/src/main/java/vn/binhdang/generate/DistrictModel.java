package vn.binhdang.generate;

import static vn.binhdang.generate.CommuneModel.ALL;
import static vn.binhdang.generate.CommuneModel.YEAR;

/**
 * Draws the district's own yearly report: the measures reported once for the district (agencies,
 * enterprises, the unpaid-care survey, social facilities, vocational training, media segments).
 * For a synthetic district with many communes the sizes scale with its population.
 */
final class DistrictModel {
  /** Kon Rẫy's population in 2023 in the calibration: the reference for scaling. */
  static final double REFERENCE_POPULATION = 27_650;

  private final Calibration c;
  private final long seed;
  private final int communes;
  private final double scale;

  /**
   * @param communes number of reporting communes (their governments count among the agencies)
   * @param population2023 the district's population in 2023, the sum of its communes'
   */
  DistrictModel(Calibration calibration, long seed, int communes, double population2023) {
    this.c = calibration;
    this.seed = seed;
    this.communes = communes;
    this.scale = Math.max(1, population2023 / REFERENCE_POPULATION);
  }

  Values simulate(String districtCode, int year, Rng r) {
    Values v = new Values();
    Calibration.Institutions inst = c.institutions();
    boolean reorganised = year >= inst.reorganisationYear();

    long agencies = (reorganised ? inst.agencies() : inst.agenciesBefore()) + communes;
    v.total("agencies", YEAR, ALL, agencies);
    v.total("agencies_female_key_leader", YEAR, ALL, Units.withProperty(agencies,
        inst.femaleKeyLeader().at(year), leadershipThreshold(districtCode, year)));

    Calibration.Labour l = c.labour();
    long directors = r.poisson(l.directors().at(year) * scale);
    long womenDirectors = r.binomial(directors, l.directorsFemaleShare().at(year));
    v.bySex("enterprise_directors", YEAR, ALL, womenDirectors, directors - womenDirectors);
    v.mean("unpaid_care_hours_mean", YEAR, ALL,
        l.unpaidCareHoursF().at(year) + l.unpaidCareNoiseHours() * r.normal(),
        l.unpaidCareHoursM().at(year) + l.unpaidCareNoiseHours() * r.normal());
    // the means are drawn with this sampling error around the truth, so it is the standard error the
    // district's survey reports with them (no draw: the other values stay as they were)
    v.mean("unpaid_care_hours_mean_se", YEAR, ALL, l.unpaidCareNoiseHours(), l.unpaidCareNoiseHours());

    long facilities = StrictMath.round((reorganised ? inst.facilities() : inst.facilitiesBefore()) * scale);
    v.total("social_facilities", YEAR, ALL, facilities);
    v.total("social_facilities_gbv_active", YEAR, ALL, Units.withProperty(facilities,
        inst.facilitiesActive().at(year), Rng.unit(Rng.hash(seed, "facilities", districtCode, 0))));

    Calibration.Education ed = c.education();
    long entrants = r.poisson(ed.vocationalEntrants().at(year) * scale);
    long women = r.binomial(entrants, ed.vocationalFemaleShare().at(year));
    v.bySex("vocational_entrants", YEAR, ALL, women, entrants - women);

    double perSlot = Math.min(1, c.information().segmentsPerMonth().at(year) / 4);
    for (int m = 1; m <= 12; m++) {
      v.total("ge_media_segments", m < 10 ? "M0" + m : "M" + m, ALL, r.binomial(4, perSlot));
    }
    return v;
  }

  /**
   * Key leaders change with the People's Council terms (elections in 2016 and 2021), so the rounding
   * threshold is redrawn per term: within a term the count only follows the trend.
   */
  private double leadershipThreshold(String districtCode, int year) {
    int term = Math.floorDiv(year - 2016, 5);
    return Rng.unit(Rng.hash(seed, "leadership-term", districtCode, term));
  }
}
