package vn.binhdang.charts.testing;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import vn.binhdang.charts.testing.FixtureRelease.Value;

/** Release fixtures shared by the tests. */
public final class Fixtures {

    /** The true value and count of the suppressed MMR cell: must appear nowhere in published output. */
    public static final double SUPPRESSED_MMR_2019 = 77.7;
    public static final double SUPPRESSED_MMR_2019_BIRTHS = 2574;

    private Fixtures() {
    }

    /**
     * Three indicators: a proportion by sex with a women's target (LAB_WAGE_SHARE_F), a sensitive rate
     * with a suppressed year (HLT_MMR, 2019) and the sex ratio at birth (HLT_SRB); plus a commune row and
     * a pooled row that the district charts must ignore.
     */
    public static Path small(Path dir) {
        List<Value> v = new ArrayList<>();
        double[] f = {30.2, 32.0, 33.9, 35.1, 37.4, 39.0, 41.8, 44.0, 46.3};
        double[] m = {41.0, 42.3, 43.1, 44.6, 45.0, 46.9, 47.7, 49.2, 50.4};
        for (int i = 0; i < 9; i++) {
            int y = 2015 + i;
            v.add(Value.of("LAB_WAGE_SHARE_F", y, "F", f[i], f[i] - 4.2, f[i] + 4.3));
            v.add(Value.of("LAB_WAGE_SHARE_F", y, "M", m[i], m[i] - 4.0, m[i] + 4.1));
            double t = (f[i] + m[i]) / 2;
            v.add(Value.of("LAB_WAGE_SHARE_F", y, "T", t, t - 3, t + 3));
        }
        double[] mmr = {120.5, 95.2, 88.0, 70.4, SUPPRESSED_MMR_2019, 65.3, 58.8, 49.1, 40.2};
        for (int i = 0; i < 9; i++) {
            int y = 2015 + i;
            Value x = Value.of("HLT_MMR", y, "T", mmr[i], mmr[i] * 0.3, mmr[i] * 2.4).flags("unreliable");
            v.add(y == 2019 ? x.counts(2, SUPPRESSED_MMR_2019_BIRTHS).hidden() : x);
        }
        double[] srb = {112.4, 111.0, 110.2, 109.5, 109.9, 108.8, 108.1, 107.6, 108.2};
        for (int i = 0; i < 8; i++) {
            v.add(Value.of("HLT_SRB", 2015 + i, "T", srb[i], srb[i] - 7, srb[i] + 7.2));
        }
        v.add(Value.of("HLT_SRB", 2023, "T", 108.2, 101.3, 115.6).counts(1299, 1200));
        // Not for the district's trend: a commune, and a 3-year pooled row.
        v.add(Value.of("HLT_SRB", 2023, "T", 140.0, 120.0, 160.0).area("23479"));
        v.add(Value.of("HLT_SRB", 2023, "T", 130.0, 110.0, 150.0).pooled("2021-2023"));
        return FixtureRelease.write(dir, Set.of("LAB_WAGE_SHARE_F", "HLT_MMR", "HLT_SRB"), v);
    }

