package vn.binhdang.charts.release;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.apache.parquet.example.data.Group;
import org.apache.parquet.example.data.simple.SimpleGroupFactory;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.Type;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.binhdang.charts.Lang;
import vn.binhdang.charts.testing.Catalogue;
import vn.binhdang.charts.testing.FixtureRelease;
import vn.binhdang.charts.testing.FixtureRelease.Value;
import vn.binhdang.charts.testing.Fixtures;

class ReleaseReaderTest {

    @TempDir
    static Path tmp;

    static Path dir;
    static Release release;

    @BeforeAll
    static void read() {
        dir = Fixtures.small(tmp.resolve("run-42"));
        release = ReleaseReader.read(dir);
    }

    @Test
    void readsTheThreeTablesAsTypedRecords() {
        assertThat(release.id()).isEqualTo("run-42");
        assertThat(release.indicators()).extracting(IndicatorDef::code)
                .containsExactly("LAB_WAGE_SHARE_F", "HLT_SRB", "HLT_MMR");
        IndicatorDef wage = release.indicator("LAB_WAGE_SHARE_F").orElseThrow();
        assertThat(wage.objective()).isEqualTo(2);
        assertThat(wage.objectiveName(Lang.VI)).isEqualTo("Trong lĩnh vực kinh tế, lao động");
        assertThat(wage.kind()).isEqualTo(IndicatorKind.PROPORTION);
        assertThat(wage.target()).isEqualTo(50.0);
        assertThat(wage.direction()).isEqualTo(Direction.GE);
        assertThat(wage.targetSexes()).containsExactly(Sex.F);
        assertThat(wage.sexes()).containsExactlyInAnyOrder(Sex.F, Sex.M, Sex.T);
        assertThat(wage.tolerance()).isNull();
        assertThat(wage.percent()).isTrue();
        IndicatorDef mmr = release.indicator("HLT_MMR").orElseThrow();
        assertThat(mmr.sensitive()).isTrue();
        assertThat(mmr.multiplier()).isEqualTo(100_000.0);
        assertThat(mmr.unit(Lang.VI)).isEqualTo("/100.000 trẻ đẻ sống");
        assertThat(mmr.unit(Lang.EN)).isEqualTo("per 100,000 live births");

        assertThat(release.areas()).hasSize(Catalogue.areas().size());
        AreaDef district = release.area("614").orElseThrow();
        assertThat(district.name(Lang.VI)).isEqualTo("Huyện Kon Rẫy");
        assertThat(district.parentCode()).isEqualTo("62");
        assertThat(district.aliases()).contains("Kon Rẫy", "Kon Ray");
    }

    @Test
    void readsEveryPartFileAndSkipsSparkMetadata() throws IOException {
        try (var files = Files.list(dir.resolve("fct_indicator"))) {
            assertThat(files.map(p -> p.getFileName().toString()))
                    .contains("_SUCCESS", ".part-00000-3f0c2a9e-c000.snappy.parquet.crc",
                            "part-00001-3f0c2a9e-c000.snappy.parquet");
        }
        // 27 + 9 + 9 district rows, one commune row, one pooled row.
        assertThat(release.values()).hasSize(47);
    }

    @Test
    void yearlySeriesLeaveOutPooledRowsAndOtherAreas() {
        List<IndicatorValue> srb = release.series("HLT_SRB", "614", Sex.T);
        assertThat(srb).hasSize(9).extracting(IndicatorValue::year).containsExactly(2015, 2016, 2017, 2018,
                2019, 2020, 2021, 2022, 2023);
        IndicatorValue v2023 = release.value("HLT_SRB", "614", Sex.T, 2023).orElseThrow();
        assertThat(v2023.value()).isEqualTo(108.2);
        assertThat(v2023.ciLower()).isEqualTo(101.3);
        assertThat(v2023.numerator()).isEqualTo(1299.0);
        assertThat(v2023.pooled()).isFalse();
        assertThat(release.values()).filteredOn(IndicatorValue::pooled).singleElement()
                .extracting(IndicatorValue::periodLabel).isEqualTo("2021-2023");
    }

    @Test
    void suppressedRowsCarryNoNumbers() {
        IndicatorValue hidden = release.value("HLT_MMR", "614", Sex.T, 2019).orElseThrow();
        assertThat(hidden.suppressed()).isTrue();
        assertThat(hidden.plottable()).isFalse();
        assertThat(hidden.value()).isNull();
        assertThat(hidden.numerator()).isNull();
        assertThat(hidden.denominator()).isNull();
        assertThat(hidden.ciLower()).isNull();
        assertThat(hidden.ciUpper()).isNull();
    }

    @Test
    void flagsAreSplit() {
        assertThat(release.value("HLT_MMR", "614", Sex.T, 2023).orElseThrow().flags()).containsExactly("unreliable");
        assertThat(release.value("HLT_SRB", "614", Sex.T, 2023).orElseThrow().flags()).isEmpty();
    }

    @Test
    void nullCellsAreNullAndUnknownSuppressionIsTreatedAsSuppressed(@TempDir Path d) {
        List<Value> values = new ArrayList<>();
        values.add(new Value("HLT_SRB", "614", 2023, "T", null, null, null, null, null, null, null, null, null,
                false));
        values.add(new Value("HLT_SRB", "614", 2022, "T", null, null, 5.0, 4.0, 125.0, 100.0, 150.0, null, null,
                null));
        Release r = ReleaseReader.read(FixtureRelease.write(d, Set.of("HLT_SRB"), values));
        IndicatorValue notComputable = r.value("HLT_SRB", "614", Sex.T, 2023).orElseThrow();
        assertThat(notComputable.value()).isNull();
        assertThat(notComputable.suppressed()).isFalse();
        assertThat(notComputable.flags()).isEmpty();
        IndicatorValue unknown = r.value("HLT_SRB", "614", Sex.T, 2022).orElseThrow();
        assertThat(unknown.suppressed()).isTrue();
        assertThat(unknown.value()).isNull();
    }

