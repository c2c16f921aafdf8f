package vn.binhdang.crosswalk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.binhdang.testing.Province;
import vn.binhdang.testing.SharedSpark;

/** The checks across crosswalk lines and files: duplicates, and shares of an old area adding up to 1. */
class StageCrosswalkJobTest {

  @Test
  void anOldAreaWhoseSharesDoNotAddUpIsNotUsedAtAll(@TempDir Path dir) throws Exception {
    Files.createDirectories(dir.resolve("crosswalk"));
    Files.writeString(dir.resolve("crosswalk/a.csv"), """
        old_code,new_code,effective_date,share,basis
        23479,99911,2025-07-01,1,whole
        23485,99911,2025-07-01,0.35,population
        23485,99912,2025-07-01,0.65,population
        23488,99911,2025-07-01,0.5,area
        23488,99912,2025-07-01,0.3,area
        23491,99912,2025-07-01,1,whole
        23494,99912,2025-07-01,0.5,area
        23494,99912,2025-07-01,0.5,area
        """);
    Files.writeString(dir.resolve("crosswalk/b.csv"), """
        old_code,new_code,effective_date,share,basis
        23479,99911,2025-07-01,1,whole
        23491,99912,2025-07-01,0.9,population
        23497,99912,2025-07-01,0.6,population
        23497,99913,2025-07-01,1,whole
        """);
    StageCrosswalkJob.Result r = StageCrosswalkJob.run(SharedSpark.session(), dir.toString(), Province.catalogue());

    assertThat(r.crosswalk().orderBy("old_code", "new_code").collectAsList())
        .extracting(x -> x.getAs("old_code"), x -> x.getAs("new_code"), x -> x.getAs("share"), x -> x.getAs("apportioned"))
        .containsExactly(tuple("23479", "99911", 1.0, false), // given twice, the same: kept once
            tuple("23485", "99911", 0.35, true), tuple("23485", "99912", 0.65, true)); // 0.35 + 0.65 = 1
    List<Row> rejects = r.rejects().orderBy("source_file", "line_number").collectAsList();
    assertThat(rejects).extracting(x -> x.getAs("source_file"), x -> x.getAs("source_location"), x -> x.getAs("rule"))
        .containsExactly(
            tuple("crosswalk/a.csv", "line 5", "shares_not_one"), // 0.5 + 0.3
            tuple("crosswalk/a.csv", "line 6", "shares_not_one"),
            tuple("crosswalk/a.csv", "line 7", "duplicate_conflict"), // 23491 → 99912 whole here, 0.9 in b.csv
            tuple("crosswalk/a.csv", "line 8", "shares_not_one"), // the same line twice is one line: 0.5
            tuple("crosswalk/a.csv", "line 9", "duplicate_row"),
            tuple("crosswalk/b.csv", "line 2", "duplicate_row"),
            tuple("crosswalk/b.csv", "line 3", "duplicate_conflict"),
            tuple("crosswalk/b.csv", "line 4", "shares_not_one"), // 0.6 + 1
            tuple("crosswalk/b.csv", "line 5", "shares_not_one"));
    assertThat(rejects.get(0).<String>getAs("message"))
        .startsWith("the shares of old area 23488 at 2025-07-01 add up to 0.800000, not 1");
    assertThat(r.files().collectAsList()).extracting(x -> x.getAs("rows_read")).containsExactlyInAnyOrder(8L, 4L);
  }
}
