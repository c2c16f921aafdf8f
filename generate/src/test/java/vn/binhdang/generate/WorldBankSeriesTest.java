package vn.binhdang.generate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.binhdang.testing.SharedSpark;

class WorldBankSeriesTest {
  @TempDir Path tmp;

  @Test
  void committedNationalSeriesIsTheConversionOfTheReferenceCopy() throws IOException {
    Path root = SharedSpark.repoRoot();
    int rows = WorldBankSeries.write(root.resolve("data/reference"), tmp, 2023);
    Path fresh = tmp.resolve(WorldBankSeries.OUTPUT);
    assertThat(Files.readString(root.resolve("data/sample").resolve(WorldBankSeries.OUTPUT)))
        .isEqualTo(Files.readString(fresh));
    assertThat(Files.readAllLines(fresh)).hasSize(rows + 1);
  }

  @Test
  void sexRatioIsRescaledAndLaterYearsLeftOut() throws IOException {
    WorldBankSeries.write(SharedSpark.repoRoot().resolve("data/reference"), tmp, 2020);
    List<String> lines = Files.readAllLines(tmp.resolve(WorldBankSeries.OUTPUT));
    // reference: VNM,Viet Nam,SP.POP.BRTH.MF,...,2019,1.115 (male births per female birth)
    assertThat(lines).anyMatch(l -> l.startsWith("VN,2019,HLT_SRB,T,111.5,,,"));
    assertThat(lines.stream().skip(1)).allMatch(l -> Integer.parseInt(l.split(",")[1]) <= 2020);
    assertThat(lines.stream().skip(1)).noneMatch(l -> l.contains("SG.GEN.PARL.ZS"));
  }
}
