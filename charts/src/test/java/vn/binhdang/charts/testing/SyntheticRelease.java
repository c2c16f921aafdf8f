package vn.binhdang.charts.testing;

import static vn.binhdang.charts.testing.TableWriter.bigint;
import static vn.binhdang.charts.testing.TableWriter.bool;
import static vn.binhdang.charts.testing.TableWriter.dbl;
import static vn.binhdang.charts.testing.TableWriter.integer;
import static vn.binhdang.charts.testing.TableWriter.str;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import vn.binhdang.stats.TargetDirection;
import vn.binhdang.stats.funnel.FunnelBand;
import vn.binhdang.stats.funnel.FunnelLimits;
import vn.binhdang.stats.funnel.FunnelZScore;
import vn.binhdang.stats.funnel.Overdispersion;
import vn.binhdang.stats.funnel.OverdispersionEstimate;
import vn.binhdang.stats.interval.ConfidenceInterval;
import vn.binhdang.stats.interval.ExactPoissonInterval;
import vn.binhdang.stats.interval.NewcombeHybridScoreInterval;
import vn.binhdang.stats.interval.ProportionDifference;
import vn.binhdang.stats.interval.SexRatio;
import vn.binhdang.stats.interval.SexRatioInterval;
import vn.binhdang.stats.interval.WilsonScoreInterval;
import vn.binhdang.stats.trend.MannKendall;
import vn.binhdang.stats.trend.MannKendallResult;
import vn.binhdang.stats.trend.OlsTrend;
import vn.binhdang.stats.trend.OlsTrendResult;
import vn.binhdang.stats.trend.SenSlope;
import vn.binhdang.stats.trend.SenSlopeResult;
import vn.binhdang.stats.trend.TrendTestStatus;

/**
 * A complete synthetic release built from the table contract (Tables.java) the way the Spark jobs will
 * write it: the catalogue (with {@code sort_order}, levels and pooling), {@code fct_indicator} for the
 * district and its 7 communes over 2015–2023 computed from made-up counts (Wilson, exact Poisson and
 * sex-ratio intervals from the stats module; district = sum of communes; pooled 3-year rows for the sex
 * ratio and maternal mortality; suppression of sensitive counts 1–4 with complementary suppression), the
 * four marts, rejects, published_series (the World Bank's national series from {@code data/reference}),
 * mart_completeness and manifest.json. Every optional part can be left out.
 *
 * <p>The marts are computed as the jobs compute them, suppressed values included (mart_trend's first and
 * last values, commune ranks and over-dispersion), so that tests see whether the charts keep them out.
 * {@code hiddenShift} adds to every suppressed cell's counts and value: a pack must not change with it.
 */
public final class SyntheticRelease {

    public static final String DISTRICT = "614";
    public static final int FIRST = 2015;
    public static final int LAST = 2023;

    /** What to write besides the catalogue and the facts. */
    public record Options(boolean marts, boolean rejects, boolean published, boolean completeness, boolean manifest,
                          double hiddenShift) {
        public static Options all() {
            return new Options(true, true, true, true, true, 0);
        }

        public static Options factsOnly() {
            return new Options(false, false, false, false, false, 0);
        }

        public Options shifted(double shift) {
            return new Options(marts, rejects, published, completeness, manifest, shift);
        }

        public Options withoutPublishedAndCompleteness() {
            return new Options(marts, rejects, false, false, manifest, hiddenShift);
        }
    }

    /** One fct_indicator row. */
    public record Cell(String ind, String area, int year, String sex, String period, boolean pooled, Double num,
                       Double den, Double value, Double lo, Double hi, String method, Set<String> flags,
                       boolean suppressed) {
    }

    private final Options options;
    private final Random rnd = new Random(20231210);
    private final List<String> communes;
    private final Map<String, Map<String, String>> indicators = new LinkedHashMap<>();
    private final Map<String, String> measureLevel = new HashMap<>();
    private final Map<String, Double> effect = new HashMap<>();
    private final Map<String, Cell> cells = new LinkedHashMap<>();

    private SyntheticRelease(Options options) {
        this.options = options;
        this.communes = Catalogue.areas().stream().filter(a -> DISTRICT.equals(a.get("parent_code")))
                .map(a -> a.get("code")).sorted().toList();
        Catalogue.indicators().forEach(r -> indicators.put(r.get("code"), r));
        Catalogue.read("measures.csv").forEach(r -> measureLevel.put(r.get("code"), r.get("level")));
        double[] effects = {0.0, -0.7, -0.9, -0.4, -0.6, -0.2, 0.3};
        for (int i = 0; i < communes.size(); i++) {
            effect.put(communes.get(i), effects[i % effects.length]);
        }
    }

    public static Path write(Path dir, Options options) {
        SyntheticRelease s = new SyntheticRelease(options);
        s.generate();
        s.writeAll(dir);
        return dir;
    }

    /** The cells of a generated release, for tests that need the truth. */
    public static List<Cell> cells(Options options) {
        SyntheticRelease s = new SyntheticRelease(options);
        s.generate();
        return List.copyOf(s.cells.values());
    }

    // ------------------------------------------------------------------ facts

    String level(String code) {
        String num = indicators.get(code).get("numerator").replaceAll("\\[.*]$", "");
        return measureLevel.getOrDefault(num, "commune");
    }

    private static final WilsonScoreInterval WILSON = new WilsonScoreInterval();
    private static final ExactPoissonInterval POISSON = new ExactPoissonInterval();
    private static final SexRatioInterval SEX_RATIO = new SexRatioInterval();

