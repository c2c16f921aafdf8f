package vn.binhdang.architecture;

import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * No two packages of the product import each other, directly or round a longer circle: each package can be
 * read, tested and moved with only the packages below it. Reads the compiled classes of the three modules
 * (jobs' tests run after stats and charts are built), not the tests.
 */
class PackageCyclesTest {

  /** Every package is its own slice, the root packages included (a class in {@code charts} importing
   * {@code charts.html}, which imports it back, is a circle too). */
  private static final SliceAssignment BY_PACKAGE = new SliceAssignment() {
    @Override
    public SliceIdentifier getIdentifierOf(JavaClass c) {
      return c.getPackageName().startsWith("vn.binhdang") ? SliceIdentifier.of(c.getPackageName())
          : SliceIdentifier.ignore();
    }

    @Override
    public String getDescription() {
      return "each package of vn.binhdang";
    }
  };

  @Test
  void noPackageImportsAnotherInACircle() {
    JavaClasses product = new ClassFileImporter().importPaths(
        Path.of("../stats/target/classes"), Path.of("../charts/target/classes"), Path.of("target/classes"));
    slices().assignedFrom(BY_PACKAGE).should().beFreeOfCycles().check(product);
  }
}
