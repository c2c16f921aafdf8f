package vn.binhdang.generate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import vn.binhdang.catalogue.Sex;

/**
 * Draws one commune's unit records for one year so that they aggregate to exactly the counts the
 * commune's report of that year holds ({@link CommuneModel}): as many live births of each sex, and
 * to mothers aged 15–19, as {@code live_births} and {@code live_births_mothers_15_19}; as many
 * maternal deaths; as many completers of each level, sex and group; survey weights that add up to
 * {@code employed}, {@code employed_wage} and {@code employed_agri} of each sex. What the counts do
 * not fix is drawn around them: stillbirths (12 per 1,000 births), mothers' ages and birth dates,
 * dates in the year, pupils in the final grade who did not complete, ethnic groups, the survey's
 * persons not employed and children, ages, statuses and sectors.
 *
 * <p>Records are rows of text in the register's column order, as they will be written.
 */
final class RegisterModel {
  private RegisterModel() {}

  static final double STILLBIRTHS_PER_BIRTH = 0.012;
  /** Share of pupils in the final grade who do not complete, by level. */
  static final double NOT_COMPLETING_PRIMARY = 0.04;
  static final double NOT_COMPLETING_LOWSEC = 0.15;
  /** Share of mothers whose birth date the register holds (the others: the age only). */
  static final double MOTHER_BIRTH_DATE_KNOWN = 0.75;

  /** The ethnic minorities of a Kon Tum district as they are written in school records, with their shares. */
  static final String[] MINORITY_NAMES = {"Xơ Đăng", "Ba Na", "Mường", "Thái", "Tày", "Nùng"};
  static final double[] MINORITY_SHARES = {0.62, 0.30, 0.03, 0.02, 0.015, 0.015};

  /** One record, kept by identity so planted faults can be found again after sorting. */
  static final class Rec {
    final String[] f;

    Rec(String... fields) {
      this.f = fields;
    }
  }

  // ---- births and maternal deaths ------------------------------------------------------------

  /** A live or still birth before it gets its id. */
  private record Birth(LocalDate date, String sex, int motherAge, boolean live, long order) {}

  static List<Rec> births(String code, int year, Values v, Rng r) {
    long f = count(v, "live_births", Sex.F);
    long m = count(v, "live_births", Sex.M);
    long adolescent = count(v, "live_births_mothers_15_19", Sex.T);
    int n = (int) (f + m);
    boolean[] young = choose(n, (int) Math.min(adolescent, n), r);
    List<Birth> births = new ArrayList<>(n + 4);
    for (int i = 0; i < n; i++) {
      births.add(new Birth(day(year, r), i < f ? "F" : "M", young[i] ? adolescentAge(r) : adultAge(r), true, i));
    }
    long still = r.poisson(n * STILLBIRTHS_PER_BIRTH);
    for (int i = 0; i < still; i++) {
      births.add(new Birth(day(year, r), r.uniform() < 0.5 ? "F" : "M", r.uniform() < 0.1 ? adolescentAge(r) : adultAge(r),
          false, n + i));
    }
    births.sort(Comparator.comparing(Birth::date).thenComparingLong(Birth::order));
    List<Rec> out = new ArrayList<>(births.size());
    int seq = 0;
    for (Birth b : births) {
      String motherBirth = "";
      String motherAge = "";
      if (r.uniform() < MOTHER_BIRTH_DATE_KNOWN) {
        motherBirth = motherBirthDate(b.date(), b.motherAge(), r).toString();
      } else {
        motherAge = Integer.toString(b.motherAge());
      }
      out.add(new Rec(birthId(code, year, ++seq), code, b.date().toString(), b.sex(), motherBirth, motherAge,
          b.live() ? "live" : "still"));
    }
    return out;
  }

  static String birthId(String code, int year, int seq) {
    return code + "-" + year + "-" + pad(seq, 5);
  }

  static List<Rec> maternalDeaths(String code, int year, Values v, Rng r) {
    long d = count(v, "maternal_deaths", Sex.T);
    List<LocalDate> dates = new ArrayList<>();
    for (int i = 0; i < d; i++) dates.add(day(year, r));
    dates.sort(Comparator.naturalOrder());
    List<Rec> out = new ArrayList<>();
    for (int i = 0; i < d; i++) {
      double u = r.uniform();
      String timing = u < 0.25 ? "pregnancy" : u < 0.55 ? "delivery" : "postpartum";
      out.add(new Rec("MD-" + code + "-" + year + "-" + (i + 1), code, dates.get(i).toString(),
          Integer.toString(Math.max(18, adultAge(r))), timing));
    }
    return out;
  }

  /**
   * A mother's birth date such that she is {@code age} in completed years on {@code birth} (the
   * pipeline's rule: a birthday counts once reached; 29 February is reached on 1 March).
   */
  static LocalDate motherBirthDate(LocalDate birth, int age, Rng r) {
    LocalDate d = birth.minusYears(age).minusDays((long) (r.uniform() * 365));
    while (completedYears(d, birth) > age) d = d.plusDays(1);
    while (completedYears(d, birth) < age) d = d.minusDays(1);
    return d;
  }

