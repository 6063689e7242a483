package org.cordon.simulation.engine;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.TreeMap;
import org.cordon.InvalidInputException;
import org.cordon.community.Community;
import org.cordon.community.ReturneeOrigin;
import org.cordon.contact.Layer;
import org.cordon.measure.ContactEffect;
import org.cordon.measure.TimeBand;

/**
 * A small, self-contained {@link Interventions} schedule: compound closures (封闭) with guarded
 * gates whose leakage depends on whether guards are on duty in the band, a factor on public
 * places, a door-to-door survey (摸排) whose scope widens by date, and a guard count by date. The
 * engine's tests use it directly; a full policy timeline can be adapted to {@link Interventions}
 * instead. Immutable once built.
 *
 * <pre>{@code
 * Interventions m = SimpleInterventions.builder(community)
 *     .seal(honghua, LocalDate.of(2020, 1, 25), LocalDate.of(2020, 2, 2), 0.1, 0.5)
 *     .survey(LocalDate.of(2020, 1, 28), SimpleInterventions.Scope.WUHAN_AND_HUANGGANG_RETURNEES, 1.0)
 *     .build();
 * }</pre>
 */
public final class SimpleInterventions implements Interventions {
  /** Who the survey visits. */
  public enum Scope {
    /** Returnees from Wuhan and Huanggang. */
    WUHAN_AND_HUANGGANG_RETURNEES,
    /** All returnees. */
    ALL_RETURNEES,
    /** Every resident. */
    ALL_RESIDENTS
  }

  private record Seal(int compound, LocalDate from, LocalDate guards24hFrom, double leakageGuarded, double leakageUnguarded) {}

  private record Stage(LocalDate from, Scope scope, double visitProbability) {}

  private final Community community;
  private final List<Seal> seals;
  private final TreeMap<LocalDate, Double> publicPlaces;
  private final TreeMap<LocalDate, Double> withinBuilding;
  private final List<Stage> survey;
  private final TreeMap<LocalDate, Integer> guards;

  private SimpleInterventions(Builder b) {
    this.community = b.community;
    this.seals = List.copyOf(b.seals);
    this.publicPlaces = new TreeMap<>(b.publicPlaces);
    this.withinBuilding = new TreeMap<>(b.withinBuilding);
    this.survey = List.copyOf(b.survey);
    this.guards = new TreeMap<>(b.guards);
  }

  /**
   * @param community the community the schedule is for
   * @return a builder with no measure
   * @throws NullPointerException if {@code community} is null
   */
  public static Builder builder(Community community) {
    return new Builder(Objects.requireNonNull(community, "community"));
  }

  @Override
  public ContactEffect contactEffect(LocalDate day, TimeBand band) {
    int n = community.compounds().size();
    double[] out = new double[n];
    java.util.Arrays.fill(out, 1.0);
    for (Seal s : seals) {
      if (!day.isBefore(s.from)) {
        boolean guarded = band == TimeBand.DAYTIME || (s.guards24hFrom != null && !day.isBefore(s.guards24hFrom));
        out[s.compound] = Math.min(out[s.compound], guarded ? s.leakageGuarded : s.leakageUnguarded);
      }
    }
    var pp = publicPlaces.floorEntry(day);
    double publicFactor = pp == null ? 1.0 : pp.getValue();
    var wb = withinBuilding.floorEntry(day);
    double buildingFactor = wb == null ? 1.0 : wb.getValue();
    return new ContactEffect() {
      @Override
      public double factor(Layer layer, int compound) {
        return layer == Layer.BUILDING ? buildingFactor : layer == Layer.COMMUNITY ? publicFactor : 1.0;
      }

      @Override
      public double outside(int compound) {
        return out[compound];
      }
    };
  }

  private Stage stage(LocalDate day) {
    Stage current = null;
    for (Stage s : survey) {
      if (!day.isBefore(s.from)) {
        current = s;
      }
    }
    return current;
  }

  private static boolean inScope(Scope scope, ReturneeOrigin origin) {
    switch (scope) {
      case WUHAN_AND_HUANGGANG_RETURNEES:
        return origin == ReturneeOrigin.WUHAN || origin == ReturneeOrigin.HUANGGANG;
      case ALL_RETURNEES:
        return origin != ReturneeOrigin.NONE;
      default:
        return true;
    }
  }

  @Override
  public double surveyVisitProbability(LocalDate day, int resident) {
    Stage s = stage(day);
    return s != null && inScope(s.scope, community.returneeOriginOf(resident)) ? s.visitProbability : 0;
  }

  @Override
  public int guardsOnDuty(LocalDate day) {
    var g = guards.floorEntry(day);
    return g == null ? 0 : g.getValue();
  }

  @Override
  public double surveyCoverage(LocalDate day) {
    Stage s = stage(day);
    if (s == null) {
      return 0;
    }
    int n = community.residentCount();
    int reached = 0;
    for (int r = 0; r < n; r++) {
      if (inScope(s.scope, community.returneeOriginOf(r))) {
        reached++;
      }
    }
    return (double) reached / n;
  }

