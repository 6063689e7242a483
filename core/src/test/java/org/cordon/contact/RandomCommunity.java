package org.cordon.contact;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.OptionalInt;
import java.util.Set;
import java.util.SplittableRandom;
import org.cordon.community.Community;
import org.cordon.community.CommunityBuilder;
import org.cordon.community.CompoundKind;
import org.cordon.community.ReturneeOrigin;
import org.cordon.community.Sex;

/**
 * A small random community with its contact graph, built from a seed, and the same memberships
 * and encounters as plain lists for brute-force oracles. Includes empty households, single-person
 * households, residents with no contacts, returnees (memberships from arrival), narrowed
 * memberships and extra memberships.
 */
public final class RandomCommunity {
  /** A membership as plain values: days inclusive, open ends as {@link DayWindow} sentinels. */
  public record Membership(Layer layer, int group, int resident, int from, int to) {}

  /** An encounter as plain values. */
  public record Edge(int a, int b, int first, int last, int minutes) {}

  public static final LocalDate DAY0 = LocalDate.of(2020, 1, 10);

  public final Community community;
  public final ContactGraph graph;
  public final List<Membership> memberships = new ArrayList<>();
  public final List<Edge> edges = new ArrayList<>();
  private final SplittableRandom rnd;

  /** Returnees arrive within this many days from {@link #DAY0}. */
  private static final int ARRIVAL_DAYS = 25;
  /** Returnees arrive within this many days either side of {@link #DAY0} in {@link #withDistantArrivals}. */
  public static final int DISTANT_ARRIVAL_DAYS = 50_000;

  private RandomCommunity(long seed, int maxResidents, boolean intervals, boolean householdRuns) {
    this(seed, maxResidents, intervals, householdRuns, 5, false);
  }

  private RandomCommunity(long seed, int maxResidents, boolean intervals, boolean householdRuns,
      int returneeOneIn, boolean distantArrivals) {
    rnd = new SplittableRandom(seed);
    CommunityBuilder b = Community.builder();
    int unit = b.addResponsibilityUnit(b.addGrid(b.addZone("Z"), "G"), "U");
    int area = b.addArea("A");
    int compounds = 1 + rnd.nextInt(3);
    for (int c = 0; c < compounds; c++) {
      b.addCompound("C" + c, CompoundKind.values()[rnd.nextInt(CompoundKind.values().length)], unit, area);
    }
    int buildings = 1 + rnd.nextInt(4);
    for (int i = 0; i < buildings; i++) {
      b.addBuilding(i < compounds ? i : rnd.nextInt(compounds), "B" + i);
    }
    int households = 1 + rnd.nextInt(15);
    for (int h = 0; h < households; h++) {
      b.addHousehold(rnd.nextInt(buildings));
    }
    int workplaces = rnd.nextInt(4);
    for (int w = 0; w < workplaces; w++) {
      b.addWorkplace("W" + w, rnd.nextBoolean() ? Community.NONE : rnd.nextInt(compounds));
    }
    int n = 1 + rnd.nextInt(maxResidents);
    int[] byRun = null;
    if (householdRuns) {
      byRun = new int[n];
      for (int r = 0; r < n; r++) {
        byRun[r] = rnd.nextInt(households);
      }
      Arrays.sort(byRun); // each household's members are consecutive ids, as in a register
    }
    for (int r = 0; r < n; r++) {
      boolean returnee = returneeOneIn > 0 && rnd.nextInt(returneeOneIn) == 0;
      b.addResident(
          householdRuns ? byRun[r] : rnd.nextInt(households),
          rnd.nextInt(90),
          rnd.nextBoolean() ? Sex.MALE : Sex.FEMALE,
          workplaces > 0 && rnd.nextBoolean() ? rnd.nextInt(workplaces) : Community.NONE,
          returnee ? ReturneeOrigin.WUHAN : ReturneeOrigin.NONE,
          !returnee ? null
              : distantArrivals ? DAY0.plusDays(rnd.nextInt(2 * DISTANT_ARRIVAL_DAYS + 1) - DISTANT_ARRIVAL_DAYS)
              : DAY0.plusDays(rnd.nextInt(ARRIVAL_DAYS)));
    }
    community = b.build();
    ContactGraphBuilder gb = ContactGraph.builder(community);
    for (int r = 0; r < n; r++) {
      LocalDate arrival = community.arrivalDateOf(r);
      int from = arrival == null ? DayWindow.OPEN_START : (int) arrival.toEpochDay();
      for (Layer l : EnumSet.of(Layer.HOUSEHOLD, Layer.BUILDING, Layer.COMPOUND, Layer.WORKPLACE, Layer.COMMUNITY)) {
        int g = defaultGroup(l, r);
        if (g < 0) {
          continue;
        }
        int f = from;
        int t = DayWindow.OPEN_END;
        if (intervals && rnd.nextInt(8) == 0) {
          DayWindow w = randomWindow();
          gb.membershipValidity(l, r, w);
          f = w.fromDay();
          t = w.toDay();
        }
        memberships.add(new Membership(l, g, r, f, t));
      }
    }
    if (intervals) {
      int extra = rnd.nextInt(1 + n / 4);
      for (int k = 0; k < extra; k++) {
        Layer l = rnd.nextBoolean() ? Layer.HOUSEHOLD : Layer.WORKPLACE;
        int groups = l == Layer.HOUSEHOLD ? households : workplaces;
        if (groups == 0) {
          continue;
        }
        int g = rnd.nextInt(groups);
        int r = rnd.nextInt(n);
        DayWindow w = randomWindow();
        gb.addMembership(l, g, r, w);
        memberships.add(new Membership(l, g, r, w.fromDay(), w.toDay()));
      }
    }
    int m = n < 2 ? 0 : rnd.nextInt(2 * n);
    List<Encounter> es = new ArrayList<>();
    for (int k = 0; k < m; k++) {
      int a = rnd.nextInt(n);
      int c = rnd.nextInt(n - 1);
      int bb = c >= a ? c + 1 : c;
      int first = (int) DAY0.toEpochDay() + rnd.nextInt(30);
      int last = first + rnd.nextInt(4);
      int minutes = rnd.nextInt(4) == 0 ? EncounterLayer.UNKNOWN_MINUTES : rnd.nextInt(40);
      es.add(new Encounter(a, bb, LocalDate.ofEpochDay(first), LocalDate.ofEpochDay(last),
          minutes < 0 ? OptionalInt.empty() : OptionalInt.of(minutes)));
      edges.add(new Edge(a, bb, first, last, minutes));
    }
    graph = gb.addEncounters(es).build();
  }

