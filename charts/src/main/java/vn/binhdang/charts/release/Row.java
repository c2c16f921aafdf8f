package vn.binhdang.charts.release;

import java.util.Map;

/**
 * One row of a table, already converted to Java values (null where the cell is null).
 * Knows where it came from, so that a bad value can be reported with its file and row number.
 */
record Row(String table, String file, long index, Map<String, Object> values) {

    String string(String column) {
        return (String) values.get(column);
    }

    Integer integer(String column) {
        return (Integer) values.get(column);
    }

    Double dbl(String column) {
        return (Double) values.get(column);
    }

    Boolean bool(String column) {
        return (Boolean) values.get(column);
    }

    String requireString(String column) {
        String v = string(column);
        if (v == null || v.isBlank()) {
            throw nullKey(column);
        }
        return v;
    }

    int requireInt(String column) {
        Integer v = integer(column);
        if (v == null) {
            throw nullKey(column);
        }
        return v;
    }

    ReleaseException invalid(String column, Object value, String expected) {
        return new ReleaseException("Table " + table + ", file " + file + ", row " + (index + 1)
                + ": column '" + column + "' has value '" + value + "', expected " + expected);
    }

    private ReleaseException nullKey(String column) {
        return new ReleaseException("Table " + table + ", file " + file + ", row " + (index + 1)
                + ": column '" + column + "' is null or empty, but every row needs it");
    }
}
