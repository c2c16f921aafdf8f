package vn.binhdang.fuzz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import vn.binhdang.forms.FormParser;
import vn.binhdang.ingest.CountsCsvParser;
import vn.binhdang.ingest.FileParser;
import vn.binhdang.catalogue.RejectRule;
import vn.binhdang.published.PublishedSeriesParser;
import vn.binhdang.testing.SharedSpark;

/**
 * Broken inputs generated from real ones, fed to every file parser: truncated files, random bytes,
 * swapped and repeated columns, a line of 100 MB, 10,000 columns, a workbook whose sheet nests XML
 * 100,000 deep, a zip bomb, a workbook with one byte flipped. No parser may throw, hang (each corpus
 * runs under a time guard) or lose a row: every row read is staged or rejected, and a file that cannot
 * be read at all is one reject. The generator is seeded, so a failure names its case and repeats.
 */
class ParserFuzzTest {
  private static final long SEED = 20261206L;
  private static final Path ROOT = SharedSpark.repoRoot();

  private record Case(String name, byte[] bytes) {}

  @Test
  void countReportsNeverThrowAndAccountForEveryLine() throws IOException {
    CountsCsvParser parser = new CountsCsvParser(SharedSpark.catalogue(), 2023);
    List<Case> cases = csvCases(Files.readAllBytes(ROOT.resolve("data/sample/counts/2023/23482.csv")));
    cases.add(new Case("100 MB line", hugeLine(100 * 1024 * 1024)));
    fuzz(parser, cases);
  }

  @Test
  void publishedSeriesNeverThrowAndAccountForEveryLine() throws IOException {
    fuzz(new PublishedSeriesParser(SharedSpark.catalogue(), 2023),
        csvCases(Files.readAllBytes(ROOT.resolve("data/sample/published/worldbank-vnm.csv"))));
  }