    private void generate() {
        for (String code : indicators.keySet()) {
            switch (code) {
                case "POL_FEMALE_KEY_LEADER" -> districtShare(code, 20, 0.38, 0.55, FIRST);
                case "LAB_FEMALE_DIRECTORS" -> districtShare(code, 70, 0.16, 0.27, FIRST);
                case "GBV_FACILITIES_ACTIVE" -> districtSteps(code, 3, new int[] {0, 0, 1, 1, 1, 2, 2, 2, 3});
                case "EDU_VOC_FEMALE_ENTRANTS" -> districtShare(code, 150, 0.19, 0.31, FIRST);
                case "MED_MONTHLY_SEGMENT" -> districtShare(code, 12, 0.55, 0.92, 2019);
                case "FAM_UNPAID_CARE_RATIO" -> {
                    double[] v = {2.40, 2.05, 1.84};
                    int[] y = {2016, 2020, 2023};
                    for (int i = 0; i < 3; i++) {
                        put(new Cell(code, DISTRICT, y[i], "T", String.valueOf(y[i]), false, null, null, v[i], null,
                                null, "none", Set.of(), false));
                    }
                }
                case "LAB_WAGE_SHARE_F" -> bySexShares(code, 700, 1400, 0.28, 0.45, 0.40, 0.52, FIRST, 1);
                case "LAB_AGRI_SHARE_F" -> bySexShares(code, 700, 1400, 0.80, 0.55, 0.72, 0.50, FIRST, 1);
                case "MED_GE_KNOWLEDGE" -> bySexShares(code, 40, 60, 0.36, 0.66, 0.40, 0.68, FIRST, 2);
                case "EDU_PRIMARY_COMPLETION_EM" -> bySexGross(code, 25, 60, 0.93, 1.03, 0.95, 1.01);
                case "EDU_LOWSEC_COMPLETION_EM" -> bySexGross(code, 22, 55, 0.66, 0.86, 0.62, 0.84);
                case "GBV_VICTIMS_SUPPORTED" -> sensitiveShares(code, 2, 9, 0.55, 0.85);
                case "GBV_PERPETRATORS_COUNSELLED" -> sensitiveShares(code, 1, 7, 0.25, 0.62);
                case "TRAF_RETURNEES_SUPPORTED" -> sensitiveShares(code, 0, 1, 1.0, 1.0);
                case "HLT_SRB" -> sexRatio(code);
                case "HLT_MMR" -> maternal(code);
                case "HLT_ABR" -> rate(code, 150, 350, 0.095, 0.062, 1000);
                case "EDU_GENDER_CURRICULUM" -> communeUnits(code, 4, 7, 0.35, 0.95, FIRST);
                case "MED_ORGS_INFORMED" -> communeUnits(code, 9, 15, 0.70, 0.96, 2019);
                case "MED_COMMUNE_NEWS" -> communeUnits(code, 4, 4, 0.45, 0.85, 2019);
                default -> throw new IllegalStateException("No generator for " + code);
            }
        }
        suppress();
        if (options.hiddenShift() != 0) {
            shiftHidden(options.hiddenShift());
        }
    }

    private void put(Cell c) {
        cells.put(c.ind() + "|" + c.area() + "|" + c.period() + "|" + c.sex(), c);
    }

    private double along(int year, double from, double to, int start) {
        return from + (to - from) * (year - start) / (double) (LAST - start);
    }

    private long binomial(long n, double p) {
        double mean = n * p;
        double sd = Math.sqrt(Math.max(1e-9, n * p * (1 - p)));
        return Math.max(0, Math.min(n, Math.round(mean + sd * rnd.nextGaussian())));
    }

    private long poisson(double mean) {
        return Math.max(0, Math.round(mean + Math.sqrt(Math.max(mean, 1e-9)) * rnd.nextGaussian()));
    }

    private Cell proportion(String code, String area, int year, String sex, String period, boolean pooled, double x,
                            double n) {
        if (n <= 0) {
            return new Cell(code, area, year, sex, period, pooled, x, n, null, null, null, "none",
                    Set.of("zero_denominator"), false);
        }
        ConfidenceInterval ci = WILSON.createInterval(n, x, 0.95);
        Set<String> flags = new LinkedHashSet<>();
        if (n < 30) {
            flags.add("small_denominator");
        }
        return new Cell(code, area, year, sex, period, pooled, x, n, 100 * x / n, 100 * Math.max(0, ci.lower()),
                100 * Math.min(1, ci.upper()), "wilson", flags, false);
    }

    private Cell poissonRate(String code, String area, int year, String sex, String period, boolean pooled, double x,
                             double n, double multiplier) {
        if (n <= 0) {
            return new Cell(code, area, year, sex, period, pooled, x, n, null, null, null, "none",
                    Set.of("zero_denominator"), false);
        }
        ConfidenceInterval ci = POISSON.createRateInterval(x, n, multiplier);
        Set<String> flags = new LinkedHashSet<>();
        if (x < 20) {
            flags.add("unreliable");
        }
        return new Cell(code, area, year, sex, period, pooled, x, n, multiplier * x / n, ci.lower(), ci.upper(),
                "exact_poisson", flags, false);
    }

    private void districtShare(String code, int n, double from, double to, int start) {
        for (int y = start; y <= LAST; y++) {
            double x = binomial(n, along(y, from, to, start));
            put(proportion(code, DISTRICT, y, "T", String.valueOf(y), false, x, n));
        }
    }

    private void districtSteps(String code, int n, int[] xs) {
        for (int y = FIRST; y <= LAST; y++) {
            put(proportion(code, DISTRICT, y, "T", String.valueOf(y), false, xs[y - FIRST], n));
        }
    }

    /** Shares by sex per commune; the district sums the communes; T = F + M. Every {@code every} years. */
    private void bySexShares(String code, int nLo, int nHi, double fFrom, double fTo, double mFrom, double mTo,
                             int start, int every) {
        Map<String, Integer> size = new HashMap<>();
        communes.forEach(c -> size.put(c, nLo + rnd.nextInt(nHi - nLo + 1)));
        for (int y = start; y <= LAST; y += every) {
            double[] dist = new double[6];
            for (String c : communes) {
                double e = effect.get(c) * 0.06;
                long nf = Math.round(size.get(c) * (1 + 0.015 * (y - start)));
                long nm = Math.round(nf * (1.05 + 0.1 * rnd.nextDouble()));
                double xf = binomial(nf, clamp(along(y, fFrom, fTo, start) + e));
                double xm = binomial(nm, clamp(along(y, mFrom, mTo, start) + e));
                put(proportion(code, c, y, "F", String.valueOf(y), false, xf, nf));
                put(proportion(code, c, y, "M", String.valueOf(y), false, xm, nm));
                put(proportion(code, c, y, "T", String.valueOf(y), false, xf + xm, nf + nm));
                dist[0] += xf;
                dist[1] += nf;
                dist[2] += xm;
                dist[3] += nm;
            }
            put(proportion(code, DISTRICT, y, "F", String.valueOf(y), false, dist[0], dist[1]));
            put(proportion(code, DISTRICT, y, "M", String.valueOf(y), false, dist[2], dist[3]));
            put(proportion(code, DISTRICT, y, "T", String.valueOf(y), false, dist[0] + dist[2], dist[1] + dist[3]));
        }
    }

    private static double clamp(double p) {
        return Math.max(0.005, Math.min(0.995, p));
    }

