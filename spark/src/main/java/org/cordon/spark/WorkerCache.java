package org.cordon.spark;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.cordon.simulation.experiment.Experiment;
import org.cordon.simulation.experiment.Replicates;

/**
 * What each JVM (driver or executor) builds once per job input and keeps: experiments and their
 * compiled replicates by {@link ExperimentSource}, calibration priors by {@link CalibrationSetup}.
 * Building a community and compiling its policy tables costs far more than one replicate, so the
 * tasks of a job that land on the same executor share them. Keyed by value (the scenario's text),
 * so a new scenario gets its own entry; at most {@link #MAX_ENTRIES} entries of each kind are
 * kept (the cache is emptied beyond that). Thread-safe: concurrent tasks wait for one build.
 */
public final class WorkerCache {
  /** Entries kept per kind before the cache is emptied. */
  public static final int MAX_ENTRIES = 8;

  private static final Map<ExperimentSource, Experiment> EXPERIMENTS = new ConcurrentHashMap<>();
  private static final Map<ExperimentSource, Replicates> REPLICATES = new ConcurrentHashMap<>();
  private static final Map<Object, Object> OTHER = new ConcurrentHashMap<>();
  private static final java.util.concurrent.atomic.AtomicInteger COMPILED = new java.util.concurrent.atomic.AtomicInteger();

  private WorkerCache() {}

  /**
   * @param source a scenario (or a sweep's)
   * @return its experiment, built on first use in this JVM
   * @throws org.cordon.InvalidInputException if the scenario is bad
   */
  public static Experiment experiment(ExperimentSource source) {
    return get(EXPERIMENTS, source, ExperimentSource::experiment);
  }

  /**
   * @param source a scenario (or a sweep's)
   * @return its compiled replicates, built on first use in this JVM
   * @throws org.cordon.InvalidInputException if the scenario is bad
   */
  public static Replicates replicates(ExperimentSource source) {
    return get(REPLICATES, source, s -> {
      COMPILED.incrementAndGet();
      return Replicates.of(experiment(s));
    });
  }

  /** @return how many times this JVM has compiled an experiment's replicates (tests check once per job input) */
  static int compiled() {
    return COMPILED.get();
  }

  /**
   * @param key a value-based key (e.g. a record)
   * @param build builds the value on first use in this JVM
   * @param <K> the key type
   * @param <V> the value type
   * @return the value
   */
  @SuppressWarnings("unchecked")
  public static <K, V> V get(K key, Function<K, V> build) {
    return (V) get(OTHER, key, k -> build.apply((K) k));
  }

  /** Empties the cache (the benchmark measures a first job as on a fresh executor). */
  static void clear() {
    EXPERIMENTS.clear();
    REPLICATES.clear();
    OTHER.clear();
  }

  private static <K, V> V get(Map<K, V> map, K key, Function<K, V> build) {
    V v = map.get(key);
    if (v != null) {
      return v;
    }
    if (map.size() >= MAX_ENTRIES) {
      map.clear();
    }
    return map.computeIfAbsent(key, build);
  }
}
