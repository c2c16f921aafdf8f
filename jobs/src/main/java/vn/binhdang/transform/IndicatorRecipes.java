package vn.binhdang.transform;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import vn.binhdang.catalogue.Catalogue;
import vn.binhdang.catalogue.Indicator;
import vn.binhdang.catalogue.Measure;
import vn.binhdang.catalogue.MeasureRef;
import vn.binhdang.catalogue.Sex;

/**
 * The catalogue turned into a small join table: for each indicator, each sex it is computed for and
 * each role (numerator, denominator), which measure, sex and group of {@code fct_counts} to read.
 * It has one row per indicator × sex × role (about a hundred), so Spark broadcasts it.
 */
final class IndicatorRecipes {
  private IndicatorRecipes() {}

  static final String NUMERATOR = "num";
  static final String DENOMINATOR = "den";

  static final StructType SCHEMA = new StructType()
      .add("indicator_code", DataTypes.StringType, false)
      .add("kind", DataTypes.StringType, false)
      .add("out_sex", DataTypes.StringType, false)
      .add("role", DataTypes.StringType, false)
      .add("r_measure", DataTypes.StringType, false)
      .add("r_sex", DataTypes.StringType, false)
      .add("r_group", DataTypes.StringType, false)
      .add("r_sensitive", DataTypes.BooleanType, false)
      .add("commune_level", DataTypes.BooleanType, false)
      .add("threshold", DataTypes.DoubleType, true)
      .add("expected_periods", DataTypes.IntegerType, false)
      .add("period_codes", DataTypes.createArrayType(DataTypes.StringType, false), false);

  static Dataset<Row> of(SparkSession spark, Catalogue c) {
    List<Row> rows = new ArrayList<>();
    for (Indicator i : c.indicators()) {
      boolean communeLevel = c.isCommuneLevel(i);
      for (Sex sex : i.sexes()) {
        add(rows, c, i, sex, NUMERATOR, i.numerator(), communeLevel);
        if (i.denominator() != null) add(rows, c, i, sex, DENOMINATOR, i.denominator(), communeLevel);
      }
    }
    return spark.createDataFrame(rows, SCHEMA);
  }

  private static void add(List<Row> rows, Catalogue c, Indicator i, Sex sex, String role, MeasureRef ref,
      boolean communeLevel) {
    Measure m = c.measure(ref.measure()).orElseThrow();
    rows.add(RowFactory.create(i.code(), i.kind().name().toLowerCase(Locale.ROOT), sex.name(), role, m.code(),
        ref.sexFor(sex).name(), i.populationGroup(), m.sensitive(), communeLevel, i.threshold(),
        m.period().periods().size(), m.period().periods().toArray(String[]::new)));
  }
}