    /** Gross ratios by sex (completers ÷ population of age, may exceed 100 %), exact Poisson intervals. */
    private void bySexGross(String code, int nLo, int nHi, double fFrom, double fTo, double mFrom, double mTo) {
        for (int y = FIRST; y <= LAST; y++) {
            double[] dist = new double[4];
            for (String c : communes) {
                double e = effect.get(c) * 0.05;
                long nf = nLo + rnd.nextInt(nHi - nLo + 1);
                long nm = nLo + rnd.nextInt(nHi - nLo + 1);
                double xf = poisson(nf * (along(y, fFrom, fTo, FIRST) + e));
                double xm = poisson(nm * (along(y, mFrom, mTo, FIRST) + e));
                put(poissonRate(code, c, y, "F", String.valueOf(y), false, xf, nf, 100));
                put(poissonRate(code, c, y, "M", String.valueOf(y), false, xm, nm, 100));
                put(poissonRate(code, c, y, "T", String.valueOf(y), false, xf + xm, nf + nm, 100));
                dist[0] += xf;
                dist[1] += nf;
                dist[2] += xm;
                dist[3] += nm;
            }
            put(poissonRate(code, DISTRICT, y, "F", String.valueOf(y), false, dist[0], dist[1], 100));
            put(poissonRate(code, DISTRICT, y, "M", String.valueOf(y), false, dist[2], dist[3], 100));
            put(poissonRate(code, DISTRICT, y, "T", String.valueOf(y), false, dist[0] + dist[2], dist[1] + dist[3],
                    100));
        }
    }

    /** Sensitive shares: small counts per commune, often 1–4 (suppressed later). */
    private void sensitiveShares(String code, int nLo, int nHi, double from, double to) {
        for (int y = FIRST; y <= LAST; y++) {
            double x = 0;
            double n = 0;
            for (String c : communes) {
                long nc = nLo + rnd.nextInt(nHi - nLo + 1);
                double xc = binomial(nc, along(y, from, to, FIRST));
                put(proportion(code, c, y, "T", String.valueOf(y), false, xc, nc));
                x += xc;
                n += nc;
            }
            put(proportion(code, DISTRICT, y, "T", String.valueOf(y), false, x, n));
        }
    }

    private void sexRatio(String code) {
        Map<String, double[]> pooled = new HashMap<>();
        for (int y = FIRST; y <= LAST; y++) {
            double boysD = 0;
            double girlsD = 0;
            for (String c : communes) {
                long births = 60 + rnd.nextInt(70);
                double pBoy = 0.528 - 0.0012 * (y - FIRST) + 0.004 * effect.get(c);
                double boys = binomial(births, pBoy);
                double girls = births - boys;
                put(srb(code, c, y, String.valueOf(y), false, boys, girls));
                boysD += boys;
                girlsD += girls;
                if (y >= LAST - 2) {
                    double[] p = pooled.computeIfAbsent(c, k -> new double[2]);
                    p[0] += boys;
                    p[1] += girls;
                }
            }
            put(srb(code, DISTRICT, y, String.valueOf(y), false, boysD, girlsD));
            if (y >= LAST - 2) {
                double[] p = pooled.computeIfAbsent(DISTRICT, k -> new double[2]);
                p[0] += boysD;
                p[1] += girlsD;
            }
        }
        String label = (LAST - 2) + "-" + LAST;
        pooled.forEach((area, p) -> put(srb(code, area, LAST, label, true, p[0], p[1])));
    }

    private Cell srb(String code, String area, int year, String period, boolean pooled, double boys, double girls) {
        SexRatio r = SEX_RATIO.estimate(boys, girls).scale(100);
        return new Cell(code, area, year, "T", period, pooled, boys, girls, r.ratio(), r.interval().lower(),
                r.interval().upper(), "wilson_sex_ratio", boys + girls < 30 ? Set.of("small_denominator") : Set.of(),
                false);
    }

    /** Maternal deaths: 0 most years, a few planted deaths; births about 80 per commune and year. */
    private void maternal(String code) {
        Map<String, Integer> planted = Map.of("2016|23479", 1, "2017|23485", 2, "2019|23491", 1, "2021|23494", 1,
                "2023|23482", 1, "2018|23497", 1, "2020|23488", 3, "2022|23479", 1);
        Map<String, double[]> pooled = new HashMap<>();
        for (int y = FIRST; y <= LAST; y++) {
            double dD = 0;
            double bD = 0;
            for (String c : communes) {
                double births = 60 + rnd.nextInt(50);
                double deaths = planted.getOrDefault(y + "|" + c, 0);
                put(poissonRate(code, c, y, "T", String.valueOf(y), false, deaths, births, 100_000));
                dD += deaths;
                bD += births;
                if (y >= LAST - 2) {
                    double[] p = pooled.computeIfAbsent(c, k -> new double[2]);
                    p[0] += deaths;
                    p[1] += births;
                }
            }
            put(poissonRate(code, DISTRICT, y, "T", String.valueOf(y), false, dD, bD, 100_000));
            if (y >= LAST - 2) {
                double[] p = pooled.computeIfAbsent(DISTRICT, k -> new double[2]);
                p[0] += dD;
                p[1] += bD;
            }
        }
        String label = (LAST - 2) + "-" + LAST;
        pooled.forEach((area, p) -> put(poissonRate(code, area, LAST, "T", label, true, p[0], p[1], 100_000)));
    }

    private void rate(String code, int nLo, int nHi, double from, double to, double multiplier) {
        for (int y = FIRST; y <= LAST; y++) {
            double x = 0;
            double n = 0;
            for (String c : communes) {
                double nc = nLo + rnd.nextInt(nHi - nLo + 1);
                double xc = poisson(nc * Math.max(0.001, along(y, from, to, FIRST) * (1 - 0.25 * effect.get(c))));
                put(poissonRate(code, c, y, "T", String.valueOf(y), false, xc, nc, multiplier));
                x += xc;
                n += nc;
            }
            put(poissonRate(code, DISTRICT, y, "T", String.valueOf(y), false, x, n, multiplier));
        }
    }

    /** Complete enumerations per commune (schools, organisations, quarters). */
    private void communeUnits(String code, int nLo, int nHi, double from, double to, int start) {
        Map<String, Integer> size = new HashMap<>();
        communes.forEach(c -> size.put(c, nLo + rnd.nextInt(nHi - nLo + 1)));
        for (int y = start; y <= LAST; y++) {
            double x = 0;
            double n = 0;
            for (String c : communes) {
                int nc = size.get(c);
                double xc = Math.min(nc, binomial(nc, clamp(along(y, from, to, start) + 0.1 * effect.get(c))));
                put(proportion(code, c, y, "T", String.valueOf(y), false, xc, nc));
                x += xc;
                n += nc;
            }
            put(proportion(code, DISTRICT, y, "T", String.valueOf(y), false, x, n));
        }
    }

