package org.cordon.simulation.experiment;

import java.util.List;
import org.cordon.InvalidInputException;
import org.cordon.simulation.engine.PolicyTable;
import org.cordon.simulation.engine.RunResult;
import org.cordon.simulation.engine.Simulation;

/**
 * An experiment compiled once, ready to run any replicate of all its variants: replicate {@code
 * i} of variant {@code k} is {@link Simulation#run(long, int) run(seed, i)} of the variant's
 * policy table with {@link Experiment#parametersOf(int) parametersOf(i)}. {@link MonteCarlo} runs
 * its replicates through this class; a distributed runner builds one per worker and calls {@link
 * #run(long, int)} for the indices it is given, so the ensemble is the same wherever each
 * replicate ran.
 *
 * <pre>{@code
 * Replicates r = Replicates.of(experiment);
 * RunResult[] third = r.run(1L, 2); // replicate 2 of every variant, experiment order
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class Replicates {
  private final Experiment experiment;
  private final List<PolicyTable> tables;
  private final List<Simulation> fixed;

  private Replicates(Experiment experiment) {
    this.experiment = experiment;
    this.tables = experiment.compile();
    this.fixed = experiment.simulations(tables);
  }

  /**
   * Compiles the experiment's variants (the costly part, done once).
   *
   * @param experiment the experiment
   * @return its replicates
   * @throws NullPointerException if {@code experiment} is null
   */
  public static Replicates of(Experiment experiment) {
    return new Replicates(java.util.Objects.requireNonNull(experiment, "experiment"));
  }

  /** @return the experiment */
  public Experiment experiment() {
    return experiment;
  }

  /** @return the number of variants */
  public int variants() {
    return fixed.size();
  }

  /**
   * @param variant a variant index (experiment order)
   * @param replicate a replicate index
   * @return the simulation that replicate {@code replicate} of the variant runs
   */
  public Simulation simulation(int variant, int replicate) {
    return experiment.parameterDraws().isEmpty()
        ? fixed.get(variant)
        : Simulation.of(tables.get(variant), experiment.parametersOf(replicate), experiment.followUpDays());
  }

  /**
   * Runs replicate {@code replicate} of every variant.
   *
   * @param seed the experiment seed
   * @param replicate the replicate index (>= 0)
   * @return one result per variant, experiment order
   * @throws InvalidInputException if {@code replicate} is negative
   */
  public RunResult[] run(long seed, int replicate) {
    RunResult[] out = new RunResult[variants()];
    for (int k = 0; k < out.length; k++) {
      out[k] = simulation(k, replicate).run(seed, replicate);
    }
    return out;
  }
}
