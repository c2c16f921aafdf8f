package vn.binhdang.generate;

/**
 * A commune's own deviations from what its remoteness predicts, on each quantity's trend scale,
 * drawn once per commune from the seed (so every commune keeps its character across years), plus
 * its thresholds for the complete enumerations (see {@link Units}).
 */
record CommuneEffects(
    double wage,
    double agri,
    double fertility,
    double violence,
    double completion,
    double knowledge,
    double news,
    double curriculum,
    double curriculumThreshold,
    double informed,
    double informedThreshold) {

  /** Draws the effects of commune {@code code}; the standard deviations are on the trend scales. */
  static CommuneEffects draw(long seed, String code) {
    Rng r = Rng.of(seed, "commune-effects", code, 0);
    return new CommuneEffects(
        0.15 * r.normal(),   // logit of wage share
        0.15 * r.normal(),   // logit of agriculture share
        0.08 * r.normal(),   // log of birth rates
        0.25 * r.normal(),   // log of violence detection
        0.03 * r.normal(),   // log of completion ratios
        0.15 * r.normal(),   // logit of awareness
        0.12 * r.normal(),   // log of news output
        0.06 * r.normal(),   // share of schools teaching gender content
        r.uniform(),
        0.04 * r.normal(),   // share of organisations informed
        r.uniform());
  }
}
