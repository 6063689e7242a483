package org.cordon.community;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.cordon.InvalidInputException;

/**
 * Builds a {@link Community}. Each {@code add} method returns the new entity's dense id (0, 1,
 * 2, ... per entity type) and rejects a reference to an entity that does not exist yet, so
 * entities are added parent first: zones, grids, units and areas, then compounds, buildings,
 * households, workplaces, checkpoints and residents.
 *
 * <pre>{@code
 * CommunityBuilder b = Community.builder();
 * int unit = b.addResponsibilityUnit(b.addGrid(b.addZone("Z1"), "G1"), "U1");
 * int compound = b.addCompound("Honghua", CompoundKind.OLD_OPEN_COMPOUND, unit, b.addArea("A1"));
 * int household = b.addHousehold(b.addBuilding(compound, "B1"));
 * b.addResident(household, 40, Sex.FEMALE, Community.NONE, ReturneeOrigin.NONE, null);
 * Community community = b.build();
 * }</pre>
 *
 * <p>Not thread-safe; the built community is.
 */
public final class CommunityBuilder {
  int[] residentHousehold = new int[16];
  int[] residentWorkplace = new int[16];
  /** Ages 0..{@link #MAX_AGE}, read as unsigned bytes. */
  byte[] residentAge = new byte[16];
  /** {@link Sex} ordinals. */
  byte[] residentSex = new byte[16];
  /** {@link ReturneeOrigin} ordinals. */
  byte[] residentOrigin = new byte[16];
  LocalDate[] residentArrival = new LocalDate[16];
  private int residentCount;
  /** Each household's building; households are records made on demand from it. */
  int[] householdBuilding = new int[16];
  private int householdCount;
  /**
   * Whether the resident and household arrays are held by a built {@link Community} (handed over,
   * not copied): the next addition copies them first.
   */
  private boolean handedOver;
  /** One instance per arrival date (a community has a few dozen dates and many returnees). */
  private final Map<LocalDate, LocalDate> dates = new HashMap<>();

  final List<Building> buildings = new ArrayList<>();
  final List<Compound> compounds = new ArrayList<>();
  final List<Workplace> workplaces = new ArrayList<>();
  final List<Checkpoint> checkpoints = new ArrayList<>();
  final List<Zone> zones = new ArrayList<>();
  final List<Grid> grids = new ArrayList<>();
  final List<ResponsibilityUnit> units = new ArrayList<>();
  final List<Area> areas = new ArrayList<>();

  private final Set<String> compoundNames = new HashSet<>();
  private final Set<String> buildingNames = new HashSet<>();
  private final Set<String> workplaceNames = new HashSet<>();
  private final Set<String> checkpointNames = new HashSet<>();

  CommunityBuilder() {}

  /** Maximum age accepted for a resident, in years. */
  public static final int MAX_AGE = 130;

  int residentCount() {
    return residentCount;
  }

  int householdCount() {
    return householdCount;
  }

  /**
   * Makes room for this many residents and households in all, so that adding them does not grow
   * and copy the arrays again and again (a hint: more may be added).
   *
   * @param residents the number of residents expected
   * @param households the number of households expected
   * @return this builder
   * @throws InvalidInputException if a number is negative
   */
  public CommunityBuilder reserve(int residents, int households) {
    if (residents < 0 || households < 0) {
      throw InvalidInputException.argument("reserve", "negative: " + residents + " residents, " + households + " households");
    }
    resizeResidents(Math.max(residents, residentCount));
    resizeHouseholds(Math.max(households, householdCount));
    handedOver = false; // both copied
    return this;
  }

  /**
   * Hands the resident and household arrays, trimmed to their counts, to a new community: the
   * builder copies them before its next addition.
   */
  void handOver() {
    if (residentHousehold.length != residentCount) {
      resizeResidents(residentCount);
    }
    if (householdBuilding.length != householdCount) {
      resizeHouseholds(householdCount);
    }
    handedOver = true;
  }

