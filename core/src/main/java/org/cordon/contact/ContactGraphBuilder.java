package org.cordon.contact;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.cordon.InvalidInputException;
import org.cordon.community.Community;
import org.cordon.community.MemberIndex;

/**
 * Builds a {@link ContactGraph} from a {@link Community}: every resident belongs to its household,
 * building, compound, workplace (if any) and to the one group of the {@link Layer#COMMUNITY}
 * layer. A returnee's memberships start on the arrival date ({@link Community#arrivalDateOf(int)}):
 * before it, the returnee was not in the community. Memberships can be narrowed, extra memberships
 * added (a relative staying in a second household for some days), and recorded encounters added.
 *
 * <pre>{@code
 * ContactGraph graph = ContactGraph.builder(community)
 *     .membershipValidity(Layer.HOUSEHOLD, 17, DayWindow.until(LocalDate.of(2020, 1, 28))) // moved out
 *     .addMembership(Layer.HOUSEHOLD, 4, 17, DayWindow.since(LocalDate.of(2020, 1, 29)))   // moved in
 *     .addEncounters(EncounterReader.read(Path.of("encounters.csv"), community))
 *     .build();
 * }</pre>
 *
 * <p>Not thread-safe; the graph it builds is.
 */
public final class ContactGraphBuilder {
  private final Community community;
  private boolean arrivalDates = true;
  private final Map<Layer, Map<Integer, DayWindow>> validity = new EnumMap<>(Layer.class);
  private final Map<Layer, List<int[]>> extra = new EnumMap<>(Layer.class);
  private final List<Encounter> encounters = new ArrayList<>();

  ContactGraphBuilder(Community community) {
    this.community = Objects.requireNonNull(community, "community");
  }

  /**
   * @param use whether returnees' memberships start on their arrival date (default {@code true});
   *     with {@code false} every default membership is open on both ends
   * @return this builder
   */
  public ContactGraphBuilder useArrivalDates(boolean use) {
    this.arrivalDates = use;
    return this;
  }

  /**
   * Sets the days on which a resident's default membership in a group layer (its own household,
   * building, compound, workplace or the community) is valid, replacing the arrival-date rule.
   *
   * @param layer a group layer
   * @param resident a resident id
   * @param days the valid days
   * @return this builder
   * @throws InvalidInputException if the layer is {@link Layer#ENCOUNTER}, the resident is unknown,
   *     or the resident has no workplace and the layer is {@link Layer#WORKPLACE}
   */
  public ContactGraphBuilder membershipValidity(Layer layer, int resident, DayWindow days) {
    checkGroupLayer(layer);
    community.checkResident(resident);
    Objects.requireNonNull(days, "days");
    if (defaultGroup(layer, resident) < 0) {
      throw InvalidInputException.argument(
          "membership", "resident " + resident + " has no " + layer.name().toLowerCase() + " to restrict");
    }
    validity.computeIfAbsent(layer, l -> new HashMap<>()).put(resident, days);
    return this;
  }

  /**
   * Adds a membership beyond the community's own: resident {@code resident} also belongs to group
   * {@code group} of {@code layer} on the given days.
   *
   * @param layer a group layer
   * @param group a group id of that layer (a household id for {@link Layer#HOUSEHOLD}, {@code 0}
   *     for {@link Layer#COMMUNITY})
   * @param resident a resident id
   * @param days the valid days
   * @return this builder
   * @throws InvalidInputException if the layer is {@link Layer#ENCOUNTER}, or the group or the
   *     resident is unknown
   */
  public ContactGraphBuilder addMembership(Layer layer, int group, int resident, DayWindow days) {
    checkGroupLayer(layer);
    community.checkResident(resident);
    Objects.requireNonNull(days, "days");
    int groups = groupCount(layer);
    if (group < 0 || group >= groups) {
      throw InvalidInputException.argument(
          "membership.group", "unknown " + layer.name().toLowerCase() + " id " + group);
    }
    extra.computeIfAbsent(layer, l -> new ArrayList<>())
        .add(new int[] {group, resident, days.fromDay(), days.toDay()});
    return this;
  }

  /**
   * @param e a recorded encounter between two residents of the community
   * @return this builder
   * @throws InvalidInputException if a resident is unknown
   */
  public ContactGraphBuilder addEncounter(Encounter e) {
    Objects.requireNonNull(e, "encounter");
    community.checkResident(e.a());
    community.checkResident(e.b());
    encounters.add(e);
    return this;
  }

  /**
   * @param es recorded encounters, e.g. from {@link EncounterReader}
   * @return this builder
   * @throws InvalidInputException if a resident is unknown
   */
  public ContactGraphBuilder addEncounters(Collection<Encounter> es) {
    for (Encounter e : es) {
      addEncounter(e);
    }
    return this;
  }

  /**
   * Communities of at least this many residents have their group layers built side by side on the
   * common fork-join pool (each layer by one thread, as alone: the same graph).
   */
  static final int PARALLEL_FROM = 200_000;

  /** @return the immutable graph */
  public ContactGraph build() {
    return build(community.residentCount() >= PARALLEL_FROM);
  }