    /**
     * Primary suppression of sensitive counts 1–4, then complementary suppression: where a single commune
     * of a period is hidden and the district is not, the smallest other commune is hidden too.
     */
    private void suppress() {
        for (String code : indicators.keySet()) {
            if (!Boolean.parseBoolean(indicators.get(code).get("sensitive"))) {
                continue;
            }
            Map<String, List<String>> byPeriod = new TreeMap<>();
            for (Map.Entry<String, Cell> e : new ArrayList<>(cells.entrySet())) {
                Cell c = e.getValue();
                if (!c.ind().equals(code)) {
                    continue;
                }
                boolean small = between(c.num()) || (!code.equals("HLT_MMR") && between(c.den()));
                if (small) {
                    e.setValue(hide(c));
                }
                byPeriod.computeIfAbsent(c.period() + "|" + c.sex(), k -> new ArrayList<>()).add(e.getKey());
            }
            for (List<String> keys : byPeriod.values()) {
                List<Cell> communeCells = keys.stream().map(cells::get).filter(c -> !c.area().equals(DISTRICT)).toList();
                Cell district = keys.stream().map(cells::get).filter(c -> c.area().equals(DISTRICT)).findFirst()
                        .orElse(null);
                long hidden = communeCells.stream().filter(Cell::suppressed).count();
                if (hidden == 1 && district != null && !district.suppressed()) {
                    communeCells.stream().filter(c -> !c.suppressed())
                            .min(Comparator.comparingDouble(c -> c.den() == null ? 0 : c.den()))
                            .ifPresent(c -> put(hide(c)));
                }
            }
        }
    }

    private static boolean between(Double count) {
        return count != null && count >= 1 && count <= 4;
    }

    private static Cell hide(Cell c) {
        Set<String> flags = new LinkedHashSet<>(c.flags());
        flags.add("sensitive_small_count");
        return new Cell(c.ind(), c.area(), c.year(), c.sex(), c.period(), c.pooled(), c.num(), c.den(), c.value(),
                c.lo(), c.hi(), c.method(), flags, true);
    }

    private void shiftHidden(double shift) {
        for (Map.Entry<String, Cell> e : cells.entrySet()) {
            Cell c = e.getValue();
            if (!c.suppressed()) {
                continue;
            }
            // Counts stay whole (the marts' exact limits need them): +ceil(shift) events, three times as many trials.
            double k = Math.ceil(shift);
            e.setValue(new Cell(c.ind(), c.area(), c.year(), c.sex(), c.period(), c.pooled(), plus(c.num(), k),
                    plus(c.den(), 3 * k), plus(c.value(), 7.77 * shift), plus(c.lo(), shift), plus(c.hi(), shift),
                    c.method(), c.flags(), true));
        }
    }

    private static Double plus(Double v, double d) {
        return v == null ? null : v + d;
    }

    // ------------------------------------------------------------------ writing

    private void writeAll(Path dir) {
        writeCatalogue(dir);
        writeFacts(dir);
        if (options.marts()) {
            writeTrend(dir);
            writeStatus(dir);
            writeGap(dir);
            writeCompare(dir);
            writeRevisions(dir);
        }
        if (options.rejects()) {
            writeRejects(dir);
        }
        if (options.published()) {
            writePublished(dir);
        }
        if (options.completeness()) {
            writeCompleteness(dir);
        }
        if (options.manifest()) {
            writeManifest(dir);
        }
    }

    private void writeCatalogue(Path dir) {
        Map<String, Map<String, String>> objectives = new LinkedHashMap<>();
        Catalogue.objectives().forEach(o -> objectives.put(o.get("objective"), o));
        List<TableWriter.Col> cols = List.of(str("indicator_code"), integer("sort_order"), integer("objective"),
                str("objective_name_vi"), str("objective_name_en"), str("name_vi"), str("name_en"), str("kind"),
                str("numerator"), str("denominator"), dbl("multiplier"), str("unit_vi"), str("unit_en"), dbl("target"),
                str("direction"), dbl("tolerance"), str("target_sexes"), str("sexes"), str("population_group"),
                dbl("threshold"), integer("pooled_years"), bool("sensitive"), bool("complete_enumeration"),
                str("level"), str("note"));
        List<Map<String, Object>> rows = new ArrayList<>();
        int order = 0;
        for (Map<String, String> r : indicators.values()) {
            Map<String, Object> m = new HashMap<>();
            m.put("indicator_code", r.get("code"));
            m.put("sort_order", order++);
            m.put("objective", Integer.parseInt(r.get("objective")));
            m.put("objective_name_vi", objectives.get(r.get("objective")).get("name_vi"));
            m.put("objective_name_en", objectives.get(r.get("objective")).get("name_en"));
            for (String c : List.of("name_vi", "name_en", "kind", "numerator", "denominator", "unit_vi", "unit_en",
                    "direction", "target_sexes", "sexes", "population_group", "note")) {
                String v = r.get(c);
                m.put(c, v == null || v.isEmpty() ? null : v);
            }
            for (String c : List.of("multiplier", "target", "tolerance", "threshold")) {
                String v = r.get(c);
                m.put(c, v == null || v.isBlank() ? null : Double.parseDouble(v));
            }
            if (m.get("tolerance") == null) {
                m.put("tolerance", 0.0);
            }
            m.put("pooled_years", Set.of("HLT_SRB", "HLT_MMR").contains(r.get("code")) ? 3 : null);
            m.put("sensitive", Boolean.parseBoolean(r.get("sensitive")));
            m.put("complete_enumeration", Set.of("unit_proportion", "threshold_share", "all_periods_share").contains(r.get("kind")));
            m.put("level", level(r.get("code")));
            rows.add(m);
        }
        TableWriter.write(dir, "dim_indicator", cols, rows, 1);
        List<Map<String, Object>> areas = new ArrayList<>();
        for (Map<String, String> a : Catalogue.areas()) {
            Map<String, Object> m = new HashMap<>();
            m.put("area_code", a.get("code"));
            m.put("parent_code", a.get("parent_code").isEmpty() ? null : a.get("parent_code"));
            m.put("level", a.get("level"));
            m.put("name_vi", a.get("name_vi"));
            m.put("name_en", a.get("name_en"));
            m.put("aliases", a.get("aliases"));
            for (String validity : List.of("valid_from", "valid_to")) { // days since 1970-01-01, as Spark writes a date
                if (!a.get(validity).isEmpty()) m.put(validity, (int) java.time.LocalDate.parse(a.get(validity)).toEpochDay());
            }
            areas.add(m);
        }
        TableWriter.write(dir, "dim_area", List.of(str("area_code"), str("parent_code"), str("level"), str("name_vi"),
                str("name_en"), str("aliases"), TableWriter.integer("valid_from"), TableWriter.integer("valid_to")), areas, 1);
    }