  @Test
  void formsNeverThrowAndAccountForEveryCell() throws IOException {
    byte[] form = Files.readAllBytes(ROOT.resolve("jobs/src/test/resources/forms/bieu-mau-2023-23482-dak-koi.libreoffice.xlsx"));
    Random rnd = new Random(SEED);
    List<Case> cases = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      int at = rnd.nextInt(form.length);
      cases.add(new Case("truncated at " + at, java.util.Arrays.copyOf(form, at)));
      byte[] flipped = form.clone();
      flipped[at] ^= (byte) (1 << rnd.nextInt(8));
      cases.add(new Case("bit flipped at " + at, flipped));
    }
    cases.add(new Case("random bytes", random(rnd, 30_000)));
    cases.add(new Case("deeply nested sheet XML", replaceEntry(form, "xl/worksheets/sheet2.xml", deepXml(100_000))));
    cases.add(new Case("zip bomb", zipBomb(form, "xl/worksheets/sheet2.xml", 400)));
    cases.add(new Case("part declaring 2 GB", declareSize(form, "xl/sharedStrings.xml", 0x7FFF_FFF0L)));
    cases.add(new Case("csv named .xlsx", Files.readAllBytes(ROOT.resolve("data/sample/counts/2023/23482.csv"))));
    Map<String, FileParser.Result<vn.binhdang.ingest.StagedCount>> results = fuzz(new FormParser(SharedSpark.catalogue(), 2023), cases);
    assertThat(results.get("zip bomb").rejects()).singleElement().satisfies(j -> {
      assertThat(j.rule()).isEqualTo(RejectRule.FILE_UNSAFE);
      assertThat(j.message()).contains("zip bomb");
    });
    assertThat(results.get("deeply nested sheet XML").rejects()).singleElement().satisfies(j -> {
      assertThat(j.rule()).isEqualTo(RejectRule.FILE_UNREADABLE);
      assertThat(j.message()).startsWith("the workbook is damaged or incomplete and cannot be opened");
    });
    assertThat(results.get("part declaring 2 GB").rowsRead())
        .as("sizes declared in the ZIP headers are not trusted: the parts are read as they are").isEqualTo(53);
  }

  private static <T> Map<String, FileParser.Result<T>> fuzz(FileParser<T> parser, List<Case> cases) {
    Map<String, FileParser.Result<T>> results = new java.util.HashMap<>();
    assertTimeoutPreemptively(Duration.ofMinutes(3), () -> {
      for (Case c : cases) {
        FileParser.Result<T> r;
        try {
          r = parser.parse("fuzz/" + c.name(), c.bytes());
        } catch (RuntimeException | StackOverflowError e) {
          throw new AssertionError("seed " + SEED + ", case '" + c.name() + "': the parser threw " + e, e);
        }
        results.put(c.name(), r);
        assertThat(r.staged().size() + r.rejects().size()).as("seed %d, case '%s': staged + rejected = read", SEED, c.name())
            .isEqualTo(r.rowsRead());
        assertThat(r.rowsRead() > 0 || r.staged().isEmpty()).isTrue();
        assertThat(r.rejects()).allSatisfy(j -> {
          assertThat(j.message()).as(c.name()).doesNotContain("\n").doesNotContain("\tat ");
          assertThat(j.rawValue() == null || j.rawValue().length() <= 501).as(c.name() + ": raw values are cut").isTrue();
        });
      }
    }, "a parser hangs (seed " + SEED + ")");
    return results;
  }

  /** Truncations, random bytes, swapped and repeated columns, blank and odd headers, 10,000 columns. */
  private static List<Case> csvCases(byte[] real) {
    Random rnd = new Random(SEED);
    List<Case> cases = new ArrayList<>();
    for (int i = 0; i < 60; i++) {
      int at = rnd.nextInt(real.length);
      cases.add(new Case("truncated at " + at, java.util.Arrays.copyOf(real, at)));
    }
    for (int i = 0; i < 20; i++) cases.add(new Case("random bytes " + i, random(rnd, rnd.nextInt(5000))));
    String text = new String(real, StandardCharsets.UTF_8);
    String[] lines = text.split("\n");
    String[] header = lines[0].split(",");
    for (int i = 0; i < 10; i++) {
      List<String> cols = new ArrayList<>(List.of(header));
      java.util.Collections.swap(cols, rnd.nextInt(cols.size()), rnd.nextInt(cols.size()));
      cases.add(new Case("swapped header " + i, (String.join(",", cols) + "\n" + text.substring(text.indexOf('\n') + 1))
          .getBytes(StandardCharsets.UTF_8)));
    }
    cases.add(new Case("repeated column", (lines[0] + "," + header[0] + "\n" + lines[1] + ",x\n").getBytes(StandardCharsets.UTF_8)));
    cases.add(new Case("unclosed quote", (lines[0] + "\n\"" + lines[1] + "\n" + lines[2] + "\n").getBytes(StandardCharsets.UTF_8)));
    cases.add(new Case("NUL bytes", text.replace(',', '\0').getBytes(StandardCharsets.UTF_8)));
    cases.add(new Case("CR only", text.replace('\n', '\r').getBytes(StandardCharsets.UTF_8)));
    StringBuilder wide = new StringBuilder(lines[0]);
    for (int i = 0; i < 10_000; i++) wide.append(",extra_").append(i);
    wide.append('\n').append(lines[1]).append(",1".repeat(10_000)).append('\n');
    cases.add(new Case("10,000 columns", wide.toString().getBytes(StandardCharsets.UTF_8)));
    cases.add(new Case("binary after header", concat((lines[0] + "\n").getBytes(StandardCharsets.UTF_8), random(rnd, 2000))));
    return cases;
  }

  private static byte[] hugeLine(int n) {
    byte[] b = new byte[n + 200];
    byte[] header = "area_code,year,period,measure,sex,group,value\n".getBytes(StandardCharsets.US_ASCII);
    System.arraycopy(header, 0, b, 0, header.length);
    java.util.Arrays.fill(b, header.length, b.length - 1, (byte) '7');
    b[b.length - 1] = '\n';
    return b;
  }

  private static byte[] random(Random rnd, int n) {
    byte[] b = new byte[n];
    rnd.nextBytes(b);
    return b;
  }

  /** The workbook with one part replaced by {@code mb} MB of zeros, written in chunks (the test heap is shared). */
  private static byte[] zipBomb(byte[] xlsx, String entry, int mb) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] chunk = new byte[1024 * 1024];
    try (ZipInputStream in = new ZipInputStream(new java.io.ByteArrayInputStream(xlsx));
        ZipOutputStream zip = new ZipOutputStream(out)) {
      for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
        zip.putNextEntry(new ZipEntry(e.getName()));
        if (e.getName().equals(entry)) {
          for (int i = 0; i < mb; i++) zip.write(chunk);
        } else {
          zip.write(in.readAllBytes());
        }
        zip.closeEntry();
      }
    }
    return out.toByteArray();
  }

  /** Elements nested {@code depth} deep, with random names so that the part does not compress like a zip bomb. */
  private static byte[] deepXml(int depth) {
    Random rnd = new Random(SEED);
    String[] names = new String[depth];
    for (int i = 0; i < depth; i++) names[i] = "e" + Long.toString(rnd.nextLong() >>> 1, 36);
    StringBuilder sb = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">");
    for (String n : names) sb.append('<').append(n).append('>');
    for (int i = depth - 1; i >= 0; i--) sb.append("</").append(names[i]).append('>');
    return sb.append("</worksheet>").toString().getBytes(StandardCharsets.UTF_8);
  }

  /** The workbook with one part's content replaced (compressed, so a part of zeros is a zip bomb). */
  private static byte[] replaceEntry(byte[] xlsx, String entry, byte[] content) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipInputStream in = new ZipInputStream(new java.io.ByteArrayInputStream(xlsx));
        ZipOutputStream zip = new ZipOutputStream(out)) {
      for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
        zip.putNextEntry(new ZipEntry(e.getName()));
        zip.write(e.getName().equals(entry) ? content : in.readAllBytes());
        zip.closeEntry();
      }
    }
    return out.toByteArray();
  }

  /** The workbook with one part's uncompressed size, in its local and central headers, set to {@code size}. */
  private static byte[] declareSize(byte[] zip, String entry, long size) {
    byte[] out = zip.clone();
    byte[] name = entry.getBytes(StandardCharsets.US_ASCII);
    java.nio.ByteBuffer b = java.nio.ByteBuffer.wrap(out).order(java.nio.ByteOrder.LITTLE_ENDIAN);
    for (int i = 0; i + 46 < out.length; i++) {
      int sig = b.getInt(i);
      if (sig == 0x04034b50 && matches(out, i + 30, name) && b.getShort(i + 26) == name.length) {
        b.putInt(i + 22, (int) size);
      } else if (sig == 0x02014b50 && matches(out, i + 46, name) && b.getShort(i + 28) == name.length) {
        b.putInt(i + 24, (int) size);
      }
    }
    return out;
  }

  private static boolean matches(byte[] data, int at, byte[] name) {
    if (at + name.length > data.length) return false;
    for (int k = 0; k < name.length; k++) if (data[at + k] != name[k]) return false;
    return true;
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] out = java.util.Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }
}
