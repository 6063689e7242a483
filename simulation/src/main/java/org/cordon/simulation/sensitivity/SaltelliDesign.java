package org.cordon.simulation.sensitivity;

import java.util.Objects;
import org.apache.commons.math3.random.SobolSequenceGenerator;
import org.cordon.InvalidInputException;

/**
 * The Saltelli design of a Sobol analysis (SALib's {@code sample}; Saltelli 2002, Saltelli et al.
 * 2010): {@code N} points of commons-math3's {@link SobolSequenceGenerator} of dimension {@code
 * 2k}, the first {@code k} coordinates a row of matrix A and the last {@code k} the same row of
 * B, and for each input {@code i} the matrix {@code A_B^i}, A with column {@code i} from B. The
 * sequence starts after its first {@link #skip()} points (the smallest power of two at least
 * {@code N}; the first point is the origin, which would give A = B), so a power-of-two {@code N}
 * takes a whole block of the sequence, where its balance properties hold.
 *
 * <p>The design has {@code N (k + 2)} points, in rows of {@code k + 2}: for base row {@code j},
 * point {@code j (k + 2)} is A's row, points {@code j (k + 2) + 1 + i} are {@code A_B^i}'s rows,
 * and point {@code j (k + 2) + k + 1} is B's row (SALib's order). A point is a pure function of
 * its index, so any subset of points can be evaluated anywhere. Immutable.
 */
public final class SaltelliDesign {
  /** The largest base sample accepted. */
  public static final int MAX_SAMPLES = 1 << 20;
  /** The most inputs commons-math3's Sobol sequence allows (its 1000 dimensions, halved). */
  public static final int MAX_INPUTS = 500;

  private final SensitivityProblem problem;
  private final int samples;
  private final long skip;
  private final double[][] a;
  private final double[][] b;

  private SaltelliDesign(SensitivityProblem problem, int samples) {
    this.problem = problem;
    this.samples = samples;
    int k = problem.size();
    this.skip = Long.highestOneBit(samples) == samples ? samples : Long.highestOneBit(samples) << 1;
    SobolSequenceGenerator sobol = new SobolSequenceGenerator(2 * k);
    // skipTo(i) returns point i itself (commons-math3 3.6.1), so the next vector is point i + 1
    sobol.skipTo((int) skip - 1);
    a = new double[samples][k];
    b = new double[samples][k];
    for (int j = 0; j < samples; j++) {
      double[] v = sobol.nextVector();
      System.arraycopy(v, 0, a[j], 0, k);
      System.arraycopy(v, k, b[j], 0, k);
    }
  }

  /**
   * @param problem the inputs
   * @param samples the base sample size N (rows of A and B; a power of two is best)
   * @return the design
   * @throws InvalidInputException naming {@code --samples} if {@code samples} is below 2 or above
   *     {@link #MAX_SAMPLES}, or {@code --inputs} for more than {@link #MAX_INPUTS} inputs
   */
  public static SaltelliDesign of(SensitivityProblem problem, int samples) {
    Objects.requireNonNull(problem, "problem");
    if (samples < 2 || samples > MAX_SAMPLES) {
      throw InvalidInputException.argument("--samples", "must be 2.." + MAX_SAMPLES + ": " + samples);
    }
    if (problem.size() > MAX_INPUTS) {
      throw InvalidInputException.argument("--inputs", "at most " + MAX_INPUTS + " inputs: " + problem.size());
    }
    return new SaltelliDesign(problem, samples);
  }

  /** @return the inputs */
  public SensitivityProblem problem() {
    return problem;
  }

  /** @return the base sample size N */
  public int samples() {
    return samples;
  }

  /** @return the number of inputs k */
  public int inputs() {
    return problem.size();
  }

  /** @return the points of the sequence skipped before the first row */
  public long skip() {
    return skip;
  }

  /** @return points per base row, {@code k + 2} */
  public int rowLength() {
    return problem.size() + 2;
  }

  /** @return the number of design points, {@code N (k + 2)} */
  public int points() {
    return samples * rowLength();
  }

  /**
   * @param row a base row j
   * @return the index of A's row j
   */
  public int pointA(int row) {
    return row * rowLength();
  }

  /**
   * @param row a base row j
   * @param input an input i
   * @return the index of {@code A_B^i}'s row j
   */
  public int pointAB(int row, int input) {
    return row * rowLength() + 1 + input;
  }

  /**
   * @param row a base row j
   * @return the index of B's row j
   */
  public int pointB(int row) {
    return row * rowLength() + rowLength() - 1;
  }

  /**
   * @param point a design point's index, {@code 0 <= point < points()}
   * @return its coordinates in the unit cube
   * @throws IndexOutOfBoundsException if the index is outside the design
   */
  public double[] unit(int point) {
    Objects.checkIndex(point, points());
    int row = point / rowLength();
    int s = point % rowLength();
    if (s == rowLength() - 1) {
      return b[row].clone();
    }
    double[] u = a[row].clone();
    if (s > 0) {
      u[s - 1] = b[row][s - 1];
    }
    return u;
  }

  /**
   * @param point a design point's index
   * @return the input values at it (each input's range scaled)
   * @throws IndexOutOfBoundsException if the index is outside the design
   */
  public double[] point(int point) {
    return problem.scale(unit(point));
  }
}
