package vn.binhdang.generate;

/**
 * The interpretable parameters behind every synthetic series: for each quantity, the district's
 * expected level in 2015 and 2023 (a {@link Trend}), how strongly it moves with a commune's
 * remoteness, and the shares that split it by sex. Commune values are drawn around these with
 * binomial or Poisson noise; the district is the sum of its communes.
 *
 * <p>{@link #KON_RAY} is calibrated to a remote, mostly ethnic-minority district of about 27,700
 * people (2023) with about 600 live births a year, anchored where possible on the World Bank's
 * national series for Viet Nam ({@code data/reference/worldbank_vietnam_gender.csv}); the anchors
 * are given beside each value and in {@code data/README.md}. Remoteness effects are added on the
 * trend's scale as {@code coefficient × (remoteness − 0.5)}, so the town (remoteness 0) and the
 * most remote commune (1) sit on either side of the district level.
 */
record Calibration(
    Demography demography,
    Labour labour,
    Violence violence,
    Health health,
    Education education,
    Information information,
    Institutions institutions) {

  /**
   * Population structure (the population itself is a commune profile, not a reported measure).
   *
   * @param adultShare persons aged 15+ of each sex as a share of the whole population
   * @param women15to19Share women aged 15–19 as a share of the population
   * @param crudeBirthRate live births per 1,000 population
   * @param birthRemoteness log-scale effect of remoteness on the birth rate
   * @param srbTown sex ratio at birth (boys per 100 girls) in the town, where sex selection is more common
   * @param srbRemote sex ratio at birth in the most remote commune
   * @param primaryAgeShare population of primary completion age (11) as a share of the population
   * @param lowsecAgeShare population of lower-secondary completion age (15)
   * @param boysShare boys among children of completion age
   */
  record Demography(
      double adultShare,
      Trend women15to19Share,
      Trend crudeBirthRate,
      double birthRemoteness,
      double srbTown,
      double srbRemote,
      double primaryAgeShare,
      double lowsecAgeShare,
      double boysShare) {}

  /**
   * Employment, enterprise and unpaid care. Wage and agricultural employment are overlapping
   * "of which" categories (farm labourers are both), each drawn from the employed.
   */
  record Labour(
      Trend employmentRateF,
      Trend employmentRateM,
      Trend wageShareF,
      Trend wageShareM,
      double wageRemoteness,
      Trend agriShareF,
      Trend agriShareM,
      double agriRemoteness,
      Trend directors,
      Trend directorsFemaleShare,
      Trend unpaidCareHoursF,
      Trend unpaidCareHoursM,
      double unpaidCareNoiseHours) {}

  /** Detected violence and trafficking: small Poisson counts per commune. */
  record Violence(
      Trend victimsPer1000,
      double victimsFemaleShare,
      Trend victimsSupported,
      Trend perpetratorsPer1000,
      double perpetratorsMaleShare,
      Trend perpetratorsCounselled,
      Trend returneesPer1000,
      double returneesFemaleShare,
      double returneesRemoteness,
      Trend returneesSupported) {}

  /** Adolescent births and maternal deaths. */
  record Health(
      Trend adolescentBirthRate,
      double abrRemoteness,
      Trend maternalDeathsPer100kBirths,
      double mmrRemoteness) {}

  /**
   * Completion as gross ratios in percent (completers ÷ population of completion age), for the
   * ethnic-minority group and for everyone else; schools and vocational training.
   */
  record Education(
      Trend primaryEthnicF,
      Trend primaryEthnicM,
      Trend primaryOtherF,
      Trend primaryOtherM,
      Trend lowsecEthnicF,
      Trend lowsecEthnicM,
      Trend lowsecOtherF,
      Trend lowsecOtherM,
      double completionRemoteness,
      Trend schoolsWithCurriculum,
      Trend vocationalEntrants,
      Trend vocationalFemaleShare) {}

  /**
   * Awareness survey, commune news, district media segments and informed organisations.
   *
   * @param surveyBase respondents per commune before the population term
   * @param surveyPer1000 extra respondents per 1,000 population
   * @param newsPerQuarter mean news items per commune-quarter (drawn as Binomial(8, mean/8): mostly 2–6)
   * @param segmentsPerMonth mean media segments per month (drawn as Binomial(4, mean/4): mostly 1–3)
   */
  record Information(
      Trend knowledgeF,
      Trend knowledgeM,
      double knowledgeRemoteness,
      int surveyBase,
      double surveyPer1000,
      Trend newsPerQuarter,
      double newsTownFactor,
      Trend segmentsPerMonth,
      Trend organisationsInformed) {}

  /**
   * Complete enumerations of the district's units. Shares of units are linear trends; the number of
   * units with the property is the share times the number of units, rounded by a per-unit threshold
   * (see {@link Units}).
   *
   * @param agencies district-level state agencies (the commune governments are added to them)
   * @param agenciesBefore the district agencies before {@code reorganisationYear} (two offices merged)
   * @param facilities public social-assistance facilities from {@code reorganisationYear}
   * @param facilitiesBefore facilities before it
   */
  record Institutions(
      int agencies,
      int agenciesBefore,
      int reorganisationYear,
      Trend femaleKeyLeader,
      int facilities,
      int facilitiesBefore,
      Trend facilitiesActive) {}

  /** The calibration of the committed sample; see {@code data/README.md} for the anchors. */
  static final Calibration KON_RAY = new Calibration(
      new Demography(
          0.33,                          // 15+ is about two thirds of a young population
          Trend.log(0.046, 0.044),       // women 15–19: ~1,200 in 2023
          Trend.log(25.5, 21.8),         // crude birth rate ‰ → ~600 births a year
          0.15,
          112, 105,                      // district ≈ 108 (national SP.POP.BRTH.MF ≈ 1.11–1.12)
          0.022, 0.020, 0.51),
      new Labour(
          Trend.constant(0.74), Trend.constant(0.81),
          Trend.logit(0.16, 0.26),       // national SL.EMP.WORK.FE.ZS 34.3 → 42.8 %: well below
          Trend.logit(0.27, 0.37),       // national SL.EMP.WORK.MA.ZS 44.2 → 51.0 %
          -1.6,
          Trend.logit(0.89, 0.78),       // national SL.AGR.EMPL.FE.ZS 45.5 → 34.1 %: well above
          Trend.logit(0.85, 0.72),       // national SL.AGR.EMPL.MA.ZS 42.6 → 31.9 %
          2.2,
          Trend.log(48, 72),             // directors/owners of enterprises and cooperatives
          Trend.logit(0.19, 0.255),      // national IC.FRM.FEMM.ZS 22.4 % (2015); target 26.05 %
          Trend.log(23.5, 20.0),         // women's weekly unpaid care hours
          Trend.log(9.0, 11.0),          // men's: ratio 2.6 → 1.8 against the target 1.7
          0.5),
      new Violence(
          Trend.log(0.50, 0.42), 0.86, Trend.logit(0.55, 0.84),
          Trend.log(0.45, 0.38), 0.90, Trend.logit(0.30, 0.62),
          Trend.log(0.05, 0.05), 0.80, 0.6, Trend.logit(0.70, 0.97)),
      new Health(
          Trend.log(88, 63),             // national SP.ADO.TFRT 41.7 → 34.3; ethnic-minority areas far higher
          0.5,
          Trend.log(130, 85),            // twice the national SH.STA.MMRT 58 → 48: 0.8 → 0.5 deaths a year
          0.4),
      new Education(
          Trend.log(92, 99.5), Trend.log(91, 101),    // national SE.PRM.CMPT F 96.3→99.2, M 98.4→102.3
          Trend.log(100, 103), Trend.log(99, 104),
          Trend.log(68, 84), Trend.log(62, 79),       // national SE.SEC.CMPT.LO F 92.3→91.9, M 94.9→94.0
          Trend.log(90, 95), Trend.log(86, 92),
          -0.12,
          Trend.linear(0.15, 0.92),
          Trend.log(260, 240),
          Trend.logit(0.27, 0.41)),
      new Information(
          Trend.logit(0.33, 0.66), Trend.logit(0.38, 0.70), -0.8,
          55, 10,
          Trend.linear(2.6, 4.4), 1.15,
          Trend.linear(1.3, 2.3),
          Trend.linear(0.45, 1.05)),
      new Institutions(13, 14, 2019, Trend.linear(0.30, 0.55), 3, 2, Trend.linear(0.0, 0.72)));
}
