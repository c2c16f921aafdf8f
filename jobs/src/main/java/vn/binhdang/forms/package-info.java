/**
 * Commune report workbooks (DESIGN §4.2): the XLSX form each commune fills in every December, and
 * its ingest.
 *
 * <h2>The form</h2>
 *
 * {@code binhdang template --year 2023 [--area CODE] --out DIR} writes one workbook per commune
 * ({@code bieu-mau-2023-23482-dak-koi.xlsx}), or the district's own form with {@code --area 614}. Its
 * layout is derived from the catalogue ({@link vn.binhdang.forms.FormLayout}): nothing in the code
 * names a measure.
 *
 * <ul>
 *   <li><b>"Thông tin chung"</b> (cover): area code (B4), name (B5), enclosing areas (B6), year (B7),
 *       form version (B8), all protected; "Ngày nộp" (B9, submission date) and "Người lập biểu" (B10,
 *       who prepared it) are inputs; then instructions in Vietnamese.
 *   <li><b>"Mục tiêu N"</b>, one per objective with measures of this form's level. Title rows 1-3;
 *       from row 5, sections by period type, each with a header row: "STT", "Chỉ tiêu", "Loại số",
 *       the value columns, "Ghi chú". Rows are the measures the objective's indicators read, in
 *       {@code measures.csv} order, with the reading indicator's population group. Value columns: "Nữ",
 *       "Nam", "Tổng" for yearly measures; "Quý I"–"Quý IV" for quarterly ones; "Tháng 1"–"Tháng 12"
 *       for monthly ones (district form only). "x" marks a sex the measure does not have.
 *   <li><b>"_binhdang"</b> (very hidden): the key, see {@link vn.binhdang.forms.FormKey}.
 * </ul>
 *
 * Input cells are light yellow, unlocked and validated ("whole number ≥ 0" for counts, "decimal ≥ 0"
 * for means, a date in the form's year or the next for "Ngày nộp"), each with an input message; the
 * "Ghi chú" column is unlocked free text. Everything else is protected, without a password. "Tổng" is
 * an input, not a formula (see {@link vn.binhdang.forms.FormLayout}); a conditional format turns it red
 * when it differs from "Nữ" + "Nam", and the pipeline's F + M = T rule applies downstream.
 *
 * <h2>Ingest</h2>
 *
 * {@link vn.binhdang.forms.FormParser} ({@code form_xlsx}, {@code *.xlsx}) reads a filled form through
 * its key, so renamed or reordered sheets, inserted rows, edited labels, notes, comments and anything
 * typed outside the mapped cells do not matter. Values: numbers, numbers typed as text in the
 * Vietnamese way ({@link vn.binhdang.ingest.NumberText}: "1.234" = 1234, "31,8" = 31.8), formulas
 * (their saved result), with errors, negative numbers, decimals in counts and ambiguous text rejected
 * cell by cell with file, sheet, cell, raw value, rule and message. A blank cell is "not reported"
 * (no row); 0 is a reported zero. Forms of another year or commune are rejected cell by cell; files
 * that are not usable workbooks ({@link vn.binhdang.forms.WorkbookOpener}) give one reject each.
 * Rows read, per file: non-blank mapped cells + deleted mapped cells + a filled but unusable
 * submission date, or 1 for a file refused as a whole; staged + rejected = read.
 */
package vn.binhdang.forms;
