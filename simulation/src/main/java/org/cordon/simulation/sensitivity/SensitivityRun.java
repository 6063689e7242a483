package org.cordon.simulation.sensitivity;

import java.util.ArrayList;
import java.util.List;
import org.cordon.InvalidInputException;
import org.cordon.simulation.experiment.Experiment;
import org.cordon.simulation.progress.Progress;

/**
 * The Jinsha sensitivity analysis end to end: design ({@link SaltelliDesign}), evaluation of
 * {@link JinshaSensitivity} over it ({@link DesignRunner}), and the indices of each headline
 * ({@link SobolAnalysis}). The same result for a seed whatever the thread count.
 */
public final class SensitivityRun {
  /** Default base sample size N (see docs/sensitivity.md for the run time). */
  public static final int DEFAULT_SAMPLES = 512;
  /** Default paired runs per design point R. */
  public static final int DEFAULT_RUNS = 4;

  private SensitivityRun() {}

  /**
   * @param problem inputs from {@link JinshaInputs}
   * @param samples base sample size N
   * @param runs paired runs per design point R
   * @return the simulation runs the analysis makes, {@code N (k + 2) R} times the variants run
   */
  public static long simulations(SensitivityProblem problem, int samples, int runs) {
    return (long) samples * (problem.size() + 2) * runs * JinshaSensitivity.RUNS_PER_EVALUATION;
  }

  /**
   * @param experiment the scenario (with the variants {@link JinshaSensitivity} compares)
   * @param problem inputs from {@link JinshaInputs}
   * @param samples base sample size N (2 or more; a power of two is best)
   * @param runs paired runs per design point (1 or more)
   * @param seed the seed of every run; the bootstrap's is derived from it
   * @param threads worker threads
   * @param progress counts finished simulation runs ({@link #simulations} in all)
   * @return the indices of each headline
   * @throws InvalidInputException if a count is out of range or the scenario lacks a variant
   */
  public static SensitivityResult run(Experiment experiment, SensitivityProblem problem, int samples, int runs,
      long seed, int threads, Progress progress) {
    return run(JinshaSensitivity.of(experiment, problem, seed), problem, samples, runs, threads, progress);
  }

  /**
   * As {@link #run(Experiment, SensitivityProblem, int, int, long, int, Progress)} with the model
   * already built (its scenario and seed).
   *
   * @param model the model, built for {@code problem}
   * @param problem inputs from {@link JinshaInputs}
   * @param samples base sample size N
   * @param runs paired runs per design point
   * @param threads worker threads
   * @param progress counts finished simulation runs
   * @return the indices of each headline
   * @throws InvalidInputException if a count is out of range
   */
  public static SensitivityResult run(JinshaSensitivity model, SensitivityProblem problem, int samples, int runs,
      int threads, Progress progress) {
    if (runs < 1) {
      throw InvalidInputException.argument("--runs", "must be at least 1: " + runs);
    }
    Experiment experiment = model.experiment();
    long seed = model.seed();
    SaltelliDesign design = SaltelliDesign.of(problem, samples);
    int outputs = JinshaSensitivity.HEADLINES.size();
    DesignRunner.Outputs y =
        DesignRunner.run(design, model, outputs, runs, threads, progress, JinshaSensitivity.RUNS_PER_EVALUATION);
    List<SensitivityResult.Headline> headlines = new ArrayList<>();
    long bootstrapSeed = seed * 0x9E3779B97F4A7C15L + 0x5EEDL;
    for (int o = 0; o < outputs; o++) {
      SobolAnalysis.Result r = SobolAnalysis.analyze(design, y.mean()[o], SobolAnalysis.DEFAULT_RESAMPLES, bootstrapSeed + o);
      headlines.add(new SensitivityResult.Headline(JinshaSensitivity.HEADLINES.get(o), JinshaSensitivity.BASELINE, r,
          runs < 2 ? Double.NaN : y.noiseVariance(o, design)));
    }
    return new SensitivityResult(experiment.name(), experiment.end(), JinshaSensitivity.statisticName(), samples, runs,
        seed, SobolAnalysis.DEFAULT_RESAMPLES, problem, headlines);
  }
}
