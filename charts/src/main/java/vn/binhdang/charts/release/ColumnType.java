package vn.binhdang.charts.release;

/** The plain Java types a contract column is read as. */
enum ColumnType {
    STRING("string"), INT("int"), DOUBLE("double"), BOOLEAN("boolean");

    final String label;

    ColumnType(String label) {
        this.label = label;
    }
}
