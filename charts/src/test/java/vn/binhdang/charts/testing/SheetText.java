package vn.binhdang.charts.testing;

import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Sheet;

/** A written sheet read back as a reader sees it: each row's cells as Excel formats them. */
public final class SheetText {
    private SheetText() {
    }

    /** Every row from the first to the last (an empty list for a blank row), each cell's displayed text. */
    public static List<List<String>> rows(Sheet s) {
        DataFormatter f = new DataFormatter();
        List<List<String>> out = new ArrayList<>();
        for (int i = 0; i <= s.getLastRowNum(); i++) {
            var row = s.getRow(i);
            List<String> cells = new ArrayList<>();
            if (row != null) {
                for (int c = 0; c < row.getLastCellNum(); c++) {
                    cells.add(f.formatCellValue(row.getCell(c)));
                }
            }
            out.add(cells);
        }
        return out;
    }
}
