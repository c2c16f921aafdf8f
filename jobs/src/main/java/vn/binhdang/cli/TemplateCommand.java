package vn.binhdang.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import vn.binhdang.catalogue.Catalogue;
import vn.binhdang.catalogue.CatalogueLoader;
import vn.binhdang.forms.FormLayout;
import vn.binhdang.forms.FormTemplates;

/**
 * {@code binhdang template}: writes the XLSX report forms of a year, one per commune, or the form of
 * one area ({@code --area 614} for the district's own measures).
 */
@Command(
    name = "template",
    mixinStandardHelpOptions = true,
    description = {
        "Write the XLSX report forms of a year: one per commune (or town), named bieu-mau-YEAR-CODE-NAME.xlsx, "
            + "with Vietnamese labels, one sheet per objective, input cells unlocked and validated, everything "
            + "else protected (no password).",
        "Filled forms go to INPUT/forms/ for 'run'. --area 614 writes the district form (district-level measures)."})
public final class TemplateCommand implements Callable<Integer> {

  @Option(names = "--year", paramLabel = "YEAR", defaultValue = "2023",
      description = "reporting year of the forms (default: ${DEFAULT-VALUE})")
  int year;

  @Option(names = "--area", paramLabel = "CODE",
      description = "only the form of this area: a commune's code or name, or the district's code for the district "
          + "form (default: every commune)")
  String area;

  @Option(names = "--out", paramLabel = "DIR", defaultValue = "forms",
      description = "output folder (default: ${DEFAULT-VALUE})")
  Path out;

  @Option(names = "--force", description = "replace forms that already exist in DIR")
  boolean force;

  @Option(names = "--catalogue", paramLabel = "DIR",
      description = "catalogue folder (default: the one packaged from data/catalogue)")
  Path catalogue;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    if (year < 2000 || year > 2100) {
      throw new IllegalArgumentException("--year must be a year from 2000 to 2100; got " + year);
    }
    Catalogue c = (catalogue == null ? CatalogueLoader.fromClasspath() : CatalogueLoader.fromDirectory(catalogue))
        .inForce(year);
    List<FormTemplates.Written> written = FormTemplates.write(c, year, area, out, force);
    PrintWriter w = spec == null ? new PrintWriter(System.out, true) : spec.commandLine().getOut();
    w.println("Wrote " + written.size() + " report form" + (written.size() == 1 ? "" : "s") + " for " + year + " to "
        + out + ":");
    for (FormTemplates.Written f : written) {
      FormLayout l = f.layout();
      w.println(String.format("  %-44s %-6s %-22s %d sheets, %d input cells", f.file().getFileName(), l.area().code(),
          l.area().nameVi(), l.sheets().size(), l.cells().size()));
    }
    w.println("Filled forms go to INPUT/forms/ for 'binhdang run --input INPUT'.");
    w.flush();
    return ExitCodes.OK;
  }
}
