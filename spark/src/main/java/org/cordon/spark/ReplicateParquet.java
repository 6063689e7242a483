package org.cordon.spark;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.cordon.contact.Layer;
import org.cordon.simulation.engine.RunResult;

/**
 * Writes the per-replicate results as two Parquet tables under a folder (any Hadoop path: a local
 * folder in {@code local[*]}, {@code hdfs://...} or {@code s3a://...} on a cluster), for Spark
 * SQL, pandas ({@code pd.read_parquet}) or R ({@code arrow::open_dataset}):
 *
 * <ul>
 *   <li>{@code daily/}: one row per variant × replicate × day: {@code variant, replicate, day,
 *       date, new_infections, new_imported, new_confirmed, quarantined, isolated,
 *       close_contacts} (close contacts traced so far);
 *   <li>{@code final/}: one row per variant × replicate: {@code variant, replicate,
 *       total_infections, total_confirmed, total_close_contacts, household_infections,
 *       household_contacts, household_attack_rate, presymptomatic_share} (null where NaN) and
 *       {@code local_infections_<layer>} per contact layer.
 * </ul>
 *
 * Rows are written by the executors from the job's persisted results; the folders are replaced.
 */
public final class ReplicateParquet {
  /** The daily table's folder under the output folder. */
  public static final String DAILY = "daily";
  /** The final counts' folder under the output folder. */
  public static final String FINAL = "final";

  private ReplicateParquet() {}

  /** @return the daily table's schema */
  public static StructType dailySchema() {
    return new StructType()
        .add("variant", DataTypes.StringType, false)
        .add("replicate", DataTypes.IntegerType, false)
        .add("day", DataTypes.IntegerType, false)
        .add("date", DataTypes.DateType, false)
        .add("new_infections", DataTypes.IntegerType, false)
        .add("new_imported", DataTypes.IntegerType, false)
        .add("new_confirmed", DataTypes.IntegerType, false)
        .add("quarantined", DataTypes.IntegerType, false)
        .add("isolated", DataTypes.IntegerType, false)
        .add("close_contacts", DataTypes.IntegerType, false);
  }

  /** @return the final counts' schema */
  public static StructType finalSchema() {
    StructType t = new StructType()
        .add("variant", DataTypes.StringType, false)
        .add("replicate", DataTypes.IntegerType, false)
        .add("total_infections", DataTypes.IntegerType, false)
        .add("total_confirmed", DataTypes.IntegerType, false)
        .add("total_close_contacts", DataTypes.IntegerType, false)
        .add("household_infections", DataTypes.IntegerType, false)
        .add("household_contacts", DataTypes.IntegerType, false)
        .add("household_attack_rate", DataTypes.DoubleType, true)
        .add("presymptomatic_share", DataTypes.DoubleType, true);
    for (Layer l : Layer.values()) {
      t = t.add("local_infections_" + l.name().toLowerCase(Locale.ROOT), DataTypes.IntegerType, false);
    }
    return t;
  }

  /**
   * Writes both tables.
   *
   * @param spark the session
   * @param runs the job's replicates ({@link ReplicateJob#runs})
   * @param variants the variants' names, experiment order
   * @param dir the output folder (its {@code daily/} and {@code final/} are replaced)
   */
  public static void write(SparkSession spark, JavaRDD<IndexedRuns> runs, List<String> variants, String dir) {
    List<String> names = List.copyOf(variants);
    JavaRDD<Row> daily = runs.flatMap(r -> dailyRows(names, r).iterator());
    JavaRDD<Row> last = runs.flatMap(r -> finalRows(names, r).iterator());
    spark.createDataFrame(daily, dailySchema()).write().mode(SaveMode.Overwrite).parquet(dir + "/" + DAILY);
    spark.createDataFrame(last, finalSchema()).write().mode(SaveMode.Overwrite).parquet(dir + "/" + FINAL);
  }

  static List<Row> dailyRows(List<String> variants, IndexedRuns r) {
    List<Row> rows = new ArrayList<>();
    for (int k = 0; k < variants.size(); k++) {
      RunResult run = r.runs()[k];
      int[] inf = run.newInfections();
      int[] imp = run.newImported();
      int[] conf = run.newConfirmed();
      int[] q = run.quarantined();
      int[] iso = run.isolated();
      int[] cc = run.closeContacts();
      LocalDate start = run.start();
      for (int d = 0; d < run.days(); d++) {
        rows.add(RowFactory.create(variants.get(k), r.index(), d, java.sql.Date.valueOf(start.plusDays(d)),
            inf[d], imp[d], conf[d], q[d], iso[d], cc[d]));
      }
    }
    return rows;
  }

  static List<Row> finalRows(List<String> variants, IndexedRuns r) {
    List<Row> rows = new ArrayList<>();
    for (int k = 0; k < variants.size(); k++) {
      RunResult run = r.runs()[k];
      int[] byLayer = run.infectionsByLayer();
      Object[] v = new Object[9 + Layer.values().length];
      v[0] = variants.get(k);
      v[1] = r.index();
      v[2] = run.totalInfections();
      v[3] = run.totalConfirmed();
      v[4] = run.totalCloseContacts();
      v[5] = run.householdInfections();
      v[6] = run.householdContacts();
      v[7] = orNull(run.householdAttackRate());
      v[8] = orNull(run.presymptomaticShare());
      for (int l = 0; l < Layer.values().length; l++) {
        v[9 + l] = l < byLayer.length ? byLayer[l] : 0;
      }
      rows.add(RowFactory.create(v));
    }
    return rows;
  }

  private static Double orNull(double x) {
    return Double.isNaN(x) ? null : x;
  }
}
