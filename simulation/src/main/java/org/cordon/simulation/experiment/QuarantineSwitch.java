package org.cordon.simulation.experiment;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.cordon.simulation.disease.CaseFindingParameters;
import org.cordon.simulation.disease.ModelParameters;
import org.cordon.simulation.disease.QuarantineSetting;
import org.cordon.simulation.progress.Progress;

/**
 * How the answer moves with the quarantine setting switched ({@link
 * CaseFindingParameters#quarantineSetting()}: facility to home, or home to facility from the
 * model's date): the baseline and the headline variants ({@link #HEADLINE}, those the experiment
 * has; an experiment with none of them is not switched) run again with the same seed and runs, so each
 * switched run is paired with its run as the scenario sets it, and compared with the baseline by
 * the end of each run.
 *
 * <pre>{@code
 * QuarantineSwitch.Result r = QuarantineSwitch.run(experiment, summary, 200, 1L, 2, Progress.NONE);
 * }</pre>
 */
public final class QuarantineSwitch {
  /** The variants run again with the setting switched, besides the baseline. */
  public static final List<String> HEADLINE = List.of(Attribution.CLOSURE_LATE, Attribution.BOTH_LATE);

  private QuarantineSwitch() {}

  /**
   * @param setting the scenario's setting, e.g. {@code FACILITY from 2020-02-02}
   * @param switchedTo the other setting
   * @param asRun the headline variants against the baseline by the end, as the scenario sets it
   * @param switched the same with the setting switched
   * @param baselineFinal the baseline's final confirmed cases as the scenario sets it
   * @param switchedBaselineFinal the same with the setting switched
   */
  public record Result(String setting, String switchedTo, List<PairedComparison> asRun, List<PairedComparison> switched,
      Band baselineFinal, Band switchedBaselineFinal) {
    /** Copies the lists. */
    public Result {
      Objects.requireNonNull(setting, "setting");
      Objects.requireNonNull(switchedTo, "switchedTo");
      asRun = List.copyOf(asRun);
      switched = List.copyOf(switched);
    }
  }

  /**
   * @param x an experiment
   * @return it with the quarantine setting switched, for every parameter draw, and only the
   *     baseline and the headline variants
   */
  public static Experiment switched(Experiment x) {
    List<Variant> kept = new ArrayList<>();
    kept.add(x.variants().get(0));
    for (Variant v : x.variants().subList(1, x.variants().size())) {
      if (HEADLINE.contains(v.name())) {
        kept.add(v);
      }
    }
    return x.withVariants(kept).mapParameters(QuarantineSwitch::switchSetting);
  }

  /**
   * @param x an experiment
   * @return whether it has a headline variant besides its baseline, to compare with the setting switched
   */
  public static boolean applies(Experiment x) {
    return x.variants().stream().skip(1).anyMatch(v -> HEADLINE.contains(v.name()));
  }

  private static ModelParameters switchSetting(ModelParameters p) {
    CaseFindingParameters cf = p.caseFinding();
    QuarantineSetting other = cf.quarantineSetting() == QuarantineSetting.HOME ? QuarantineSetting.FACILITY
        : QuarantineSetting.HOME;
    return p.with(cf.withQuarantine(other, cf.facilityQuarantineFrom()));
  }

  /**
   * @param cf a case finding
   * @return its quarantine setting in words
   */
  static String describe(CaseFindingParameters cf) {
    return cf.quarantineSetting() == QuarantineSetting.HOME ? "HOME"
        : "FACILITY from " + cf.facilityQuarantineFrom();
  }

  /**
   * Runs the switched experiment and compares it with the summary of the experiment as set.
   *
   * @param x the experiment as the scenario sets it
   * @param summary its summary (same runs and seed)
   * @param runs replicates per variant
   * @param seed the seed
   * @param threads worker threads
   * @param progress counts the runs ({@code runs × switched(x).variants().size()})
   * @return how the comparisons move
   * @throws org.cordon.InvalidInputException if {@code runs} or {@code threads} is below 1
   */
  public static Result run(Experiment x, ComparisonSummary summary, int runs, long seed, int threads, Progress progress) {
    Experiment sw = switched(x);
    ComparisonSummary s = Comparison.summarize(MonteCarlo.run(sw, runs, seed, threads, progress));
    List<PairedComparison> asRun = new ArrayList<>();
    for (PairedComparison c : s.endComparisons()) {
      summary.endComparison(c.variant()).ifPresent(asRun::add);
    }
    return new Result(describe(x.parameters().caseFinding()), describe(sw.parameters().caseFinding()), asRun,
        s.endComparisons(), summary.variants().get(0).finalConfirmed(), s.variants().get(0).finalConfirmed());
  }
}
