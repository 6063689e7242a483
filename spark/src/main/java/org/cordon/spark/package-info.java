/**
 * Cordon on Apache Spark: the {@code compare}, {@code sweep} and {@code calibrate} jobs with the
 * options and outputs of the {@code cordon} commands, run across a cluster. Replicates (or prior
 * draws) are partitioned by index; the scenario is broadcast and the experiment built once per
 * executor JVM ({@link org.cordon.spark.WorkerCache}); each replicate is the simulation module's
 * pure function of (scenario, seed, index); the driver collects the results in index order and
 * aggregates them with the simulation module's own code, so the files are byte-identical to the
 * local command's for the same seed, whatever the number of executors and partitions.
 * Per-replicate results are also written as Parquet ({@link org.cordon.spark.ReplicateParquet}).
 *
 * <p>Spark is a {@code provided} dependency: {@code spark-submit} (or the test classpath) brings
 * it. Entry point: {@link org.cordon.spark.CordonSpark}.
 */
package org.cordon.spark;