    private void writeFacts(Path dir) {
        List<TableWriter.Col> cols = List.of(str("indicator_code"), str("area_code"), integer("year"), str("sex"),
                str("period_label"), bool("pooled"), dbl("numerator"), dbl("denominator"), dbl("value"),
                dbl("ci_lower"), dbl("ci_upper"), str("ci_method"), str("flags"), bool("suppressed"),
                integer("areas_reporting"));
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Cell c : cells.values()) {
            Map<String, Object> m = new HashMap<>();
            m.put("indicator_code", c.ind());
            m.put("area_code", c.area());
            m.put("year", c.year());
            m.put("sex", c.sex());
            m.put("period_label", c.period());
            m.put("pooled", c.pooled());
            m.put("numerator", c.num());
            m.put("denominator", c.den());
            m.put("value", c.value());
            m.put("ci_lower", c.lo());
            m.put("ci_upper", c.hi());
            m.put("ci_method", c.method());
            m.put("flags", String.join(",", c.flags()));
            m.put("suppressed", c.suppressed());
            m.put("areas_reporting", c.area().equals(DISTRICT) ? communes.size() : 1);
            rows.add(m);
        }
        TableWriter.write(dir, "fct_indicator", cols, rows, 3);
    }

    private List<Cell> yearly(String code, String area, String sex) {
        return cells.values().stream().filter(c -> c.ind().equals(code) && c.area().equals(area)
                        && c.sex().equals(sex) && !c.pooled() && c.value() != null)
                .sorted(Comparator.comparingInt(Cell::year)).toList();
    }

    private Double target(String code) {
        String t = indicators.get(code).get("target");
        return t == null || t.isBlank() ? null : Double.parseDouble(t);
    }

    private boolean judged(String code, String sex) {
        return target(code) != null && List.of(indicators.get(code).get("target_sexes").split("\\|")).contains(sex);
    }

    private List<String> areasOf(String code) {
        List<String> areas = new ArrayList<>(List.of(DISTRICT));
        if (level(code).equals("commune")) {
            areas.addAll(communes);
        }
        return areas;
    }

    private List<String> sexesOf(String code) {
        return List.of(indicators.get(code).get("sexes").split("\\|"));
    }

    /** mart_trend, over every yearly value with a value, suppressed ones included (as the job does). */
    private void writeTrend(Path dir) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (String code : indicators.keySet()) {
            TargetDirection dir0 = indicators.get(code).get("direction").isBlank() ? null
                    : TargetDirection.fromCode(indicators.get(code).get("direction"));
            for (String area : areasOf(code)) {
                for (String sex : sexesOf(code)) {
                    List<Cell> s = yearly(code, area, sex);
                    if (s.isEmpty()) {
                        continue;
                    }
                    double[] x = s.stream().mapToDouble(Cell::year).toArray();
                    double[] y = s.stream().mapToDouble(Cell::value).toArray();
                    OlsTrendResult ols = OlsTrend.fit(x, y);
                    MannKendallResult mk = MannKendall.test(x, y);
                    SenSlopeResult sen = SenSlope.estimate(x, y);
                    Double target = judged(code, sex) ? target(code) : null;
                    String direction = "no_target";
                    if (target != null && dir0 != null) {
                        if (mk.pValue() == null || mk.pValue() >= 0.05 || mk.s() == 0) {
                            direction = "no_clear_trend";
                        } else {
                            int good = dir0 == TargetDirection.CLOSE_TO ? (y[y.length - 1] > target ? -1 : 1)
                                    : dir0.improvementSign();
                            direction = Long.signum(mk.s()) == good ? "improving" : "worsening";
                        }
                    }
                    Integer reached = sen.slope() == null || target == null || dir0 == null ? null
                            : sen.line().firstYearReaching(target, dir0, 0, x[x.length - 1]);
                    Map<String, Object> m = new HashMap<>();
                    m.put("indicator_code", code);
                    m.put("area_code", area);
                    m.put("sex", sex);
                    m.put("n_points", s.size());
                    m.put("first_year", (int) x[0]);
                    m.put("last_year", (int) x[x.length - 1]);
                    m.put("first_value", y[0]);
                    m.put("last_value", y[y.length - 1]);
                    m.put("avg_annual_change", s.size() > 1 ? (y[y.length - 1] - y[0]) / (x[x.length - 1] - x[0]) : null);
                    m.put("ols_slope", ols.slope());
                    m.put("ols_p_value", ols.pValue());
                    m.put("mk_s", mk.status() == TrendTestStatus.TOO_FEW_POINTS ? null : mk.s());
                    m.put("mk_p_value", mk.pValue());
                    m.put("test_status", mk.status().name().toLowerCase(java.util.Locale.ROOT));
                    m.put("sen_slope", sen.slope());
                    m.put("sen_intercept", sen.intercept());
                    m.put("projected_2025", sen.slope() == null ? null : sen.line().valueAt(2025));
                    m.put("projected_2030", sen.slope() == null ? null : sen.line().valueAt(2030));
                    m.put("target", target);
                    m.put("year_target_reached", reached);
                    m.put("direction_of_change", direction);
                    m.put("suppressed", s.stream().anyMatch(Cell::suppressed));
                    rows.add(m);
                }
            }
        }
        TableWriter.write(dir, "mart_trend", List.of(str("indicator_code"), str("area_code"), str("sex"),
                integer("n_points"), integer("first_year"), integer("last_year"), dbl("first_value"),
                dbl("last_value"), dbl("avg_annual_change"), dbl("ols_slope"), dbl("ols_p_value"), bigint("mk_s"),
                dbl("mk_p_value"), str("test_status"), dbl("sen_slope"), dbl("sen_intercept"), dbl("projected_2025"),
                dbl("projected_2030"), dbl("target"), integer("year_target_reached"), str("direction_of_change"),
                bool("suppressed")),
                rows, 2);
    }

    /** TargetStatus.decide of the jobs (DESIGN §6), for the fixture. */
    static String decide(String direction, double target, double tol, Double v, Double lo, Double hi, boolean complete,
                         Double scaleMax) {
        if (v == null) {
            return "no_data";
        }
        boolean meets = switch (direction) {
            case "ge" -> v >= target;
            case "gt" -> v > target;
            case "le" -> v <= target;
            case "lt" -> v < target;
            default -> Math.abs(v - target) <= tol;
        };
        if (complete || lo == null || hi == null) {
            return meets ? "achieved" : "not_achieved";
        }
        if (scaleMax != null && target >= scaleMax && v >= scaleMax) {
            return "achieved";
        }
        return switch (direction) {
            case "ge" -> lo >= target ? "achieved" : hi < target ? "not_achieved" : "cannot_tell";
            case "gt" -> lo > target ? "achieved" : hi <= target ? "not_achieved" : "cannot_tell";
            case "le" -> hi <= target ? "achieved" : lo > target ? "not_achieved" : "cannot_tell";
            case "lt" -> hi < target ? "achieved" : lo >= target ? "not_achieved" : "cannot_tell";
            default -> lo >= target - tol && hi <= target + tol ? "achieved"
                    : hi < target - tol || lo > target + tol ? "not_achieved" : "cannot_tell";
        };
    }

    private void writeStatus(Path dir) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (String code : indicators.keySet()) {
            Double target = target(code);
            if (target == null) {
                continue;
            }
            Map<String, String> r = indicators.get(code);
            boolean complete = Set.of("unit_proportion", "threshold_share", "all_periods_share").contains(r.get("kind"));
            Double scaleMax = Set.of("proportion", "unit_proportion", "threshold_share", "all_periods_share").contains(r.get("kind"))
                    ? 100.0 : null;
            for (String area : areasOf(code)) {
                for (String sex : r.get("target_sexes").split("\\|")) {
                    Map<Integer, Cell> byYear = new TreeMap<>();
                    cells.values().stream().filter(c -> c.ind().equals(code) && c.area().equals(area)
                            && c.sex().equals(sex) && !c.pooled()).forEach(c -> byYear.put(c.year(), c));
                    if (!byYear.containsKey(LAST)) {
                        byYear.put(LAST, null);
                    }
                    for (Map.Entry<Integer, Cell> e : byYear.entrySet()) {
                        Cell c = e.getValue();
                        Map<String, Object> m = new HashMap<>();
                        m.put("indicator_code", code);
                        m.put("area_code", area);
                        m.put("year", e.getKey());
                        m.put("sex", sex);
                        m.put("target", target);
                        m.put("direction", r.get("direction"));
                        Double v = c == null ? null : c.value();
                        m.put("value", v);
                        m.put("ci_lower", c == null ? null : c.lo());
                        m.put("ci_upper", c == null ? null : c.hi());
                        m.put("gap", v == null ? null : v - target);
                        String tol = r.get("tolerance");
                        String st = decide(r.get("direction"), target, tol == null || tol.isBlank() ? 0 : Double.parseDouble(tol),
                                v, c == null ? null : c.lo(), c == null ? null : c.hi(), complete, scaleMax);
                        m.put("status", st);
                        m.put("interval_decides", !complete && c != null && c.lo() != null);
                        m.put("complete_enumeration", complete);
                        m.put("progress_class", st.equals("achieved") ? "achieved" : "not_assessable");
                        m.put("suppressed", c != null && c.suppressed());
                        rows.add(m);
                    }
                }
            }
        }
        TableWriter.write(dir, "mart_target_status", List.of(str("indicator_code"), str("area_code"), integer("year"),
                str("sex"), dbl("target"), str("direction"), dbl("value"), dbl("ci_lower"), dbl("ci_upper"), dbl("gap"),
                str("status"), bool("interval_decides"), bool("complete_enumeration"), integer("base_year"),
                dbl("base_value"), dbl("progress_ratio"), str("progress_class"), bool("suppressed")), rows, 2);
    }

    private void writeGap(Path dir) {
        NewcombeHybridScoreInterval newcombe = new NewcombeHybridScoreInterval();
        List<Map<String, Object>> rows = new ArrayList<>();
        for (String code : indicators.keySet()) {
            if (!(sexesOf(code).contains("F") && sexesOf(code).contains("M"))) {
                continue;
            }
            boolean gross = indicators.get(code).get("kind").equals("gross_ratio");
            for (String area : areasOf(code)) {
                for (int y = FIRST; y <= LAST; y++) {
                    Cell f = cells.get(code + "|" + area + "|" + y + "|F");
                    Cell mm = cells.get(code + "|" + area + "|" + y + "|M");
                    if (f == null || mm == null) {
                        continue;
                    }
                    Map<String, Object> m = new HashMap<>();
                    m.put("indicator_code", code);
                    m.put("area_code", area);
                    m.put("year", y);
                    m.put("value_f", f.value());
                    m.put("value_m", mm.value());
                    if (f.value() != null && mm.value() != null) {
                        m.put("gap", f.value() - mm.value());
                        if (gross) {
                            double se = 100 * Math.sqrt(f.num() / (f.den() * f.den()) + mm.num() / (mm.den() * mm.den()));
                            m.put("gap_lower", f.value() - mm.value() - 1.96 * se);
                            m.put("gap_upper", f.value() - mm.value() + 1.96 * se);
                            m.put("gap_method", "mover_exact_poisson");
                        } else {
                            ProportionDifference d = newcombe.createInterval(f.den(), f.num(), mm.den(), mm.num());
                            m.put("gap_lower", 100 * d.interval().lower());
                            m.put("gap_upper", 100 * d.interval().upper());
                            m.put("gap_method", "newcombe_hybrid_score");
                        }
                        m.put("parity_index", mm.value() == 0 ? null : f.value() / mm.value());
                    } else {
                        m.put("gap_method", "none");
                    }
                    m.put("suppressed", f.suppressed() || mm.suppressed());
                    rows.add(m);
                }
            }
        }
        TableWriter.write(dir, "mart_gender_gap", List.of(str("indicator_code"), str("area_code"), integer("year"),
                dbl("value_f"), dbl("value_m"), dbl("gap"), dbl("gap_lower"), dbl("gap_upper"), str("gap_method"),
                dbl("parity_index"), bool("suppressed")), rows, 1);
    }

    /** mart_commune_compare like the job: ranks and over-dispersion over every commune, hidden ones included. */
    private void writeCompare(Path dir) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (String code : indicators.keySet()) {
            if (!level(code).equals("commune")) {
                continue;
            }
            Map<String, String> r = indicators.get(code);
            String kind = r.get("kind");
            double k = Double.parseDouble(r.get("multiplier"));
            boolean model = Set.of("proportion", "rate", "gross_ratio", "sex_ratio").contains(kind);
            boolean poissonModel = Set.of("rate", "gross_ratio").contains(kind);
            Map<String, List<Cell>> groups = new TreeMap<>();
            cells.values().stream().filter(c -> c.ind().equals(code) && !c.area().equals(DISTRICT))
                    .forEach(c -> groups.computeIfAbsent(c.period() + "|" + c.sex(), x -> new ArrayList<>()).add(c));
            for (List<Cell> group : groups.values()) {
                Cell any = group.get(0);
                Cell d = cells.get(code + "|" + DISTRICT + "|" + any.period() + "|" + any.sex());
                Double theta = null;
                if (model && d != null && d.num() != null && d.den() != null) {
                    double size = kind.equals("sex_ratio") ? d.num() + d.den() : d.den();
                    theta = size > 0 ? d.num() / size : null;
                }
                double[] y = new double[group.size()];
                double[] n = new double[group.size()];
                double[] se = new double[group.size()];
                List<Integer> usable = new ArrayList<>();
                for (int i = 0; i < group.size(); i++) {
                    Cell c = group.get(i);
                    if (theta == null || c.num() == null || c.den() == null) {
                        continue;
                    }
                    n[i] = kind.equals("sex_ratio") ? c.num() + c.den() : c.den();
                    if (n[i] <= 0) {
                        continue;
                    }
                    y[i] = c.num() / n[i];
                    se[i] = poissonModel ? (theta > 0 ? FunnelZScore.poissonStandardError(theta, n[i]) : 0)
                            : (theta > 0 && theta < 1 ? FunnelZScore.proportionStandardError(theta, n[i]) : 0);
                    if (se[i] > 0) {
                        usable.add(i);
                    }
                }
                OverdispersionEstimate od = null;
                if (usable.size() >= 3) {
                    final Double t = theta;
                    od = Overdispersion.estimate(t, usable.stream().mapToDouble(i -> y[i]).toArray(),
                            usable.stream().mapToDouble(i -> se[i]).toArray());
                }
                boolean additive = od != null && od.overdispersed();
                for (int i = 0; i < group.size(); i++) {
                    Cell c = group.get(i);
                    Map<String, Object> m = new HashMap<>();
                    m.put("indicator_code", code);
                    m.put("year", c.year());
                    m.put("period_label", c.period());
                    m.put("sex", c.sex());
                    m.put("area_code", c.area());
                    m.put("numerator", c.num());
                    m.put("denominator", c.den());
                    m.put("value", c.value());
                    m.put("ci_lower", c.lo());
                    m.put("ci_upper", c.hi());
                    m.put("district_value", d == null ? null : d.value());
                    m.put("rank", rank(r, group, c));
                    m.put("communes_ranked", (int) group.stream().filter(x -> x.value() != null).count());
                    if (usable.contains(i)) {
                        FunnelBand band;
                        double z;
                        if (additive) {
                            double s = se[i];
                            OverdispersionEstimate o = od;
                            band = new FunnelBand(o.additiveLimit(s, FunnelLimits.P998_LOWER),
                                    o.additiveLimit(s, FunnelLimits.P95_LOWER), o.additiveLimit(s, FunnelLimits.P95_UPPER),
                                    o.additiveLimit(s, FunnelLimits.P998_UPPER));
                            z = o.additiveZ(y[i], s);
                        } else {
                            band = poissonModel ? FunnelLimits.exactPoisson(theta, n[i]) : FunnelLimits.exactBinomial(theta, n[i]);
                            z = (y[i] - theta) / se[i];
                        }
                        m.put("funnel_z", z);
                        m.put("funnel_band", band.classify(y[i]).name().toLowerCase(java.util.Locale.ROOT));
                        boolean sr = kind.equals("sex_ratio");
                        m.put("limit95_lower", shown(band.lower95(), k, sr));
                        m.put("limit95_upper", shown(band.upper95(), k, sr));
                        m.put("limit998_lower", shown(band.lower998(), k, sr));
                        m.put("limit998_upper", shown(band.upper998(), k, sr));
                    }
                    m.put("overdispersion", additive ? "additive" : "none");
                    m.put("phi", od == null ? null : od.phi());
                    m.put("tau2", od == null ? null : od.tau2());
                    m.put("smoothed_value", c.value());
                    m.put("suppressed", c.suppressed());
                    rows.add(m);
                }
            }
        }
        TableWriter.write(dir, "mart_commune_compare", List.of(str("indicator_code"), integer("year"),
                str("period_label"), str("sex"), str("area_code"), dbl("numerator"), dbl("denominator"), dbl("value"),
                dbl("ci_lower"), dbl("ci_upper"), dbl("district_value"), integer("rank"), integer("communes_ranked"),
                dbl("funnel_z"), str("funnel_band"), dbl("limit95_lower"), dbl("limit95_upper"),
                dbl("limit998_lower"), dbl("limit998_upper"), str("overdispersion"), dbl("phi"), dbl("tau2"),
                dbl("smoothed_value"), bool("suppressed")), rows, 2);
    }

    private static Double shown(double p, double k, boolean sexRatio) {
        if (sexRatio) {
            return p >= 1 ? null : k * p / (1 - p);
        }
        return k * p;
    }

    private static Integer rank(Map<String, String> r, List<Cell> group, Cell c) {
        if (c.value() == null) {
            return null;
        }
        String dir = r.get("direction");
        int rank = 1;
        for (Cell o : group) {
            if (o.value() == null) {
                continue;
            }
            boolean better = switch (dir) {
                case "le", "lt" -> o.value() < c.value();
                case "near" -> Math.abs(o.value() - 100) < Math.abs(c.value() - 100);
                default -> o.value() > c.value();
            };
            if (better) {
                rank++;
            }
        }
        return rank;
    }

    /** The raw value of the planted rejected row: must never reach the pack. */
    public static final String REJECTED_RAW_VALUE = "4O7";

    private void writeRejects(Path dir) {
        List<Map<String, Object>> rows = new ArrayList<>();
        Object[][] planted = {
                {"counts/2021/23482.csv", "not_a_number", "value", REJECTED_RAW_VALUE},
                {"counts/2022/23485.csv", "unknown_measure", "measure", "employed_wages"},
                {"counts/2023/23491.csv", "sex_total_mismatch", "value", "311"},
                {"counts/2023/23491.csv", "sex_total_mismatch", "value", "290"},
                {"counts/2023/23491.csv", "sex_total_mismatch", "value", "611"},
                {"counts/2019/614.csv", "duplicate_row", null, "12"}};
        int line = 10;
        for (Object[] p : planted) {
            Map<String, Object> m = new HashMap<>();
            m.put("input_kind", "counts_csv");
            m.put("source_file", p[0]);
            m.put("source_location", "line " + line);
            m.put("line_number", (long) line++);
            m.put("rule", p[1]);
            m.put("field", p[2]);
            m.put("raw_value", p[3]);
            m.put("message", "planted fault");
            rows.add(m);
        }
        TableWriter.write(dir, "rejects", List.of(str("input_kind"), str("source_file"), str("source_location"),
                bigint("line_number"), str("sheet"), str("cell"), str("area_code"), str("field"), str("raw_value"),
                str("rule"), str("message"), str("file_sha256")), rows, 1);
    }

    /** The World Bank series of data/reference mapped to the plan's indicators (the sex ratio × 100). */
    private void writePublished(Path dir) {
        Map<String, String[]> map = Map.of(
                "SP.POP.BRTH.MF", new String[] {"HLT_SRB", "T", "100"},
                "SH.STA.MMRT", new String[] {"HLT_MMR", "T", "1"},
                "SP.ADO.TFRT", new String[] {"HLT_ABR", "T", "1"},
                "SL.EMP.WORK.FE.ZS", new String[] {"LAB_WAGE_SHARE_F", "F", "1"},
                "SL.EMP.WORK.MA.ZS", new String[] {"LAB_WAGE_SHARE_F", "M", "1"},
                "SL.AGR.EMPL.FE.ZS", new String[] {"LAB_AGRI_SHARE_F", "F", "1"},
                "SL.AGR.EMPL.MA.ZS", new String[] {"LAB_AGRI_SHARE_F", "M", "1"},
                "SE.PRM.CMPT.FE.ZS", new String[] {"EDU_PRIMARY_COMPLETION_EM", "F", "1"},
                "SE.PRM.CMPT.MA.ZS", new String[] {"EDU_PRIMARY_COMPLETION_EM", "M", "1"});
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Map<String, String> r : Catalogue.read("../reference/worldbank_vietnam_gender.csv")) {
            String[] to = map.get(r.get("indicator_code"));
            if (to == null) {
                continue;
            }
            Map<String, Object> m = new HashMap<>();
            m.put("area_code", "VN");
            m.put("year", Integer.parseInt(r.get("year")));
            m.put("indicator_code", to[0]);
            m.put("sex", to[1]);
            m.put("value", Double.parseDouble(r.get("value")) * Double.parseDouble(to[2]));
            m.put("source", "World Bank, World Development Indicators");
            rows.add(m);
        }
        TableWriter.write(dir, "published_series", List.of(str("area_code"), integer("year"), str("indicator_code"),
                str("sex"), dbl("value"), dbl("lower"), dbl("upper"), str("source")), rows, 1);
    }

    private void writeCompleteness(Path dir) {
        List<Map<String, Object>> rows = new ArrayList<>();
        List<String> areas = new ArrayList<>(communes);
        areas.add(DISTRICT);
        for (int y = FIRST; y <= LAST; y++) {
            for (String a : areas) {
                boolean missing = y == 2022 && a.equals("23488");
                boolean late = y == LAST && (a.equals("23485") || a.equals("23494"));
                Map<String, Object> m = new HashMap<>();
                m.put("area_code", a);
                m.put("year", y);
                m.put("form", "counts");
                m.put("expected", 1);
                m.put("received", missing ? 0 : 1);
                m.put("on_time", missing || late ? 0 : 1);
                m.put("late", late ? 1 : 0);
                m.put("missing", missing ? 1 : 0);
                rows.add(m);
            }
        }
        TableWriter.write(dir, "mart_completeness", List.of(str("area_code"), integer("year"), str("form"),
                integer("expected"), integer("received"), integer("on_time"), integer("late"), integer("missing")),
                rows, 1);
    }

    /** mart_revisions with no rows: the release a first run publishes (no revisions page). */
    private void writeRevisions(Path dir) {
        TableWriter.write(dir, "mart_revisions", List.of(str("change"), str("previous_release"), str("indicator_code"),
                str("area_code"), integer("year"), str("sex"), str("period_label"), dbl("old_value"), dbl("new_value"),
                str("reason"), str("source_file")), List.of(), 1);
    }

    private void writeManifest(Path dir) {
        StringBuilder inputs = new StringBuilder();
        Map<String, Long> rejectsByFile = Map.of("counts/2021/23482.csv", 1L, "counts/2022/23485.csv", 1L,
                "counts/2023/23491.csv", 3L, "counts/2019/614.csv", 1L);
        List<String> areas = new ArrayList<>(communes);
        areas.add(DISTRICT);
        for (int y = FIRST; y <= LAST; y++) {
            for (String a : areas) {
                String file = "counts/" + y + "/" + a + ".csv";
                long read = a.equals(DISTRICT) ? 24 : 71;
                long rejected = rejectsByFile.getOrDefault(file, 0L);
                if (inputs.length() > 0) {
                    inputs.append(",\n");
                }
                inputs.append(String.format("    {\"file\": \"%s\", \"kind\": \"counts_csv\", \"sha256\": \"00\", "
                        + "\"bytes\": 5000, \"rows_read\": %d, \"rows_staged\": %d, \"rows_rejected\": %d, "
                        + "\"reconciled\": true}", file, read, read - rejected, rejected));
            }
        }
        String json = "{\n  \"run_id\": \"" + dir.getFileName() + "\",\n  \"created_at\": \"2023-12-11T03:15:42Z\",\n"
                + "  \"parameters\": {\"year\": \"2023\", \"input\": \"data/sample\"},\n"
                + "  \"inputs\": [\n" + inputs + "\n  ],\n"
                + "  \"tables\": [{\"name\": \"fct_indicator\", \"rows\": " + cells.size() + "}],\n"
                + "  \"rejects_by_rule\": {\"duplicate_row\": 1, \"not_a_number\": 1, \"sex_total_mismatch\": 3, "
                + "\"unknown_measure\": 1}\n}\n";
        try {
            Files.writeString(dir.resolve("manifest.json"), json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The suppressed cells, for tests. */
    public static List<Cell> hidden(List<Cell> cells) {
        return cells.stream().filter(Cell::suppressed).collect(Collectors.toList());
    }
}
