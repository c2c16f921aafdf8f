package vn.binhdang.testing;

import java.nio.file.Path;
import org.apache.spark.sql.SparkSession;
import vn.binhdang.catalogue.Catalogue;
import vn.binhdang.catalogue.CatalogueLoader;

/** One local SparkSession for every Spark test of the JVM (surefire reuses one fork). */
public final class SharedSpark {
  private SharedSpark() {}

  private static SparkSession spark;
  private static Catalogue catalogue;

  public static synchronized SparkSession session() {
    if (spark == null) {
      spark = SparkSession.builder()
          .master("local[2]")
          .appName("binhdang-tests")
          .config("spark.ui.enabled", "false")
          .config("spark.sql.shuffle.partitions", "2")
          .config("spark.sql.session.timeZone", "UTC")
          .config("spark.hadoop.mapreduce.fileoutputcommitter.marksuccessfuljobs", "false")
          .config("spark.hadoop.fs.file.impl", vn.binhdang.warehouse.NioLocalFileSystem.class.getName())
          .getOrCreate();
      spark.sparkContext().setLogLevel("ERROR");
    }
    return spark;
  }

  /** The project's real catalogue (tests run in the module folder). */
  public static synchronized Catalogue catalogue() {
    if (catalogue == null) catalogue = CatalogueLoader.fromDirectory(repoRoot().resolve("data/catalogue")).inForce(2023);
    return catalogue;
  }

  /** The project folder: the nearest folder up from the module's that holds {@code data/catalogue}. */
  public static Path repoRoot() {
    Path here = Path.of("").toAbsolutePath();
    for (Path p = here; p != null; p = p.getParent()) {
      if (java.nio.file.Files.isDirectory(p.resolve("data/catalogue"))) return p;
    }
    return here;
  }
}
