package org.cordon.simulation.experiment;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.ToDoubleFunction;
import org.cordon.InvalidInputException;
import org.cordon.simulation.engine.RandomStreams;

/**
 * Approximate Bayesian computation by sequential Monte Carlo with adaptive tolerances (Toni et
 * al., J R Soc Interface 2009; population Monte Carlo weights of Beaumont et al., Biometrika 2009;
 * the adaptive tolerance of Del Moral et al. 2012 as in pyABC): population 0 is {@code particles}
 * prior draws, all kept; the tolerance of population {@code t} is the weighted {@code quantile}
 * of population {@code t - 1}'s distances; a proposal picks an ancestor by weight and perturbs it
 * (continuous coordinates: multivariate normal with twice the weighted covariance of the previous
 * population, Beaumont 2009; grid coordinates: stay with probability {@link #STAY}, else move to
 * a neighbour), is simulated, and is accepted if its distance is at most the tolerance; its weight
 * is prior density / sum over the previous population of weight × kernel density. The run stops
 * after {@code maxPopulations}, or when a population's acceptance rate falls below {@code
 * minAcceptance} (a population that cannot be filled within {@code particles / minAcceptance}
 * attempts is dropped and the previous one is the result).
 *
 * <p>The method knows nothing of the model (pyABC's separation, docs/STYLE.md): a {@link Prior},
 * an {@link Evaluator} that simulates proposals and a distance. Deterministic for a seed whatever
 * runs the proposals: attempt {@code a} of population {@code t} draws from the stream keyed
 * (seed, t), index a ({@link RandomStreams}); attempts run in batches of a fixed size and the
 * accepted ones are taken in attempt order.
 *
 * @param <R> what a simulation returns
 */
public final class AbcSmc<R> {
  /** Probability that a grid coordinate stays put in the perturbation kernel. */
  public static final double STAY = 0.7;

  /**
   * The prior over the parameter vector. Continuous coordinates are real; a grid coordinate takes
   * the values {@code 0 .. levels(k) - 1}.
   */
  public interface Prior {
    /** @return the number of coordinates */
    int dimension();

    /**
     * @param k a coordinate
     * @return its number of grid levels, or 0 for a continuous coordinate
     */
    int levels(int k);

    /**
     * @param stream a {@link RandomStreams} stream
     * @param index the draw's index in it
     * @return a prior draw, a pure function of (stream, index)
     */
    double[] sample(long stream, int index);

    /**
     * @param theta a parameter vector
     * @return its prior density up to a constant, 0 outside the support
     */
    double density(double[] theta);
  }

  /** @param <R> what a simulation returns */
  public interface Evaluator<R> {
    /**
     * Simulates each proposal. Must be a pure function of each proposal (runs anywhere, any order).
     *
     * @param proposals the proposals
     * @return one result per proposal, same order
     */
    List<R> evaluate(List<Proposal> proposals);
  }

  /**
   * One proposal to simulate.
   *
   * @param population the population
   * @param attempt the attempt's index in it
   * @param theta the parameters
   * @param seed the population's simulation seed (with {@code attempt}, keys the simulation)
   */
  public record Proposal(int population, int attempt, double[] theta, long seed) {}

  /**
   * An accepted particle.
   *
   * @param theta its parameters
   * @param weight its normalised weight
   * @param distance its distance
   * @param result what its simulation returned
   * @param <R> the result type
   */
  public record Particle<R>(double[] theta, double weight, double distance, R result) {}

  /**
   * A population.
   *
   * @param index its index (0: the prior)
   * @param epsilon its tolerance (infinite for population 0)
   * @param attempts proposals made until it was full
   * @param particles its particles, attempt order
   * @param <R> the result type
   */
  public record Population<R>(int index, double epsilon, int attempts, List<Particle<R>> particles) {
    /** @return accepted share of the attempts */
    public double acceptance() {
      return (double) particles.size() / attempts;
    }
  }

  /**
   * The settings of a run.
   *
   * @param particles particles per population (>= 10)
   * @param quantile the quantile of the previous distances taken as the next tolerance, in (0, 1)
   * @param minAcceptance stop when a population's acceptance rate falls below this, in (0, 1]
   * @param maxPopulations the most populations, prior included (>= 1)
   * @param batch attempts per batch (>= 1; results do not depend on the threads, but do on this)
   * @param seed the seed
   */
  public record Settings(int particles, double quantile, double minAcceptance, int maxPopulations, int batch, long seed) {
    /** @throws InvalidInputException naming the option of a value out of range */
    public Settings {
      if (particles < 10 || particles > 1_000_000) {
        throw InvalidInputException.argument("--particles", "must be 10 to 1000000: " + particles);
      }
      if (!(quantile > 0 && quantile < 1)) {
        throw InvalidInputException.argument("--quantile", "must be in (0, 1): " + quantile);
      }
      if (!(minAcceptance > 0 && minAcceptance <= 1)) {
        throw InvalidInputException.argument("--min-acceptance", "must be in (0, 1]: " + minAcceptance);
      }
      if (maxPopulations < 1 || maxPopulations > 100) {
        throw InvalidInputException.argument("--populations", "must be 1 to 100: " + maxPopulations);
      }
      if (batch < 1) {
        throw InvalidInputException.argument("batch", "must be at least 1: " + batch);
      }
    }
  }

  private final Prior prior;
  private final Evaluator<R> evaluator;
  private final ToDoubleFunction<R> distance;
  private final Settings settings;

  private AbcSmc(Prior prior, Evaluator<R> evaluator, ToDoubleFunction<R> distance, Settings settings) {
    this.prior = Objects.requireNonNull(prior, "prior");
    this.evaluator = Objects.requireNonNull(evaluator, "evaluator");
    this.distance = Objects.requireNonNull(distance, "distance");
    this.settings = Objects.requireNonNull(settings, "settings");
  }

