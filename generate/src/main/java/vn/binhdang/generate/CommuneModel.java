package vn.binhdang.generate;

/**
 * Draws one commune's yearly report: every commune-level measure, from the commune's profile, the
 * calibration's trends and binomial or Poisson noise. Numerators are drawn from their denominators
 * ("of which" can never exceed the whole), and the draws happen in a fixed order from the report's
 * own stream.
 */
final class CommuneModel {
  static final String ALL = "all";
  static final String ETHNIC = "ethnic_minority";
  static final String YEAR = "Y";
  /** Share of completers who are older than the completion age (repeaters, late starters). */
  static final double LATE_COMPLETERS = 0.10;

  private final Calibration c;

  CommuneModel(Calibration calibration) {
    this.c = calibration;
  }

  Values simulate(CommuneProfile p, int year, Rng r) {
    Values v = new Values();
    double pop = p.population(year);
    double away = p.remoteness() - 0.5;
    CommuneEffects e = p.effects();
    labour(v, p, year, r, pop, away, e);
    violence(v, year, r, pop, away, e);
    births(v, p, year, r, pop, away, e);
    schools(v, p, year, r, pop, away, e);
    survey(v, year, r, pop, away, e);
    information(v, p, year, r, e);
    return v;
  }

  private void labour(Values v, CommuneProfile p, int year, Rng r, double pop, double away, CommuneEffects e) {
    Calibration.Labour l = c.labour();
    long adults = StrictMath.round(pop * c.demography().adultShare());
    long empF = r.binomial(adults, l.employmentRateF().at(year));
    long empM = r.binomial(adults, l.employmentRateM().at(year));
    double wageShift = l.wageRemoteness() * away + e.wage();
    double agriShift = l.agriRemoteness() * away + e.agri();
    v.bySex("employed", YEAR, ALL, empF, empM);
    v.bySex("employed_wage", YEAR, ALL,
        r.binomial(empF, l.wageShareF().at(year, wageShift)), r.binomial(empM, l.wageShareM().at(year, wageShift)));
    v.bySex("employed_agri", YEAR, ALL,
        r.binomial(empF, l.agriShareF().at(year, agriShift)), r.binomial(empM, l.agriShareM().at(year, agriShift)));
  }

  private void violence(Values v, int year, Rng r, double pop, double away, CommuneEffects e) {
    Calibration.Violence g = c.violence();
    double thousands = pop / 1000;
    double victims = thousands * g.victimsPer1000().at(year, e.violence());
    long vf = r.poisson(victims * g.victimsFemaleShare());
    long vm = r.poisson(victims * (1 - g.victimsFemaleShare()));
    double supported = g.victimsSupported().at(year);
    v.bySex("gbv_victims", YEAR, ALL, vf, vm);
    v.bySex("gbv_victims_supported", YEAR, ALL, r.binomial(vf, supported), r.binomial(vm, supported));

    double perpetrators = thousands * g.perpetratorsPer1000().at(year, e.violence());
    long pm = r.poisson(perpetrators * g.perpetratorsMaleShare());
    long pf = r.poisson(perpetrators * (1 - g.perpetratorsMaleShare()));
    double counselled = g.perpetratorsCounselled().at(year);
    v.bySex("gbv_perpetrators", YEAR, ALL, pf, pm);
    v.bySex("gbv_perpetrators_counselled", YEAR, ALL, r.binomial(pf, counselled), r.binomial(pm, counselled));

    double returnees = thousands * g.returneesPer1000().at(year, g.returneesRemoteness() * away);
    long tf = r.poisson(returnees * g.returneesFemaleShare());
    long tm = r.poisson(returnees * (1 - g.returneesFemaleShare()));
    double helped = g.returneesSupported().at(year);
    v.bySex("trafficking_returnees_in_need", YEAR, ALL, tf, tm);
    v.bySex("trafficking_returnees_supported", YEAR, ALL, r.binomial(tf, helped), r.binomial(tm, helped));
  }

  /**
   * Births to mothers aged 15–19 come from the adolescent birth rate; all other births from the crude
   * birth rate minus the adolescents' expected share, so the two stay consistent.
   */
  private void births(Values v, CommuneProfile p, int year, Rng r, double pop, double away, CommuneEffects e) {
    Calibration.Demography d = c.demography();
    Calibration.Health h = c.health();
    long women = StrictMath.round(pop * d.women15to19Share().at(year) * (1 + 0.02 * r.normal()));
    double abr = h.adolescentBirthRate().at(year, h.abrRemoteness() * away + e.fertility());
    double expectedAdolescent = women * abr / 1000;
    long adolescent = r.poisson(expectedAdolescent);
    double expectedAll = pop * d.crudeBirthRate().at(year, d.birthRemoteness() * away + e.fertility()) / 1000;
    long births = adolescent + r.poisson(Math.max(0, expectedAll - expectedAdolescent));
    double srb = d.srbTown() + (d.srbRemote() - d.srbTown()) * p.remoteness();
    long boys = r.binomial(births, srb / (100 + srb));
    long deaths = r.poisson(births * h.maternalDeathsPer100kBirths().at(year, h.mmrRemoteness() * away) / 100_000);
    v.bySex("live_births", YEAR, ALL, births - boys, boys);
    v.total("maternal_deaths", YEAR, ALL, deaths);
    v.total("women_15_19", YEAR, ALL, women);
    v.total("live_births_mothers_15_19", YEAR, ALL, adolescent);
  }

