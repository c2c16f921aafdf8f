package vn.binhdang.charts.release;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.apache.parquet.ParquetReadOptions;
import org.apache.parquet.column.page.PageReadStore;
import org.apache.parquet.conf.PlainParquetConfiguration;
import org.apache.parquet.example.data.Group;
import org.apache.parquet.example.data.simple.convert.GroupRecordConverter;
import org.apache.parquet.hadoop.ParquetFileReader;
import org.apache.parquet.io.ColumnIOFactory;
import org.apache.parquet.io.LocalInputFile;
import org.apache.parquet.io.MessageColumnIO;
import org.apache.parquet.io.RecordReader;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.PrimitiveType;
import org.apache.parquet.schema.PrimitiveType.PrimitiveTypeName;
import org.apache.parquet.schema.Type;

/**
 * Reads one table of a release: a directory of Spark part files, each read with parquet-hadoop's
 * {@link ParquetFileReader} on a {@link LocalInputFile}. That path uses no Hadoop FileSystem, so no
 * Hadoop configuration, native-library or checksum warnings; Spark's {@code _SUCCESS}, {@code .crc}
 * and other hidden files are skipped. Sub-directories such as {@code year=2023/} are read too and
 * their {@code key=value} names supply a column the files lack (Spark drops partition columns).
 */
final class ParquetTable {

    private ParquetTable() {
    }

    /** Reads every row of {@code <releaseDir>/<table>}, projecting and converting the given columns. */
    static List<Row> read(Path releaseDir, String table, List<Column> columns) {
        return read(releaseDir, table, columns, r -> r);
    }

    /**
     * Reads every row of a table and maps it as it is read (null results are left out): only the mapped
     * values are kept, never a list of all generic rows, so a large release needs far less heap.
     */
    static <T> List<T> read(Path releaseDir, String table, List<Column> columns, Function<Row, T> mapper) {
        Path dir = releaseDir.resolve(table);
        if (!Files.isDirectory(dir)) {
            throw new ReleaseException("Release " + releaseDir + " has no table '" + table
                    + "' (expected a directory " + dir + " of Parquet part files)");
        }
        List<Path> files = partFiles(dir);
        if (files.isEmpty()) {
            throw new ReleaseException("Table '" + table + "' in " + dir + " has no Parquet part files (*.parquet)");
        }
        List<T> out = new ArrayList<>();
        Map<String, String> strings = new HashMap<>();
        for (Path file : files) {
            readFile(table, dir, file, columns, strings, row -> {
                T mapped = mapper.apply(row);
                if (mapped != null) {
                    out.add(mapped);
                }
            });
        }
        return out;
    }

    /** Whether the release holds the table: a directory with at least one Parquet part file. */
    static boolean exists(Path releaseDir, String table) {
        Path dir = releaseDir.resolve(table);
        return Files.isDirectory(dir) && !partFiles(dir).isEmpty();
    }

    /** Rows of a table from the part files' footers alone (no data page is read); 0 when absent. */
    static long rowCount(Path releaseDir, String table) {
        Path dir = releaseDir.resolve(table);
        if (!Files.isDirectory(dir)) {
            return 0;
        }
        long rows = 0;
        ParquetReadOptions options = ParquetReadOptions.builder(new PlainParquetConfiguration()).build();
        for (Path file : partFiles(dir)) {
            try (ParquetFileReader reader = ParquetFileReader.open(new LocalInputFile(file), options)) {
                rows += reader.getRecordCount();
            } catch (IOException e) {
                throw new ReleaseException("Table '" + table + "': cannot read the footer of " + file + ": " + e, e);
            }
        }
        return rows;
    }