    @Test
    void missingTableIsNamed(@TempDir Path d) throws IOException {
        Fixtures.small(d);
        deleteTree(d.resolve("dim_area"));
        assertThatThrownBy(() -> ReleaseReader.read(d)).isInstanceOf(ReleaseException.class)
                .hasMessageContaining("no table 'dim_area'");
    }

    @Test
    void tableWithoutPartFilesIsNamed(@TempDir Path d) throws IOException {
        Fixtures.small(d);
        deleteTree(d.resolve("fct_indicator"));
        Files.createDirectories(d.resolve("fct_indicator"));
        Files.write(d.resolve("fct_indicator/_SUCCESS"), new byte[0]);
        assertThatThrownBy(() -> ReleaseReader.readValues(d)).isInstanceOf(ReleaseException.class)
                .hasMessageContaining("'fct_indicator'").hasMessageContaining("no Parquet part files");
    }

    @Test
    void missingColumnIsNamedWithTheColumnsFound(@TempDir Path d) {
        MessageType withoutCi = new MessageType("spark_schema", FixtureRelease.FCT_INDICATOR.getFields().stream()
                .filter(f -> !f.getName().equals("ci_upper")).toList());
        Group g = new SimpleGroupFactory(withoutCi).newGroup();
        g.add("indicator_code", "HLT_SRB");
        FixtureRelease.writeTable(d.resolve("fct_indicator"), withoutCi, List.of(List.of(g)));
        assertThatThrownBy(() -> ReleaseReader.readValues(d)).isInstanceOf(ReleaseException.class)
                .hasMessageContaining("fct_indicator").hasMessageContaining("missing column ci_upper (double)")
                .hasMessageContaining("ci_lower");
    }

    @Test
    void wrongColumnTypeIsNamed(@TempDir Path d) {
        List<Type> fields = new ArrayList<>(FixtureRelease.FCT_INDICATOR.getFields());
        fields.replaceAll(f -> f.getName().equals("year")
                ? org.apache.parquet.schema.Types.optional(org.apache.parquet.schema.PrimitiveType.PrimitiveTypeName.BINARY)
                        .as(org.apache.parquet.schema.LogicalTypeAnnotation.stringType()).named("year")
                : f);
        MessageType schema = new MessageType("spark_schema", fields);
        Group g = new SimpleGroupFactory(schema).newGroup();
        g.add("year", "2023");
        FixtureRelease.writeTable(d.resolve("fct_indicator"), schema, List.of(List.of(g)));
        assertThatThrownBy(() -> ReleaseReader.readValues(d)).isInstanceOf(ReleaseException.class)
                .hasMessageContaining("column year (int) has Parquet type");
    }

    @Test
    void nullKeyColumnIsReportedWithFileAndRow(@TempDir Path d) {
        List<Value> values = List.of(new Value("HLT_SRB", "614", null, "T", null, false, null, null, 100.0, null,
                null, null, null, false));
        FixtureRelease.write(d, Set.of("HLT_SRB"), values);
        assertThatThrownBy(() -> ReleaseReader.readValues(d)).isInstanceOf(ReleaseException.class)
                .hasMessageContaining("column 'year' is null").hasMessageContaining("row 1");
    }

    @Test
    void partitionDirectoriesSupplyTheirColumn(@TempDir Path d) {
        MessageType withoutYear = new MessageType("spark_schema", FixtureRelease.FCT_INDICATOR.getFields().stream()
                .filter(f -> !f.getName().equals("year")).toList());
        Group g = new SimpleGroupFactory(withoutYear).newGroup();
        g.add("indicator_code", "HLT_SRB");
        g.add("area_code", "614");
        g.add("sex", "T");
        g.add("value", 104.5);
        g.add("suppressed", false);
        FixtureRelease.writeTable(d.resolve("fct_indicator/year=2021"), withoutYear, List.of(List.of(g)));
        List<IndicatorValue> values = ReleaseReader.readValues(d);
        assertThat(values).singleElement().satisfies(v -> {
            assertThat(v.year()).isEqualTo(2021);
            assertThat(v.value()).isEqualTo(104.5);
        });
    }

    @Test
    void optionalSortOrderOrdersIndicatorsWithinAnObjective(@TempDir Path d) {
        Release r = new Release("x", d, List.of(def("B", 2, 1), def("A", 2, 0), def("C", 1, 5)), List.of(), List.of());
        assertThat(r.indicators()).extracting(IndicatorDef::code).containsExactly("C", "A", "B");
    }

    private static IndicatorDef def(String code, int objective, int order) {
        return new IndicatorDef(code, objective, null, null, code, code, IndicatorKind.PROPORTION, null, null, 100.0,
                "%", "%", null, null, null, Set.of(Sex.T), Set.of(Sex.T), "all", null, false, false, "commune", null,
                order);
    }

    private static void deleteTree(Path p) throws IOException {
        try (var walk = Files.walk(p)) {
            for (Path f : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(f);
            }
        }
    }
}