  /** Builds a {@link SimpleInterventions}; not thread-safe. */
  public static final class Builder {
    private final Community community;
    private final List<Seal> seals = new ArrayList<>();
    private final TreeMap<LocalDate, Double> publicPlaces = new TreeMap<>();
    private final TreeMap<LocalDate, Double> withinBuilding = new TreeMap<>();
    private final List<Stage> survey = new ArrayList<>();
    private final TreeMap<LocalDate, Integer> guards = new TreeMap<>();

    private Builder(Community community) {
      this.community = community;
    }

    /**
     * Seals a compound from a day on: its residents' contacts outside it are multiplied by the
     * leakage through its gates, {@code leakageGuarded} in bands with guards on duty (always in
     * DAYTIME; at NIGHT from {@code guards24hFrom}) and {@code leakageUnguarded} otherwise.
     *
     * @param compound the compound id
     * @param from the first day sealed (the whole day)
     * @param guards24hFrom the first day guarded around the clock, or {@code null} for never
     * @param leakageGuarded the factor when guarded, in [0, 1]
     * @param leakageUnguarded the factor at night without guards, in [0, 1]
     * @return this builder
     * @throws InvalidInputException for an unknown compound, a missing date, a leakage outside
     *     [0, 1], or 24 h guards before the closure
     */
    public Builder seal(int compound, LocalDate from, LocalDate guards24hFrom, double leakageGuarded, double leakageUnguarded) {
      if (compound < 0 || compound >= community.compounds().size()) {
        throw InvalidInputException.argument("seal.compound", "unknown compound id " + compound);
      }
      if (from == null) {
        throw InvalidInputException.argument("seal.from", "missing");
      }
      if (guards24hFrom != null && guards24hFrom.isBefore(from)) {
        throw InvalidInputException.argument("seal.guards24hFrom", guards24hFrom + " is before the closure " + from);
      }
      probability("seal.leakageGuarded", leakageGuarded);
      probability("seal.leakageUnguarded", leakageUnguarded);
      seals.add(new Seal(compound, from, guards24hFrom, leakageGuarded, leakageUnguarded));
      return this;
    }

    /**
     * Seals every compound (community closure) as {@link #seal} does.
     *
     * @param from the first day sealed (the whole day)
     * @param guards24hFrom the first day guarded around the clock, or {@code null} for never
     * @param leakageGuarded the factor when guarded, in [0, 1]
     * @param leakageUnguarded the factor at night without guards, in [0, 1]
     * @return this builder
     * @throws InvalidInputException as {@link #seal}
     */
    public Builder sealAll(LocalDate from, LocalDate guards24hFrom, double leakageGuarded, double leakageUnguarded) {
      for (int c = 0; c < community.compounds().size(); c++) {
        seal(c, from, guards24hFrom, leakageGuarded, leakageUnguarded);
      }
      return this;
    }

    /**
     * @param from first day
     * @param factor factor on public-place (community layer) contacts from that day, in [0, 1]
     * @return this builder
     * @throws InvalidInputException for a missing date or a factor outside [0, 1]
     */
    public Builder publicPlaces(LocalDate from, double factor) {
      publicPlaces.put(date("publicPlaces.from", from), probability("publicPlaces.factor", factor));
      return this;
    }

    /**
     * @param from first day
     * @param factor factor on building-layer contacts from that day (passages sealed), in [0, 1]
     * @return this builder
     * @throws InvalidInputException for a missing date or a factor outside [0, 1]
     */
    public Builder withinBuilding(LocalDate from, double factor) {
      withinBuilding.put(date("withinBuilding.from", from), probability("withinBuilding.factor", factor));
      return this;
    }

    /**
     * Adds a survey stage: from that day, residents in scope are visited with that probability a
     * day.
     *
     * @param from first day
     * @param scope who is visited
     * @param visitProbability probability a resident in scope is visited on a day, in [0, 1]
     * @return this builder
     * @throws InvalidInputException for a missing date or scope, a probability outside [0, 1], or a
     *     stage before the previous one
     */
    public Builder survey(LocalDate from, Scope scope, double visitProbability) {
      date("survey.from", from);
      if (scope == null) {
        throw InvalidInputException.argument("survey.scope", "missing");
      }
      if (!survey.isEmpty() && from.isBefore(survey.get(survey.size() - 1).from)) {
        throw InvalidInputException.argument("survey.from", from + " is before the previous stage");
      }
      survey.add(new Stage(from, scope, probability("survey.visitProbability", visitProbability)));
      return this;
    }

    /**
     * @param from first day
     * @param count guards on duty from that day
     * @return this builder
     * @throws InvalidInputException for a missing date or a negative count
     */
    public Builder guards(LocalDate from, int count) {
      if (count < 0) {
        throw InvalidInputException.argument("guards.count", "negative: " + count);
      }
      guards.put(date("guards.from", from), count);
      return this;
    }

    /** @return the schedule */
    public SimpleInterventions build() {
      return new SimpleInterventions(this);
    }

    private static LocalDate date(String name, LocalDate d) {
      if (d == null) {
        throw InvalidInputException.argument(name, "missing");
      }
      return d;
    }

    private static double probability(String name, double p) {
      if (!(p >= 0 && p <= 1)) {
        throw InvalidInputException.argument(name, "must be in [0, 1]: " + p);
      }
      return p;
    }
  }
}
