package vn.binhdang.pipeline;

import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.spark.scheduler.SparkListener;
import org.apache.spark.scheduler.SparkListenerJobStart;
import org.apache.spark.scheduler.SparkListenerStageCompleted;
import org.apache.spark.scheduler.SparkListenerTaskEnd;

/**
 * What Spark did, counted for {@code run --profile} (issue 9: find where the time goes): jobs started,
 * stages completed, tasks ended and their executor run time. Each action, each adaptive query stage and
 * each broadcast is a job of its own, so on a small input the job count, not the rows, explains the wall
 * time. Spark delivers listener events asynchronously, so a step's figures may lag by the last few events.
 */
public final class SparkWork extends SparkListener {
  private final AtomicLong jobs = new AtomicLong();
  private final AtomicLong stages = new AtomicLong();
  private final AtomicLong tasks = new AtomicLong();
  private final AtomicLong taskMillis = new AtomicLong();

  /** The counters at one moment; {@link #minus} gives a step's share. */
  public record Snapshot(long jobs, long stages, long tasks, long taskMillis) {
    public Snapshot minus(Snapshot earlier) {
      return new Snapshot(jobs - earlier.jobs, stages - earlier.stages, tasks - earlier.tasks,
          taskMillis - earlier.taskMillis);
    }

    /** "12 jobs, 14 stages, 40 tasks, 3.1 task-s". */
    public String describe() {
      return String.format(Locale.ROOT, "%d jobs, %d stages, %d tasks, %.1f task-s", jobs, stages, tasks,
          taskMillis / 1000.0);
    }
  }

  public Snapshot snapshot() {
    return new Snapshot(jobs.get(), stages.get(), tasks.get(), taskMillis.get());
  }

  @Override
  public void onJobStart(SparkListenerJobStart jobStart) {
    jobs.incrementAndGet();
  }

  @Override
  public void onStageCompleted(SparkListenerStageCompleted stageCompleted) {
    stages.incrementAndGet();
  }

  @Override
  public void onTaskEnd(SparkListenerTaskEnd taskEnd) {
    tasks.incrementAndGet();
    if (taskEnd.taskMetrics() != null) taskMillis.addAndGet(taskEnd.taskMetrics().executorRunTime());
  }
}