  private void takeBack() {
    if (handedOver) {
      resizeResidents(residentHousehold.length);
      resizeHouseholds(householdBuilding.length);
      handedOver = false;
    }
  }

  private void resizeResidents(int cap) {
    residentHousehold = Arrays.copyOf(residentHousehold, cap);
    residentWorkplace = Arrays.copyOf(residentWorkplace, cap);
    residentAge = Arrays.copyOf(residentAge, cap);
    residentSex = Arrays.copyOf(residentSex, cap);
    residentOrigin = Arrays.copyOf(residentOrigin, cap);
    residentArrival = Arrays.copyOf(residentArrival, cap);
  }

  private void resizeHouseholds(int cap) {
    householdBuilding = Arrays.copyOf(householdBuilding, cap);
  }

  /**
   * @param name a label
   * @return the new zone's id
   * @throws InvalidInputException if the name is blank
   */
  public int addZone(String name) {
    zones.add(new Zone(zones.size(), label("zone", name)));
    return zones.size() - 1;
  }

  /**
   * @param zone an existing zone id
   * @param name a label
   * @return the new grid's id
   * @throws InvalidInputException if the zone does not exist or the name is blank
   */
  public int addGrid(int zone, String name) {
    check("grid", "zone", zone, zones.size());
    grids.add(new Grid(grids.size(), zone, label("grid", name)));
    return grids.size() - 1;
  }

  /**
   * @param grid an existing grid id
   * @param name a label
   * @return the new responsibility unit's id
   * @throws InvalidInputException if the grid does not exist or the name is blank
   */
  public int addResponsibilityUnit(int grid, String name) {
    check("responsibility unit", "grid", grid, grids.size());
    units.add(new ResponsibilityUnit(units.size(), grid, label("responsibility unit", name)));
    return units.size() - 1;
  }

  /**
   * @param name a label
   * @return the new area's id
   * @throws InvalidInputException if the name is blank
   */
  public int addArea(String name) {
    areas.add(new Area(areas.size(), label("area", name)));
    return areas.size() - 1;
  }

  /**
   * @param name a label, unique among compounds
   * @param kind what kind of place it is
   * @param responsibilityUnit an existing responsibility unit id
   * @param area an existing area id
   * @return the new compound's id
   * @throws InvalidInputException if a reference does not exist, or the name is blank or taken
   */
  public int addCompound(String name, CompoundKind kind, int responsibilityUnit, int area) {
    if (kind == null) {
      throw InvalidInputException.argument("compound.kind", "missing");
    }
    check("compound", "responsibility unit", responsibilityUnit, units.size());
    check("compound", "area", area, areas.size());
    unique("compound", compoundNames, name);
    compounds.add(new Compound(compounds.size(), name, kind, responsibilityUnit, area));
    return compounds.size() - 1;
  }

  /**
   * @param compound an existing compound id
   * @param name a label, unique among buildings
   * @return the new building's id
   * @throws InvalidInputException if the compound does not exist, or the name is blank or taken
   */
  public int addBuilding(int compound, String name) {
    check("building", "compound", compound, compounds.size());
    unique("building", buildingNames, name);
    buildings.add(new Building(buildings.size(), compound, name));
    return buildings.size() - 1;
  }

  /**
   * @param building an existing building id
   * @return the new household's id
   * @throws InvalidInputException if the building does not exist
   */
  public int addHousehold(int building) {
    check("household", "building", building, buildings.size());
    takeBack();
    if (householdCount == householdBuilding.length) {
      resizeHouseholds(Math.max(16, householdCount * 2));
    }
    householdBuilding[householdCount] = building;
    return householdCount++;
  }

