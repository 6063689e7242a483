package org.cordon.community.synth;

import com.google.common.collect.ImmutableMap;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import org.cordon.InvalidInputException;
import org.cordon.community.CompoundKind;

/**
 * The parameters of the Jinsha community synthesizer. {@link #jinsha2020()} gives the reported
 * figures of {@code docs/sources.md#the-community} (cited "FACTS" below) and, where the article is silent,
 * labelled assumptions; build another record to change any of them, or {@link #scaledTo(int)} to
 * keep the structure with another number of residents.
 *
 * <p>Compounds (小区): {@code oldCompounds} old open compounds, the first three named "Honghua",
 * "Cotton mill" and "Traffic police housing"; {@code commercialResidentialAreas}; {@code
 * unitDormitories}, the first named "Fertilizer plant"; {@code villagerGroups}, the fifth being
 * "Villager group 5"; and {@code institutions}, each with one workplace whose premises are there.
 *
 * @param residents residents in all
 * @param households households in all
 * @param institutions agencies, enterprises and institutions (机关企事业单位), each a compound and a
 *     workplace
 * @param unitDormitories unit dormitory compounds (单位宿舍)
 * @param commercialResidentialAreas commercial-residential areas (商住区)
 * @param villagerGroups villager groups (村民小组)
 * @param oldCompounds old open compounds (老旧小区), at least 3
 * @param villagerGroup5Households households of villager group 5
 * @param villagerGroup5Residents residents of villager group 5
 * @param fertilizerPlantHouseholds households of the fertilizer-plant block
 * @param fertilizerPlantResidents residents of the fertilizer-plant block
 * @param checkpoints checkpoints (卡口) in all; those not on a compound boundary (see {@link
 *     KindLayout#gatesPerCompound()}) are on the community boundary
 * @param zones zones (战区)
 * @param grids grids (网格)
 * @param responsibilityUnits responsibility units (责任单元)
 * @param areas areas (片区) whose leaders meet daily
 * @param wuhanReturnees returnees from Wuhan
 * @param huanggangReturnees returnees from elsewhere in Huanggang
 * @param firstArrival the earliest arrival date of a returnee
 * @param lastArrival the latest arrival date of a returnee
 * @param compoundSizeJitter each compound's household weight is multiplied by a uniform factor in
 *     {@code [1 - jitter, 1 + jitter]} drawn per seed
 * @param layout how each kind of compound is laid out (every kind must be present)
 * @param population who the residents are

 */
