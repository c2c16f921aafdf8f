package vn.binhdang.stats;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import vn.binhdang.stats.disclosure.CellSuppression;
import vn.binhdang.stats.disclosure.Relation;
import vn.binhdang.stats.disclosure.SuppressionResult;
import vn.binhdang.stats.interval.ConfidenceInterval;
import vn.binhdang.stats.interval.NewcombeHybridScoreInterval;
import vn.binhdang.stats.interval.SexRatioInterval;
import vn.binhdang.stats.interval.WilsonScoreInterval;
import vn.binhdang.stats.trend.OlsTrend;
import vn.binhdang.stats.trend.OlsTrendResult;

/** Spark ships closures and results by Java serialization: method objects and results must survive it. */
class SerializationTest {

    @SuppressWarnings("unchecked")
    private static <T> T roundTrip(T object) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(object);
        }
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            return (T) in.readObject();
        }
    }

    @Test
    void methodObjectsAndResultsSerialize() throws Exception {
        WilsonScoreInterval wilson = roundTrip(new WilsonScoreInterval());
        assertThat(wilson.createInterval(20, 3)).isEqualTo(new WilsonScoreInterval().createInterval(20, 3));
        assertThat(roundTrip(new SexRatioInterval()).estimate(106, 100).ratio()).isEqualTo(1.06);
        assertThat(roundTrip(new NewcombeHybridScoreInterval()).createInterval(10, 3, 10, 5)).isNotNull();
        ConfidenceInterval ci = new ConfidenceInterval(0.1, 0.2, 0.95);
        assertThat(roundTrip(ci)).isEqualTo(ci);
        OlsTrendResult ols = OlsTrend.fit(new double[] {2019, 2020, 2021}, new double[] {1, 3, 2});
        assertThat(roundTrip(ols)).isEqualTo(ols);
        SuppressionResult<String> r = roundTrip(new CellSuppression()).suppress(
                Map.of("T", 8.0, "F", 3.0, "M", 5.0), List.of(Relation.of("T", "F", "M")));
        assertThat(roundTrip(r)).isEqualTo(r);
    }
}
