package vn.binhdang.forms;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import vn.binhdang.catalogue.AreaMatcher;
import vn.binhdang.catalogue.Catalogue;

/** Writes the report forms of a year to a folder: the {@code template} command's work. */
public final class FormTemplates {
  private FormTemplates() {}

  /** One written form. */
  public record Written(Path file, FormLayout layout) {}

  /**
   * Writes one form per commune (and town) of the district, or the single form of {@code area}.
   *
   * @param area null for every commune; else a code, name or alias of the district or one of its
   *     communes ("614" gives the district form)
   * @param force replace existing files (a filled form in {@code dir} would be lost, hence the flag)
   * @throws IllegalArgumentException for an unknown area or an existing file without {@code force}
   */
  public static List<Written> write(Catalogue catalogue, int year, String area, Path dir, boolean force) {
    List<FormLayout> layouts = new ArrayList<>();
    if (area == null) {
      catalogue.communes().forEach(a -> layouts.add(FormLayout.of(catalogue, a.code(), year)));
    } else {
      String code = new AreaMatcher(catalogue).match(area).orElseThrow(() -> new IllegalArgumentException(
          "--area '" + area + "' is not in the catalogue (areas.csv): give a commune's code or name, or "
              + catalogue.scope().code() + " for the district form"));
      layouts.add(FormLayout.of(catalogue, code, year));
    }
    if (!force) {
      for (FormLayout l : layouts) {
        Path target = dir.resolve(l.fileName());
        if (Files.exists(target)) {
          throw new IllegalArgumentException(target + " exists (it may be a filled form); use --force to replace it, "
              + "or another --out folder");
        }
      }
    }
    List<Written> written = new ArrayList<>();
    try {
      Files.createDirectories(dir);
      for (FormLayout l : layouts) {
        Path target = dir.resolve(l.fileName());
        Path tmp = Files.createTempFile(dir, ".bieu-mau-", ".tmp");
        try (OutputStream out = Files.newOutputStream(tmp)) {
          TemplateWriter.write(l, out);
        }
        if (force) {
          Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } else {
          try {
            Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE);
          } catch (FileAlreadyExistsException e) {
            Files.deleteIfExists(tmp);
            throw new IllegalArgumentException(target + " exists; use --force to replace it");
          }
        }
        written.add(new Written(target, l));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the forms to " + dir + ": " + e.getMessage(), e);
    }
    return written;
  }
}