  /** As {@link #build()}, the layers built in parallel or not. */
  ContactGraph build(boolean parallel) {
    int n = community.residentCount();
    Layer[] groupLayers = java.util.Arrays.stream(Layer.values()).filter(Layer::isGroupLayer).toArray(Layer[]::new);
    GroupLayer[] built = new GroupLayer[groupLayers.length];
    SharedArrays shared = new SharedArrays();
    java.util.stream.IntStream each = java.util.stream.IntStream.range(0, built.length);
    (parallel ? each.parallel() : each).forEach(i -> built[i] = buildLayer(groupLayers[i], n, shared));
    EnumMap<Layer, GroupLayer> layers = new EnumMap<>(Layer.class);
    for (int i = 0; i < built.length; i++) {
      layers.put(groupLayers[i], built[i]);
    }
    int m = encounters.size();
    EncounterLayer.checkCount(m);
    int[] a = new int[m];
    int[] b = new int[m];
    int[] f = new int[m];
    int[] l = new int[m];
    int[] mins = new int[m];
    for (int k = 0; k < m; k++) {
      Encounter e = encounters.get(k);
      a[k] = e.a();
      b[k] = e.b();
      f[k] = DayWindow.day("encounter.first_day", e.firstDay());
      l[k] = DayWindow.day("encounter.last_day", e.lastDay());
      mins[k] = e.minutes().orElse(EncounterLayer.UNKNOWN_MINUTES);
    }
    return new ContactGraph(community, layers, new EncounterLayer(n, a, b, f, l, mins, m));
  }

  /**
   * The memberships of a layer, sorted by resident then group for the community's own ones (extra
   * memberships follow), in arrays of their exact length; first and last days only when some
   * membership has one (returnees' arrivals, narrowed or extra memberships).
   */
  private GroupLayer buildLayer(Layer layer, int n, SharedArrays shared) {
    List<int[]> more = extra.getOrDefault(layer, List.of());
    Map<Integer, DayWindow> narrowed = validity.getOrDefault(layer, Map.of());
    int count = more.size();
    boolean anyFrom = false;
    for (int r = 0; r < n; r++) {
      if (defaultGroup(layer, r) >= 0) {
        count++;
        anyFrom |= arrivalDates && community.arrivalDateOf(r) != null;
      }
    }
    anyFrom |= !narrowed.isEmpty() || !more.isEmpty();
    boolean anyTo = !narrowed.isEmpty() || !more.isEmpty();
    int[] group = new int[count];
    int[] resident = new int[count];
    int[] from = anyFrom ? new int[count] : null;
    int[] to = anyTo ? new int[count] : null;
    int k = 0;
    for (int r = 0; r < n; r++) {
      int g = defaultGroup(layer, r);
      if (g < 0) {
        continue;
      }
      group[k] = g;
      resident[k] = r;
      DayWindow w = narrowed.isEmpty() ? null : narrowed.get(r);
      if (w != null) {
        from[k] = w.fromDay();
        to[k] = w.toDay();
      } else {
        if (anyFrom) {
          LocalDate arrival = community.arrivalDateOf(r);
          from[k] = arrivalDates && arrival != null ? DayWindow.day("arrival_date", arrival) : DayWindow.OPEN_START;
        }
        if (anyTo) {
          to[k] = DayWindow.OPEN_END;
        }
      }
      k++;
    }
    for (int[] x : more) {
      group[k] = x[0];
      resident[k] = x[1];
      from[k] = x[2];
      to[k] = x[3];
      k++;
    }
    return new GroupLayer(layer, groupCount(layer), n, group, resident, from, to, count, shared::share);
  }

  /**
   * Equal arrays kept by the layers of one graph, handed out once: e.g. the resident offsets of
   * every layer where each resident has exactly one membership. Thread-safe (layers are built side
   * by side).
   */
  private static final class SharedArrays {
    private final Map<Long, List<int[]>> byKey = new HashMap<>();

    int[] share(int[] a) {
      long key = ((long) a.length << 32) | (java.util.Arrays.hashCode(a) & 0xffffffffL);
      synchronized (this) {
        List<int[]> same = byKey.computeIfAbsent(key, x -> new ArrayList<>(1));
        for (int[] b : same) {
          if (java.util.Arrays.equals(a, b)) {
            return b;
          }
        }
        same.add(a);
        return a;
      }
    }
  }

  private int defaultGroup(Layer layer, int r) {
    switch (layer) {
      case HOUSEHOLD:
        return community.householdOf(r);
      case BUILDING:
        return community.buildingOf(r);
      case COMPOUND:
        return community.compoundOf(r);
      case WORKPLACE:
        return community.workplaceOf(r);
      case COMMUNITY:
        return 0;
      default:
        throw new IllegalStateException(layer.name());
    }
  }

  private int groupCount(Layer layer) {
    MemberIndex index;
    switch (layer) {
      case HOUSEHOLD:
        index = community.householdMembers();
        break;
      case BUILDING:
        index = community.buildingMembers();
        break;
      case COMPOUND:
        index = community.compoundMembers();
        break;
      case WORKPLACE:
        index = community.workplaceMembers();
        break;
      case COMMUNITY:
        return 1;
      default:
        throw new IllegalStateException(layer.name());
    }
    return index.groupCount();
  }

  private static void checkGroupLayer(Layer layer) {
    Objects.requireNonNull(layer, "layer");
    if (!layer.isGroupLayer()) {
      throw InvalidInputException.argument("layer", "ENCOUNTER is not a group layer");
    }
  }
}
