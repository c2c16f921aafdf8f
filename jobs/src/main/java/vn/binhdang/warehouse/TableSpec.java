package vn.binhdang.warehouse;

import java.util.Arrays;
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.Metadata;
import org.apache.spark.sql.types.MetadataBuilder;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * A published table: its name, grain, owning job, documented columns and partitioning. The schema
 * carries each column's description as Spark metadata ("comment"), which Spark stores in the
 * Parquet footer, so the documentation travels with the data.
 */
public record TableSpec(String name, String grain, String owner, StructType schema, List<String> partitionBy,
    List<String> maskedWhenSuppressed) {

  public TableSpec {
    partitionBy = List.copyOf(partitionBy);
    maskedWhenSuppressed = List.copyOf(maskedWhenSuppressed);
    for (String c : maskedWhenSuppressed) {
      if (!List.of(schema.fieldNames()).contains(c) || !List.of(schema.fieldNames()).contains("suppressed")) {
        throw new IllegalArgumentException(name + ": masked column " + c + " needs itself and 'suppressed'");
      }
    }
  }

  public TableSpec(String name, String grain, String owner, StructType schema, List<String> partitionBy) {
    this(name, grain, owner, schema, partitionBy, List.of());
  }

  /**
   * This table with the columns that could reveal a hidden count: outputs for people (exports, the
   * chart pack) blank them on rows where {@code suppressed} is true. The warehouse keeps them.
   */
  public TableSpec masking(String... columns) {
    return new TableSpec(name, grain, owner, schema, partitionBy, List.of(columns));
  }

  /** The rows as they may be published: masked columns null where suppressed. */
  public Dataset<Row> publishable(Dataset<Row> df) {
    Dataset<Row> out = df;
    for (String c : maskedWhenSuppressed) {
      out = out.withColumn(c, functions.when(functions.col("suppressed"), functions.lit(null)).otherwise(functions.col(c)));
    }
    return out;
  }

  /** A documented column. */
  public record ColumnDoc(String name, DataType type, boolean nullable, String doc) {
    StructField field() {
      Metadata md = new MetadataBuilder().putString("comment", doc).build();
      return new StructField(name, type, nullable, md);
    }
  }

  public static ColumnDoc col(String name, DataType type, String doc) {
    return new ColumnDoc(name, type, true, doc);
  }

  public static ColumnDoc key(String name, DataType type, String doc) {
    return new ColumnDoc(name, type, false, doc);
  }

  static StructType schema(ColumnDoc... columns) {
    return new StructType(Arrays.stream(columns).map(ColumnDoc::field).toArray(StructField[]::new));
  }

  /** The column names, in order. */
  public List<String> columns() {
    return Arrays.asList(schema.fieldNames());
  }

  /**
   * Selects this table's columns from {@code df}, in order, cast to their declared types and carrying
   * their descriptions, so what is written is exactly the declared schema.
   */
  public Dataset<Row> conform(Dataset<Row> df) {
    Column[] cols = Arrays.stream(schema.fields())
        .map(f -> functions.col(f.name()).cast(f.dataType()).as(f.name(), f.metadata()))
        .toArray(Column[]::new);
    return df.select(cols);
  }

  /** A column's description. */
  public String doc(String column) {
    return schema.apply(column).getComment().getOrElse(() -> "");
  }
}
