package vn.binhdang.charts.workbook;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.binhdang.charts.Lang;
import vn.binhdang.charts.release.IndicatorDef;
import vn.binhdang.charts.release.Release;
import vn.binhdang.charts.spec.IndicatorTexts;
import vn.binhdang.charts.spec.PackPlan;
import vn.binhdang.charts.spec.StatusEntry;
import vn.binhdang.charts.spec.StatusLine;
import vn.binhdang.charts.theme.Messages;

/**
 * {@code summary-<year>-<lang>.xlsx}: what the people who receive the pack paste into the provincial report
 * and edit, in three sheets, each printed on one page:
 * <ol>
 *   <li>the summary: every indicator (and sex judged) with its value and interval, target, status and trend,
 *       in the words of the pack's summary page;</li>
 *   <li>the status matrix: each commune-level indicator × the district and its communes, as on the pack's
 *       matrix page (the status symbol beside the value);</li>
 *   <li>the indicator metadata: definition, numerator, denominator, unit, target, source, responsible agency
 *       and reporting frequency, from {@code dim_indicator}.</li>
 * </ol>
 * Plain cells without formulas or protection, so that they can be edited; text cells follow
 * {@link CellText}'s rule. Written to a temporary file and moved in place.
 */
public final class SummaryWorkbook {
    private SummaryWorkbook() {
    }

    /** {@code summary-2023-vi.xlsx}. */
    public static String fileName(int planYear, Lang lang) {
        return "summary-" + planYear + "-" + lang.code() + ".xlsx";
    }