  /**
   * Runs the sampler.
   *
   * @param prior the prior
   * @param evaluator simulates proposals
   * @param distance a result's distance to the observation
   * @param settings the settings
   * @param <R> what a simulation returns
   * @return every population kept, the last being the posterior sample
   */
  public static <R> List<Population<R>> run(Prior prior, Evaluator<R> evaluator, ToDoubleFunction<R> distance,
      Settings settings) {
    return new AbcSmc<>(prior, evaluator, distance, settings).run();
  }

  private List<Population<R>> run() {
    List<Population<R>> out = new ArrayList<>();
    Population<R> current = first();
    out.add(current);
    while (out.size() < settings.maxPopulations()) {
      Population<R> next = next(current);
      if (next == null) {
        break; // could not be filled above the acceptance floor
      }
      out.add(next);
      current = next;
      if (next.acceptance() < settings.minAcceptance()) {
        break;
      }
    }
    return List.copyOf(out);
  }

  private long stream(int population) {
    return RandomStreams.stream(settings.seed(), population, RandomStreams.Purpose.CALIBRATION_PRIOR);
  }

  private Population<R> first() {
    int n = settings.particles();
    long key = stream(0);
    List<Proposal> ps = new ArrayList<>(n);
    int a = 0;
    // draws outside the support (density 0, e.g. a scale the model cannot have) are skipped
    for (; ps.size() < n && a < 1000 * n; a++) {
      double[] theta = prior.sample(key, a);
      if (prior.density(theta) > 0) {
        ps.add(new Proposal(0, a, theta, key));
      }
    }
    if (ps.size() < n) {
      throw InvalidInputException.argument("prior", "almost no prior draw is inside its support (" + ps.size()
          + " of " + a + ")");
    }
    List<R> rs = evaluator.evaluate(ps);
    List<Particle<R>> particles = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      particles.add(new Particle<>(ps.get(i).theta(), 1.0 / n, distance.applyAsDouble(rs.get(i)), rs.get(i)));
    }
    return new Population<>(0, Double.POSITIVE_INFINITY, a, List.copyOf(particles));
  }

  private Population<R> next(Population<R> previous) {
    int t = previous.index() + 1;
    int n = settings.particles();
    double eps = weightedQuantile(previous.particles(), settings.quantile());
    PerturbationKernel kernel = PerturbationKernel.of(prior, previous.particles());
    long key = stream(t);
    int cap = (int) Math.min(Integer.MAX_VALUE - settings.batch(), Math.ceil(n / settings.minAcceptance()));
    List<Particle<R>> accepted = new ArrayList<>(n);
    int attempts = 0;
    while (accepted.size() < n && attempts < cap) {
      int size = Math.min(settings.batch(), cap - attempts);
      List<Proposal> ps = new ArrayList<>(size);
      for (int a = attempts; a < attempts + size; a++) {
        double[] theta = kernel.propose(key, a);
        if (prior.density(theta) > 0) {
          ps.add(new Proposal(t, a, theta, key));
        }
      }
      List<R> rs = ps.isEmpty() ? List.of() : evaluator.evaluate(ps);
      int used = attempts + size;
      for (int i = 0; i < ps.size() && accepted.size() < n; i++) {
        double d = distance.applyAsDouble(rs.get(i));
        if (d <= eps) {
          double[] theta = ps.get(i).theta();
          accepted.add(new Particle<>(theta, prior.density(theta) / kernel.mixtureDensity(theta), d, rs.get(i)));
          if (accepted.size() == n) {
            used = ps.get(i).attempt() + 1;
          }
        }
      }
      attempts = used;
    }
    if (accepted.size() < n) {
      return null;
    }
    double sum = accepted.stream().mapToDouble(Particle::weight).sum();
    List<Particle<R>> normalised = accepted.stream()
        .map(p -> new Particle<>(p.theta(), p.weight() / sum, p.distance(), p.result())).toList();
    return new Population<>(t, eps, attempts, normalised);
  }

  /**
   * @param particles weighted particles
   * @param q a quantile in (0, 1)
   * @param <R> the result type
   * @return the smallest distance whose cumulative weight (by increasing distance) reaches {@code q}
   */
  static <R> double weightedQuantile(List<Particle<R>> particles, double q) {
    List<Particle<R>> sorted = new ArrayList<>(particles);
    sorted.sort((a, b) -> Double.compare(a.distance(), b.distance()));
    double total = sorted.stream().mapToDouble(Particle::weight).sum();
    double cum = 0;
    for (Particle<R> p : sorted) {
      cum += p.weight();
      if (cum >= q * total) {
        return p.distance();
      }
    }
    return sorted.get(sorted.size() - 1).distance();
  }

  /**
   * Systematic resampling (Kitagawa 1996) of weighted particles to an equally weighted sample of
   * the same size: deterministic for a given offset {@code u} in [0, 1).
   *
   * @param particles weighted particles
   * @param u the offset
   * @param <R> the result type
   * @return the indices of the particles kept, one per output draw, increasing
   */
  public static <R> int[] systematic(List<Particle<R>> particles, double u) {
    int n = particles.size();
    double total = particles.stream().mapToDouble(Particle::weight).sum();
    int[] out = new int[n];
    double cum = particles.get(0).weight() / total;
    int j = 0;
    for (int i = 0; i < n; i++) {
      double point = (i + u) / n;
      while (point > cum && j < n - 1) {
        j++;
        cum += particles.get(j).weight() / total;
      }
      out[i] = j;
    }
    return out;
  }
}
