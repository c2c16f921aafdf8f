package vn.binhdang.registers;

import static org.apache.spark.sql.functions.broadcast;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.regexp_replace;
import static org.apache.spark.sql.functions.replace;
import static org.apache.spark.sql.functions.trim;
import static org.apache.spark.sql.functions.when;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import vn.binhdang.catalogue.Area;
import vn.binhdang.catalogue.Catalogue;

/**
 * The catalogue's areas as a small table to broadcast-join on: every code, name and alias under the
 * key {@link vn.binhdang.catalogue.AreaMatcher} matches on (lower case, no diacritics, "Xã"/"Thị
 * trấn"/"Huyện" dropped), computed for the input by {@link #key(Column)} in Spark SQL.
 */
final class AreaLookup {
  private AreaLookup() {}

  private static final Pattern MARKS = Pattern.compile("\\p{M}+");
  private static final Pattern PREFIX = Pattern.compile("^(xa|thi tran|tt\\.?|huyen|h\\.|tinh)\\s+");
  private static final String PREFIX_SQL = "^(xa|thi tran|tt\\.?|huyen|h\\.|tinh)\\s+";

  static final StructType SCHEMA = new StructType()
      .add("area_key", DataTypes.StringType, false)
      .add("a_code", DataTypes.StringType, false)
      .add("a_level", DataTypes.StringType, false)
      .add("a_commune", DataTypes.BooleanType, false);

  /** One row per distinct key; a code wins over a name that happens to reduce to the same key. */
  static Dataset<Row> table(SparkSession spark, Catalogue catalogue) {
    Map<String, Row> rows = new LinkedHashMap<>();
    List<Area> areas = catalogue.areas();
    for (Area a : areas) put(rows, key(a.code()), a);
    for (Area a : areas) {
      put(rows, key(a.nameVi()), a);
      put(rows, key(a.nameEn()), a);
      for (String alias : a.aliases()) put(rows, key(alias), a);
    }
    return broadcast(spark.createDataFrame(new ArrayList<>(rows.values()), SCHEMA));
  }

  private static void put(Map<String, Row> rows, String key, Area a) {
    boolean commune = a.level().isReportingUnit();
    rows.putIfAbsent(key, RowFactory.create(key, a.code(), a.level().name().toLowerCase(Locale.ROOT), commune));
  }

  /** The same reduction as AreaMatcher's, in Java, for the catalogue side. */
  static String key(String s) {
    String n = Normalizer.normalize(s.toLowerCase(Locale.ROOT), Normalizer.Form.NFD);
    n = MARKS.matcher(n).replaceAll("").replace('đ', 'd').replaceAll("\\s+", " ").strip();
    return PREFIX.matcher(n).replaceFirst("").replace(" commune", "").replace(" town", "").strip();
  }

  /** The same reduction in Spark SQL, for the input side. */
  static Column key(Column text) {
    Column n = trim(regexp_replace(Sql.fold(text), "\\s+", " "));
    n = regexp_replace(n, PREFIX_SQL, "");
    n = replace(replace(n, lit(" commune"), lit("")), lit(" town"), lit(""));
    // a code (the usual case) is its own key: no regular expression for it
    return when(text.try_cast("long").isNotNull(), text).otherwise(trim(n));
  }

  static Column code() {
    return col("a_code");
  }
}