public record JinshaProfile(
    int residents,
    int households,
    int institutions,
    int unitDormitories,
    int commercialResidentialAreas,
    int villagerGroups,
    int oldCompounds,
    int villagerGroup5Households,
    int villagerGroup5Residents,
    int fertilizerPlantHouseholds,
    int fertilizerPlantResidents,
    int checkpoints,
    int zones,
    int grids,
    int responsibilityUnits,
    int areas,
    int wuhanReturnees,
    int huanggangReturnees,
    LocalDate firstArrival,
    LocalDate lastArrival,
    double compoundSizeJitter,
    Map<CompoundKind, KindLayout> layout,
    PopulationProfile population) {

  /**
   * Validates the profile and copies the layout.
   *
   * @throws InvalidInputException if a count is negative, the named compounds do not exist, the
   *     parts do not fit the totals, or a date range is empty
   */
  public JinshaProfile {
    if (layout == null || population == null || firstArrival == null || lastArrival == null) {
      throw InvalidInputException.argument("profile", "layout, population and arrival dates are required");
    }
    for (CompoundKind kind : CompoundKind.values()) {
      if (layout.get(kind) == null) {
        throw InvalidInputException.argument("profile.layout", "missing kind " + kind);
      }
    }
    layout = ImmutableMap.copyOf(new EnumMap<>(layout));
    atLeast("profile.residents", residents, 1);
    atLeast("profile.households", households, 1);
    atLeast("profile.institutions", institutions, 0);
    atLeast("profile.unitDormitories", unitDormitories, 1);
    atLeast("profile.commercialResidentialAreas", commercialResidentialAreas, 0);
    atLeast("profile.villagerGroups", villagerGroups, 5);
    atLeast("profile.oldCompounds", oldCompounds, 3);
    atLeast("profile.villagerGroup5Households", villagerGroup5Households, 1);
    atLeast("profile.villagerGroup5Residents", villagerGroup5Residents, villagerGroup5Households);
    atLeast("profile.fertilizerPlantHouseholds", fertilizerPlantHouseholds, 1);
    atLeast("profile.fertilizerPlantResidents", fertilizerPlantResidents, fertilizerPlantHouseholds);
    atLeast("profile.zones", zones, 1);
    atLeast("profile.grids", grids, zones);
    atLeast("profile.responsibilityUnits", responsibilityUnits, grids);
    atLeast("profile.areas", areas, 1);
    atLeast("profile.wuhanReturnees", wuhanReturnees, 0);
    atLeast("profile.huanggangReturnees", huanggangReturnees, 0);
    int compounds = institutions + unitDormitories + commercialResidentialAreas + villagerGroups + oldCompounds;
    if (responsibilityUnits > compounds || areas > compounds) {
      throw InvalidInputException.argument(
          "profile.responsibilityUnits", "units and areas must not outnumber the " + compounds + " compounds");
    }
    int otherHomes = oldCompounds + commercialResidentialAreas + unitDormitories - 1 + villagerGroups - 1;
    int otherHouseholds = households - villagerGroup5Households - fertilizerPlantHouseholds;
    if (otherHouseholds < otherHomes) {
      throw InvalidInputException.argument(
          "profile.households", households + " leave fewer than one household for each of " + otherHomes + " compounds");
    }
    int otherResidents = residents - villagerGroup5Residents - fertilizerPlantResidents;
    int maxSize = population.householdSizeShares().size();
    if (otherResidents < otherHouseholds || (long) otherResidents > (long) otherHouseholds * maxSize) {
      throw InvalidInputException.argument(
          "profile.residents", otherResidents + " residents outside the two named compounds do not fit "
              + otherHouseholds + " households of 1.." + maxSize);
    }
    if ((long) villagerGroup5Residents > (long) villagerGroup5Households * maxSize
        || (long) fertilizerPlantResidents > (long) fertilizerPlantHouseholds * maxSize) {
      throw InvalidInputException.argument("profile.villagerGroup5Residents", "households larger than " + maxSize);
    }
    if (gateCount(layout, institutions, unitDormitories, commercialResidentialAreas, villagerGroups, oldCompounds)
        > checkpoints) {
      throw InvalidInputException.argument("profile.checkpoints", "fewer than the compounds' gates: " + checkpoints);
    }
    if (lastArrival.isBefore(firstArrival)) {
      throw InvalidInputException.argument("profile.lastArrival", "before firstArrival: " + lastArrival);
    }
    if (!(compoundSizeJitter >= 0 && compoundSizeJitter < 1)) {
      throw InvalidInputException.argument("profile.compoundSizeJitter", "must be in [0, 1): " + compoundSizeJitter);
    }
  }

  /**
   * The {@code jinsha-2020} preset: Jinsha community as the article reports it.
   *
   * @return the reference profile
   */
  public static JinshaProfile jinsha2020() {
    Map<CompoundKind, KindLayout> layout = new EnumMap<>(CompoundKind.class);
    // All layout numbers are assumptions (the article gives no compound, building or gate sizes),
    // chosen so that the 7,221 households outside group 5 and the fertilizer plant split roughly
    // as 9 villager groups x 300, 6 old compounds x 150, 8 commercial areas x 250, 19 dormitories x 85.
    // Old open compounds: 5-6 storey walk-ups of 24 flats; 5 openings each (open, no walls).
    layout.put(CompoundKind.OLD_OPEN_COMPOUND, new KindLayout(150, 1.0, 24, 5));
    // Commercial-residential areas: mid-rise blocks of 60 flats; 3 gates each.
    layout.put(CompoundKind.COMMERCIAL_RESIDENTIAL_AREA, new KindLayout(250, 1.0, 60, 3));
    // Unit dormitories: up to 150 flats a building, so that at Jinsha's size each of the 20
    // dormitory compounds is one building (FACTS: "20 unit dormitory buildings"); 2 gates each.
    layout.put(CompoundKind.UNIT_DORMITORY, new KindLayout(85, 1.0, 150, 2));
    // Villager groups: clusters of 10 houses; larger households (1.25x the extra members; rural
    // households are larger, FACTS: group 5 has 5.3 persons a household); 7 lanes in each.
    layout.put(CompoundKind.VILLAGER_GROUP, new KindLayout(300, 1.25, 10, 7));
    // Institutions: one premises building, no homes; 1 gate each.
    layout.put(CompoundKind.INSTITUTION, new KindLayout(0, 1.0, 1, 1));
    return new JinshaProfile(
        26_707, // FACTS: residents in the survey ledger
        7_897, // FACTS: households
        31, // FACTS: agencies, enterprises and institutions
        20, // FACTS: unit dormitory buildings, one compound each
        8, // FACTS: commercial-residential areas
        10, // FACTS: villager groups
        6, // FACTS: old compounds (Honghua, and by assumption the cotton-mill and traffic-police housing)
        627, // FACTS: villager group 5 households
        3_350, // FACTS: "3,300+" people in group 5; 3,350 is an assumption within 3,300-3,399
        49, // FACTS: fertilizer-plant block households
        110, // FACTS: fertilizer-plant block people
        213, // FACTS: checkpoints
        3, // FACTS: zones
        7, // FACTS: grids
        17, // FACTS: responsibility units
        11, // FACTS: area leaders
        2_950, // FACTS: "nearly 3,000 people had come back from Wuhan"; 2,950 is an assumption
        250, // assumption: returnees from elsewhere in Huanggang (total 3,200, FACTS: "3,000+")
        LocalDate.of(2020, 1, 10), // assumption: chunyun (Spring Festival travel) began 10 Jan 2020
        LocalDate.of(2020, 1, 24), // assumption: last arrivals on New Year's Eve, 24 Jan (FACTS: the
        // returnee estimate was known that evening)
        0.3, // assumption: compound sizes vary +-30% around their kind's weight
        layout,
        PopulationProfile.defaults());
  }

  /**
   * The same structure (compounds, checkpoints, command structure) with another number of
   * residents: households, the two named compounds and the returnees scale in proportion.
   *
   * @param newResidents the number of residents
   * @return the scaled profile
   * @throws InvalidInputException if {@code newResidents} is too small to give every compound a
   *     household (a few hundred) or too large for an {@code int} id space
   */
  public JinshaProfile scaledTo(int newResidents) {
    if (newResidents < 1) {
      throw InvalidInputException.argument("residents", "must be positive: " + newResidents);
    }
    double f = (double) newResidents / residents;
    int g5h = Math.max(1, (int) Math.round(villagerGroup5Households * f));
    int fph = Math.max(1, (int) Math.round(fertilizerPlantHouseholds * f));
    try {
      return new JinshaProfile(
          newResidents,
          (int) Math.round(households * f),
          institutions,
          unitDormitories,
          commercialResidentialAreas,
          villagerGroups,
          oldCompounds,
          g5h,
          Math.max(g5h, (int) Math.round(villagerGroup5Residents * f)),
          fph,
          Math.max(fph, (int) Math.round(fertilizerPlantResidents * f)),
          checkpoints,
          zones,
          grids,
          responsibilityUnits,
          areas,
          (int) Math.round(wuhanReturnees * f),
          (int) Math.round(huanggangReturnees * f),
          firstArrival,
          lastArrival,
          compoundSizeJitter,
          layout,
          population);
    } catch (InvalidInputException e) {
      throw InvalidInputException.argument("residents", "cannot scale to " + newResidents + ": " + e.getMessage());
    }
  }

  /**
   * @param wuhan returnees from Wuhan
   * @param huanggang returnees from elsewhere in Huanggang
   * @return this profile with other returnee counts
   * @throws InvalidInputException if a count is negative
   */
  public JinshaProfile withReturnees(int wuhan, int huanggang) {
    return new JinshaProfile(
        residents, households, institutions, unitDormitories, commercialResidentialAreas, villagerGroups,
        oldCompounds, villagerGroup5Households, villagerGroup5Residents, fertilizerPlantHouseholds,
        fertilizerPlantResidents, checkpoints, zones, grids, responsibilityUnits, areas, wuhan, huanggang,
        firstArrival, lastArrival, compoundSizeJitter, layout, population);
  }

  /**
   * @param newPopulation who the residents are
   * @return this profile with another population profile
   * @throws InvalidInputException if the population's household sizes no longer fit the totals
   */
  public JinshaProfile withPopulation(PopulationProfile newPopulation) {
    return new JinshaProfile(
        residents, households, institutions, unitDormitories, commercialResidentialAreas, villagerGroups,
        oldCompounds, villagerGroup5Households, villagerGroup5Residents, fertilizerPlantHouseholds,
        fertilizerPlantResidents, checkpoints, zones, grids, responsibilityUnits, areas, wuhanReturnees,
        huanggangReturnees, firstArrival, lastArrival, compoundSizeJitter, layout, newPopulation);
  }

  /**
   * @param newLayout how each kind of compound is laid out
   * @return this profile with another layout
   * @throws InvalidInputException if a kind is missing or the gates exceed the checkpoints
   */
  public JinshaProfile withLayout(Map<CompoundKind, KindLayout> newLayout) {
    return new JinshaProfile(
        residents, households, institutions, unitDormitories, commercialResidentialAreas, villagerGroups,
        oldCompounds, villagerGroup5Households, villagerGroup5Residents, fertilizerPlantHouseholds,
        fertilizerPlantResidents, checkpoints, zones, grids, responsibilityUnits, areas, wuhanReturnees,
        huanggangReturnees, firstArrival, lastArrival, compoundSizeJitter, newLayout, population);
  }

  /** @return the number of compounds of all kinds */
  public int compoundCount() {
    return institutions + unitDormitories + commercialResidentialAreas + villagerGroups + oldCompounds;
  }

  /** @return the number of returnees of any origin */
  public int returnees() {
    return wuhanReturnees + huanggangReturnees;
  }

  static int gateCount(
      Map<CompoundKind, KindLayout> layout, int institutions, int dormitories, int commercial, int villager, int old) {
    return layout.get(CompoundKind.INSTITUTION).gatesPerCompound() * institutions
        + layout.get(CompoundKind.UNIT_DORMITORY).gatesPerCompound() * dormitories
        + layout.get(CompoundKind.COMMERCIAL_RESIDENTIAL_AREA).gatesPerCompound() * commercial
        + layout.get(CompoundKind.VILLAGER_GROUP).gatesPerCompound() * villager
        + layout.get(CompoundKind.OLD_OPEN_COMPOUND).gatesPerCompound() * old;
  }

  private static void atLeast(String name, int value, int min) {
    if (value < min) {
      throw InvalidInputException.argument(name, "must be >= " + min + ": " + value);
    }
  }
}
