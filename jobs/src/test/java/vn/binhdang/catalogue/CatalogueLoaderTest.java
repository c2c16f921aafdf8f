package vn.binhdang.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.binhdang.testing.SharedSpark;

class CatalogueLoaderTest {

  @TempDir Path tmp;

  @Test
  void realCatalogueHasThePlansIndicatorsAndTheDistrictsCommunes() {
    Catalogue c = SharedSpark.catalogue();
    assertThat(c.indicators()).hasSize(20);
    assertThat(c.objectives()).hasSize(6);
    assertThat(c.scope().code()).isEqualTo("614");
    assertThat(c.communes()).extracting(Area::code)
        .containsExactly("23479", "23482", "23485", "23488", "23491", "23494", "23497");
    Indicator srb = c.indicator("HLT_SRB").orElseThrow();
    assertThat(srb.numerator()).isEqualTo(new MeasureRef("live_births", Sex.M));
    assertThat(srb.direction()).isEqualTo(Indicator.Direction.NEAR);
    assertThat(c.indicator("LAB_WAGE_SHARE_F").orElseThrow().sexes()).containsExactly(Sex.F, Sex.M, Sex.T);
    assertThat(c.isCommuneLevel(c.indicator("HLT_MMR").orElseThrow())).isTrue();
    assertThat(c.isCommuneLevel(c.indicator("MED_MONTHLY_SEGMENT").orElseThrow())).isFalse();
  }

  @Test
  void packagedCatalogueEqualsTheDataFolder() {
    assertThat(CatalogueLoader.fromClasspath().inForce(2023)).isEqualTo(SharedSpark.catalogue());
  }

  @Test
  void missingFolderIsAClearError() {
    assertThatThrownBy(() -> CatalogueLoader.fromDirectory(tmp.resolve("nope")))
        .isInstanceOf(CatalogueException.class).hasMessageContaining("catalogue folder not found");
  }

  @Test
  void missingFileIsNamed() throws IOException {
    Path dir = copy();
    Files.delete(dir.resolve("measures.csv"));
    assertThatThrownBy(() -> CatalogueLoader.fromDirectory(dir)).hasMessageContaining("measures.csv: file not found");
  }

  @Test
  void unknownMeasureInAnIndicatorNamesTheIndicator() throws IOException {
    Path dir = copy();
    replace(dir.resolve("indicators.csv"), "employed_wage,employed,", "employed_wage,employd,");
    assertThatThrownBy(() -> CatalogueLoader.fromDirectory(dir))
        .hasMessageContaining("indicator LAB_WAGE_SHARE_F reads measure 'employd'");
  }

  @Test
  void badEnumNamesFileLineAndColumn() throws IOException {
    Path dir = copy();
    replace(dir.resolve("indicators.csv"), ",rate,maternal_deaths", ",rates,maternal_deaths");
    assertThatThrownBy(() -> CatalogueLoader.fromDirectory(dir))
        .hasMessageMatching(".*indicators.csv line 12: column kind is 'rates'; use one of proportion, .*");
  }

  @Test
  void nonNumericTargetIsRejected() throws IOException {
    Path dir = copy();
    replace(dir.resolve("targets.csv"), "HLT_MMR,2023,T,31.8,le,", "HLT_MMR,2023,T,31,8,le,");
    assertThatThrownBy(() -> CatalogueLoader.fromDirectory(dir)).isInstanceOf(CatalogueException.class);
  }

  @Test
  void sensitiveMeasureRequiresASensitiveIndicator() throws IOException {
    Path dir = copy();
    replace(dir.resolve("indicators.csv"),
        "per 100,000 live births\",le,T,all,,3,true", "per 100,000 live births\",le,T,all,,3,false");
    assertThatThrownBy(() -> CatalogueLoader.fromDirectory(dir))
        .hasMessageContaining("indicator HLT_MMR reads a sensitive measure, so sensitive must be true");
  }

  @Test
  void unknownParentAreaIsRejected() throws IOException {
    Path dir = copy();
    replace(dir.resolve("areas.csv"), "23497,614,", "23497,615,");
    assertThatThrownBy(() -> CatalogueLoader.fromDirectory(dir))
        .hasMessageContaining("area 23497 has parent_code 615, which is not in the file");
  }

