package org.cordon.simulation.experiment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.apache.commons.math3.distribution.GammaDistribution;
import org.cordon.InvalidInputException;
import org.cordon.simulation.engine.RandomStreams;
import org.junit.jupiter.api.Test;

/**
 * {@link AbcSmc} on a model with a conjugate answer: ten Poisson counts with rate λ, a gamma
 * prior (shape 2, rate 1) and the observed sum 30 (sufficient), distance |simulated sum − 30|. The
 * exact posterior is gamma(32, 11): mean 2.909, sd 0.514. Seeded (seed 11, 1,000 particles):
 * the tolerances (0.08 on the mean, 0.08 on the sd) are above 3 Monte Carlo standard errors of the
 * weighted estimates (sd / √ESS ≈ 0.03 with ESS above 300) plus the small ABC bias at tolerance 1
 * (which widens the sd by under 2%): significance below 0.01.
 */
class AbcSmcTest {
  private static final int N_OBS = 10;
  private static final int SUM = 30;
  private static final GammaDistribution PRIOR = new GammaDistribution(null, 2, 1);

  private static final AbcSmc.Prior GAMMA = new AbcSmc.Prior() {
    @Override
    public int dimension() {
      return 1;
    }

    @Override
    public int levels(int k) {
      return 0;
    }

    @Override
    public double[] sample(long stream, int index) {
      return new double[] {PRIOR.inverseCumulativeProbability(RandomStreams.uniform(stream, index, 0))};
    }

    @Override
    public double density(double[] t) {
      return t[0] > 0 ? PRIOR.density(t[0]) : 0;
    }
  };

  /** Sum of ten Poisson(λ) counts by inversion, keyed by (seed, attempt). */
  private static int simulate(double[] t, long seed, int attempt) {
    double lambda = N_OBS * t[0];
    double u = RandomStreams.uniform(seed, attempt, 77);
    double p = Math.exp(-lambda);
    double cdf = p;
    int k = 0;
    while (u > cdf && k < 10_000) {
      k++;
      p *= lambda / k;
      cdf += p;
    }
    return k;
  }

  private static AbcSmc.Evaluator<Integer> evaluator(int threads) {
    return ps -> {
      Integer[] out = new Integer[ps.size()];
      ParallelRunner.forEach(ps.size(), threads, "test", i -> out[i] = simulate(ps.get(i).theta(), ps.get(i).seed(), ps.get(i).attempt()));
      return List.of(out);
    };
  }

  private static List<AbcSmc.Population<Integer>> run(int threads, int batch) {
    return AbcSmc.run(GAMMA, evaluator(threads), s -> Math.abs(s - SUM), new AbcSmc.Settings(1000, 0.5, 0.02, 8, batch, 11));
  }

  @Test
  void recoversTheConjugatePosteriorOfAPoissonRate() {
    List<AbcSmc.Population<Integer>> pops = run(2, 1000);
    AbcSmc.Population<Integer> last = pops.get(pops.size() - 1);
    double mean = 0;
    double ess = 0;
    for (var p : last.particles()) {
      mean += p.weight() * p.theta()[0];
      ess += p.weight() * p.weight();
    }
    double var = 0;
    for (var p : last.particles()) {
      var += p.weight() * (p.theta()[0] - mean) * (p.theta()[0] - mean);
    }
    ess = 1 / ess;
    assertThat(pops).hasSizeGreaterThan(2);
    assertThat(last.epsilon()).isLessThanOrEqualTo(1);
    assertThat(ess).isGreaterThan(300);
    assertThat(mean).isCloseTo(32.0 / 11, org.assertj.core.data.Offset.offset(0.08));
    assertThat(Math.sqrt(var)).isCloseTo(Math.sqrt(32) / 11, org.assertj.core.data.Offset.offset(0.08));
    // tolerances shrink population by population; weights are normalised
    for (int t = 2; t < pops.size(); t++) {
      assertThat(pops.get(t).epsilon()).isLessThanOrEqualTo(pops.get(t - 1).epsilon());
    }
    assertThat(last.particles().stream().mapToDouble(AbcSmc.Particle::weight).sum())
        .isCloseTo(1, org.assertj.core.data.Offset.offset(1e-9));
  }

  @Test
  void theSameSeedGivesTheSamePopulationsOnOneAndFourThreads() {
    var one = run(1, 250);
    var four = run(4, 250);
    assertThat(four).hasSameSizeAs(one);
    for (int t = 0; t < one.size(); t++) {
      assertThat(four.get(t).epsilon()).isEqualTo(one.get(t).epsilon());
      assertThat(four.get(t).attempts()).isEqualTo(one.get(t).attempts());
      List<double[]> a = new ArrayList<>();
      List<double[]> b = new ArrayList<>();
      one.get(t).particles().forEach(p -> a.add(new double[] {p.theta()[0], p.weight()}));
      four.get(t).particles().forEach(p -> b.add(new double[] {p.theta()[0], p.weight()}));
      assertThat(b).containsExactlyElementsOf(a);
    }
  }

  @Test
  void systematicResamplingKeepsEachParticleInProportionToItsWeight() {
    List<AbcSmc.Particle<Integer>> ps = List.of(new AbcSmc.Particle<>(new double[] {0}, 0.5, 0, 0),
        new AbcSmc.Particle<>(new double[] {1}, 0.25, 0, 0), new AbcSmc.Particle<>(new double[] {2}, 0.25, 0, 0),
        new AbcSmc.Particle<>(new double[] {3}, 0.0, 0, 0));
    assertThat(AbcSmc.systematic(ps, 0.5)).containsExactly(0, 0, 1, 2);
  }

  @Test
  void badSettingsNameTheirOption() {
    assertThatThrownBy(() -> new AbcSmc.Settings(5, 0.5, 0.1, 4, 10, 1)).isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("--particles");
    assertThatThrownBy(() -> new AbcSmc.Settings(50, 1, 0.1, 4, 10, 1)).hasMessageContaining("--quantile");
    assertThatThrownBy(() -> new AbcSmc.Settings(50, 0.5, 0, 4, 10, 1)).hasMessageContaining("--min-acceptance");
    assertThatThrownBy(() -> new AbcSmc.Settings(50, 0.5, 0.1, 0, 10, 1)).hasMessageContaining("--populations");
  }
}