  /** Age in completed years on {@code at} of a person born on {@code born}, as the pipeline computes it. */
  static int completedYears(LocalDate born, LocalDate at) {
    int before = at.getMonthValue() * 100 + at.getDayOfMonth() < born.getMonthValue() * 100 + born.getDayOfMonth() ? 1 : 0;
    return at.getYear() - born.getYear() - before;
  }

  private static final double[] ADOLESCENT = {0.06, 0.12, 0.22, 0.28, 0.32}; // 15..19

  static int adolescentAge(Rng r) {
    return 15 + pick(ADOLESCENT, r);
  }

  /** Mothers aged 20–45, most of them 22–30. */
  static int adultAge(Rng r) {
    double[] w = new double[26];
    for (int a = 20; a <= 45; a++) w[a - 20] = StrictMath.exp(-0.5 * StrictMath.pow((a - 26) / 6.0, 2));
    return 20 + pick(w, r);
  }

  // ---- school completion ---------------------------------------------------------------------

  /** Final-grade pupils of one level (primary, then lower secondary), shuffled, with ids. */
  static List<Rec> pupils(String code, int year, String level, Values v, Rng r) {
    String measure = level.equals("primary") ? "primary_completers" : "lowsec_completers";
    double notCompleting = level.equals("primary") ? NOT_COMPLETING_PRIMARY : NOT_COMPLETING_LOWSEC;
    List<String[]> pupils = new ArrayList<>();
    for (Sex sex : List.of(Sex.F, Sex.M)) {
      long all = Long.parseLong(v.get(measure, CommuneModel.YEAR, CommuneModel.ALL, sex));
      long em = Long.parseLong(v.get(measure, CommuneModel.YEAR, CommuneModel.ETHNIC, sex));
      for (boolean minority : new boolean[] {true, false}) {
        long done = minority ? em : all - em;
        long notDone = r.poisson(done * notCompleting / (1 - notCompleting));
        for (long i = 0; i < done + notDone; i++) {
          pupils.add(new String[] {sex.name(), minority ? minorityName(r) : "Kinh", i < done ? "true" : "false"});
        }
      }
    }
    shuffle(pupils, r);
    List<Rec> out = new ArrayList<>(pupils.size());
    String letter = level.equals("primary") ? "P" : "S";
    for (int i = 0; i < pupils.size(); i++) {
      String[] p = pupils.get(i);
      out.add(new Rec(code + "-" + letter + "-" + year + "-" + pad(i + 1, 4), code, level, Integer.toString(year), p[0],
          p[1], p[2]));
    }
    return out;
  }

  static String minorityName(Rng r) {
    return MINORITY_NAMES[pick(MINORITY_SHARES, r)];
  }

  // ---- labour-force survey -------------------------------------------------------------------

  /** Weights are written with 4 decimals: they are drawn in ten-thousandths so that sums are exact. */
  static final long WEIGHT_UNITS = 10_000;

  /**
   * About {@code sample} respondents: children in proportion to the population, then per sex the
   * employed split into wage and agricultural work (both, either or neither) and the persons aged 15+
   * not employed; each group gets respondents in proportion to its size (at least one when it is not
   * empty) and weights that add up to exactly its size.
   */
  static List<Rec> survey(String code, int year, Values v, double population, double adultShare, int sample, Rng r) {
    long adults = StrictMath.round(population * adultShare);
    long children = Math.max(0, StrictMath.round(population) - 2 * adults);
    int childSample = (int) StrictMath.round(sample * (double) children / Math.max(1, children + 2 * adults));
    int perSex = Math.max(1, (sample - childSample) / 2);
    List<String[]> persons = new ArrayList<>();
    for (Sex sex : List.of(Sex.F, Sex.M)) {
      long e = count(v, "employed", sex);
      long w = count(v, "employed_wage", sex);
      long a = count(v, "employed_agri", sex);
      long both = e == 0 ? 0 : Math.max(Math.max(0, w + a - e), Math.min(Math.min(w, a), StrictMath.round((double) w * a / e)));
      long[] totals = {both, w - both, a - both, e - w - a + both, Math.max(0, adults - e)};
      int[] sizes = allocate(totals, sex == Sex.F ? perSex + (sample - childSample) % 2 : perSex);
      for (int cell = 0; cell < totals.length; cell++) {
        long[] weights = split(totals[cell] * WEIGHT_UNITS, sizes[cell], r);
        for (long wt : weights) persons.add(person(sex.name(), cell, wt, r));
      }
    }
    long[] childWeights = split(children * WEIGHT_UNITS, children == 0 ? 0 : Math.max(1, childSample), r);
    for (long wt : childWeights) {
      persons.add(new String[] {r.uniform() < 0.49 ? "F" : "M", Integer.toString((int) (r.uniform() * 15)), "false", "", "",
          weight(wt)});
    }
    shuffle(persons, r);
    List<Rec> out = new ArrayList<>(persons.size());
    for (int i = 0; i < persons.size(); i++) {
      String[] p = persons.get(i);
      out.add(new Rec(code + "-" + year + "-" + pad(i + 1, 4), code, Integer.toString(year), p[0], p[1], p[2], p[3], p[4],
          p[5]));
    }
    return out;
  }

