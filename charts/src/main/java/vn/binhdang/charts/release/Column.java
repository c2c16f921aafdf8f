package vn.binhdang.charts.release;

/**
 * One column of the table contract.
 *
 * @param required {@code false} only for columns the contract may add later (then read as null when absent)
 */
record Column(String name, ColumnType type, boolean required) {
    static Column string(String name) {
        return new Column(name, ColumnType.STRING, true);
    }

    static Column integer(String name) {
        return new Column(name, ColumnType.INT, true);
    }

    static Column dbl(String name) {
        return new Column(name, ColumnType.DOUBLE, true);
    }

    static Column bool(String name) {
        return new Column(name, ColumnType.BOOLEAN, true);
    }

    Column optional() {
        return new Column(name, type, false);
    }

    @Override
    public String toString() {
        return name + " (" + type.label + ")";
    }
}
