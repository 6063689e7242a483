package org.cordon.community;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * An immutable community (社区): residents, households, buildings, compounds, workplaces,
 * checkpoints and the command structure (zones → grids → responsibility units; areas).
 *
 * <p>Every entity has a dense {@code int} id: the residents of a community of {@code n} are
 * {@code 0..n-1}, and so on for every other entity. Per-resident attributes live in primitive
 * arrays (ages, sexes and origins as bytes), so the accessors such as {@link #householdOf(int)}
 * cost an array read ({@link #buildingOf(int)} and {@link #compoundOf(int)} two and three, through
 * the household); {@link #resident(int)} returns a value view. Members of a household, building,
 * compound or workplace are kept in compressed arrays, sorted by resident id (see {@link
 * MemberIndex}): about 21 bytes a resident in all for a generated community of a million.
 *
 * <p>Build one with {@link #builder()}:
 *
 * <pre>{@code
 * CommunityBuilder b = Community.builder();
 * int zone = b.addZone("Zone 1");
 * int grid = b.addGrid(zone, "Grid 1");
 * int unit = b.addResponsibilityUnit(grid, "Unit 1");
 * int area = b.addArea("Area 1");
 * int honghua = b.addCompound("Honghua", CompoundKind.OLD_OPEN_COMPOUND, unit, area);
 * int block = b.addBuilding(honghua, "Honghua block 1");
 * int flat = b.addHousehold(block);
 * b.addResident(flat, 54, Sex.MALE, Community.NONE, ReturneeOrigin.WUHAN, LocalDate.of(2020, 1, 20));
 * b.addCheckpoint("Honghua east gate", honghua);
 * Community c = b.build();
 * }</pre>
 *
 * <p>Instances are immutable and safe to share between threads.
 */
public final class Community {
  /** The id used for "none": no workplace, or a checkpoint on the community boundary. */
  public static final int NONE = -1;

  private final int[] residentHousehold;
  /** Each building's compound (a resident's building and compound are read through its household). */
  private final int[] buildingCompound;
  private final int[] residentWorkplace;
  /** Ages as unsigned bytes. */
  private final byte[] residentAge;
  /** {@link Sex} ordinals. */
  private final byte[] residentSex;
  /** {@link ReturneeOrigin} ordinals. */
  private final byte[] residentOrigin;
  private final LocalDate[] residentArrival;
  private static final Sex[] SEXES = Sex.values();
  private static final ReturneeOrigin[] ORIGINS = ReturneeOrigin.values();

  /** Each household's building; {@link #households()} makes the records on demand. */
  private final int[] householdBuilding;
  private final List<Household> households;
  private final ImmutableList<Building> buildings;
  private final ImmutableList<Compound> compounds;
  private final ImmutableList<Workplace> workplaces;
  private final ImmutableList<Checkpoint> checkpoints;
  private final ImmutableList<Zone> zones;
  private final ImmutableList<Grid> grids;
  private final ImmutableList<ResponsibilityUnit> responsibilityUnits;
  private final ImmutableList<Area> areas;

  private final MemberIndex householdMembers;
  private final MemberIndex buildingMembers;
  private final MemberIndex compoundMembers;
  private final MemberIndex workplaceMembers;

  Community(CommunityBuilder b) {
    int n = b.residentCount();
    b.handOver(); // the builder's arrays, trimmed; it copies them before changing them again
    this.residentHousehold = b.residentHousehold;
    this.residentWorkplace = b.residentWorkplace;
    this.residentAge = b.residentAge;
    this.residentSex = b.residentSex;
    this.residentOrigin = b.residentOrigin;
    this.residentArrival = b.residentArrival;
    this.householdBuilding = b.householdBuilding;
    this.households = new Households(householdBuilding);
    this.buildings = ImmutableList.copyOf(b.buildings);
    this.compounds = ImmutableList.copyOf(b.compounds);
    this.workplaces = ImmutableList.copyOf(b.workplaces);
    this.checkpoints = ImmutableList.copyOf(b.checkpoints);
    this.zones = ImmutableList.copyOf(b.zones);
    this.grids = ImmutableList.copyOf(b.grids);
    this.responsibilityUnits = ImmutableList.copyOf(b.units);
    this.areas = ImmutableList.copyOf(b.areas);
    int[] residentBuilding = new int[n];
    int[] residentCompound = new int[n];
    this.buildingCompound = new int[buildings.size()];
    for (int k = 0; k < buildingCompound.length; k++) {
      buildingCompound[k] = buildings.get(k).compound();
    }
    for (int r = 0; r < n; r++) {
      int building = householdBuilding[residentHousehold[r]];
      residentBuilding[r] = building;
      residentCompound[r] = buildingCompound[building];
    }
    this.householdMembers = MemberIndex.of(residentHousehold, householdBuilding.length);
    this.buildingMembers = MemberIndex.of(residentBuilding, buildings.size());
    this.compoundMembers = MemberIndex.of(residentCompound, compounds.size());
    this.workplaceMembers = MemberIndex.of(residentWorkplace, workplaces.size());
  }

  /** @return a new, empty builder */
  public static CommunityBuilder builder() {
    return new CommunityBuilder();
  }

  // ---- residents -------------------------------------------------------------------------

  /** @return the number of residents */
  public int residentCount() {
    return residentHousehold.length;
  }

  /**
   * @param id a resident id
   * @return a value view of that resident
   * @throws org.cordon.InvalidInputException if {@code id} is not a resident of this community
   */
  public Resident resident(int id) {
    checkResident(id);
    return new Resident(
        id,
        residentHousehold[id],
        buildingOf(id),
        compoundOf(id),
        residentWorkplace[id],
        ageOf(id),
        sexOf(id),
        returneeOriginOf(id),
        residentArrival[id]);
  }

  /**
   * @param id a resident id
   * @throws org.cordon.InvalidInputException if {@code id} is not a resident of this community
   */
  public void checkResident(int id) {
    if (id < 0 || id >= residentCount()) {
      throw org.cordon.InvalidInputException.argument(
          "resident", "unknown resident id " + id + " (community has ids 0.." + (residentCount() - 1) + ")");
    }
  }

  /**
   * @param r a resident id
   * @return the household of resident {@code r} (no bounds check beyond the array's)
   */
  public int householdOf(int r) {
    return residentHousehold[r];
  }

  /**
   * @param r a resident id
   * @return the building of resident {@code r}
   */
  public int buildingOf(int r) {
    return householdBuilding[residentHousehold[r]];
  }

  /**
   * @param r a resident id
   * @return the compound of resident {@code r}
   */
  public int compoundOf(int r) {
    return buildingCompound[householdBuilding[residentHousehold[r]]];
  }

  /**
   * @param r a resident id
   * @return the workplace of resident {@code r}, or {@link #NONE}
   */
  public int workplaceOf(int r) {
    return residentWorkplace[r];
  }

  /**
   * @param r a resident id
   * @return the age of resident {@code r}
   */
  public int ageOf(int r) {
    return residentAge[r] & 0xff;
  }

  /**
   * @param r a resident id
   * @return the sex of resident {@code r}
   */
  public Sex sexOf(int r) {
    return SEXES[residentSex[r]];
  }

  /**
   * @param r a resident id
   * @return where resident {@code r} returned from, {@link ReturneeOrigin#NONE} if not a returnee
   */
  public ReturneeOrigin returneeOriginOf(int r) {
    return ORIGINS[residentOrigin[r]];
  }

  /**
   * @param r a resident id
   * @return the arrival date of returnee {@code r}, or {@code null} if {@code r} is not a returnee
   */
  public LocalDate arrivalDateOf(int r) {
    return residentArrival[r];
  }

  /** @return the number of returnees (any origin) */
  public int returneeCount() {
    int count = 0;
    for (byte o : residentOrigin) {
      if (o != ReturneeOrigin.NONE.ordinal()) {
        count++;
      }
    }
    return count;
  }

  // ---- groups ----------------------------------------------------------------------------

  /** @return all households, indexed by id */
  public List<Household> households() {
    return households;
  }

  /** @return all buildings, indexed by id */
  public List<Building> buildings() {
    return buildings;
  }

  /** @return all compounds, indexed by id */
  public List<Compound> compounds() {
    return compounds;
  }

  /** @return all workplaces, indexed by id */
  public List<Workplace> workplaces() {
    return workplaces;
  }

  /** @return all checkpoints, indexed by id */
  public List<Checkpoint> checkpoints() {
    return checkpoints;
  }

  /** @return all zones, indexed by id */
  public List<Zone> zones() {
    return zones;
  }

  /** @return all grids, indexed by id */
  public List<Grid> grids() {
    return grids;
  }

  /** @return all responsibility units, indexed by id */
  public List<ResponsibilityUnit> responsibilityUnits() {
    return responsibilityUnits;
  }

  /** @return all areas, indexed by id */
  public List<Area> areas() {
    return areas;
  }

  /** @return the residents of each household, as a compressed index */
  public MemberIndex householdMembers() {
    return householdMembers;
  }

  /** @return the residents of each building */
  public MemberIndex buildingMembers() {
    return buildingMembers;
  }

  /** @return the residents of each compound */
  public MemberIndex compoundMembers() {
    return compoundMembers;
  }

  /** @return the workers of each workplace */
  public MemberIndex workplaceMembers() {
    return workplaceMembers;
  }

  /**
   * @param name a compound name
   * @return the id of the compound with that name
   * @throws org.cordon.InvalidInputException if no compound has that name
   */
  public int compoundId(String name) {
    for (Compound c : compounds) {
      if (c.name().equals(name)) {
        return c.id();
      }
    }
    throw org.cordon.InvalidInputException.argument("compound", "unknown compound '" + name + "'");
  }

  /**
   * @param compound a compound id, or {@link #NONE} for the community boundary
   * @return the checkpoints on the boundary of compound {@code compound} ({@link #NONE}: community boundary)
   */
  public List<Checkpoint> checkpointsOf(int compound) {
    return checkpoints.stream().filter(c -> c.compound() == compound).collect(ImmutableList.toImmutableList());
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof Community)) {
      return false;
    }
    Community c = (Community) o;
    return Arrays.equals(residentHousehold, c.residentHousehold)
        && Arrays.equals(residentWorkplace, c.residentWorkplace)
        && Arrays.equals(residentAge, c.residentAge)
        && Arrays.equals(residentSex, c.residentSex)
        && Arrays.equals(residentOrigin, c.residentOrigin)
        && Arrays.equals(residentArrival, c.residentArrival)
        && Arrays.equals(householdBuilding, c.householdBuilding)
        && buildings.equals(c.buildings)
        && compounds.equals(c.compounds)
        && workplaces.equals(c.workplaces)
        && checkpoints.equals(c.checkpoints)
        && zones.equals(c.zones)
        && grids.equals(c.grids)
        && responsibilityUnits.equals(c.responsibilityUnits)
        && areas.equals(c.areas);
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        Arrays.hashCode(residentHousehold),
        Arrays.hashCode(residentAge),
        households.size(),
        buildings,
        compounds,
        checkpoints.size());
  }

  /** The households as records made on demand from their buildings: an unmodifiable list. */
  private static final class Households extends java.util.AbstractList<Household> implements java.util.RandomAccess {
    private final int[] building;

    Households(int[] building) {
      this.building = building;
    }

    @Override
    public Household get(int id) {
      return new Household(Objects.checkIndex(id, building.length), building[id]);
    }

    @Override
    public int size() {
      return building.length;
    }
  }

  @Override
  public String toString() {
    return "Community[residents="
        + residentCount()
        + ", households="
        + households.size()
        + ", buildings="
        + buildings.size()
        + ", compounds="
        + compounds.size()
        + ", workplaces="
        + workplaces.size()
        + ", checkpoints="
        + checkpoints.size()
        + "]";
  }
}
