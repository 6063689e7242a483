package org.cordon.simulation.experiment;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.cordon.InvalidInputException;
import org.cordon.community.Community;
import org.cordon.simulation.disease.ModelParameters;
import org.cordon.simulation.engine.PolicyTable;
import org.cordon.simulation.engine.Simulation;

/**
 * A scenario ready to run: a community, a horizon, the disease model and the variants to compare.
 * The first variant is the baseline the others are compared against.
 *
 * @param name the scenario's name (e.g. {@code jinsha-2020})
 * @param community the community
 * @param start first simulated day
 * @param end last simulated day
 * @param parameters the disease model
 * @param variants the variants, baseline first (at least one, unique names)
 * @param parameterDraws parameter sets drawn from a posterior: replicate {@code i} runs with draw
 *     {@code i mod size} (the same draw in every variant), so the comparison carries the
 *     calibration's uncertainty; empty to run every replicate with {@code parameters}
 * @param calibration the calibrated values {@code parameters}, {@code parameterDraws} and the
 *     variants' assumptions come from, if any (for the report)
 * @param followUpDays the most days each run goes on past {@code end} until nobody is exposed or
 *     infectious (measures in force on {@code end} stay in force; {@link Simulation#of(PolicyTable,
 *     ModelParameters, int)}); 0 stops every run on {@code end}
 */
