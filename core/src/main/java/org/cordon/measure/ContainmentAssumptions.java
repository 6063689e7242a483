package org.cordon.measure;

import com.google.common.collect.ImmutableList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The numbers the measures need that no source gives: how much a sealed gate leaks, by barrier
 * and by whether a guard stands there, and how much disinfection or sealed passages cut contacts.
 * <b>Every value here is an assumption</b> (not in docs/sources.md#the-response); each can be changed by the
 * user (scenario file {@code assumptions:} section, {@link #toBuilder()}) and is checked to be a
 * probability in [0, 1].
 *
 * <p>A leakage is the factor left on a sealed compound's contacts with the outside: 0 = nobody
 * gets through, 1 = as if open.
 *
 * @param vehicleLeakGuarded assumption: leakage of a gate blocked by trucks/tractors, guarded
 * @param vehicleLeakUnguarded assumption: the same gate unguarded (people walk round the trucks)
 * @param ironSheetLeakGuarded assumption: leakage of a gate sealed with iron sheets, guarded
 * @param ironSheetLeakUnguarded assumption: the same, unguarded (people climb over at night)
 * @param supplyGateLeakGuarded assumption: leakage of a gate kept open for supplies, guarded
 * @param supplyGateLeakUnguarded assumption: the same, unguarded
 * @param entryOnlyInflow assumption: share of a compound's remaining outside contacts that an
 *     entry-only closure still allows, through people coming in ("in only, no one out")
 * @param communityClosurePublicPlaces assumption: factor on public-place contacts while the whole
 *     community is closed
 * @param passageClosureCompoundFactor assumption: factor on compound-layer contacts once passages
 *     between buildings are sealed
 * @param disinfectionFactor assumption: factor on contacts in places being disinfected
 * @param stayHomeFactor assumption: factor on building and compound contacts while the whole
 *     community is closed with supplies delivered and residents stay home (Jinsha: the team bought
 *     and delivered supplies, docs/sources.md#the-response); in [0, 1]
 * @param stayHomeHouseholdFactor assumption: factor on household contacts while residents stay
 *     home under a community closure; in [1, 3] (staying home does not cut household contact; 3
 *     would be three times a normal day's)
 */
public record ContainmentAssumptions(
    double vehicleLeakGuarded,
    double vehicleLeakUnguarded,
    double ironSheetLeakGuarded,
    double ironSheetLeakUnguarded,
    double supplyGateLeakGuarded,
    double supplyGateLeakUnguarded,
    double entryOnlyInflow,
    double communityClosurePublicPlaces,
    double passageClosureCompoundFactor,
    double disinfectionFactor,
    double stayHomeFactor,
    double stayHomeHouseholdFactor) {

  /** @throws MeasureException if a value is not a probability in [0, 1] (NaN included) */
  public ContainmentAssumptions {
    FieldChecks.probability("vehicleLeakGuarded", vehicleLeakGuarded);
    FieldChecks.probability("vehicleLeakUnguarded", vehicleLeakUnguarded);
    FieldChecks.probability("ironSheetLeakGuarded", ironSheetLeakGuarded);
    FieldChecks.probability("ironSheetLeakUnguarded", ironSheetLeakUnguarded);
    FieldChecks.probability("supplyGateLeakGuarded", supplyGateLeakGuarded);
    FieldChecks.probability("supplyGateLeakUnguarded", supplyGateLeakUnguarded);
    FieldChecks.probability("entryOnlyInflow", entryOnlyInflow);
    FieldChecks.probability("communityClosurePublicPlaces", communityClosurePublicPlaces);
    FieldChecks.probability("passageClosureCompoundFactor", passageClosureCompoundFactor);
    FieldChecks.probability("disinfectionFactor", disinfectionFactor);
    FieldChecks.probability("stayHomeFactor", stayHomeFactor);
    FieldChecks.inRange("stayHomeHouseholdFactor", stayHomeHouseholdFactor, 1, MAX_STAY_HOME_HOUSEHOLD_FACTOR);
  }

  /** The largest {@link #stayHomeHouseholdFactor()} accepted. */
  public static final double MAX_STAY_HOME_HOUSEHOLD_FACTOR = 3;

  /** The defaults; every one an assumption, see the field descriptions in {@link #describe()}. */
  private static final ContainmentAssumptions DEFAULTS =
      new ContainmentAssumptions(
          0.10, // assumption: trucks leave gaps; a guard turns most people back
          0.40, // assumption: unguarded trucks are walked round at night (article: night escapes)
          0.02, // assumption: iron sheets, guarded: "thoroughly sealed"
          0.10, // assumption: iron sheets, unguarded: climbed over now and then
          0.05, // assumption: supply gate, guarded: only deliveries pass
          0.50, // assumption: supply gate, unguarded: an open gate
          0.10, // assumption: visitors still coming in to an entry-only compound
          0.20, // assumption: shops and markets mostly shut while the community is closed
          0.50, // assumption: half of compound contacts crossed building passages
          0.90, // assumption: disinfection removes a tenth of place-borne transmission
          // assumption: 0.26 = contacts left under lockdown, Jarvis et al. 2020 (BMC Med 18:124,
          // CoMix: 10.8 -> 2.8 daily contacts, -74%); OpenABM-Covid19 multiplies occupation and
          // random-network contacts by 0.22 on lockdown (documentation/parameters/
          // passive_intervention_parameters.md; 0.29 in Hinch et al. 2020's runs); Zhang et al.
          // 2020 (Science 368:1481) saw 7-9 fold fewer daily contacts in Wuhan and Shanghai, 78-94%
          // of them at home. Not fitted to Jinsha.
          0.26,
          // assumption: OpenABM-Covid19's lockdown_house_interaction_multiplier 1.5 (same file)
          1.5);

  /** @return the default assumptions */
  public static ContainmentAssumptions defaults() {
    return DEFAULTS;
  }

  /** @return the assumptions as an ordered name → value map (the names used in scenario files) */
  public Map<String, Double> asMap() {
    Map<String, Double> m = new LinkedHashMap<>();
    m.put("vehicleLeakGuarded", vehicleLeakGuarded);
    m.put("vehicleLeakUnguarded", vehicleLeakUnguarded);
    m.put("ironSheetLeakGuarded", ironSheetLeakGuarded);
    m.put("ironSheetLeakUnguarded", ironSheetLeakUnguarded);
    m.put("supplyGateLeakGuarded", supplyGateLeakGuarded);
    m.put("supplyGateLeakUnguarded", supplyGateLeakUnguarded);
    m.put("entryOnlyInflow", entryOnlyInflow);
    m.put("communityClosurePublicPlaces", communityClosurePublicPlaces);
    m.put("passageClosureCompoundFactor", passageClosureCompoundFactor);
    m.put("disinfectionFactor", disinfectionFactor);
    m.put("stayHomeFactor", stayHomeFactor);
    m.put("stayHomeHouseholdFactor", stayHomeHouseholdFactor);
    return m;
  }

  /** One named assumption with its value and what it means. */
  public record Assumption(String name, double value, String meaning) {}

  /** @return every assumption with its value and meaning, in a fixed order */
  public List<Assumption> describe() {
    ImmutableList.Builder<Assumption> b = ImmutableList.builder();
    Map<String, Double> values = asMap();
    for (Map.Entry<String, String> e : MEANINGS.entrySet()) {
      b.add(new Assumption(e.getKey(), values.get(e.getKey()), e.getValue()));
    }
    return b.build();
  }

  private static final Map<String, String> MEANINGS = meanings();

  private static Map<String, String> meanings() {
    Map<String, String> m = new LinkedHashMap<>();
    m.put("vehicleLeakGuarded", "leakage of a gate blocked by trucks/tractors, guarded");
    m.put("vehicleLeakUnguarded", "leakage of a gate blocked by trucks/tractors, unguarded");
    m.put("ironSheetLeakGuarded", "leakage of a gate sealed with iron sheets, guarded");
    m.put("ironSheetLeakUnguarded", "leakage of a gate sealed with iron sheets, unguarded");
    m.put("supplyGateLeakGuarded", "leakage of a gate kept open for supplies, guarded");
    m.put("supplyGateLeakUnguarded", "leakage of a gate kept open for supplies, unguarded");
    m.put("entryOnlyInflow", "share of outside contacts an entry-only closure still lets in");
    m.put("communityClosurePublicPlaces", "factor on public-place contacts while the community is closed");
    m.put("passageClosureCompoundFactor", "factor on compound contacts once building passages are sealed");
    m.put("disinfectionFactor", "factor on contacts in places being disinfected");
    m.put("stayHomeFactor", "factor on building and compound contacts while the community is closed and residents stay home");
    m.put("stayHomeHouseholdFactor", "factor (1-3) on household contacts while residents stay home under a community closure");
    return m;
  }

  /** @return a builder starting from these values */
  public Builder toBuilder() {
    return new Builder(asMap());
  }

  /** Changes assumptions by name; not thread-safe. */
  public static final class Builder {
    private final Map<String, Double> values;

    private Builder(Map<String, Double> values) {
      this.values = new LinkedHashMap<>(values);
    }

    /**
     * @param name an assumption's name (see {@link ContainmentAssumptions#asMap()})
     * @param value its new value
     * @return this
     * @throws MeasureException if no assumption has that name
     */
    public Builder set(String name, double value) {
      if (!values.containsKey(Objects.requireNonNull(name, "name"))) {
        throw MeasureException.assumption(name, "unknown assumption (known: " + values.keySet() + ")");
      }
      values.put(name, value);
      return this;
    }

    /**
     * @return the assumptions
     * @throws MeasureException if a value is not a probability
     */
    public ContainmentAssumptions build() {
      double[] v = values.values().stream().mapToDouble(Double::doubleValue).toArray();
      return new ContainmentAssumptions(v[0], v[1], v[2], v[3], v[4], v[5], v[6], v[7], v[8], v[9], v[10], v[11]);
    }
  }
}
