package vn.binhdang.generate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.binhdang.catalogue.Area;
import vn.binhdang.catalogue.Catalogue;
import vn.binhdang.catalogue.CatalogueLoader;
import vn.binhdang.crosswalk.StageCrosswalkJob;
import vn.binhdang.testing.SharedSpark;

/**
 * {@code generate --preset nation}: the national shape on both maps (issue 8: 63 provinces, ~700 districts,
 * ~10,600 communes before; 34 provinces and ~3,300 communes after), checked on the catalogue and crosswalk it
 * writes, which the pipeline's own loader and crosswalk job accept without a reject. The counts files are written
 * by the same loop as the province preset's, which {@code ProvinceRunTest} runs through the pipeline.
 */
class NationPresetTest {
  private static final LocalDate BEFORE = LocalDate.of(2025, 6, 30);
  private static final LocalDate AFTER = LocalDate.of(2025, 7, 1);

  @Test
  void theNationHasTheCountrysShapeOnBothMapsAndACrosswalkThePipelineAccepts(@TempDir Path out) throws Exception {
    MapReformGenerator.Maps maps = MapReformGenerator.maps(ReformShape.NATION, SampleGenerator.DEFAULT_SEED);
    MapReformGenerator.writeMaps(maps, SourceCatalogue.load(null), out);
    Catalogue c = CatalogueLoader.fromDirectory(out.resolve("catalogue"));

    assertThat(levels(c, BEFORE)).containsEntry("province", 63L).containsEntry("district", 693L)
        .containsEntry("commune+town", 10_395L);
    assertThat(levels(c, AFTER)).containsEntry("province", 34L).doesNotContainKey("district")
        .containsEntry("commune+ward", 3_465L);
    // 11 provinces unchanged, 52 merged: 6 new provinces of three, 17 of two
    Map<String, Long> groupSizes = maps.provinces().stream().filter(p -> !p.unchanged())
        .collect(Collectors.groupingBy(MapReformGenerator.Province::successor, Collectors.counting()));
    assertThat(groupSizes.values().stream().collect(Collectors.groupingBy(n -> n, Collectors.counting())))
        .containsExactlyInAnyOrderEntriesOf(Map.of(3L, 6L, 2L, 17L));
    // a new commune lies in the new province of its old communes' province
    Map<String, String> parent = new HashMap<>();
    c.areas().forEach(a -> parent.put(a.code(), a.parentCode()));
    Map<String, String> successor = new HashMap<>();
    maps.provinces().forEach(p -> successor.put(p.code(), p.successor()));
    for (MapReformGenerator.Merged m : maps.merged()) {
      for (CommuneProfile part : m.parts()) {
        assertThat(parent.get(m.profile().code())).isEqualTo(successor.get(parent.get(parent.get(part.code()))));
      }
    }

    StageCrosswalkJob.Result r = StageCrosswalkJob.run(SharedSpark.session(), out.toString(), c);
    assertThat(r.rejects().count()).isZero();
    // one line per old commune, one more per split (347 districts of 693 split one commune), one per merged province
    assertThat(r.crosswalk().count()).isEqualTo(10_395 + 347 + 52).isEqualTo(maps.crosswalkLines());
    assertThat(r.crosswalk().where("apportioned").count()).isEqualTo(2 * 347);
  }

  @Test
  void aShapeThatCannotBeMergedIsRefusedInOneLine() {
    assertThatThrownBy(() -> new ReformShape("x", 10, 2, 12, 5, 10)).hasMessage("cannot merge 8 provinces into 10 new ones");
    assertThatThrownBy(() -> ReformShape.named("world")).hasMessage("--preset world is not known; use --preset province or nation");
  }

  /** Areas on the map of a day, by level (communes with towns or wards). */
  private static Map<String, Long> levels(Catalogue c, LocalDate day) {
    List<Area> on = c.areas().stream().filter(a -> (a.validFrom() == null || !a.validFrom().isAfter(day))
        && (a.validTo() == null || !a.validTo().isBefore(day))).toList();
    return on.stream().collect(Collectors.groupingBy(a -> switch (a.level()) {
      case COMMUNE, TOWN, WARD -> a.validTo() == null ? "commune+ward" : "commune+town";
      default -> a.level().name().toLowerCase(java.util.Locale.ROOT);
    }, Collectors.counting()));
  }
}
