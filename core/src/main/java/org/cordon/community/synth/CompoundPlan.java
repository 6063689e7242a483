package org.cordon.community.synth;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.cordon.InvalidInputException;
import org.cordon.community.CompoundKind;

/**
 * Plans the compounds of a {@link JinshaProfile}: names, kinds, and how many households, residents
 * and buildings each gets, with the named compounds' counts exact and the rest split by weight.
 */
final class CompoundPlan {
  /** The names the article gives (FACTS) or that the brief asks for. */
  static final String HONGHUA = "Honghua";
  static final String COTTON_MILL = "Cotton mill";
  static final String TRAFFIC_POLICE = "Traffic police housing";
  static final String FERTILIZER_PLANT = "Fertilizer plant";
  static final String VILLAGER_GROUP_5 = "Villager group 5";

  /** One planned compound. */
  record Planned(String name, CompoundKind kind, int households, int residents, int buildings, boolean elderly) {}

  private CompoundPlan() {}

  /**
   * @param p the profile
   * @param rng the random source for the per-compound jitter
   * @return the compounds in id order: old, commercial-residential, dormitories, villager groups,
   *     institutions
   * @throws InvalidInputException if the profile's totals cannot be met
   */
  static List<Planned> plan(JinshaProfile p, SplittableRandom rng) {
    List<String> names = new ArrayList<>();
    List<CompoundKind> kinds = new ArrayList<>();
    for (int i = 1; i <= p.oldCompounds(); i++) {
      names.add(i == 1 ? HONGHUA : i == 2 ? COTTON_MILL : i == 3 ? TRAFFIC_POLICE : "Old compound " + i);
      kinds.add(CompoundKind.OLD_OPEN_COMPOUND);
    }
    for (int i = 1; i <= p.commercialResidentialAreas(); i++) {
      names.add("Commercial-residential area " + i);
      kinds.add(CompoundKind.COMMERCIAL_RESIDENTIAL_AREA);
    }
    for (int i = 1; i <= p.unitDormitories(); i++) {
      names.add(i == 1 ? FERTILIZER_PLANT : "Unit dormitory " + i);
      kinds.add(CompoundKind.UNIT_DORMITORY);
    }
    for (int i = 1; i <= p.villagerGroups(); i++) {
      names.add("Villager group " + i);
      kinds.add(CompoundKind.VILLAGER_GROUP);
    }
    for (int i = 1; i <= p.institutions(); i++) {
      names.add("Institution " + i);
      kinds.add(CompoundKind.INSTITUTION);
    }
    int n = names.size();
    int[] households = new int[n];
    int[] residents = new int[n];
    // the named compounds' counts are facts; the others share what is left
    List<Integer> others = new ArrayList<>();
    for (int c = 0; c < n; c++) {
      String name = names.get(c);
      if (name.equals(VILLAGER_GROUP_5)) {
        households[c] = p.villagerGroup5Households();
        residents[c] = p.villagerGroup5Residents();
      } else if (name.equals(FERTILIZER_PLANT)) {
        households[c] = p.fertilizerPlantHouseholds();
        residents[c] = p.fertilizerPlantResidents();
      } else if (kinds.get(c) != CompoundKind.INSTITUTION) {
        others.add(c);
      }
    }
    double[] weights = new double[others.size()];
    int[] minimum = new int[others.size()];
    for (int i = 0; i < weights.length; i++) {
      double jitter = 1 + p.compoundSizeJitter() * (2 * rng.nextDouble() - 1);
      weights[i] = p.layout().get(kinds.get(others.get(i))).householdWeight() * jitter;
      minimum[i] = 1;
    }
    int otherHouseholds = p.households() - p.villagerGroup5Households() - p.fertilizerPlantHouseholds();
    int[] hh = Apportion.split("profile.households", otherHouseholds, weights, minimum);
    double[] sizeWeights = new double[others.size()];
    for (int i = 0; i < weights.length; i++) {
      sizeWeights[i] = hh[i] * p.layout().get(kinds.get(others.get(i))).householdSizeFactor();
    }
    int otherResidents = p.residents() - p.villagerGroup5Residents() - p.fertilizerPlantResidents();
    int[] people = Apportion.split("profile.residents", otherResidents, sizeWeights, hh);
    int maxSize = p.population().householdSizeShares().size();
    for (int i = 0; i < weights.length; i++) {
      if ((long) people[i] > (long) hh[i] * maxSize) {
        throw InvalidInputException.argument(
            "profile.residents", names.get(others.get(i)) + " would need households larger than " + maxSize);
      }
      households[others.get(i)] = hh[i];
      residents[others.get(i)] = people[i];
    }
    List<Planned> plan = new ArrayList<>(n);
    for (int c = 0; c < n; c++) {
      CompoundKind kind = kinds.get(c);
      int perBuilding = p.layout().get(kind).householdsPerBuilding();
      int buildings = Math.max(1, (households[c] + perBuilding - 1) / perBuilding);
      boolean elderly = names.get(c).equals(FERTILIZER_PLANT);
      plan.add(new Planned(names.get(c), kind, households[c], residents[c], buildings, elderly));
    }
    return plan;
  }
}
