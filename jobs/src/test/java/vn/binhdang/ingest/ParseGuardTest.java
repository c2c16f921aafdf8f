package vn.binhdang.ingest;

import vn.binhdang.catalogue.RejectRule;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;

/** One file cannot stop a run: too big, too slow or a parser bug is one reject for that file. */
class ParseGuardTest {

  /** A parser that behaves as told: sleeps, throws, or reads one row. */
  private record Stub(String behaviour, long maxBytes) implements FileParser<String> {
    @Override
    public String inputKind() {
      return "counts_csv";
    }

    @Override
    public String glob() {
      return "*.csv";
    }

    @Override
    public Result<String> parse(String fileName, byte[] content) {
      switch (behaviour) {
        case "hang" -> {
          try {
            Thread.sleep(60_000);
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          }
        }
        case "throw" -> throw new IllegalStateException("bug in a parser\nsecond line");
        default -> { }
      }
      return new Result<>(fileName, FileParser.sha256(content), 1, List.of("row"), List.of());
    }

    @Override
    public StructType schema() {
      return new StructType();
    }

    @Override
    public Row toRow(String staged) {
      return null;
    }
  }

  @Test
  void aFileThatTakesTooLongIsOneFileUnsafeReject() {
    FileParser.Result<String> r = ParseGuard.parse(new Stub("hang", 100), "counts/a.csv", new byte[10], Duration.ofSeconds(1));
    assertThat(r.rowsRead()).isEqualTo(1);
    assertThat(r.staged()).isEmpty();
    assertThat(r.rejects()).singleElement().satisfies(j -> {
      assertThat(j.rule()).isEqualTo(RejectRule.FILE_UNSAFE);
      assertThat(j.sourceLocation()).isEqualTo("file");
      assertThat(j.message()).startsWith("reading the file took more than 1 s and was stopped");
    });
  }

  @Test
  void aFileAboveTheSizeLimitIsRefusedUnread() {
    FileParser.Result<String> r = ParseGuard.parse(new Stub("read", 3L * 1024 * 1024), "counts/a.csv",
        new byte[4 * 1024 * 1024]);
    assertThat(r.rejects()).singleElement().satisfies(j -> assertThat(j.message())
        .isEqualTo("the file is 4 MB, more than the 3 MB a file of this kind may have; refused (split it)"));
  }

  @Test
  void aParserThatThrowsGivesOneRejectInsteadOfAFailedRun() {
    FileParser.Result<String> r = ParseGuard.parse(new Stub("throw", 100), "counts/a.csv", new byte[10]);
    assertThat(r.rejects()).singleElement().satisfies(j -> {
      assertThat(j.rule()).isEqualTo(RejectRule.FILE_UNREADABLE);
      assertThat(j.message()).isEqualTo("the file could not be read (bug in a parser); save it again and resend it");
    });
  }

  @Test
  void aGoodFileIsReadAsTheParserReadsIt() {
    assertThat(ParseGuard.parse(new Stub("read", 100), "counts/a.csv", new byte[10]).staged()).containsExactly("row");
  }
}