  /**
   * @param name a label, unique among workplaces
   * @param compound the compound of its premises, or {@link Community#NONE}
   * @return the new workplace's id
   * @throws InvalidInputException if the compound does not exist, or the name is blank or taken
   */
  public int addWorkplace(String name, int compound) {
    if (compound != Community.NONE) {
      check("workplace", "compound", compound, compounds.size());
    }
    unique("workplace", workplaceNames, name);
    workplaces.add(new Workplace(workplaces.size(), name, compound));
    return workplaces.size() - 1;
  }

  /**
   * @param name a label, unique among checkpoints
   * @param compound the compound whose boundary it is on, or {@link Community#NONE} for the
   *     community boundary
   * @return the new checkpoint's id
   * @throws InvalidInputException if the compound does not exist, or the name is blank or taken
   */
  public int addCheckpoint(String name, int compound) {
    if (compound != Community.NONE) {
      check("checkpoint", "compound", compound, compounds.size());
    }
    unique("checkpoint", checkpointNames, name);
    checkpoints.add(new Checkpoint(checkpoints.size(), name, compound));
    return checkpoints.size() - 1;
  }

  /**
   * Adds a resident.
   *
   * @param household an existing household id
   * @param age age in years, {@code 0..}{@link #MAX_AGE}
   * @param sex recorded sex
   * @param workplace an existing workplace id, or {@link Community#NONE}
   * @param origin where the resident came back from, {@link ReturneeOrigin#NONE} if not a returnee
   * @param arrival the arrival date of a returnee; must be {@code null} exactly when {@code origin}
   *     is {@link ReturneeOrigin#NONE}
   * @return the new resident's id
   * @throws InvalidInputException for a missing reference, an age out of range, a missing sex or
   *     origin, or an arrival date that does not match the origin
   */
  public int addResident(
      int household, int age, Sex sex, int workplace, ReturneeOrigin origin, LocalDate arrival) {
    check("resident", "household", household, householdCount);
    if (workplace != Community.NONE) {
      check("resident", "workplace", workplace, workplaces.size());
    }
    if (age < 0 || age > MAX_AGE) {
      throw InvalidInputException.argument("resident.age", "must be 0.." + MAX_AGE + ": " + age);
    }
    if (sex == null) {
      throw InvalidInputException.argument("resident.sex", "missing");
    }
    if (origin == null) {
      throw InvalidInputException.argument("resident.returnee_origin", "missing");
    }
    if ((origin == ReturneeOrigin.NONE) != (arrival == null)) {
      throw InvalidInputException.argument(
          "resident.arrival_date",
          origin == ReturneeOrigin.NONE
              ? "given for a resident who is not a returnee"
              : "missing for a returnee from " + origin);
    }
    takeBack();
    if (residentCount == residentHousehold.length) {
      resizeResidents(Math.max(16, residentCount * 2));
    }
    int id = residentCount++;
    residentHousehold[id] = household;
    residentWorkplace[id] = workplace;
    residentAge[id] = (byte) age;
    residentSex[id] = (byte) sex.ordinal();
    residentOrigin[id] = (byte) origin.ordinal();
    residentArrival[id] = arrival == null ? null : dates.computeIfAbsent(arrival, d -> d);
    return id;
  }

  /**
   * @return the immutable community
   * @throws InvalidInputException if no resident was added
   */
  public Community build() {
    if (residentCount == 0) {
      throw InvalidInputException.argument("community", "has no residents");
    }
    return new Community(this);
  }

  private static void check(String entity, String field, int id, int count) {
    if (id < 0 || id >= count) {
      throw InvalidInputException.argument(
          entity + "." + field.replace(' ', '_'), "unknown " + field + " id " + id);
    }
  }

  private static String label(String entity, String name) {
    if (name == null || name.isBlank()) {
      throw InvalidInputException.argument(entity + ".name", "blank");
    }
    return name;
  }

  private static void unique(String entity, Set<String> names, String name) {
    label(entity, name);
    if (!names.add(name)) {
      throw InvalidInputException.argument(entity + ".name", "duplicate name '" + name + "'");
    }
  }
}