  @Test
  void aBrokenTreeIsOneLineNamingTheRow() throws IOException {
    Path dir = copy();
    replace(dir.resolve("areas.csv"), "23497,614,commune,", "23497,23494,commune,");
    assertThatThrownBy(() -> CatalogueLoader.fromDirectory(dir)).isInstanceOf(CatalogueException.class)
        .hasMessageEndingWith("areas.csv line 11: area 23497 (commune) has parent 23494 (commune); a parent's level"
            + " must be above its child's");
    Path other = copy(Files.createDirectories(tmp.resolve("dates")));
    replace(other.resolve("areas.csv"), "Xa Tan Lap,,2025-06-30", "Xa Tan Lap,2025-07-01,2025-6-30");
    assertThatThrownBy(() -> CatalogueLoader.fromDirectory(other)).hasMessageEndingWith(
        "areas.csv line 11: column valid_to is '2025-6-30', not a date; write it as YYYY-MM-DD (2025-07-01)");
  }

  @Test
  void bothMapsLoadAndTheDefaultScopeIsTheOneOnTheMapOfTheRunsYear() throws IOException {
    // the packaged catalogue: Kon Rẫy to 2025-06-30, its communes merged into Quảng Ngãi's (an illustration) after
    Catalogue c = CatalogueLoader.fromDirectory(copy());
    assertThat(c.area("614").orElseThrow().validTo()).hasToString("2025-06-30");
    assertThat(c.area("51X03").orElseThrow().validFrom()).hasToString("2025-07-01");
    assertThat(c.scope().code()).as("without a year, the area holding both maps' communes").isEqualTo("VN");
    assertThat(c.inForce(2023).scope().code()).isEqualTo("614");
    assertThat(c.inForce(2023).communes()).hasSize(7);
    assertThat(c.inForce(2025).scope().code()).isEqualTo("51");
    assertThat(c.inForce(2025).communes()).extracting(Area::code).containsExactly("51X01", "51X02", "51X03");
    assertThat(c.withScope("62").inForce(2025).scope().code()).as("a named scope stays").isEqualTo("62");
  }

  @Test
  void duplicateCodeIsRejected() throws IOException {
    Path dir = copy();
    Files.writeString(dir.resolve("measures.csv"),
        Files.readString(dir.resolve("measures.csv")) + "live_births,x,y,count,T,all,Y,commune,false\n");
    assertThatThrownBy(() -> CatalogueLoader.fromDirectory(dir)).hasMessageContaining("code live_births appears twice");
  }

  @Test
  void targetSexMustBeComputed() throws IOException {
    Path dir = copy();
    replace(dir.resolve("targets.csv"), "LAB_FEMALE_DIRECTORS,2023,T,", "LAB_FEMALE_DIRECTORS,2023,F,");
    assertThatThrownBy(() -> CatalogueLoader.fromDirectory(dir))
        .hasMessageEndingWith("targets.csv line 5: column sex is F, which LAB_FEMALE_DIRECTORS is not computed for"
            + " (indicators.csv sexes)");
  }

  @Test
  void aStandardErrorMustBeItsMeansWithTheSameSexesAndLevel() throws IOException {
    Path dir = copy();
    replace(dir.resolve("measures.csv"), "unpaid_care_hours_mean_se,", "unpaid_care_hours_se,");
    assertThatThrownBy(() -> CatalogueLoader.fromDirectory(dir)).hasMessageContaining(
        "standard error 'unpaid_care_hours_se' names no mean measure 'unpaid_care_hours'");
    Path other = Files.createDirectories(tmp.resolve("other"));
    Path dir2 = copy(other);
    replace(dir2.resolve("measures.csv"), "standard_error,F|M,all,Y,district", "standard_error,F,all,Y,district");
    assertThatThrownBy(() -> CatalogueLoader.fromDirectory(dir2)).hasMessageContaining(
        "measures.csv: standard error 'unpaid_care_hours_mean_se' must have the sexes, groups, period and level of"
            + " 'unpaid_care_hours_mean'");
  }

