package vn.binhdang.generate;

/**
 * What the generator writes of the unit-record registers (births, maternal deaths, school
 * completion, labour-force survey) besides the counts.
 *
 * @param enabled false to write the counts only
 * @param fromYear first year of the registers; null for the last three years of the run (2021–2023 by default)
 * @param surveySample labour-force survey respondents per commune and year
 * @param partRows the most records one file holds; a larger register year goes on in {@code <year>-2.csv}, ...
 */
public record RegisterOptions(boolean enabled, Integer fromYear, int surveySample, long partRows) {
  public static final int DEFAULT_YEARS = 3;
  public static final int DEFAULT_SURVEY_SAMPLE = 60;
  public static final long DEFAULT_PART_ROWS = 1_000_000;
  public static final int MAX_SURVEY_SAMPLE = 100_000;

  public RegisterOptions {
    if (surveySample < 1 || surveySample > MAX_SURVEY_SAMPLE) {
      throw new IllegalArgumentException("--survey-sample must be from 1 to " + MAX_SURVEY_SAMPLE + "; got " + surveySample);
    }
    if (partRows < 1) throw new IllegalArgumentException("--register-part-rows must be at least 1; got " + partRows);
  }

  public static RegisterOptions defaults() {
    return new RegisterOptions(true, null, DEFAULT_SURVEY_SAMPLE, DEFAULT_PART_ROWS);
  }

  public static RegisterOptions none() {
    return new RegisterOptions(false, null, DEFAULT_SURVEY_SAMPLE, DEFAULT_PART_ROWS);
  }

  /** The first register year of a run over {@code from}–{@code to}. */
  int firstYear(int from, int to) {
    return fromYear == null ? Math.max(from, to - DEFAULT_YEARS + 1) : fromYear;
  }
}