  /** Schools, and primary and lower-secondary completion for ethnic minorities and for everyone. */
  private void schools(Values v, CommuneProfile p, int year, Rng r, double pop, double away, CommuneEffects e) {
    Calibration.Education ed = c.education();
    Calibration.Demography d = c.demography();
    v.total("schools", YEAR, ALL, p.schools());
    v.total("schools_gender_curriculum", YEAR, ALL, Units.withProperty(p.schools(),
        ed.schoolsWithCurriculum().at(year) + e.curriculum(), e.curriculumThreshold()));
    double shift = ed.completionRemoteness() * away + e.completion();
    completion(v, "primary", pop * d.primaryAgeShare(), p.ethnicShare(), d.boysShare(), year, r, shift,
        ed.primaryEthnicF(), ed.primaryEthnicM(), ed.primaryOtherF(), ed.primaryOtherM());
    completion(v, "lowsec", pop * d.lowsecAgeShare(), p.ethnicShare(), d.boysShare(), year, r, shift,
        ed.lowsecEthnicF(), ed.lowsecEthnicM(), ed.lowsecOtherF(), ed.lowsecOtherM());
  }

  private static void completion(Values v, String level, double agePop, double ethnicShare, double boysShare,
      int year, Rng r, double shift, Trend ethnicF, Trend ethnicM, Trend otherF, Trend otherM) {
    long[] pop = new long[4];     // ethnic F, ethnic M, other F, other M
    long[] done = new long[4];
    Trend[] ratio = {ethnicF, ethnicM, otherF, otherM};
    for (int i = 0; i < 4; i++) {
      double group = i < 2 ? ethnicShare : 1 - ethnicShare;
      double sex = i % 2 == 0 ? 1 - boysShare : boysShare;
      pop[i] = r.poisson(agePop * group * sex);
      // most completers are the cohort itself (binomial), a tenth are older pupils finishing late
      // (Poisson): that is how a gross ratio passes 100 % without the noise of a pure Poisson count
      double gross = ratio[i].at(year, shift) / 100;
      done[i] = r.binomial(pop[i], Math.min(1, (1 - LATE_COMPLETERS) * gross)) + r.poisson(pop[i] * LATE_COMPLETERS * gross);
    }
    String completers = level + "_completers";
    String agePopulation = level + "_completion_age_pop";
    v.bySex(completers, YEAR, ETHNIC, done[0], done[1]);
    v.bySex(agePopulation, YEAR, ETHNIC, pop[0], pop[1]);
    v.bySex(completers, YEAR, ALL, done[0] + done[2], done[1] + done[3]);
    v.bySex(agePopulation, YEAR, ALL, pop[0] + pop[2], pop[1] + pop[3]);
  }

  private void survey(Values v, int year, Rng r, double pop, double away, CommuneEffects e) {
    Calibration.Information in = c.information();
    long respondents = in.surveyBase() + StrictMath.round(pop / 1000 * in.surveyPer1000());
    long women = r.binomial(respondents, 0.52);
    long men = respondents - women;
    double shift = in.knowledgeRemoteness() * away + e.knowledge();
    v.bySex("ge_survey_respondents", YEAR, ALL, women, men);
    v.bySex("ge_survey_basic_knowledge", YEAR, ALL,
        r.binomial(women, in.knowledgeF().at(year, shift)), r.binomial(men, in.knowledgeM().at(year, shift)));
  }

  private void information(Values v, CommuneProfile p, int year, Rng r, CommuneEffects e) {
    Calibration.Information in = c.information();
    v.total("organisations", YEAR, ALL, p.organisations());
    v.total("organisations_informed", YEAR, ALL, Units.withProperty(p.organisations(),
        in.organisationsInformed().at(year) + e.informed(), e.informedThreshold()));
    double mean = in.newsPerQuarter().at(year) * StrictMath.exp(e.news()) * (p.town() ? in.newsTownFactor() : 1);
    double perSlot = Math.min(1, mean / 8);
    for (String q : new String[] {"Q1", "Q2", "Q3", "Q4"}) {
      v.total("ge_news_items", q, ALL, r.binomial(8, perSlot));
    }
  }
}
