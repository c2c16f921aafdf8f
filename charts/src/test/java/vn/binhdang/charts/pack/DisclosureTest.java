package vn.binhdang.charts.pack;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.jfree.data.category.CategoryDataset;
import org.jfree.data.xy.XYDataset;
import org.jfree.data.xy.YIntervalSeriesCollection;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.binhdang.charts.Lang;
import vn.binhdang.charts.factory.CommuneBarChartFactory;
import vn.binhdang.charts.factory.FunnelChartFactory;
import vn.binhdang.charts.factory.SexPairChartFactory;
import vn.binhdang.charts.factory.TrendChartFactory;
import vn.binhdang.charts.release.Release;
import vn.binhdang.charts.release.ReleaseReader;
import vn.binhdang.charts.spec.ChartSpec;
import vn.binhdang.charts.spec.CommuneBarSpec;
import vn.binhdang.charts.spec.FunnelSpec;
import vn.binhdang.charts.spec.PackPlan;
import vn.binhdang.charts.spec.PackPlanner;
import vn.binhdang.charts.spec.SexPairSpec;
import vn.binhdang.charts.spec.TrendChartSpec;
import vn.binhdang.charts.testing.SyntheticRelease;

/**
 * No published figure reveals a suppressed cell. The strongest form: two releases that differ only in
 * the true values and counts of their suppressed cells (and in everything the marts compute from them)
 * give the same pack, chart by chart and word by word.
 */
class DisclosureTest {

    @TempDir
    static Path tmp;

    static Release plain;
    static Release shifted;

    @BeforeAll
    static void read() {
        plain = ReleaseReader.read(SyntheticRelease.write(tmp.resolve("a/run"), SyntheticRelease.Options.all()));
        shifted = ReleaseReader.read(SyntheticRelease.write(tmp.resolve("b/run"),
                SyntheticRelease.Options.all().shifted(1.37)));
    }

    private static PackPlan plan(Release r, Lang lang) {
        return new PackPlanner(r, lang, 2023, LocalDate.of(2023, 12, 11), "614").plan();
    }

    @Test
    void theFixtureHidesManyCellsAndTheShiftChangesThem() {
        List<SyntheticRelease.Cell> a = SyntheticRelease.hidden(SyntheticRelease.cells(SyntheticRelease.Options.all()));
        List<SyntheticRelease.Cell> b = SyntheticRelease.hidden(
                SyntheticRelease.cells(SyntheticRelease.Options.all().shifted(1.37)));
        assertThat(a).hasSizeGreaterThan(50).hasSameSizeAs(b);
        assertThat(a.get(0).num()).isNotEqualTo(b.get(0).num());
        assertThat(a).anySatisfy(c -> assertThat(c.area()).isEqualTo("614"));
        assertThat(a).anySatisfy(c -> assertThat(c.flags()).contains("sensitive_small_count"));
    }

    @Test
    void packContentDoesNotDependOnSuppressedValues() {
        for (Lang lang : Lang.values()) {
            PackPlan a = plan(plain, lang);
            PackPlan b = plan(shifted, lang);
            assertThat(b.summary()).isEqualTo(a.summary());
            assertThat(b.indicators()).isEqualTo(a.indicators());
            assertThat(b.communes()).isEqualTo(a.communes());
            assertThat(b.data()).isEqualTo(a.data());
        }
    }

    @Test
    void pdfTextDoesNotDependOnSuppressedValues() throws IOException {
        ChartPackResult a = ChartPack.render(plain, tmp.resolve("out-a"), Lang.VI, 2023, LocalDate.of(2023, 12, 11));
        ChartPackResult b = ChartPack.render(shifted, tmp.resolve("out-b"), Lang.VI, 2023, LocalDate.of(2023, 12, 11));
        assertThat(PackStructureTest.pages(b.pdf())).isEqualTo(PackStructureTest.pages(a.pdf()));
    }

    /** And directly: no number of a chart's dataset equals the true value of a hidden cell of its indicator. */
    @Test
    void noDatasetHoldsAHiddenValue() {
        List<SyntheticRelease.Cell> hidden = SyntheticRelease.hidden(
                SyntheticRelease.cells(SyntheticRelease.Options.all().shifted(0.123)));
        Release r = ReleaseReader.read(SyntheticRelease.write(tmp.resolve("c/run"),
                SyntheticRelease.Options.all().shifted(0.123)));
        int checked = 0;
        for (ChartSpec spec : plan(r, Lang.VI).charts()) {
            List<Double> numbers = numbers(spec);
            for (SyntheticRelease.Cell c : hidden) {
                if (!c.ind().equals(spec.indicatorCode())) {
                    continue;
                }
                // Values and limits: after the shift no visible number equals them by chance (counts might).
                for (Double secret : new Double[] {c.value(), c.lo(), c.hi()}) {
                    if (secret != null) {
                        assertThat(numbers).as(spec.id() + " " + c).doesNotContain(secret);
                        checked++;
                    }
                }
            }
        }
        assertThat(checked).isGreaterThan(100);
    }

    /** Every number of a chart's JFreeChart datasets (x, y and interval ends). */
    static List<Double> numbers(ChartSpec spec) {
        List<Double> out = new ArrayList<>();
        if (spec instanceof TrendChartSpec t) {
            YIntervalSeriesCollection d = TrendChartFactory.dataset(t);
            for (int s = 0; s < d.getSeriesCount(); s++) {
                for (int i = 0; i < d.getItemCount(s); i++) {
                    out.add(d.getYValue(s, i));
                    out.add(d.getStartYValue(s, i));
                    out.add(d.getEndYValue(s, i));
                }
            }
        } else if (spec instanceof CommuneBarSpec c) {
            addAll(out, CommuneBarChartFactory.dataset(c));
            c.communes().forEach(b -> {
                if (b.lower() != null) {
                    out.add(b.lower());
                    out.add(b.upper());
                }
            });
        } else if (spec instanceof FunnelSpec f) {
            addAll(out, FunnelChartFactory.pointsDataset(f));
        } else if (spec instanceof SexPairSpec s) {
            addAll(out, SexPairChartFactory.dataset(s));
        }
        return out;
    }

    static void addAll(List<Double> out, CategoryDataset d) {
        for (int r = 0; r < d.getRowCount(); r++) {
            for (int c = 0; c < d.getColumnCount(); c++) {
                Number n = d.getValue(r, c);
                if (n != null) {
                    out.add(n.doubleValue());
                }
            }
        }
    }

    static void addAll(List<Double> out, XYDataset d) {
        for (int s = 0; s < d.getSeriesCount(); s++) {
            for (int i = 0; i < d.getItemCount(s); i++) {
                out.add(d.getXValue(s, i));
                out.add(d.getYValue(s, i));
            }
        }
    }
}
