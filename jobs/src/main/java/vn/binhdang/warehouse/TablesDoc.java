package vn.binhdang.warehouse;

import java.util.List;
import org.apache.spark.sql.types.StructField;

/** The Markdown reference of the warehouse tables, generated from their declared schemas. */
public final class TablesDoc {
  private TablesDoc() {}

  public static String markdown(List<TableSpec> tables) {
    StringBuilder md = new StringBuilder();
    for (TableSpec t : tables) {
      md.append("#### `").append(t.name()).append("`\n\n");
      md.append("Grain: ").append(t.grain()).append(". Written by `").append(t.owner()).append("`");
      if (!t.partitionBy().isEmpty()) md.append(", partitioned by `").append(String.join("`, `", t.partitionBy())).append('`');
      md.append(".\n\n| column | type | description |\n|---|---|---|\n");
      for (StructField f : t.schema().fields()) {
        md.append("| `").append(f.name()).append("` | ").append(f.dataType().simpleString())
            .append(f.nullable() ? "" : ", not null").append(" | ").append(t.doc(f.name()).replace("|", "\\|"))
            .append(" |\n");
      }
      md.append('\n');
    }
    return md.toString();
  }
}