public record Experiment(
    String name, Community community, LocalDate start, LocalDate end, ModelParameters parameters, List<Variant> variants,
    List<ModelParameters> parameterDraws, Optional<Calibrated> calibration, int followUpDays) {

  /** The default follow-up past the last day: a year. */
  public static final int DEFAULT_FOLLOW_UP_DAYS = 365;

  /**
   * @throws InvalidInputException for a blank name, no variant, duplicate names, end before start
   *     or a follow-up outside 0..{@value Simulation#MAX_FOLLOW_UP_DAYS} days
   */
  public Experiment {
    if (followUpDays < 0 || followUpDays > Simulation.MAX_FOLLOW_UP_DAYS) {
      throw InvalidInputException.argument("--follow-up-days", "must be 0.." + Simulation.MAX_FOLLOW_UP_DAYS + ": "
          + followUpDays);
    }
    if (name == null || name.isBlank()) {
      throw InvalidInputException.argument("scenario.name", "blank");
    }
    Objects.requireNonNull(community, "community");
    Objects.requireNonNull(parameters, "parameters");
    if (start == null || end == null || end.isBefore(start)) {
      throw InvalidInputException.argument("scenario.end", "must be on or after start " + start + ": " + end);
    }
    variants = List.copyOf(variants);
    parameterDraws = List.copyOf(parameterDraws);
    Objects.requireNonNull(calibration, "calibration");
    if (variants.isEmpty()) {
      throw InvalidInputException.argument("scenario.variants", "no variant");
    }
    var names = new HashSet<String>();
    for (Variant v : variants) {
      if (!names.add(v.name())) {
        throw InvalidInputException.argument("scenario.variants", "duplicate variant '" + v.name() + "'");
      }
    }
  }

  /**
   * An experiment followed {@value #DEFAULT_FOLLOW_UP_DAYS} days past its end at most.
   *
   * @param name the scenario's name
   * @param community the community
   * @param start first simulated day
   * @param end last simulated day
   * @param parameters the disease model
   * @param variants the variants, baseline first
   * @param parameterDraws parameter sets for the replicates (empty: {@code parameters} for all)
   * @param calibration the calibrated values used, if any
   * @throws InvalidInputException as the canonical constructor
   */
  public Experiment(String name, Community community, LocalDate start, LocalDate end, ModelParameters parameters,
      List<Variant> variants, List<ModelParameters> parameterDraws, Optional<Calibrated> calibration) {
    this(name, community, start, end, parameters, variants, parameterDraws, calibration, DEFAULT_FOLLOW_UP_DAYS);
  }

  /**
   * An experiment without a calibration record.
   *
   * @param name the scenario's name
   * @param community the community
   * @param start first simulated day
   * @param end last simulated day
   * @param parameters the disease model
   * @param variants the variants, baseline first
   * @param parameterDraws parameter sets for the replicates (empty: {@code parameters} for all)
   * @throws InvalidInputException as the canonical constructor
   */
  public Experiment(String name, Community community, LocalDate start, LocalDate end, ModelParameters parameters,
      List<Variant> variants, List<ModelParameters> parameterDraws) {
    this(name, community, start, end, parameters, variants, parameterDraws, Optional.empty());
  }

  /**
   * An experiment whose replicates all run with {@code parameters}.
   *
   * @param name the scenario's name
   * @param community the community
   * @param start first simulated day
   * @param end last simulated day
   * @param parameters the disease model
   * @param variants the variants, baseline first
   * @throws InvalidInputException as the canonical constructor
   */
  public Experiment(String name, Community community, LocalDate start, LocalDate end, ModelParameters parameters,
      List<Variant> variants) {
    this(name, community, start, end, parameters, variants, List.of(), Optional.empty());
  }

  /** @return the number of simulated days, {@code start} to {@code end} inclusive */
  public int days() {
    return (int) (end.toEpochDay() - start.toEpochDay()) + 1;
  }

  /**
   * The day index of a date, as in every {@link org.cordon.simulation.engine.RunResult} series
   * ({@code 0 = start}); the one place the comparison converts dates to indices.
   *
   * @param date a date
   * @return its index (negative or past the horizon for dates outside it)
   */
  public int dayIndex(LocalDate date) {
    return (int) (date.toEpochDay() - start.toEpochDay());
  }

  /**
   * @param day a day index
   * @return its date
   */
  public LocalDate date(int day) {
    return start.plusDays(day);
  }

  /**
   * @param replicate a replicate index
   * @return the parameters replicate {@code replicate} runs with
   */
  public ModelParameters parametersOf(int replicate) {
    return parameterDraws.isEmpty() ? parameters : parameterDraws.get(replicate % parameterDraws.size());
  }

  /**
   * @param draws parameter sets for the replicates (empty: {@code parameters} for all)
   * @return this experiment with them
   */
  public Experiment withDraws(List<ModelParameters> draws) {
    return new Experiment(name, community, start, end, parameters, variants, draws, calibration, followUpDays);
  }

  /**
   * @param calibrated the calibration these parameters, draws and assumptions come from
   * @return this experiment recording it (nothing else changes)
   */
  public Experiment withCalibration(Calibrated calibrated) {
    return new Experiment(name, community, start, end, parameters, variants, parameterDraws, Optional.of(calibrated),
        followUpDays);
  }

  /**
   * @param kept the variants to keep (baseline first)
   * @return this experiment with those variants only
   * @throws InvalidInputException if {@code kept} is empty
   */
  public Experiment withVariants(List<Variant> kept) {
    return new Experiment(name, community, start, end, parameters, kept, parameterDraws, calibration, followUpDays);
  }

  /**
   * @param variantName a variant's name
   * @return this experiment with that variant only
   * @throws InvalidInputException if there is no such variant
   */
  public Experiment only(String variantName) {
    for (Variant v : variants) {
      if (v.name().equals(variantName)) {
        return withVariants(List.of(v));
      }
    }
    throw InvalidInputException.argument("--variant", "unknown variant '" + variantName + "' (known: "
        + String.join(", ", variants.stream().map(Variant::name).toList()) + ")");
  }

  /**
   * @param p other model parameters
   * @return this experiment with them for every replicate (no parameter draws)
   */
  public Experiment with(ModelParameters p) {
    return new Experiment(name, community, start, end, p, variants, List.of(), Optional.empty(), followUpDays);
  }

  /**
   * @param days the most days to follow each run past the last day (0: stop on it)
   * @return this experiment with that follow-up
   * @throws InvalidInputException if {@code days} is out of range
   */
  public Experiment withFollowUp(int days) {
    return new Experiment(name, community, start, end, parameters, variants, parameterDraws, calibration, days);
  }

  /**
   * @param change a change to the disease model
   * @return this experiment with it applied to its parameters and to every parameter draw (the
   *     calibration record is kept: the change is on top of it)
   */
  public Experiment mapParameters(java.util.function.UnaryOperator<ModelParameters> change) {
    return new Experiment(name, community, start, end, change.apply(parameters), variants,
        parameterDraws.stream().map(change).toList(), calibration, followUpDays);
  }

  /** @return the compiled policy tables, one per variant, in order */
  public List<PolicyTable> compile() {
    var tracer = PolicyTable.tracer(community);
    return variants.parallelStream().map(v -> PolicyTable.compile(community, v.interventions(), start, end, tracer)).toList();
  }

  /**
   * @param tables compiled tables from {@link #compile()}
   * @return one simulation per variant with this experiment's parameters
   */
  public List<Simulation> simulations(List<PolicyTable> tables) {
    return tables.stream().map(t -> Simulation.of(t, parameters, followUpDays)).toList();
  }
}
