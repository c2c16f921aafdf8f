package vn.binhdang.stats.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.binhdang.stats.interval.ConfidenceInterval;

/**
 * Against R 4.2.2 with survey 4.1-1 (Debian r-cran-survey), script {@code survey/reference.R} beside the data
 * {@code survey/strata.csv}:
 * <pre>
 * des &lt;- svydesign(ids = ~1, strata = ~h, weights = ~w, data = d)
 * svyratio(~y, ~x, des)                                        # ratio 0.413489736070381, SE 0.1555852762715
 * svyciprop(~y, subset(des, x == 1), method = "logit", df = Inf)  # 0.1670103369033 – 0.712560122241126
 * stratum A alone: ratio 0.548387096774194, SE 0.274770592945732, logit 0.121279313186456 – 0.914407828932101
 * </pre>
 */
class DomainProportionTest {

    /** Stratum → moments, summed from the records as the Spark job sums them. */
    static Map<String, StratumMoments> strata() throws IOException {
        Map<String, double[]> sums = new LinkedHashMap<>();
        try (InputStream in = DomainProportionTest.class.getResourceAsStream("/survey/strata.csv")) {
            List<String> lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().skip(1).toList();
            for (String l : lines) {
                String[] f = l.split(",");
                double w = Double.parseDouble(f[1]);
                int x = Integer.parseInt(f[2]);
                int y = Integer.parseInt(f[3]);
                double[] s = sums.computeIfAbsent(f[0], k -> new double[5]);
                s[0]++;
                s[1] += w * x;
                s[2] += w * y;
                s[3] += w * w * x;
                s[4] += w * w * y;
            }
        }
        Map<String, StratumMoments> out = new LinkedHashMap<>();
        sums.forEach((h, s) -> out.put(h, new StratumMoments((long) s[0], s[1], s[2], s[3], s[4])));
        return out;
    }

    @Test
    void stratifiedEstimateStandardErrorAndLogitIntervalAreRsurveys() throws IOException {
        DomainProportion d = DomainProportion.of(new ArrayList<>(strata().values()), 0.95);
        assertThat(d.estimate()).isCloseTo(0.413489736070381, within(1e-13));
        assertThat(d.standardError()).isCloseTo(0.1555852762715, within(1e-12));
        assertThat(d.interval().lower()).isCloseTo(0.1670103369033, within(1e-9));
        assertThat(d.interval().upper()).isCloseTo(0.712560122241126, within(1e-9));
        assertThat(d.method()).isEqualTo(DomainProportion.Method.TAYLOR_LOGIT);
        assertThat(d.records()).isEqualTo(18);
    }

    @Test
    void oneStratumAloneIsACommune() throws IOException {
        DomainProportion d = DomainProportion.of(List.of(strata().get("A")), 0.95);
        assertThat(d.estimate()).isCloseTo(0.548387096774194, within(1e-13));
        assertThat(d.standardError()).isCloseTo(0.274770592945732, within(1e-12));
        assertThat(d.interval().lower()).isCloseTo(0.121279313186456, within(1e-9));
        assertThat(d.interval().upper()).isCloseTo(0.914407828932101, within(1e-9));
        // Kish: (Σw)² / Σw² over the domain's records 10.5, 12, 15, 9
        assertThat(d.effectiveN()).isCloseTo(46.5 * 46.5 / (10.5 * 10.5 + 144 + 225 + 81), within(1e-12));
    }

    @Test
    void atZeroOrOneTheIntervalIsWilsonOnKishsEffectiveN() {
        // four employed, none a wage worker: the logit has no standard error there
        DomainProportion d = DomainProportion.of(List.of(new StratumMoments(6, 40, 0, 400, 0)), 0.95);
        assertThat(d.estimate()).isZero();
        assertThat(d.method()).isEqualTo(DomainProportion.Method.KISH_WILSON);
        assertThat(d.effectiveN()).isEqualTo(4);
        assertThat(d.interval().lower()).isZero();
        // Wilson with n = 4, x = 0: z²/(n + z²)
        double z2 = 1.959963984540054 * 1.959963984540054;
        assertThat(d.interval().upper()).isCloseTo(z2 / (4 + z2), within(1e-12));
    }

    @Test
    void theEquivalentSizeIsRecoveredFromThePublishedInterval() throws IOException {
        // R's estimate and SE (reference.R): the size of a simple random sample as precise, p(1 − p)/SE²
        DomainProportion d = DomainProportion.of(new ArrayList<>(strata().values()), 0.95);
        double p = 0.413489736070381;
        double se = 0.1555852762715;
        assertThat(DomainProportion.equivalentSize(d.estimate(), d.interval(), d.method()))
                .isCloseTo(p * (1 - p) / (se * se), within(1e-7));
        // at 0 and 1, the effective n of the Wilson interval the estimate was given
        DomainProportion zero = DomainProportion.of(List.of(new StratumMoments(6, 40, 0, 400, 0)), 0.95);
        assertThat(DomainProportion.equivalentSize(0, zero.interval(), zero.method())).isCloseTo(4, within(1e-9));
        DomainProportion one = DomainProportion.of(List.of(new StratumMoments(6, 40, 40, 300, 300)), 0.95);
        assertThat(one.method()).isEqualTo(DomainProportion.Method.KISH_WILSON);
        assertThat(DomainProportion.equivalentSize(1, one.interval(), one.method()))
                .isCloseTo(40.0 * 40 / 300, within(1e-9));
        assertThat(DomainProportion.equivalentSize(0.5, new ConfidenceInterval(0.5, 0.5, 0.95),
                DomainProportion.Method.TAYLOR_LOGIT)).isNaN();
    }

    @Test
    void argumentsAreChecked() {
        assertThatThrownBy(() -> DomainProportion.of(List.of(new StratumMoments(3, 0, 0, 0, 0)), 0.95))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no weighted record in the domain");
        assertThatThrownBy(() -> new StratumMoments(3, 1, 2, 1, 1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("y ≤ x");
        assertThatThrownBy(() -> new StratumMoments(-1, 1, 1, 1, 1)).isInstanceOf(IllegalArgumentException.class);
    }
}