    /**
     * All 20 catalogue indicators with made-up but plausible district values, gaps, surveys, suppressed
     * cells and unreliable estimates: the pack a reviewer looks at.
     */
    public static Path full(Path dir) {
        List<Value> v = new ArrayList<>();
        for (int y = 2015; y <= 2023; y++) {
            int i = y - 2015;
            v.add(prop("POL_FEMALE_KEY_LEADER", y, "T", 38 + 2.5 * i, 9).flags("complete_enumeration"));
            for (String sex : List.of("F", "M", "T")) {
                double base = sex.equals("F") ? 28 + 2.2 * i : sex.equals("M") ? 40 + 1.3 * i : 34 + 1.7 * i;
                v.add(prop("LAB_WAGE_SHARE_F", y, sex, base, 3.5));
                double agri = sex.equals("F") ? 78 - 3.1 * i : sex.equals("M") ? 70 - 2.4 * i : 74 - 2.8 * i;
                v.add(prop("LAB_AGRI_SHARE_F", y, sex, agri, 3.2));
            }
            v.add(prop("LAB_FEMALE_DIRECTORS", y, "T", 14 + 1.2 * i, 8));
            if (y == 2017) {
                v.add(prop("GBV_VICTIMS_SUPPORTED", y, "T", 50, 20).hidden());
            } else {
                v.add(prop("GBV_VICTIMS_SUPPORTED", y, "T", 45 + 4 * i, 16).flags("small_denominator"));
            }
            v.add(prop("GBV_PERPETRATORS_COUNSELLED", y, "T", 20 + 4.5 * i, 15).flags("small_denominator"));
            if (y == 2018 || y == 2022) {
                v.add(Value.of("TRAF_RETURNEES_SUPPORTED", y, "T", 100, 43.9, 100).flags("small_denominator"));
            } else {
                v.add(prop("TRAF_RETURNEES_SUPPORTED", y, "T", 100, 0).hidden());
            }
            v.add(prop("GBV_FACILITIES_ACTIVE", y, "T", i < 4 ? 0 : i < 7 ? 50 : 100, 0));
            double srb = 113 - 0.6 * i + (i % 2 == 0 ? 0.8 : -0.5);
            v.add(Value.of("HLT_SRB", y, "T", srb, srb - 6.5, srb + 6.9));
            if (y == 2019 || y == 2021) {
                v.add(prop("HLT_MMR", y, "T", 80, 0).hidden());
            } else {
                double mmr = 140 - 10 * i;
                v.add(Value.of("HLT_MMR", y, "T", mmr, mmr * 0.35, mmr * 2.2).flags("unreliable"));
            }
            double abr = 92 - 3.6 * i;
            v.add(Value.of("HLT_ABR", y, "T", abr, abr - 9, abr + 9.5));
            v.add(prop("EDU_GENDER_CURRICULUM", y, "T", Math.min(100, 40 + 8 * i), 0));
            for (String sex : List.of("F", "M", "T")) {
                double p = sex.equals("F") ? 93 + 1.2 * i : sex.equals("M") ? 95 + 0.7 * i : 94 + i;
                v.add(Value.of("EDU_PRIMARY_COMPLETION_EM", y, sex, p, p - 4.5, p + 4.6));
                double l = sex.equals("F") ? 70 + 2.9 * i : sex.equals("M") ? 66 + 2.6 * i : 68 + 2.75 * i;
                v.add(Value.of("EDU_LOWSEC_COMPLETION_EM", y, sex, l, l - 5, l + 5.2));
            }
            v.add(prop("EDU_VOC_FEMALE_ENTRANTS", y, "T", 19 + 1.4 * i, 5));
            if (y % 2 == 1) {
                for (String sex : List.of("F", "M", "T")) {
                    double k = (sex.equals("F") ? 38 : sex.equals("M") ? 42 : 40) + 4 * i;
                    v.add(prop("MED_GE_KNOWLEDGE", y, sex, k, 4));
                }
            }
            if (y >= 2019) {
                v.add(prop("MED_ORGS_INFORMED", y, "T", 80 + 5 * (y - 2019), 0));
                v.add(prop("MED_COMMUNE_NEWS", y, "T", 46.4 + 10.7 * (y - 2019), 0));
                v.add(prop("MED_MONTHLY_SEGMENT", y, "T", 58.3 + 8.3 * (y - 2019), 0));
            }
        }
        for (int y : new int[] {2016, 2020, 2023}) {
            double r = 2.4 - 0.1 * (y - 2016);
            v.add(new Value("FAM_UNPAID_CARE_RATIO", "614", y, "T", String.valueOf(y), false, null, null, r, null,
                    null, null, null, false));
        }
        return FixtureRelease.write(dir, Set.of(), v);
    }

    /** A percentage with a symmetric interval clamped to [0, 100]; half-width 0 gives no interval. */
    private static Value prop(String code, int year, String sex, double value, double halfWidth) {
        double p = Math.max(0, Math.min(100, Math.round(value * 10) / 10.0));
        if (halfWidth == 0) {
            return new Value(code, "614", year, sex, String.valueOf(year), false, null, null, p, null, null, null,
                    null, false);
        }
        return Value.of(code, year, sex, p, Math.max(0, p - halfWidth), Math.min(100, p + halfWidth));
    }
}