    private static List<Path> partFiles(Path dir) {
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(Files::isRegularFile)
                    .filter(p -> p.getFileName().toString().endsWith(".parquet"))
                    .filter(p -> !hidden(dir.relativize(p)))
                    .sorted()
                    .collect(Collectors.toList());
        } catch (IOException e) {
            throw new ReleaseException("Cannot list " + dir + ": " + e.getMessage(), e);
        }
    }

    /** Spark's convention: names starting with '_' or '.' are metadata, not data. */
    private static boolean hidden(Path relative) {
        for (Path part : relative) {
            String name = part.toString();
            if (name.startsWith("_") || name.startsWith(".")) {
                return true;
            }
        }
        return false;
    }

    private static void readFile(String table, Path dir, Path file, List<Column> columns, Map<String, String> strings,
                                 Consumer<Row> out) {
        String fileName = dir.relativize(file).toString();
        Map<String, String> partitions = partitionValues(dir.relativize(file));
        ParquetReadOptions options = ParquetReadOptions.builder(new PlainParquetConfiguration()).build();
        try (ParquetFileReader reader = ParquetFileReader.open(new LocalInputFile(file), options)) {
            MessageType schema = reader.getFooter().getFileMetaData().getSchema();
            List<Type> projected = new ArrayList<>();
            for (Column c : columns) {
                if (schema.containsField(c.name())) {
                    Type field = schema.getType(c.name());
                    checkType(table, fileName, c, field);
                    projected.add(field);
                } else if (!partitions.containsKey(c.name()) && c.required()) {
                    throw new ReleaseException("Table '" + table + "', file " + fileName + ": missing column "
                            + c + "; found " + schema.getFields().stream().map(Type::getName)
                            .collect(Collectors.joining(", ")));
                }
            }
            MessageType projection = new MessageType(schema.getName(), projected);
            reader.setRequestedSchema(projection);
            MessageColumnIO io = new ColumnIOFactory().getColumnIO(projection, schema);
            long index = 0;
            PageReadStore pages;
            while ((pages = reader.readNextRowGroup()) != null) {
                RecordReader<Group> records = io.getRecordReader(pages, new GroupRecordConverter(projection));
                for (long i = 0, n = pages.getRowCount(); i < n; i++, index++) {
                    Group g = records.read();
                    Map<String, Object> values = new LinkedHashMap<>();
                    for (Column c : columns) {
                        values.put(c.name(), projection.containsField(c.name())
                                ? shared(cell(g, c, projection.getType(c.name())), strings)
                                : partitionCell(table, fileName, c, partitions.get(c.name())));
                    }
                    out.accept(new Row(table, fileName, index, Collections.unmodifiableMap(values)));
                }
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof ReleaseException re) {
                throw re;
            }
            throw new ReleaseException("Table '" + table + "': cannot read " + file + ": " + e, e);
        }
    }

    /**
     * One String object per distinct short text of a table: codes, sexes and period labels repeat on
     * every row, and a million copies of "HLT_SRB" would fill the heap.
     */
    private static Object shared(Object value, Map<String, String> strings) {
        if (value instanceof String s && s.length() <= 40) {
            return strings.computeIfAbsent(s, k -> k);
        }
        return value;
    }

    private static Map<String, String> partitionValues(Path relative) {
        Map<String, String> values = new LinkedHashMap<>();
        for (int i = 0; i < relative.getNameCount() - 1; i++) {
            String name = relative.getName(i).toString();
            int eq = name.indexOf('=');
            if (eq > 0) {
                values.put(name.substring(0, eq), name.substring(eq + 1));
            }
        }
        return values;
    }

    private static void checkType(String table, String file, Column c, Type field) {
        boolean ok = field.isPrimitive() && !field.isRepetition(Type.Repetition.REPEATED)
                && switch (c.type()) {
                    case STRING -> field.asPrimitiveType().getPrimitiveTypeName() == PrimitiveTypeName.BINARY;
                    case INT -> isOneOf(field, PrimitiveTypeName.INT32, PrimitiveTypeName.INT64);
                    case DOUBLE -> isOneOf(field, PrimitiveTypeName.DOUBLE, PrimitiveTypeName.FLOAT,
                            PrimitiveTypeName.INT32, PrimitiveTypeName.INT64)
                            && field.getLogicalTypeAnnotation() == null;
                    case BOOLEAN -> isOneOf(field, PrimitiveTypeName.BOOLEAN);
                };
        if (!ok) {
            throw new ReleaseException("Table '" + table + "', file " + file + ": column " + c
                    + " has Parquet type " + field.toString().trim());
        }
    }

    private static boolean isOneOf(Type field, PrimitiveTypeName... names) {
        PrimitiveTypeName actual = field.asPrimitiveType().getPrimitiveTypeName();
        for (PrimitiveTypeName n : names) {
            if (n == actual) {
                return true;
            }
        }
        return false;
    }

    private static Object cell(Group g, Column c, Type field) {
        int i = g.getType().getFieldIndex(c.name());
        if (g.getFieldRepetitionCount(i) == 0) {
            return null;
        }
        PrimitiveType.PrimitiveTypeName t = field.asPrimitiveType().getPrimitiveTypeName();
        return switch (c.type()) {
            case STRING -> g.getBinary(i, 0).toStringUsingUTF8();
            case BOOLEAN -> g.getBoolean(i, 0);
            case INT -> t == PrimitiveTypeName.INT64 ? Math.toIntExact(g.getLong(i, 0)) : g.getInteger(i, 0);
            case DOUBLE -> nanToNull(switch (t) {
                case FLOAT -> (double) g.getFloat(i, 0);
                case INT32 -> (double) g.getInteger(i, 0);
                case INT64 -> (double) g.getLong(i, 0);
                default -> g.getDouble(i, 0);
            });
        };
    }

    /** NaN is "not computable" just as null is; callers only ever see null. */
    private static Double nanToNull(double v) {
        return Double.isNaN(v) ? null : v;
    }

    private static Object partitionCell(String table, String file, Column c, String raw) {
        if (raw == null || raw.equals("__HIVE_DEFAULT_PARTITION__")) {
            return null;
        }
        try {
            return switch (c.type()) {
                case STRING -> raw;
                case INT -> Integer.parseInt(raw);
                case DOUBLE -> nanToNull(Double.parseDouble(raw));
                case BOOLEAN -> Boolean.parseBoolean(raw);
            };
        } catch (NumberFormatException e) {
            throw new ReleaseException("Table '" + table + "', file " + file + ": partition value " + c.name()
                    + "=" + raw + " is not a " + c.type().label);
        }
    }
}
