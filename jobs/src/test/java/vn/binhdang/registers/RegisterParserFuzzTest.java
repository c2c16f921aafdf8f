package vn.binhdang.registers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;
import vn.binhdang.testing.SharedSpark;

/**
 * The register splitter on broken copies of a real register file (truncations, random bytes, random
 * bytes spliced in, a 50 MB line): it never throws or hangs, every record row is counted in the
 * file's summary, and raw values in problems are cut. Seeded, as {@code ParserFuzzTest}.
 */
class RegisterParserFuzzTest {
  private static final long SEED = 20261206L;

  @Test
  void brokenRegisterFilesAreSplitWithoutLosingARecord() throws Exception {
    byte[] real = Files.readAllBytes(SharedSpark.repoRoot().resolve("data/sample/registers/births/2023.csv"));
    Random rnd = new Random(SEED);
    List<byte[]> cases = new ArrayList<>();
    for (int i = 0; i < 40; i++) cases.add(Arrays.copyOf(real, rnd.nextInt(real.length)));
    for (int i = 0; i < 20; i++) {
      byte[] b = new byte[rnd.nextInt(4000)];
      rnd.nextBytes(b);
      cases.add(b);
      byte[] spliced = real.clone();
      System.arraycopy(b, 0, spliced, rnd.nextInt(real.length - b.length), b.length);
      cases.add(spliced);
    }
    byte[] huge = new byte[50 * 1024 * 1024];
    Arrays.fill(huge, (byte) 'x');
    cases.add(concat(Arrays.copyOf(real, indexOf(real, (byte) '\n') + 1), huge));
    RegisterCsvParser parser = new RegisterCsvParser(Register.BIRTHS);
    assertTimeoutPreemptively(Duration.ofMinutes(2), () -> {
      for (int i = 0; i < cases.size(); i++) {
        List<Row> rows = new ArrayList<>();
        parser.parse("registers/births/fuzz-" + i + ".csv", cases.get(i)).forEachRemaining(rows::add);
        Row summary = rows.get(rows.size() - 1);
        assertThat(summary.<Boolean>getAs(0)).as("case %d: the summary row comes last", i).isTrue();
        assertThat(summary.getLong(4)).as("case %d (seed %d): records = rows read", i, SEED).isEqualTo(rows.size() - 1);
        for (Row r : rows.subList(0, rows.size() - 1)) {
          String raw = r.getString(10);
          assertThat(raw == null || raw.length() <= 501).as("case %d: raw cut", i).isTrue();
        }
      }
    });
  }

  private static int indexOf(byte[] b, byte x) {
    for (int i = 0; i < b.length; i++) if (b[i] == x) return i;
    return -1;
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] out = Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }
}