  /**
   * @param seed the seed
   * @return a random community of up to 60 residents with validity intervals
   */
  public static RandomCommunity of(long seed) {
    return new RandomCommunity(seed, 60, true, false);
  }

  /**
   * @param seed the seed
   * @param maxResidents at most this many residents
   * @param intervals whether to narrow and add memberships (returnees' arrivals always count)
   * @return a random community
   */
  public static RandomCommunity of(long seed, int maxResidents, boolean intervals) {
    return new RandomCommunity(seed, maxResidents, intervals, false);
  }

  /**
   * @param seed the seed
   * @param maxResidents at most this many residents
   * @param intervals whether to narrow and add memberships (returnees' arrivals always count)
   * @return a random community whose households are runs of consecutive resident ids (as the
   *     register generator lays them out), with the same kinds of residents and memberships
   */
  public static RandomCommunity withHouseholdRuns(long seed, int maxResidents, boolean intervals) {
    return new RandomCommunity(seed, maxResidents, intervals, true);
  }

  /**
   * @param seed the seed
   * @param maxResidents at most this many residents
   * @param intervals whether to narrow and add memberships (returnees' arrivals always count)
   * @param returneeOneIn one resident in this many is a returnee (with an arrival day) on
   *     average; 0 for none
   * @return a random community whose households are runs of consecutive resident ids, as {@link
   *     #withHouseholdRuns(long, int, boolean)} with the given share of returnees
   */
  public static RandomCommunity withHouseholdRuns(long seed, int maxResidents, boolean intervals,
      int returneeOneIn) {
    return new RandomCommunity(seed, maxResidents, intervals, true, returneeOneIn, false);
  }

  /**
   * @param seed the seed
   * @param maxResidents at most this many residents
   * @return a random community as {@link #withHouseholdRuns(long, int, boolean, int)} (no
   *     narrowed memberships, one resident in three a returnee) whose returnees arrive up to
   *     {@link #DISTANT_ARRIVAL_DAYS} days either side of {@link #DAY0} (centuries apart), so
   *     that first exposures may span more days than a compact answer codes
   */
  public static RandomCommunity withDistantArrivals(long seed, int maxResidents) {
    return new RandomCommunity(seed, maxResidents, false, true, 3, true);
  }

  private int defaultGroup(Layer l, int r) {
    switch (l) {
      case HOUSEHOLD:
        return community.householdOf(r);
      case BUILDING:
        return community.buildingOf(r);
      case COMPOUND:
        return community.compoundOf(r);
      case WORKPLACE:
        return community.workplaceOf(r);
      default:
        return 0;
    }
  }

  /** @return a random window around the community's days: bounded, half-open or all */
  public DayWindow randomWindow() {
    int base = (int) DAY0.toEpochDay() - 3;
    switch (rnd.nextInt(5)) {
      case 0:
        return DayWindow.all();
      case 1:
        return new DayWindow(base + rnd.nextInt(36), DayWindow.OPEN_END);
      case 2:
        return new DayWindow(DayWindow.OPEN_START, base + rnd.nextInt(36));
      default:
        int f = base + rnd.nextInt(36);
        return new DayWindow(f, f + rnd.nextInt(12));
    }
  }

  /** @return a random non-empty set of layers, sometimes with the community layer */
  public Set<Layer> randomLayers() {
    EnumSet<Layer> s = EnumSet.noneOf(Layer.class);
    for (Layer l : Layer.values()) {
      if (rnd.nextInt(l == Layer.COMMUNITY ? 8 : 2) == 0) {
        s.add(l);
      }
    }
    if (s.isEmpty()) {
      s.add(Layer.HOUSEHOLD);
    }
    return s;
  }

  /** @return the generator's random source, for drawing query parameters */
  public SplittableRandom random() {
    return rnd;
  }
}
