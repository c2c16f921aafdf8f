package vn.binhdang.charts.release;

/**
 * A release cannot be read as the table contract says: a table, a part file or a column is missing,
 * a column has the wrong type, or a key column is null. The message names the table, file and column
 * so that whoever runs the pipeline can fix the release without reading code.
 */
public class ReleaseException extends RuntimeException {
    public ReleaseException(String message) {
        super(message);
    }

    public ReleaseException(String message, Throwable cause) {
        super(message, cause);
    }
}
