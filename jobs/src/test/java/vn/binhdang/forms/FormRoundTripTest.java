package vn.binhdang.forms;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import vn.binhdang.catalogue.Area;
import vn.binhdang.catalogue.Measure;
import vn.binhdang.ingest.FileParser;
import vn.binhdang.ingest.StagedCount;

/** Write every form, fill it programmatically, parse it: the staged counts are what was filled. */
class FormRoundTripTest {

  @Test
  void everyCommuneFormAndTheDistrictFormGiveBackWhatWasFilled() {
    List<String> areas = new java.util.ArrayList<>(Forms.catalogue().communes().stream().map(Area::code).toList());
    areas.add(Forms.DISTRICT);
    assertThat(areas).hasSize(8);
    int seed = 1;
    for (String area : areas) {
      FormLayout l = Forms.layout(area);
      XSSFWorkbook wb = Forms.open(TemplateWriter.write(l));
      Map<String, Double> filled = new LinkedHashMap<>();
      int i = 0;
      for (FormLayout.FormSheet s : l.sheets()) {
        for (FormLayout.InputCell c : s.cells()) {
          i++;
          if (i % 7 == 3) continue; // some cells left blank: not reported
          Measure m = Forms.catalogue().measure(c.field().measure()).orElseThrow();
          double v = m.valueType() == Measure.ValueType.MEAN ? (seed * 31 + i) / 10.0 : (seed * 97 + i * 13) % 500;
          if (i % 11 == 0) v = 0; // zeros are reported zeros
          Forms.cell(wb.getSheet(s.name()), c.row(), c.column()).setCellValue(v);
          filled.put(area + "|" + c.field().period() + "|" + c.field().measure() + "|" + c.field().sex() + "|"
              + c.field().group() + "@" + s.name() + "!" + c.ref(), v);
        }
      }
      Forms.cell(wb, FormLayout.COVER_SHEET, "B9").setCellValue(LocalDate.of(2023, 12, 5));
      Forms.cell(wb, FormLayout.COVER_SHEET, "B10").setCellValue("Nguyễn Thị Hoa, công chức VH-XH");
      String name = "forms/" + l.fileName();
      FileParser.Result<StagedCount> r = Forms.parse(Forms.parser(), name, Forms.bytes(wb));
      assertThat(r.rejects()).as(area).isEmpty();
      assertThat(r.rowsRead()).isEqualTo(filled.size());
      Map<String, Double> staged = new LinkedHashMap<>();
      for (StagedCount s : r.staged()) {
        assertThat(s.year()).isEqualTo(2023);
        assertThat(s.submittedOn()).isEqualTo(LocalDate.of(2023, 12, 5));
        assertThat(s.source()).isEqualTo("Nguyễn Thị Hoa, công chức VH-XH");
        staged.put(s.areaCode() + "|" + s.period() + "|" + s.measure() + "|" + s.sex() + "|" + s.populationGroup()
            + "@" + s.sourceLocation(), s.value());
      }
      assertThat(staged).as(area).containsExactlyEntriesOf(filled);
      seed++;
    }
  }

  @Test
  void theParserIsSerialisableForSparkExecutors() throws Exception {
    ByteArrayOutputStream buf = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(buf)) {
      out.writeObject(Forms.parser());
    }
    FormParser copy;
    try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(buf.toByteArray()))) {
      copy = (FormParser) in.readObject();
    }
    assertThat(copy.inputKind()).isEqualTo("form_xlsx");
    assertThat(copy.glob()).isEqualTo("*.{[xX][lL][sS][xX],[xX][lL][sS]}");
    XSSFWorkbook wb = Forms.open(Forms.DAK_KOI);
    Forms.cell(wb, Forms.DAK_KOI, "schools", vn.binhdang.catalogue.Sex.T, "Y").setCellValue(4);
    FileParser.Result<StagedCount> r = Forms.parse(copy, "forms/a.xlsx", Forms.bytes(wb));
    assertThat(r.staged()).singleElement().satisfies(s -> {
      assertThat(s.measure()).isEqualTo("schools");
      assertThat(s.sourceLocation()).isEqualTo("Mục tiêu 5!F6");
    });
  }
}
