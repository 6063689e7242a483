package org.cordon.spark;

import org.apache.spark.sql.SparkSession;

/** The Spark session a job runs in. */
public final class Sessions {
  private Sessions() {}

  /**
   * The session of a {@code spark-submit}ted job: the master and every other setting come from
   * the submit ({@code --master}, {@code --conf}, {@code spark-defaults.conf}); nothing is hard-coded
   * here but the application's name. Without a master (e.g. {@code java -cp} with no {@code
   * -Dspark.master=...}) Spark refuses to start and says so.
   *
   * @param job the job's name, e.g. {@code compare}
   * @return the session (an existing one is reused)
   */
  public static SparkSession forJob(String job) {
    return SparkSession.builder().appName("cordon " + job).getOrCreate();
  }
}
