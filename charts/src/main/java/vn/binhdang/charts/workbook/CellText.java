package vn.binhdang.charts.workbook;

/**
 * The rule every spreadsheet cell of the product follows (OWASP "CSV Injection"): text that begins with
 * {@code =}, {@code +}, {@code -}, {@code @}, a tab or a carriage return gets a leading apostrophe, so Excel
 * shows it instead of running it as a formula. Declared here, where the chart module's workbook needs it, and
 * used by the jobs' exports and rejects reports too.
 */
public final class CellText {
    private CellText() {
    }

    /** The characters that make a spreadsheet read a cell as a formula (OWASP). */
    public static final String TRIGGERS = "=+-@\t\r";

    /** Whether a spreadsheet would treat {@code text} as a formula. */
    public static boolean dangerous(String text) {
        return text != null && !text.isEmpty() && TRIGGERS.indexOf(text.charAt(0)) >= 0;
    }

    /** {@code text} itself, or with a leading apostrophe when it would run as a formula; null stays null. */
    public static String neutralise(String text) {
        return dangerous(text) ? "'" + text : text;
    }
}
