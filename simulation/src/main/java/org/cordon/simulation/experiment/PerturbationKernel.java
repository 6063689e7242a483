package org.cordon.simulation.experiment;

import java.util.Arrays;
import java.util.List;
import org.cordon.simulation.engine.RandomStreams;

/**
 * The perturbation kernel of {@link AbcSmc} around a weighted population (Beaumont et al. 2009):
 * an ancestor drawn by weight, its continuous coordinates moved by a multivariate normal with twice
 * the population's weighted covariance, its grid coordinates kept with probability {@link
 * AbcSmc#STAY} or moved to a neighbour; and the mixture density that the next population's weights
 * divide by.
 */
final class PerturbationKernel {
  private final AbcSmc.Prior prior;
  private final int[] continuous;
  private final int[] grid;
  private final double[][] thetas;
  private final double[] cumulative;
  private final double[] weights;
  private final double[][] chol;
  private final double[][] inverse;

  private PerturbationKernel(AbcSmc.Prior prior, List<? extends AbcSmc.Particle<?>> particles) {
    this.prior = prior;
    int dim = prior.dimension();
    this.continuous = java.util.stream.IntStream.range(0, dim).filter(k -> prior.levels(k) == 0).toArray();
    this.grid = java.util.stream.IntStream.range(0, dim).filter(k -> prior.levels(k) > 0).toArray();
    int n = particles.size();
    thetas = new double[n][];
    weights = new double[n];
    cumulative = new double[n];
    double cum = 0;
    for (int i = 0; i < n; i++) {
      thetas[i] = particles.get(i).theta();
      weights[i] = particles.get(i).weight();
      cum += weights[i];
      cumulative[i] = cum;
    }
    int m = continuous.length;
    double[] mean = new double[m];
    for (int i = 0; i < n; i++) {
      for (int a = 0; a < m; a++) {
        mean[a] += weights[i] / cum * thetas[i][continuous[a]];
      }
    }
    double[][] cov = new double[m][m];
    for (int i = 0; i < n; i++) {
      for (int a = 0; a < m; a++) {
        for (int b = 0; b < m; b++) {
          cov[a][b] += 2 * weights[i] / cum * (thetas[i][continuous[a]] - mean[a]) * (thetas[i][continuous[b]] - mean[b]);
        }
      }
    }
    this.chol = cholesky(cov);
    this.inverse = lowerInverse(chol);
  }

  static PerturbationKernel of(AbcSmc.Prior prior, List<? extends AbcSmc.Particle<?>> particles) {
    return new PerturbationKernel(prior, particles);
  }

  double[] propose(long key, int attempt) {
    double u = RandomStreams.uniform(key, attempt, 0) * cumulative[cumulative.length - 1];
    int i = Arrays.binarySearch(cumulative, u);
    i = Math.min(cumulative.length - 1, i >= 0 ? i + 1 : -i - 1);
    double[] theta = thetas[i].clone();
    int m = continuous.length;
    double[] z = new double[m];
    for (int a = 0; a < m; a++) {
      z[a] = RandomStreams.normal(key, attempt, 2 + 2 * a);
    }
    for (int a = 0; a < m; a++) {
      double s = 0;
      for (int b = 0; b <= a; b++) {
        s += chol[a][b] * z[b];
      }
      theta[continuous[a]] += s;
    }
    for (int g = 0; g < grid.length; g++) {
      int k = grid[g];
      int levels = prior.levels(k);
      double v = RandomStreams.uniform(key, attempt, 1000 + g);
      if (v >= AbcSmc.STAY && levels > 1) {
        int at = (int) theta[k];
        boolean down = at > 0 && (at == levels - 1 || v < AbcSmc.STAY + (1 - AbcSmc.STAY) / 2);
        theta[k] = down ? at - 1 : at + 1;
      }
    }
    return theta;
  }

  /** @return sum over the population of weight × kernel density (up to the Gaussian's constant) */
  double mixtureDensity(double[] theta) {
    double sum = 0;
    int m = continuous.length;
    double[] x = new double[m];
    for (int i = 0; i < thetas.length; i++) {
      double p = weights[i];
      for (int g = 0; g < grid.length && p > 0; g++) {
        p *= gridKernel(prior.levels(grid[g]), (int) thetas[i][grid[g]], (int) theta[grid[g]]);
      }
      if (p == 0) {
        continue;
      }
      for (int a = 0; a < m; a++) {
        x[a] = theta[continuous[a]] - thetas[i][continuous[a]];
      }
      double q = 0;
      for (int a = 0; a < m; a++) {
        double s = 0;
        for (int b = 0; b <= a; b++) {
          s += inverse[a][b] * x[b];
        }
        q += s * s;
      }
      sum += p * Math.exp(-0.5 * q);
    }
    return sum;
  }

  private static double gridKernel(int levels, int from, int to) {
    if (levels <= 1) {
      return from == to ? 1 : 0;
    }
    if (from == to) {
      return AbcSmc.STAY;
    }
    if (Math.abs(from - to) != 1) {
      return 0;
    }
    boolean edge = from == 0 || from == levels - 1;
    return edge ? 1 - AbcSmc.STAY : (1 - AbcSmc.STAY) / 2;
  }

  /** Cholesky factor of a covariance, with a small ridge if it is singular. */
  private static double[][] cholesky(double[][] cov) {
    int m = cov.length;
    double trace = 0;
    for (int a = 0; a < m; a++) {
      trace += cov[a][a];
    }
    double ridge = 0;
    for (int attempt = 0; attempt < 30; attempt++) {
      double[][] l = new double[m][m];
      boolean ok = true;
      for (int a = 0; a < m && ok; a++) {
        for (int b = 0; b <= a; b++) {
          double s = cov[a][b] + (a == b ? ridge : 0);
          for (int c = 0; c < b; c++) {
            s -= l[a][c] * l[b][c];
          }
          if (a == b) {
            if (!(s > 0)) {
              ok = false;
              break;
            }
            l[a][a] = Math.sqrt(s);
          } else {
            l[a][b] = s / l[b][b];
          }
        }
      }
      if (ok) {
        return l;
      }
      ridge = ridge == 0 ? Math.max(1e-12, 1e-9 * trace / Math.max(1, m)) : ridge * 10;
    }
    throw new IllegalStateException("the population's covariance cannot be factorised");
  }

  private static double[][] lowerInverse(double[][] l) {
    int m = l.length;
    double[][] inv = new double[m][m];
    for (int a = 0; a < m; a++) {
      inv[a][a] = 1 / l[a][a];
      for (int b = 0; b < a; b++) {
        double s = 0;
        for (int c = b; c < a; c++) {
          s -= l[a][c] * inv[c][b];
        }
        inv[a][b] = s / l[a][a];
      }
    }
    return inv;
  }
}