  @Test
  void targetsComeFromThePlanInForceForTheAreaAndYear() throws IOException {
    Catalogue sample = CatalogueLoader.fromClasspath();
    assertThat(sample.plan(2023)).map(Plan::code).contains("KR-2023");
    Indicator wage = sample.inForce(2023).indicator("LAB_WAGE_SHARE_F").orElseThrow();
    assertThat(wage.target()).isEqualTo(50.0);
    assertThat(wage.targetSexes()).containsExactly(Sex.F);
    Indicator srb = sample.inForce(2023).indicator("HLT_SRB").orElseThrow();
    assertThat(srb.direction()).isEqualTo(Indicator.Direction.NEAR);
    assertThat(sample.inForce(2023).indicator("EDU_PRIMARY_COMPLETION_EM").orElseThrow().targetSexes())
        .containsExactlyInAnyOrder(Sex.F, Sex.M);
    // no plan of Kon Rẫy is in force in 2022, and the district's plan is not the province's
    assertThat(sample.plan(2022)).isEmpty();
    assertThat(sample.inForce(2022).indicators()).allSatisfy(i -> {
      assertThat(i.target()).isNull();
      assertThat(i.targetSexes()).isEmpty();
    });
    assertThat(sample.inForce(2022).indicator("HLT_MMR").orElseThrow().direction())
        .as("which way is better stays for trends").isEqualTo(Indicator.Direction.LE);
    assertThat(sample.withScope("62").plan(2023)).isEmpty();

    // a province plan for 2025-2030 with a 2030 target: due first from 2025 on; the district's run inherits it
    Path dir = copy();
    Files.writeString(dir.resolve("plans.csv"), Files.readString(dir.resolve("plans.csv"))
        + "KT-2025,62,2025,2030,Kế hoạch tỉnh,Province plan,\n");
    Files.writeString(dir.resolve("targets.csv"), Files.readString(dir.resolve("targets.csv"))
        + "KT-2025,HLT_MMR,2030,T,25,le,\nKT-2025,HLT_MMR,2027,T,28,le,\n");
    Catalogue c = CatalogueLoader.fromDirectory(dir).withScope("614");
    assertThat(c.plan(2026)).map(Plan::code).contains("KT-2025");
    assertThat(c.inForce(2026).indicator("HLT_MMR").orElseThrow().target()).isEqualTo(28.0);
    assertThat(c.inForce(2028).indicator("HLT_MMR").orElseThrow().target()).isEqualTo(25.0);
    assertThat(c.inForce(2028).indicator("HLT_SRB").orElseThrow().target()).as("the plan sets none").isNull();
  }

  @Test
  void aBrokenPlanOrTargetIsOneLineNamingTheRow() throws IOException {
    Path dir = copy();
    Files.writeString(dir.resolve("plans.csv"), Files.readString(dir.resolve("plans.csv"))
        + "KR-2023b,614,2022,2024,Khác,Other,\n");
    assertThatThrownBy(() -> CatalogueLoader.fromDirectory(dir)).isInstanceOf(CatalogueException.class)
        .hasMessageEndingWith("plans.csv line 3: plan KR-2023b of area 614 is in force in a year of plan KR-2023"
            + " (2023-2023); one plan per area and year: end one before the other starts");
    Path other = copy(Files.createDirectories(tmp.resolve("targets")));
    replace(other.resolve("targets.csv"), "KR-2023,HLT_ABR,2023,T,60,le,", "KR-2023,HLT_ABR,2023,T,60,le,\nKR-2023,HLT_ABX,2023,T,1,le,");
    assertThatThrownBy(() -> CatalogueLoader.fromDirectory(other))
        .hasMessageEndingWith("targets.csv line 14: column indicator 'HLT_ABX' is not in indicators.csv");
    Path sexes = copy(Files.createDirectories(tmp.resolve("sexes")));
    replace(sexes.resolve("targets.csv"), "EDU_LOWSEC_COMPLETION_EM,2023,M,95,", "EDU_LOWSEC_COMPLETION_EM,2023,M,90,");
    assertThatThrownBy(() -> CatalogueLoader.fromDirectory(sexes)).hasMessageContaining(
        "plan KR-2023 sets EDU_LOWSEC_COMPLETION_EM for 2023 to another value or direction for F than for M");
  }

  private Path copy() throws IOException {
    return copy(tmp);
  }

  private static Path copy(Path tmp) throws IOException {
    Path dir = Files.createDirectories(tmp.resolve("cat"));
    for (String f : CatalogueLoader.FILES) {
      Files.copy(SharedSpark.repoRoot().resolve("data/catalogue").resolve(f), dir.resolve(f));
    }
    return dir;
  }

  private static void replace(Path file, String from, String to) throws IOException {
    String s = Files.readString(file);
    assertThat(s).as("fixture text present").contains(from);
    Files.writeString(file, s.replace(from, to));
  }
}
