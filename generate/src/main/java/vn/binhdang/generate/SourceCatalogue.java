package vn.binhdang.generate;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import vn.binhdang.catalogue.Catalogue;
import vn.binhdang.catalogue.CatalogueException;
import vn.binhdang.catalogue.CatalogueLoader;

/**
 * The catalogue the generator follows (measures, their sexes, groups and periods; the district and
 * its communes), with access to its raw files so a scaled run can copy them unchanged.
 *
 * @param dir the catalogue folder, or null for the one packaged in the jar
 */
record SourceCatalogue(Catalogue catalogue, Path dir) {

  static SourceCatalogue load(Path dir) {
    return new SourceCatalogue(dir == null ? CatalogueLoader.fromClasspath() : CatalogueLoader.fromDirectory(dir), dir);
  }

  /** The bytes of one catalogue file, exactly as stored. */
  byte[] raw(String file) {
    try {
      if (dir != null) return Files.readAllBytes(dir.resolve(file));
      try (InputStream in = SourceCatalogue.class.getClassLoader().getResourceAsStream("catalogue/" + file)) {
        if (in == null) throw new CatalogueException("classpath:catalogue/" + file + ": file not found");
        return in.readAllBytes();
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read catalogue file " + file + ": " + e.getMessage(), e);
    }
  }

  String describe() {
    return dir == null ? "the packaged catalogue" : dir.toString();
  }
}