  private static final String[] OTHER_STATUSES = {"own_account", "contributing_family", "employer", "cooperative_member", "other"};
  private static final double[] OTHER_STATUS_SHARES = {0.55, 0.35, 0.04, 0.03, 0.03};

  /** sex, age, employed, status, sector, weight for a person of cell 0 wage+agri, 1 wage, 2 agri, 3 other work, 4 not employed. */
  private static String[] person(String sex, int cell, long weightUnits, Rng r) {
    if (cell == 4) {
      int age = r.uniform() < 0.5 ? 15 + (int) (r.uniform() * 10) : 55 + (int) (r.uniform() * 26);
      return new String[] {sex, Integer.toString(age), "false", "", "", weight(weightUnits)};
    }
    int age = 15 + (int) (r.uniform() * 50);
    boolean wage = cell == 0 || cell == 1;
    boolean agri = cell == 0 || cell == 2;
    String status = wage ? "wage" : OTHER_STATUSES[pick(OTHER_STATUS_SHARES, r)];
    String sector = agri ? "agriculture" : r.uniform() < 0.4 ? "industry" : "services";
    return new String[] {sex, Integer.toString(age), "true", status, sector, weight(weightUnits)};
  }

  static String weight(long units) {
    long frac = units % WEIGHT_UNITS;
    String f = Long.toString(frac);
    return (units / WEIGHT_UNITS) + "." + "0000".substring(f.length()) + f;
  }

  /** Respondents per group: proportional to the groups' sizes (largest remainder), at least one per non-empty group. */
  static int[] allocate(long[] totals, int sample) {
    int[] out = new int[totals.length];
    long sum = 0;
    int nonEmpty = 0;
    for (long t : totals) {
      sum += t;
      if (t > 0) nonEmpty++;
    }
    if (sum == 0) return out;
    int n = Math.max(sample, nonEmpty);
    double[] rest = new double[totals.length];
    int given = 0;
    for (int i = 0; i < totals.length; i++) {
      double share = (double) n * totals[i] / sum;
      out[i] = (int) share;
      rest[i] = share - out[i];
      given += out[i];
    }
    while (given < n) {
      int best = -1;
      for (int i = 0; i < totals.length; i++) {
        if (totals[i] > 0 && (best < 0 || rest[i] > rest[best])) best = i;
      }
      out[best]++;
      rest[best] = -1;
      given++;
    }
    for (int i = 0; i < totals.length; i++) {
      if (totals[i] > 0 && out[i] == 0) {
        int donor = 0;
        for (int j = 1; j < totals.length; j++) if (out[j] > out[donor]) donor = j;
        out[donor]--;
        out[i] = 1;
      }
    }
    return out;
  }

  /** {@code units} split into {@code k} positive parts of varying size that add up exactly. */
  static long[] split(long units, int k, Rng r) {
    if (k <= 0 || units <= 0) return new long[0];
    k = (int) Math.min(k, units);
    double[] f = new double[k];
    double sum = 0;
    for (int i = 0; i < k; i++) {
      f[i] = 0.7 + 0.6 * r.uniform();
      sum += f[i];
    }
    long[] out = new long[k];
    long given = 0;
    for (int i = 0; i < k - 1; i++) {
      out[i] = Math.max(1, (long) (units * f[i] / sum));
      given += out[i];
    }
    out[k - 1] = units - given;
    return out;
  }

  // ---- helpers -------------------------------------------------------------------------------

  static long count(Values v, String measure, Sex sex) {
    return Long.parseLong(v.get(measure, CommuneModel.YEAR, CommuneModel.ALL, sex));
  }

  static LocalDate day(int year, Rng r) {
    int days = java.time.Year.isLeap(year) ? 366 : 365;
    return LocalDate.ofYearDay(year, 1 + (int) (r.uniform() * days));
  }

  /** {@code k} of {@code n} positions chosen at random (partial Fisher–Yates). */
  static boolean[] choose(int n, int k, Rng r) {
    int[] idx = new int[n];
    for (int i = 0; i < n; i++) idx[i] = i;
    boolean[] out = new boolean[n];
    for (int i = 0; i < k; i++) {
      int j = i + (int) (r.uniform() * (n - i));
      int t = idx[i];
      idx[i] = idx[j];
      idx[j] = t;
      out[idx[i]] = true;
    }
    return out;
  }

  static <T> void shuffle(List<T> items, Rng r) {
    for (int i = items.size() - 1; i > 0; i--) {
      int j = (int) (r.uniform() * (i + 1));
      T t = items.get(i);
      items.set(i, items.get(j));
      items.set(j, t);
    }
  }

  static int pick(double[] weights, Rng r) {
    double sum = 0;
    for (double w : weights) sum += w;
    double u = r.uniform() * sum;
    for (int i = 0; i < weights.length; i++) {
      u -= weights[i];
      if (u < 0) return i;
    }
    return weights.length - 1;
  }

  static String pad(long n, int width) {
    String s = Long.toString(n);
    return s.length() >= width ? s : "0".repeat(width - s.length()) + s;
  }
}
