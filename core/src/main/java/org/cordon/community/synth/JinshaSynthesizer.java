package org.cordon.community.synth;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.SplittableRandom;
import org.cordon.InvalidInputException;
import org.cordon.community.Community;
import org.cordon.community.CommunityBuilder;
import org.cordon.community.CompoundKind;
import org.cordon.community.ReturneeOrigin;
import org.cordon.community.Sex;

/**
 * Builds a Jinsha-like community from a {@link JinshaProfile} and a seed: the same profile and seed
 * always give an equal {@link Community}; another seed gives another community with the same
 * totals. The work is O(residents): a million residents take about a second.
 *
 * <pre>{@code
 * Community jinsha = JinshaSynthesizer.jinsha2020(1);          // 26,707 residents, as reported
 * Community big = JinshaSynthesizer.scaled(1_000_000, 1);      // same structure, a million residents
 * Community mine = JinshaSynthesizer.synthesize(myProfile, 7); // changed assumptions
 * }</pre>
 *
 * <p>Ids: compounds are old open compounds (Honghua first), commercial-residential areas, unit
 * dormitories (Fertilizer plant first), villager groups and institutions, in that order; buildings,
 * households and residents follow their compound's order. Independent random streams are split
 * from the seed for compound sizes, the command structure, household sizes, people, workplaces and
 * returnees, so changing one assumption does not reshuffle the others.
 */
public final class JinshaSynthesizer {
  private JinshaSynthesizer() {}

  /**
   * @param seed the random seed
   * @return Jinsha as reported ({@link JinshaProfile#jinsha2020()})
   */
  public static Community jinsha2020(long seed) {
    return synthesize(JinshaProfile.jinsha2020(), seed);
  }

  /**
   * @param residents the number of residents
   * @param seed the random seed
   * @return Jinsha's structure scaled to {@code residents} ({@link JinshaProfile#scaledTo(int)})
   * @throws InvalidInputException if {@code residents} is too small for the structure
   */
  public static Community scaled(int residents, long seed) {
    return synthesize(JinshaProfile.jinsha2020().scaledTo(residents), seed);
  }

  /**
   * @param profile the parameters
   * @param seed the random seed
   * @return the synthesized community
   * @throws InvalidInputException if the profile's totals cannot be met (e.g. fewer residents of
   *     returnee age than returnees)
   */
  public static Community synthesize(JinshaProfile profile, long seed) {
    SplittableRandom root = new SplittableRandom(seed);
    SplittableRandom sizeRng = root.split();
    SplittableRandom commandRng = root.split();
    SplittableRandom householdRng = root.split();
    SplittableRandom personRng = root.split();
    SplittableRandom workRng = root.split();
    SplittableRandom returneeRng = root.split();

    List<CompoundPlan.Planned> plan = CompoundPlan.plan(profile, sizeRng);
    CommandPlan command = CommandPlan.plan(profile, plan.size(), commandRng);
    CommunityBuilder b = Community.builder().reserve(profile.residents(), plan.stream().mapToInt(CompoundPlan.Planned::households).sum());
    addCommandStructure(b, profile, plan, command);
    for (int c = 0; c < plan.size(); c++) {
      CompoundPlan.Planned pc = plan.get(c);
      b.addCompound(pc.name(), pc.kind(), command.unitOfCompound[c], command.areaOfCompound[c]);
    }
    People people = new People(profile.residents(), profile.population());
    int[] workplaceOfCompound = new int[plan.size()];
    for (int c = 0; c < plan.size(); c++) {
      addBuildingsAndHouseholds(b, profile, c, plan.get(c), householdRng, personRng, people);
    }
    for (int c = 0; c < plan.size(); c++) {
      workplaceOfCompound[c] =
          plan.get(c).kind() == CompoundKind.INSTITUTION ? b.addWorkplace(plan.get(c).name(), c) : Community.NONE;
    }
    addCheckpoints(b, profile, plan);
    int[] workplace = Workforce.assign(profile.population(), people.age, people.count, profile.institutions(), workRng);
    ReturneeOrigin[] origin = new ReturneeOrigin[people.count];
    LocalDate[] arrival = new LocalDate[people.count];
    chooseReturnees(profile, people, origin, arrival, returneeRng);
    for (int r = 0; r < people.count; r++) {
      b.addResident(people.household[r], people.age[r], people.sex[r], workplace[r], origin[r], arrival[r]);
    }
    return b.build();
  }

  private static void addCommandStructure(
      CommunityBuilder b, JinshaProfile p, List<CompoundPlan.Planned> plan, CommandPlan command) {
    for (int z = 0; z < p.zones(); z++) {
      b.addZone("Zone " + (z + 1));
    }
    for (int g = 0; g < p.grids(); g++) {
      b.addGrid(command.zoneOfGrid[g], "Grid " + (g + 1));
    }
    for (int u = 0; u < p.responsibilityUnits(); u++) {
      b.addResponsibilityUnit(command.gridOfUnit[u], "Responsibility unit " + (u + 1));
    }
    // FACTS: the area of Honghua was led by the "Tuhuangsi area" group leader
    int honghuaArea = command.areaOfCompound[0];
    for (int a = 0, other = 1; a < p.areas(); a++) {
      b.addArea(a == honghuaArea ? "Tuhuangsi" : "Area " + other++);
    }
    assert plan.get(0).name().equals(CompoundPlan.HONGHUA);
  }

