package vn.binhdang.crosswalk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import vn.binhdang.catalogue.RejectRule;
import vn.binhdang.ingest.FileParser;
import vn.binhdang.ingest.Reject;
import vn.binhdang.testing.Province;

/** Each line of a crosswalk file against a catalogue of both maps ({@link Province}: old map ends 2025-06-30). */
class CrosswalkParserTest {
  private final CrosswalkParser parser = new CrosswalkParser(Province.catalogue());

  private FileParser.Result<CrosswalkLine> parse(String... lines) {
    String text = "old_code,new_code,effective_date,share,basis\n" + String.join("\n", lines) + "\n";
    return parser.parse("crosswalk/2025.csv", text.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void wholeUnitsAndSplitsAreRead() {
    FileParser.Result<CrosswalkLine> r = parse(
        "23479,99911,2025-07-01,,whole",
        "23485,99911,2025-07-01,0.4,population",
        "23485,99912,2025-07-01,0.6,Population",
        "23482,99911,01/07/2025,1,whole");
    assertThat(r.rejects()).isEmpty();
    assertThat(r.rowsRead()).isEqualTo(4);
    assertThat(r.staged()).extracting(CrosswalkLine::oldCode, CrosswalkLine::newCode, CrosswalkLine::share,
            CrosswalkLine::basis, CrosswalkLine::apportioned, CrosswalkLine::lastYear, CrosswalkLine::lineNumber)
        .containsExactly(
            tuple("23479", "99911", 1.0, CrosswalkLine.Basis.WHOLE, false, 2024, 2L),
            tuple("23485", "99911", 0.4, CrosswalkLine.Basis.POPULATION, true, 2024, 3L),
            tuple("23485", "99912", 0.6, CrosswalkLine.Basis.POPULATION, true, 2024, 4L),
            tuple("23482", "99911", 1.0, CrosswalkLine.Basis.WHOLE, false, 2024, 5L));
    assertThat(r.staged().get(0).firstYear()).as("the old commune existed before all the data").isNull();
    assertThat(r.staged().get(0).newLevel()).isEqualTo("commune");
  }

  @Test
  void eachFaultIsARejectWithItsLineAndRule() {
    FileParser.Result<CrosswalkLine> r = parse(
        "12345,99911,2025-07-01,1,whole",        // 2 old code unknown
        "23482,99999,2025-07-01,1,whole",        // 3 new code unknown
        "23482,99911,2025-01-01,1,whole",        // 4 the old commune ends 2025-06-30, not 2024-12-31
        "62,99911,2025-07-01,1,whole",           // 5 the province goes on: no end, so no history to hand over
        "23482,62,2025-07-01,1,whole",           // 6 the province does not start on the effective date
        "23482,99911,2025-07-01,0.5,whole",      // 7 a whole unit with a part
        "23482,99911,2025-07-01,1.5,population", // 8 more than the whole
        "23482,99911,2025-07-01,0,area",         // 9 nothing
        "23482,99911,2025-07-01,a third,area",   // 10 not a number
        "23482,99911,2025-07-01,1,merge",        // 11 no such basis
        "23482,99911,next july,1,whole");        // 12 not a date
    assertThat(r.staged()).isEmpty();
    assertThat(r.rejects()).extracting(Reject::sourceLocation, Reject::rule, Reject::field).containsExactly(
        tuple("line 2", RejectRule.UNKNOWN_AREA, "old_code"),
        tuple("line 3", RejectRule.UNKNOWN_AREA, "new_code"),
        tuple("line 4", RejectRule.CROSSWALK_GAP, "old_code"),
        tuple("line 5", RejectRule.CROSSWALK_GAP, "old_code"),
        tuple("line 6", RejectRule.CROSSWALK_GAP, "new_code"),
        tuple("line 7", RejectRule.BAD_SHARE, "share"),
        tuple("line 8", RejectRule.BAD_SHARE, "share"),
        tuple("line 9", RejectRule.BAD_SHARE, "share"),
        tuple("line 10", RejectRule.BAD_SHARE, "share"),
        tuple("line 11", RejectRule.UNKNOWN_CODE, "basis"),
        tuple("line 12", RejectRule.BAD_DATE, "effective_date"));
    assertThat(r.rejects().get(2).message())
        .isEqualTo("old_code 23482 exists to 2025-06-30 but must end on 2024-12-31, the day before effective_date"
            + " (valid_to in areas.csv)");
    assertThat(r.rejects().get(3).message()).contains("62 exists always but must end on 2025-06-30");
  }
}
