package vn.binhdang.exports;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;
import vn.binhdang.testing.SharedSpark;

/** Exported doubles have four significant digits and keep every whole digit (Java's BigDecimal as reference). */
class ExportsRoundingTest {

  @Test
  void fourSignificantDigitsWholeDigitsKept() {
    double[] in = {28.571428571428573, 11507.0, 7.260880751695237E-7, -0.9574271077563381, 114.53, 1234.5678,
        -19157.142857142855, 0.0, 53.48837209302325, 99.99999, Double.NaN};
    List<Row> rows = new ArrayList<>();
    for (double d : in) rows.add(RowFactory.create(d));
    rows.add(RowFactory.create((Object) null));
    Dataset<Row> df = SharedSpark.session().createDataFrame(rows,
        new StructType().add("x", DataTypes.DoubleType, true));
    List<Row> out = df.select(ExportsJob.rounded(df.col("x"))).collectAsList();
    List<String> printed = out.stream().map(r -> r.isNullAt(0) ? "null" : String.valueOf(r.getDouble(0))).toList();
    assertThat(printed).containsExactly("28.57", "11507.0", "7.261E-7", "-0.9574", "114.5", "1235.0", "-19157.0",
        "0.0", "53.49", "100.0", "NaN", "null");
    // the same as BigDecimal's HALF_UP rounding to 4 significant digits where that keeps the whole digits
    for (int i = 0; i < 7; i++) {
      double ref = new java.math.BigDecimal(Double.toString(in[i]))
          .round(new java.math.MathContext(Math.max(4, (int) Math.floor(Math.log10(Math.abs(in[i]))) + 1),
              java.math.RoundingMode.HALF_UP)).doubleValue();
      assertThat(out.get(i).getDouble(0)).as(Arrays.toString(new double[] {in[i]})).isEqualTo(ref);
    }
  }
}
