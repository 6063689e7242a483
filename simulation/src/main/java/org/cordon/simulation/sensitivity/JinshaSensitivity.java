package org.cordon.simulation.sensitivity;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.cordon.InvalidInputException;
import org.cordon.measure.ContainmentAssumptions;
import org.cordon.measure.PolicyTimeline;
import org.cordon.simulation.engine.Interventions;
import org.cordon.simulation.engine.PolicyTable;
import org.cordon.simulation.engine.RunResult;
import org.cordon.simulation.engine.Simulation;
import org.cordon.simulation.engine.TimelineInterventions;
import org.cordon.simulation.experiment.Experiment;
import org.cordon.simulation.experiment.Variant;
import org.cordon.trace.ContactTracer;

/**
 * The Jinsha model of the sensitivity analysis: at a design point, the scenario edited by the
 * point's input values ({@link JinshaInputs}) runs its baseline {@value #BASELINE} and the
 * {@link #HEADLINES} as paired runs; the outputs are the paired differences of {@link
 * #statistic(RunResult)} (headline minus baseline), one per headline. Replicate {@code r} is
 * {@link Simulation#run(long, int) run(seed, r)} in every variant and at every design point
 * (common random numbers: the same imports, natural histories and transmission draws wherever
 * the inputs let them be the same). The scenario's posterior draws are not used: the calibrated
 * parameters are inputs.
 *
 * <p>A pure function of (values, replicate), so of (design point, replicate): the same on any
 * thread or machine. The compiled schedules of the last two assumption sets are kept per thread,
 * so that the points of a design row that share the containment assumptions compile them once.
 */
public final class JinshaSensitivity implements SensitivityModel {
  /** The baseline every headline is compared with. */
  public static final String BASELINE = "as-happened";
  /** The headline variants, each compared with {@link #BASELINE}. */
  public static final List<String> HEADLINES = List.of("late-city", "response-late-city");
  /** Simulation runs per evaluation: the baseline and each headline. */
  public static final int RUNS_PER_EVALUATION = 1 + HEADLINES.size();
  private static final int CACHED = 2;

  private final Experiment experiment;
  private final List<JinshaInputs.Setter> setters;
  private final JinshaInputs.Setting base;
  private final long seed;
  private final List<PolicyTimeline> timelines = new ArrayList<>();
  private final List<float[][]> visits = new ArrayList<>();
  private final ContactTracer tracer;
  private final ThreadLocal<Map<ContainmentAssumptions, PolicyTable[]>> tables =
      ThreadLocal.withInitial(() -> new LinkedHashMap<>(4, 0.75f, true));

  private JinshaSensitivity(Experiment experiment, SensitivityProblem problem, long seed) {
    this.experiment = experiment;
    this.setters = JinshaInputs.setters(problem);
    this.seed = seed;
    List<String> names = new ArrayList<>();
    names.add(BASELINE);
    names.addAll(HEADLINES);
    ContainmentAssumptions assumptions = null;
    for (String name : names) {
      Variant v = experiment.variants().stream().filter(x -> x.name().equals(name)).findFirst()
          .orElseThrow(() -> InvalidInputException.argument("--scenario", "scenario '" + experiment.name()
              + "' has no variant '" + name + "' (sensitivity compares " + String.join(" and ", HEADLINES) + " with "
              + BASELINE + ")"));
      if (!(v.interventions() instanceof TimelineInterventions t)) {
        throw InvalidInputException.argument("--scenario", "variant '" + name + "' has no timeline to edit");
      }
      timelines.add(t.timeline());
      visits.add(SharedSurveyInterventions.visits(t, experiment.start(), experiment.days(),
          experiment.community().residentCount()));
      if (assumptions == null) {
        assumptions = t.timeline().assumptions();
      } else if (!assumptions.equals(t.timeline().assumptions())) {
        throw InvalidInputException.argument("--scenario", "variant '" + name + "' has assumptions of its own;"
            + " sensitivity needs " + BASELINE + " and the headlines to share them");
      }
    }
    this.base = new JinshaInputs.Setting(experiment.parameters(), assumptions);
    this.tracer = PolicyTable.tracer(experiment.community());
  }

  /**
   * @param experiment a scenario with the variants {@value #BASELINE} and {@link #HEADLINES}
   * @param problem inputs from {@link JinshaInputs}
   * @param seed the seed of every run
   * @return the model
   * @throws InvalidInputException naming {@code --scenario} if a variant is missing or has no
   *     timeline
   */
  public static JinshaSensitivity of(Experiment experiment, SensitivityProblem problem, long seed) {
    return new JinshaSensitivity(Objects.requireNonNull(experiment, "experiment"), problem, seed);
  }

  /**
   * The statistic compared: confirmed cases at the end of the run, followed past the scenario's
   * last day until nobody is exposed or infectious (the experiment's follow-up cap). The one place
   * to change what the analysis looks at.
   *
   * @param run a run
   * @return its statistic
   */
  static double statistic(RunResult run) {
    return run.finalConfirmed();
  }

  /** @return what {@link #statistic(RunResult)} counts, for the outputs' descriptions */
  public static String statisticName() {
    return "confirmed cases at the end of each run (followed until nobody is exposed or infectious)";
  }

  /** @return the seed of every run */
  public long seed() {
    return seed;
  }

  /** @return the scenario */
  public Experiment experiment() {
    return experiment;
  }

  @Override
  public double[] evaluate(double[] values, int replicate) {
    JinshaInputs.Setting s = JinshaInputs.apply(values, setters, base);
    PolicyTable[] t = tables(s.assumptions());
    double baseline = statistic(Simulation.of(t[0], s.model(), experiment.followUpDays()).run(seed, replicate));
    double[] out = new double[HEADLINES.size()];
    for (int h = 0; h < out.length; h++) {
      out[h] = statistic(Simulation.of(t[h + 1], s.model(), experiment.followUpDays()).run(seed, replicate)) - baseline;
    }
    return out;
  }

  private PolicyTable[] tables(ContainmentAssumptions a) {
    Map<ContainmentAssumptions, PolicyTable[]> cache = tables.get();
    PolicyTable[] t = cache.get(a);
    if (t == null) {
      t = compile(a);
      cache.put(a, t);
      if (cache.size() > CACHED) {
        cache.remove(cache.keySet().iterator().next());
      }
    }
    return t;
  }

  private PolicyTable[] compile(ContainmentAssumptions a) {
    PolicyTable[] t = new PolicyTable[timelines.size()];
    for (int k = 0; k < t.length; k++) {
      PolicyTimeline base = timelines.get(k);
      Interventions edited = base.assumptions().equals(a) ? TimelineInterventions.of(base)
          : TimelineInterventions.of(PolicyTimeline.builder(base.community(), base.firstDay(), base.lastDay())
              .addAll(base.measures()).assumptions(a).build());
      t[k] = PolicyTable.compile(experiment.community(),
          new SharedSurveyInterventions(edited, visits.get(k), experiment.start()), experiment.start(), experiment.end(),
          tracer);
    }
    return t;
  }
}