    public static Path write(PackPlan plan, Release release, Lang lang, int planYear, Path outDir) throws IOException {
        Messages msg = Messages.of(lang, plan.wording());
        Path target = outDir.resolve(fileName(planYear, lang));
        Path tmp = outDir.resolve("." + target.getFileName() + ".tmp");
        Files.createDirectories(outDir);
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            Styles st = new Styles(wb);
            summary(wb.createSheet(msg.get("xlsx.sheet.summary")), st, plan, msg);
            if (plan.statusMatrix() != null) {
                matrix(wb.createSheet(msg.get("xlsx.sheet.matrix")), st, plan);
            }
            metadata(wb.createSheet(msg.get("xlsx.sheet.metadata")), st, release, lang, msg, planYear);
            try (OutputStream out = Files.newOutputStream(tmp)) {
                wb.write(out);
            }
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(tmp);
        }
        return target;
    }

    private static void summary(Sheet s, Styles st, PackPlan plan, Messages msg) {
        widths(s, 60, 24, 12, 24, 22);
        int r = title(s, st, plan.cover().district(), plan.summary().title(), plan.footer());
        PackPlan.Columns c = plan.summary().columns();
        r = heads(s, st, r, c.indicator(), c.value(), c.target(), c.status(), c.trend());
        int first = r;
        for (PackPlan.Group g : plan.summary().groups()) {
            r = group(s, st, r, g.heading(), 5);
            for (StatusLine l : g.lines()) {
                for (StatusEntry e : l.entries()) {
                    Row row = s.createRow(r++);
                    text(row, 0, e.sexLabel() == null ? l.name() : l.name() + " — " + e.sexLabel(), st.wrap);
                    text(row, 1, StatusEntry.valueText(null, e.value(), e.interval()), st.wrap);
                    text(row, 2, l.target(), st.wrap);
                    text(row, 3, e.status().light().symbol() + " " + e.status().word(), st.wrap);
                    text(row, 4, e.trend().arrow() + " " + e.trend().word(), st.wrap);
                    fitHeight(s, row);
                }
            }
        }
        note(s, st, r + 1, plan.summary().legend(), 5);
        onePage(s, first - 1);
    }

    private static void matrix(Sheet s, Styles st, PackPlan plan) {
        PackPlan.Grid g = plan.statusMatrix();
        int[] w = new int[g.columns().size() + 1];
        java.util.Arrays.fill(w, 13);
        w[0] = 46;
        widths(s, w);
        int r = title(s, st, plan.cover().district(), g.title(), g.intro());
        List<String> heads = new ArrayList<>();
        heads.add(g.rowHead());
        heads.addAll(g.columns());
        r = heads(s, st, r, heads.toArray(String[]::new));
        int first = r;
        for (PackPlan.GridRow row : g.rows()) {
            if (row.group() != null) {
                r = group(s, st, r, row.group(), heads.size());
            }
            Row x = s.createRow(r++);
            text(x, 0, row.label(), st.wrap);
            for (int i = 0; i < row.cells().size(); i++) {
                PackPlan.GridCell cell = row.cells().get(i);
                String shown = cell.text() == null || cell.text().isEmpty() ? cell.word() : cell.text();
                text(x, i + 1, cell.light() == null ? shown : cell.light().symbol() + " " + shown, st.wrap);
            }
            fitHeight(s, x);
        }
        String legend = String.join(" · ", g.legend().stream().map(i -> i.light().symbol() + " " + i.word()).toList());
        r = note(s, st, r + 1, legend, heads.size());
        if (g.note() != null) {
            note(s, st, r, g.note(), heads.size());
        }
        onePage(s, first - 1);
    }

    private static void metadata(Sheet s, Styles st, Release release, Lang lang, Messages msg, int year) {
        widths(s, 22, 40, 60, 30, 30, 12, 12, 34, 28, 12);
        int r = title(s, st, msg.get("xlsx.metadata.title"), msg.get("xlsx.metadata.intro"), null);
        String[] heads = {msg.get("xlsx.col.code"), msg.get("col.indicator"), msg.get("xlsx.col.definition"),
            msg.get("xlsx.col.numerator"), msg.get("xlsx.col.denominator"), msg.get("xlsx.col.unit"),
            msg.get("col.target", "year", year), msg.get("xlsx.col.source"), msg.get("xlsx.col.agency"),
            msg.get("xlsx.col.frequency")};
        r = heads(s, st, r, heads);
        int first = r;
        boolean any = false;
        IndicatorTexts texts = new IndicatorTexts(lang, msg.wording());
        for (IndicatorDef i : release.indicators()) {
            IndicatorDef.Metadata m = i.metadata();
            any |= m != null;
            Row row = s.createRow(r++);
            text(row, 0, i.code(), st.wrap);
            text(row, 1, i.name(lang), st.wrap);
            text(row, 2, m == null ? "" : m.definition(lang), st.wrap);
            text(row, 3, m == null ? i.numerator() : m.numerator(lang), st.wrap);
            text(row, 4, m == null ? nz(i.denominator()) : nz(m.denominator(lang)), st.wrap);
            text(row, 5, nz(lang.pick(i.unitVi(), i.unitEn())), st.wrap);
            text(row, 6, texts.target(i), st.wrap);
            text(row, 7, m == null ? "" : m.source(lang), st.wrap);
            text(row, 8, m == null ? "" : m.agency(lang), st.wrap);
            text(row, 9, m == null || m.frequency() == null ? "" : msg.get("xlsx.frequency." + m.frequency()), st.wrap);
            fitHeight(s, row);
        }
        if (!any) {
            note(s, st, r + 1, msg.get("xlsx.metadata.none"), heads.length);
        }
        onePage(s, first - 1);
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    // ---------------------------------------------------------------- cells

    private static int title(Sheet s, Styles st, String kicker, String title, String sub) {
        text(s.createRow(0), 0, kicker, st.muted);
        Row t = s.createRow(1);
        text(t, 0, title, st.title);
        t.setHeightInPoints(20);
        int r = 2;
        if (sub != null) {
            text(s.createRow(r++), 0, sub, st.muted);
        }
        return r + 1;
    }

    private static int heads(Sheet s, Styles st, int r, String... heads) {
        Row h = s.createRow(r);
        for (int c = 0; c < heads.length; c++) {
            text(h, c, heads[c], st.head);
        }
        fitHeight(s, h);
        s.createFreezePane(1, r + 1);
        return r + 1;
    }

    private static int group(Sheet s, Styles st, int r, String heading, int columns) {
        text(s.createRow(r), 0, heading, st.group);
        s.addMergedRegion(new CellRangeAddress(r, r, 0, columns - 1));
        return r + 1;
    }

    private static int note(Sheet s, Styles st, int r, String text, int columns) {
        Row row = s.createRow(r);
        text(row, 0, text, st.wrap);
        s.addMergedRegion(new CellRangeAddress(r, r, 0, columns - 1));
        int chars = 0;
        for (int c = 0; c < columns; c++) {
            chars += s.getColumnWidth(c) / 256;
        }
        row.setHeightInPoints((float) Math.ceil(text.length() / (double) Math.max(1, chars - 2)) * 13.5f + 2);
        return r + 1;
    }

    private static void text(Row row, int c, String value, CellStyle style) {
        var cell = row.createCell(c);
        cell.setCellValue(value == null ? "" : CellText.neutralise(value));
        if (style != null) {
            cell.setCellStyle(style);
        }
    }

    /**
     * A row as tall as its longest wrapped cell: POI cannot measure text, and not every spreadsheet grows
     * a wrapped row on opening, so the lines are estimated from the column widths (set before the rows).
     */
    private static void fitHeight(Sheet s, Row row) {
        int lines = 1;
        for (var cell : row) {
            int chars = Math.max(1, s.getColumnWidth(cell.getColumnIndex()) / 256 - 1);
            String v = cell.getStringCellValue();
            lines = Math.max(lines, (int) Math.ceil(v.length() / (double) chars));
        }
        row.setHeightInPoints(lines * 13.5f + 2);
    }

    private static void widths(Sheet s, int... chars) {
        for (int c = 0; c < chars.length; c++) {
            s.setColumnWidth(c, chars[c] * 256);
        }
    }

    /** A4 landscape, the whole sheet on one page, the heading row repeated if a reader prints it larger. */
    private static void onePage(Sheet s, int headRow) {
        PrintSetup p = s.getPrintSetup();
        p.setLandscape(true);
        p.setPaperSize(PrintSetup.A4_PAPERSIZE);
        s.setFitToPage(true);
        p.setFitWidth((short) 1);
        p.setFitHeight((short) 1);
        s.setRepeatingRows(new CellRangeAddress(headRow, headRow, -1, -1));
    }

    private static final class Styles {
        final CellStyle title;
        final CellStyle head;
        final CellStyle group;
        final CellStyle wrap;
        final CellStyle muted;

        Styles(XSSFWorkbook wb) {
            Font big = wb.createFont();
            big.setBold(true);
            big.setFontHeightInPoints((short) 14);
            title = wb.createCellStyle();
            title.setFont(big);
            Font bold = wb.createFont();
            bold.setBold(true);
            head = wb.createCellStyle();
            head.setFont(bold);
            head.setWrapText(true);
            head.setVerticalAlignment(VerticalAlignment.TOP);
            head.setBorderBottom(org.apache.poi.ss.usermodel.BorderStyle.THIN);
            Font blue = wb.createFont();
            blue.setBold(true);
            blue.setColor(org.apache.poi.ss.usermodel.IndexedColors.DARK_BLUE.getIndex());
            group = wb.createCellStyle();
            group.setFont(blue);
            wrap = wb.createCellStyle();
            wrap.setWrapText(true);
            wrap.setVerticalAlignment(VerticalAlignment.TOP);
            Font grey = wb.createFont();
            grey.setColor(org.apache.poi.ss.usermodel.IndexedColors.GREY_50_PERCENT.getIndex());
            muted = wb.createCellStyle();
            muted.setFont(grey);
        }
    }
}
