package org.cordon.simulation.sensitivity;

import java.util.Objects;
import org.cordon.InvalidInputException;
import org.cordon.simulation.experiment.ParallelRunner;
import org.cordon.simulation.progress.Progress;

/**
 * Evaluates a model over a {@link SaltelliDesign}: at every design point the mean of the model's
 * outputs over replicates {@code 0..R-1}. The unit of work is one base row (its {@code k + 2}
 * points, A first, then each {@code A_B^i}, then B, each with all its replicates), so a model may
 * keep what a row's points share (Jinsha: A's compiled schedules serve every {@code A_B^i} of an
 * input that does not touch the schedule). Each point's value is a pure function of (design point,
 * replicate), summed in replicate order, and stored by index: the outputs are the same whatever
 * the thread count.
 */
public final class DesignRunner {
  private DesignRunner() {}

  /**
   * The outputs over a design.
   *
   * @param mean {@code [output][point]}: the mean over the replicates
   * @param spread {@code [output][point]}: the sample variance over the replicates (NaN with one
   *     replicate), the Monte Carlo noise of one replicate at that point
   * @param replicates replicates per point
   */
  public record Outputs(double[][] mean, double[][] spread, int replicates) {
    /**
     * @param output an output
     * @param design the design
     * @return the Monte Carlo noise of the point means at A's and B's rows (the mean within-point
     *     variance divided by the replicates), NaN with one replicate
     */
    public double noiseVariance(int output, SaltelliDesign design) {
      double s = 0;
      for (int j = 0; j < design.samples(); j++) {
        s += spread[output][design.pointA(j)] + spread[output][design.pointB(j)];
      }
      return s / (2.0 * design.samples()) / replicates;
    }
  }

  /**
   * One unit of work: the model's outputs at one design point for one replicate, a pure function
   * of (design point, replicate). What a distributed runner (e.g. a Spark job over the pairs) calls;
   * the local runner below sums the same values.
   *
   * @param design the design
   * @param model the model
   * @param point a design point's index
   * @param replicate a replicate index
   * @return the outputs
   * @throws IndexOutOfBoundsException if the point is outside the design
   */
  public static double[] evaluate(SaltelliDesign design, SensitivityModel model, int point, int replicate) {
    return model.evaluate(design.point(point), replicate);
  }

  /**
   * @param design the design
   * @param model the model
   * @param outputs how many outputs the model gives
   * @param replicates replicates per design point (at least 1)
   * @param threads worker threads (at least 1)
   * @param progress counts {@code unitsPerEvaluation} per model evaluation
   * @param unitsPerEvaluation what one evaluation counts for on {@code progress} (e.g. simulation runs)
   * @return the mean and spread over the replicates at every point
   * @throws InvalidInputException if {@code replicates} or {@code threads} is below 1, or the model
   *     returns another number of outputs
   */
  public static Outputs run(SaltelliDesign design, SensitivityModel model, int outputs, int replicates, int threads,
      Progress progress, int unitsPerEvaluation) {
    Objects.requireNonNull(model, "model");
    if (replicates < 1) {
      throw InvalidInputException.argument("--runs", "must be at least 1: " + replicates);
    }
    double[][] y = new double[outputs][design.points()];
    double[][] spread = new double[outputs][design.points()];
    int rowLength = design.rowLength();
    ParallelRunner.forEach(design.samples(), threads, "cordon-sensitivity", row -> {
      for (int s = 0; s < rowLength; s++) {
        int point = row * rowLength + s;
        double[] x = design.point(point);
        double[] sum = new double[outputs];
        double[] squares = new double[outputs];
        for (int r = 0; r < replicates; r++) {
          double[] out = model.evaluate(x, r); // = evaluate(design, model, point, r)
          if (out.length != outputs) {
            throw new IllegalStateException("the model gave " + out.length + " outputs, not " + outputs);
          }
          for (int o = 0; o < outputs; o++) {
            sum[o] += out[o];
            squares[o] += out[o] * out[o];
          }
          progress.advance(unitsPerEvaluation);
        }
        for (int o = 0; o < outputs; o++) {
          double m = sum[o] / replicates;
          y[o][point] = m;
          spread[o][point] = replicates < 2 ? Double.NaN : Math.max(0, (squares[o] - replicates * m * m) / (replicates - 1));
        }
      }
    });
    return new Outputs(y, spread, replicates);
  }
}
