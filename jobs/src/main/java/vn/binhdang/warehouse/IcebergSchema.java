package vn.binhdang.warehouse;

import java.util.ArrayList;
import java.util.List;
import org.apache.iceberg.PartitionSpec;
import org.apache.iceberg.Schema;
import org.apache.iceberg.mapping.MappingUtil;
import org.apache.iceberg.mapping.NameMappingParser;
import org.apache.iceberg.types.Type;
import org.apache.iceberg.types.Types;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * A declared table's schema as Iceberg sees it. Spark's Parquet writer stores no Iceberg field ids, so
 * the tables carry a default name mapping (the way Iceberg's own {@code add_files} and {@code migrate}
 * adopt existing Parquet files): readers match the files' columns to the schema by name.
 *
 * <p>Every column is optional: Spark writes a column's nullability from the Dataset it came from, not
 * from the declaration, and an Iceberg reader rejects a required column stored as optional.
 */
final class IcebergSchema {
  private IcebergSchema() {}

  /** The columns in order, with their descriptions as Iceberg docs; ids from 1. */
  static Schema of(StructType schema) {
    List<Types.NestedField> fields = new ArrayList<>();
    int id = 1;
    for (StructField f : schema.fields()) {
      String doc = f.getComment().isDefined() ? f.getComment().get() : null;
      fields.add(Types.NestedField.optional(id++, f.name(), type(f.name(), f.dataType()), doc));
    }
    return new Schema(fields);
  }

  /** Identity partitions on the table's hive-style partition columns (the folders Spark writes). */
  static PartitionSpec partitionSpec(Schema schema, List<String> partitionBy) {
    PartitionSpec.Builder b = PartitionSpec.builderFor(schema);
    partitionBy.forEach(b::identity);
    return b.build();
  }

  /** The name mapping (JSON) that lets readers find a schema's columns in files without field ids. */
  static String nameMapping(Schema schema) {
    return NameMappingParser.toJson(MappingUtil.create(schema));
  }

  /** True when both schemas have the same column names, types and docs in the same order (ids aside). */
  static boolean sameColumns(Schema a, Schema b) {
    return a.asStruct().fields().size() == b.asStruct().fields().size()
        && a.asStruct().fields().stream().allMatch(f -> {
          Types.NestedField g = b.findField(f.name());
          return g != null && g.type().equals(f.type()) && java.util.Objects.equals(g.doc(), f.doc());
        });
  }

  /** The Iceberg type of a declared column; the warehouse declares no other Spark types. */
  static Type type(String column, DataType t) {
    if (t.equals(DataTypes.StringType)) return Types.StringType.get();
    if (t.equals(DataTypes.IntegerType)) return Types.IntegerType.get();
    if (t.equals(DataTypes.LongType)) return Types.LongType.get();
    if (t.equals(DataTypes.DoubleType)) return Types.DoubleType.get();
    if (t.equals(DataTypes.BooleanType)) return Types.BooleanType.get();
    if (t.equals(DataTypes.DateType)) return Types.DateType.get();
    throw new IllegalArgumentException("column " + column + ": no Iceberg type for Spark's " + t.simpleString()
        + "; declare it as string, int, bigint, double, boolean or date");
  }
}