  private static void addBuildingsAndHouseholds(
      CommunityBuilder b,
      JinshaProfile p,
      int compound,
      CompoundPlan.Planned pc,
      SplittableRandom householdRng,
      SplittableRandom personRng,
      People people) {
    PopulationProfile pop = p.population();
    if (pc.kind() == CompoundKind.INSTITUTION) {
      b.addBuilding(compound, pc.name() + " premises");
      return;
    }
    int[] perBuilding = Apportion.evenly(pc.name(), pc.households(), pc.buildings(), 0);
    int[] sizes = HouseholdSizes.draw(householdRng, pop.householdSizeShares(), pc.households(), pc.residents());
    int h = 0;
    for (int k = 0; k < pc.buildings(); k++) {
      int building = b.addBuilding(compound, pc.name() + " building " + (k + 1));
      for (int j = 0; j < perBuilding[k]; j++, h++) {
        int household = b.addHousehold(building);
        for (int m = 0; m < sizes[h]; m++) {
          boolean elderly = pc.elderly() && personRng.nextDouble() < pop.fertilizerPlantElderlyShare();
          AgeSampler ages = elderly ? people.elderly : m == 0 ? people.adults : people.anyone;
          Sex sex = personRng.nextDouble() < pop.maleShare() ? Sex.MALE : Sex.FEMALE;
          people.add(household, ages.sample(personRng), sex);
        }
      }
    }
  }

  private static void addCheckpoints(CommunityBuilder b, JinshaProfile p, List<CompoundPlan.Planned> plan) {
    int gates = 0;
    for (int c = 0; c < plan.size(); c++) {
      CompoundPlan.Planned pc = plan.get(c);
      int n = p.layout().get(pc.kind()).gatesPerCompound();
      for (int k = 1; k <= n; k++) {
        b.addCheckpoint(pc.name() + " gate " + k, c);
      }
      gates += n;
    }
    for (int k = 1; k <= p.checkpoints() - gates; k++) {
      b.addCheckpoint("Community boundary gate " + k, Community.NONE);
    }
  }

  /**
   * Picks exactly the profile's number of returnees among residents of returnee age, uniformly
   * (selection sampling, Knuth's algorithm S), then exactly the Wuhan share among them; arrival
   * days are uniform over the profile's range.
   */
  private static void chooseReturnees(
      JinshaProfile p, People people, ReturneeOrigin[] origin, LocalDate[] arrival, SplittableRandom rng) {
    PopulationProfile pop = p.population();
    int eligible = 0;
    for (int r = 0; r < people.count; r++) {
      if (people.age[r] >= pop.returneeMinAge() && people.age[r] <= pop.returneeMaxAge()) {
        eligible++;
      }
    }
    int need = p.returnees();
    if (need > eligible) {
      throw InvalidInputException.argument(
          "profile.wuhanReturnees", need + " returnees but only " + eligible + " residents of returnee age");
    }
    int wuhanLeft = p.wuhanReturnees();
    int days = (int) ChronoUnit.DAYS.between(p.firstArrival(), p.lastArrival()) + 1;
    LocalDate[] day = new LocalDate[days];
    for (int d = 0; d < days; d++) {
      day[d] = p.firstArrival().plusDays(d);
    }
    for (int r = 0; r < people.count; r++) {
      origin[r] = ReturneeOrigin.NONE;
      if (people.age[r] < pop.returneeMinAge() || people.age[r] > pop.returneeMaxAge()) {
        continue;
      }
      if (need > 0 && rng.nextInt(eligible) < need) {
        boolean wuhan = rng.nextInt(need) < wuhanLeft;
        origin[r] = wuhan ? ReturneeOrigin.WUHAN : ReturneeOrigin.HUANGGANG;
        wuhanLeft -= wuhan ? 1 : 0;
        arrival[r] = day[rng.nextInt(days)];
        need--;
      }
      eligible--;
    }
  }

  /** The residents drawn so far, in primitive arrays. */
  static final class People {
    int count;
    final int[] household;
    final int[] age;
    final Sex[] sex;
    final AgeSampler anyone;
    final AgeSampler adults;
    final AgeSampler elderly;

    People(int capacity, PopulationProfile pop) {
      household = new int[capacity];
      age = new int[capacity];
      sex = new Sex[capacity];
      anyone = AgeSampler.of(pop.ageBandShares(), pop.maxAge(), 0);
      adults = AgeSampler.of(pop.ageBandShares(), pop.maxAge(), pop.adultAge());
      elderly = AgeSampler.of(pop.ageBandShares(), pop.maxAge(), Math.max(pop.adultAge(), pop.elderlyAge()));
    }

    void add(int h, int a, Sex s) {
      household[count] = h;
      age[count] = a;
      sex[count] = s;
      count++;
    }
  }
}
