package vn.binhdang.pipeline;

import org.apache.spark.sql.SparkSession;
import vn.binhdang.warehouse.NioLocalFileSystem;

/** The one SparkSession of a run, configured for small local runs unless spark-submit says otherwise. */
public final class SparkSessions {
  private SparkSessions() {}

  /**
   * @param master a Spark master URL ("local[*]", "spark://host:7077", "yarn"); null to take the one
   *     spark-submit provides
   */
  public static SparkSession create(String master) {
    SparkSession.Builder b = SparkSession.builder()
        .appName("binhdang")
        .config("spark.ui.enabled", "false")
        .config("spark.sql.session.timeZone", "UTC")
        .config("spark.sql.parquet.compression.codec", "snappy")
        .config("spark.sql.sources.partitionColumnTypeInference.enabled", "true")
        // release folders hold only what this run wrote: no _SUCCESS markers or summary files
        .config("spark.hadoop.mapreduce.fileoutputcommitter.marksuccessfuljobs", "false")
        .config("spark.hadoop.parquet.summary.metadata.level", "NONE")
        // permissions through java.nio, not a forked chmod per file written (NioLocalFileSystem)
        .config("spark.hadoop.fs.file.impl", NioLocalFileSystem.class.getName());
    if (master != null) {
      b = b.master(master);
      if (master.startsWith("local")) b = b.config("spark.sql.shuffle.partitions", "8");
    }
    SparkSession spark = b.getOrCreate();
    spark.sparkContext().setLogLevel("WARN");
    return spark;
  }
}
