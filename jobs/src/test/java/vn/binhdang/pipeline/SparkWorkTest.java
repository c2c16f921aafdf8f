package vn.binhdang.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import vn.binhdang.testing.SharedSpark;

/** {@code run --profile}: each step's line says how many Spark jobs, stages and tasks it started. */
class SparkWorkTest {

  @Test
  void aStepCountsTheJobsStagesAndTasksOfItsActions() throws InterruptedException {
    SparkSession spark = SharedSpark.session();
    SparkWork work = new SparkWork();
    spark.sparkContext().addSparkListener(work);
    try {
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      Progress progress = new Progress(new PrintStream(bytes, true, StandardCharsets.UTF_8), false);
      progress.profile(work);
      progress.step("two actions");
      // one job of one stage on 3 partitions, then one of two stages (a shuffle) on 3 + 1 partitions
      spark.range(0, 30, 1, 3).count();
      spark.range(0, 30, 1, 3).repartition(1).collectAsList();
      // the listener bus delivers asynchronously: wait (bounded) for the events of both jobs
      for (int i = 0; i < 100 && work.snapshot().jobs() < 2; i++) Thread.sleep(50);
      for (int i = 0; i < 100 && work.snapshot().stages() < 3; i++) Thread.sleep(50);
      progress.finishStep();
      SparkWork.Snapshot s = work.snapshot();
      assertThat(s.jobs()).isGreaterThanOrEqualTo(2);
      assertThat(s.stages()).isGreaterThanOrEqualTo(3);
      assertThat(s.tasks()).isGreaterThanOrEqualTo(5);
      assertThat(bytes.toString(StandardCharsets.UTF_8))
          .matches("(?s)  two actions … \\d+\\.\\d s \\(\\d+ jobs, \\d+ stages, \\d+ tasks, \\d+\\.\\d task-s\\)\\n");
      assertThat(new SparkWork.Snapshot(5, 7, 20, 3100).minus(new SparkWork.Snapshot(2, 3, 10, 1000)).describe())
          .isEqualTo("3 jobs, 4 stages, 10 tasks, 2.1 task-s");
    } finally {
      spark.sparkContext().removeSparkListener(work);
    }
  }
}
