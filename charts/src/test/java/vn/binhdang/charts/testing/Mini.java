package vn.binhdang.charts.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

import vn.binhdang.charts.release.CommuneCompareRow;
import vn.binhdang.charts.release.GenderGapRow;
import vn.binhdang.charts.release.IndicatorDef;
import vn.binhdang.charts.release.IndicatorValue;
import vn.binhdang.charts.release.Release;
import vn.binhdang.charts.release.ReleaseExtras;
import vn.binhdang.charts.release.ReleaseReader;
import vn.binhdang.charts.release.Sex;
import vn.binhdang.charts.release.TargetStatus;
import vn.binhdang.charts.release.TargetStatusRow;
import vn.binhdang.charts.release.TrendSummary;

/**
 * Small in-memory releases for spec tests: the real catalogue and areas (read once from a written
 * release, as the reader sees them) with the values and mart rows a test gives.
 */
public final class Mini {

    public static final String D = "614";
    public static final List<String> COMMUNES = List.of("23479", "23482", "23485", "23488", "23491", "23494", "23497");

    private static Release base;

    private Mini() {
    }

    public static synchronized Release base() {
        if (base == null) {
            try {
                Path dir = Files.createTempDirectory("mini-release");
                base = ReleaseReader.read(SyntheticRelease.write(dir.resolve("base"), SyntheticRelease.Options.factsOnly()));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return base;
    }

    public static IndicatorDef ind(String code) {
        return base().indicator(code).orElseThrow();
    }

    public static IndicatorValue v(String code, String area, int year, Sex sex, Double num, Double den, Double value,
                                   Double lo, Double hi) {
        return new IndicatorValue(code, area, year, sex, String.valueOf(year), false, num, den, value, lo, hi, "wilson",
                Set.of(), false);
    }

    public static IndicatorValue hidden(String code, String area, int year, Sex sex, double num, double den,
                                        double value) {
        return new IndicatorValue(code, area, year, sex, String.valueOf(year), false, num, den, value, value - 1,
                value + 1, "wilson", Set.of("sensitive_small_count"), true);
    }

    public static IndicatorValue pooled(String code, String area, Sex sex, String label, double num, double den,
                                        double value) {
        return new IndicatorValue(code, area, 2023, sex, label, true, num, den, value, null, null, "wilson", Set.of(),
                false);
    }

    public static TargetStatusRow status(String code, String area, Sex sex, TargetStatus s) {
        IndicatorDef i = ind(code);
        return new TargetStatusRow(code, area, 2023, sex, i.target(), i.direction(), null, null, null, null, s, true,
                i.completeEnumeration(), null, false);
    }

    public static TrendSummary trend(String code, String area, Sex sex, double sen, double p, String direction,
                                     Integer reached) {
        return new TrendSummary(code, area, sex, 9, 2015, 2023, sen, sen, p, "tested", direction, reached);
    }

    public static CommuneCompareRow compare(String code, String area, Sex sex, String band, boolean additive,
                                            double tau2) {
        return new CommuneCompareRow(code, 2023, "2023", sex, area, null, null, null, null, null, null, 1, 7, 0.0,
                band, additive ? "additive" : "none", 2.0, tau2, null, false);
    }

    /** A release of the catalogue with these values and marts (tables not given are present but empty). */
    public static Release release(List<IndicatorValue> values, List<TargetStatusRow> statuses, List<TrendSummary> trends,
                                  List<GenderGapRow> gaps, List<CommuneCompareRow> compares) {
        ReleaseExtras extras = new ReleaseExtras(trends, statuses, gaps, compares, List.of(), List.of(), List.of(), List.of(), null,
                Map.of(), Set.of());
        return new Release("mini", base().dir(), base().indicators(), base().areas(), values, extras);
    }

    public static Release release(List<IndicatorValue> values) {
        return release(values, List.of(), List.of(), List.of(), List.of());
    }
}
