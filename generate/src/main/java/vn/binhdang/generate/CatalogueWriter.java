package vn.binhdang.generate;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import vn.binhdang.catalogue.Area;
import vn.binhdang.catalogue.CatalogueLoader;

/**
 * Writes the catalogue of a scaled run next to its counts: objectives, measures and indicators copied
 * byte for byte (with the data-quality rules), and an {@code areas.csv} holding the country, province and district of the source
 * catalogue with the synthetic communes in place of the real ones, under the generator's district. The pipeline validates area codes
 * against the catalogue, so {@code run --catalogue DIR/catalogue} needs it.
 */
final class CatalogueWriter {
  private CatalogueWriter() {}

  /** Writes the catalogue files and returns their paths; the result is checked with {@link CatalogueLoader}. */
  static List<Path> write(Path dir, SourceCatalogue source, List<CommuneProfile> communes, Area district)
      throws IOException {
    Files.createDirectories(dir);
    for (String f : List.of("objectives.csv", "measures.csv", "indicators.csv", "dq_rules.csv", "plans.csv", "targets.csv")) {
      Files.write(dir.resolve(f), source.raw(f));
    }
    if (!source.catalogue().metadata().isEmpty()) { // optional in a catalogue folder
      Files.write(dir.resolve(CatalogueLoader.METADATA), source.raw(CatalogueLoader.METADATA));
    }
    StringBuilder sb = new StringBuilder(256 + communes.size() * 96);
    sb.append("code,parent_code,level,name_vi,name_en,aliases,valid_from,valid_to\n");
    for (Area a : source.catalogue().areas()) {
      if (a.level() == Area.Level.NATIONAL || a.level() == Area.Level.PROVINCE || a.level() == Area.Level.DISTRICT) {
        line(sb, a.code(), a.parentCode() == null ? "" : a.parentCode(), a.level().name().toLowerCase(java.util.Locale.ROOT),
            a.nameVi(), a.nameEn(), String.join("|", a.aliases()), date(a.validFrom()), date(a.validTo()));
      }
    }
    for (int i = 0; i < communes.size(); i++) {
      CommuneProfile c = communes.get(i);
      String bare = Profiles.syntheticBareName(i);
      // the district's validity: Kon Rẫy ends with the 2025 reform, and a commune cannot outlive its parent
      line(sb, c.code(), district.code(), c.town() ? "town" : "commune", c.nameVi(), Profiles.syntheticNameEn(i, c.town()),
          bare + "|" + Faults.variantSpelling(bare), date(district.validFrom()), date(district.validTo()));
    }
    Files.writeString(dir.resolve("areas.csv"), sb, StandardCharsets.UTF_8);
    CatalogueLoader.fromDirectory(dir); // fails here, not in the pipeline, if the result is not a valid catalogue
    return CatalogueLoader.FILES.stream().map(dir::resolve).toList();
  }

  private static String date(java.time.LocalDate d) {
    return d == null ? "" : d.toString();
  }

  private static void line(StringBuilder sb, String... fields) {
    for (int i = 0; i < fields.length; i++) {
      String f = fields[i];
      if (i > 0) sb.append(',');
      if (f.indexOf(',') >= 0 || f.indexOf('"') >= 0) sb.append('"').append(f.replace("\"", "\"\"")).append('"');
      else sb.append(f);
    }
    sb.append('\n');
  }
}
