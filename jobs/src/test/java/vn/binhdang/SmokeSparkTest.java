package vn.binhdang;

import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import static org.assertj.core.api.Assertions.assertThat;

class SmokeSparkTest {
  @Test void sparkRuns() {
    SparkSession s = SparkSession.builder().master("local[2]").config("spark.ui.enabled","false").getOrCreate();
    assertThat(s.range(10).count()).isEqualTo(10);
    s.stop();
  }
}
