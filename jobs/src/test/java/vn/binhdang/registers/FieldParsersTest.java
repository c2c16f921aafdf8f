package vn.binhdang.registers;

import static org.apache.spark.sql.functions.col;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;
import vn.binhdang.catalogue.Area;
import vn.binhdang.catalogue.AreaMatcher;
import vn.binhdang.catalogue.Catalogue;
import vn.binhdang.testing.SharedSpark;

/** The Spark SQL field parsers on the spellings real files hold. */
class FieldParsersTest {

  /** Applies {@code f} to each input in one Spark query; results by input. */
  private static Map<String, Object> apply(java.util.function.Function<Column, Column> f, List<String> inputs) {
    Dataset<String> in = SharedSpark.session().createDataset(inputs, Encoders.STRING());
    Map<String, Object> out = new LinkedHashMap<>();
    for (Row r : in.select(col("value"), f.apply(Sql.clean(col("value"))).as("out")).collectAsList()) {
      out.put(r.getString(0), r.get(1));
    }
    return out;
  }

  @Test
  void datesAreIsoOrDayMonthYearAndMustExist() {
    Map<String, Object> d = apply(Sql::toDate, List.of("2023-03-05", "2023-3-5", "05/03/2023", "5/3/2023", " 2023-03-05 ",
        "2023-02-29", "2024-02-29", "31/04/2023", "2023/03/05", "03-05-2023", "20230305", "2023-03-05T00:00"));
    assertThat(d.get("2023-03-05")).hasToString("2023-03-05");
    assertThat(d.get("2023-3-5")).hasToString("2023-03-05");
    assertThat(d.get("05/03/2023")).as("day first").hasToString("2023-03-05");
    assertThat(d.get("5/3/2023")).hasToString("2023-03-05");
    assertThat(d.get(" 2023-03-05 ")).hasToString("2023-03-05");
    assertThat(d.get("2024-02-29")).hasToString("2024-02-29");
    for (String bad : List.of("2023-02-29", "31/04/2023", "2023/03/05", "03-05-2023", "20230305", "2023-03-05T00:00")) {
      assertThat(d.get(bad)).as(bad).isNull();
    }
  }

  @Test
  void wholeNumbersBooleansAndSexes() {
    Map<String, Object> n = apply(Sql::toInt, List.of("17", "+17", "17.0", "17.5", "1O", "", "99999999999", "1e1"));
    assertThat(n).containsEntry("17", 17).containsEntry("+17", 17).containsEntry("17.0", 17).containsEntry("17.5", null)
        .containsEntry("1O", null).containsEntry("", null).containsEntry("99999999999", null).containsEntry("1e1", null);
    Map<String, Object> b = apply(Sql::toBool, List.of("true", "FALSE", "1", "0", "yes", "No", "có", "Không", "x", "đúng"));
    assertThat(b).containsEntry("true", true).containsEntry("FALSE", false).containsEntry("1", true).containsEntry("0", false)
        .containsEntry("yes", true).containsEntry("No", false).containsEntry("có", true).containsEntry("Không", false)
        .containsEntry("x", null).containsEntry("đúng", null);
    Map<String, Object> s = apply(Sql::toSex, List.of("F", "m", "Nữ", "NAM", "nu\u0303", "female", "T", "x"));
    assertThat(s).containsEntry("F", "F").containsEntry("m", "M").containsEntry("Nữ", "F").containsEntry("NAM", "M")
        .containsEntry("nu\u0303", "F").containsEntry("female", "F").containsEntry("T", null).containsEntry("x", null);
  }

  @Test
  void completedYearsCountABirthdayOnlyOnceItIsReached() {
    Dataset<Row> d = SharedSpark.session().sql("select * from values "
        + "(date'2005-01-15', date'2023-01-15'), (date'2005-01-16', date'2023-01-15'), "
        + "(date'2004-02-29', date'2023-02-28'), (date'2004-02-29', date'2023-03-01'), (date'2004-02-29', date'2024-02-29'), "
        + "(date'2023-06-01', date'2023-05-01') as t(born, at)");
    List<Integer> ages = d.select(Sql.completedYears(col("born"), col("at"))).as(Encoders.INT()).collectAsList();
    assertThat(ages).containsExactly(18, 17, 18, 19, 20, -1);
  }

  @Test
  void areaKeysInSparkMatchExactlyWhatAreaMatcherMatches() {
    Catalogue c = SharedSpark.catalogue();
    AreaMatcher matcher = new AreaMatcher(c);
    List<String> spellings = new ArrayList<>(List.of("Xã Đăk Kôi", "XA DAK KOI", "xã  đắk   kôi", "Dak Koi commune",
        "TT. Đắk Rve", "Thị trấn Đắk Rve", "23479", " 23479 ", "Huyện Kon Rẫy", "Xa\u0303 \u0110a\u0306\u0301k Ko\u0302i",
        "Đắk Kôii", "Kon Tum"));
    for (Area a : c.areas()) {
      spellings.add(a.code());
      spellings.add(a.nameVi());
      spellings.add(a.nameEn());
      spellings.addAll(a.aliases());
    }
    Dataset<Row> lookup = AreaLookup.table(SharedSpark.session(), c);
    Dataset<String> in = SharedSpark.session().createDataset(spellings, Encoders.STRING());
    List<Row> rows = in.select(col("value"), AreaLookup.key(Sql.clean(col("value"))).as("area_key"))
        .join(lookup, new String[] {"area_key"}, "left").select("value", "a_code").collectAsList();
    assertThat(rows).hasSize(spellings.size());
    for (Row r : rows) {
      String text = r.getString(0);
      assertThat(r.<String>getAs("a_code")).as(text).isEqualTo(matcher.match(text).orElse(null));
    }
    assertThat(rows.stream().filter(r -> r.getString(0).equals("Xa\u0303 \u0110a\u0306\u0301k Ko\u0302i")).findFirst()
        .orElseThrow().<String>getAs("a_code")).as("decomposed (NFD) text").isEqualTo("23482");
  }

  @Test
  void ethnicGroupsByNameOtherNameOrCodeAndNothingElse() {
    assertThat(EthnicGroups.MINORITIES).hasSize(53).doesNotHaveDuplicates();
    assertThat(EthnicGroups.minorityKeys()).doesNotContainAnyElementsOf(EthnicGroups.kinhKeys());
    Map<String, Object> m = apply(EthnicGroups::isMinority, List.of("Kinh", "KINH", "Việt", "01", "1", "Xơ Đăng",
        "Xơ-đăng", "XO DANG", "Sedang", "Ba Na", "Bahnar", "H'Mông", "Gia Rai", "Hoa", "14", "02", "54", "55", "00",
        "Kihn", "unknown", "Khmer", "Giẻ-Triêng", "Bru Vân Kiều", "Ơ Đu", "Rơ Măm"));
    for (String kinh : List.of("Kinh", "KINH", "Việt", "01", "1")) assertThat(m.get(kinh)).as(kinh).isEqualTo(false);
    for (String minority : List.of("Xơ Đăng", "Xơ-đăng", "XO DANG", "Sedang", "Ba Na", "Bahnar", "H'Mông", "Gia Rai",
        "Hoa", "14", "02", "54", "Khmer", "Giẻ-Triêng", "Bru Vân Kiều", "Ơ Đu", "Rơ Măm")) {
      assertThat(m.get(minority)).as(minority).isEqualTo(true);
    }
    for (String unknown : List.of("55", "00", "Kihn", "unknown")) assertThat(m.get(unknown)).as(unknown).isNull();
  }
}
