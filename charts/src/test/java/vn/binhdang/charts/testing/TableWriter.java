package vn.binhdang.charts.testing;

import static org.apache.parquet.schema.LogicalTypeAnnotation.stringType;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.parquet.example.data.Group;
import org.apache.parquet.example.data.simple.SimpleGroupFactory;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.PrimitiveType.PrimitiveTypeName;
import org.apache.parquet.schema.Types;

/**
 * Writes any table of the contract as Spark does (all columns optional, snappy part files, {@code _SUCCESS},
 * hidden {@code .crc}), from column declarations and rows as maps: the marts, rejects and optional tables
 * of test releases.
 */
public final class TableWriter {

    /** Column types as Spark writes them to Parquet. */
    public enum Type {
        STRING, INT, LONG, DOUBLE, BOOLEAN
    }

    public record Col(String name, Type type) {
    }

    public static Col str(String name) {
        return new Col(name, Type.STRING);
    }

    public static Col integer(String name) {
        return new Col(name, Type.INT);
    }

    public static Col bigint(String name) {
        return new Col(name, Type.LONG);
    }

    public static Col dbl(String name) {
        return new Col(name, Type.DOUBLE);
    }

    public static Col bool(String name) {
        return new Col(name, Type.BOOLEAN);
    }

    private TableWriter() {
    }

    public static MessageType schema(List<Col> cols) {
        Types.MessageTypeBuilder b = Types.buildMessage();
        for (Col c : cols) {
            switch (c.type()) {
                case STRING -> b.optional(PrimitiveTypeName.BINARY).as(stringType()).named(c.name());
                case INT -> b.optional(PrimitiveTypeName.INT32).named(c.name());
                case LONG -> b.optional(PrimitiveTypeName.INT64).named(c.name());
                case DOUBLE -> b.optional(PrimitiveTypeName.DOUBLE).named(c.name());
                case BOOLEAN -> b.optional(PrimitiveTypeName.BOOLEAN).named(c.name());
            }
        }
        return b.named("spark_schema");
    }

    /** Writes {@code <dir>/<table>/} with the rows split over {@code parts} part files. */
    public static void write(Path dir, String table, List<Col> cols, List<Map<String, Object>> rows, int parts) {
        MessageType schema = schema(cols);
        SimpleGroupFactory f = new SimpleGroupFactory(schema);
        List<Group> groups = new ArrayList<>();
        for (Map<String, Object> r : rows) {
            Group g = f.newGroup();
            for (Col c : cols) {
                Object v = r.get(c.name());
                if (v == null) {
                    continue;
                }
                switch (c.type()) {
                    case STRING -> g.add(c.name(), v.toString());
                    case INT -> g.add(c.name(), ((Number) v).intValue());
                    case LONG -> g.add(c.name(), ((Number) v).longValue());
                    case DOUBLE -> {
                        double d = ((Number) v).doubleValue();
                        if (!Double.isNaN(d)) {
                            g.add(c.name(), d);
                        }
                    }
                    case BOOLEAN -> g.add(c.name(), (Boolean) v);
                }
            }
            groups.add(g);
        }
        List<List<Group>> chunks = new ArrayList<>();
        int n = Math.max(1, parts);
        int size = (groups.size() + n - 1) / n;
        for (int i = 0; i < n; i++) {
            int from = Math.min(groups.size(), i * size);
            int to = Math.min(groups.size(), from + size);
            if (from < to || (i == 0)) {
                chunks.add(groups.subList(from, to));
            }
        }
        FixtureRelease.writeTable(dir.resolve(table), schema, chunks);
    }
}
