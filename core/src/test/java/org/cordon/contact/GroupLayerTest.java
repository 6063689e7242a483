package org.cordon.contact;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.function.UnaryOperator;
import java.util.stream.LongStream;
import org.cordon.community.Community;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A layer built from memberships listed by resident then group (the input kept as the resident
 * side) is the layer the general path (both sides counting-sorted) builds from the same list; and
 * the layers of one graph share equal arrays without changing what they hold.
 */
class GroupLayerTest {
  static LongStream seeds() {
    return LongStream.rangeClosed(1, 60);
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void sortedInputGivesTheLayerOfShuffledInput(long seed) {
    Random rnd = new Random(seed);
    int residents = 1 + rnd.nextInt(60);
    int groups = 1 + rnd.nextInt(12);
    boolean days = rnd.nextBoolean();
    List<int[]> memberships = new ArrayList<>();
    for (int r = 0; r < residents; r++) {
      int k = rnd.nextInt(4); // 0 to 3 memberships, possibly the same group twice
      for (int i = 0; i < k; i++) {
        int from = days && rnd.nextInt(3) == 0 ? rnd.nextInt(30) : DayWindow.OPEN_START;
        int to = days && rnd.nextInt(4) == 0 ? 30 + rnd.nextInt(30) : DayWindow.OPEN_END;
        memberships.add(new int[] {rnd.nextInt(groups), r, from, to});
      }
    }
    List<int[]> sorted = new ArrayList<>(memberships);
    sorted.sort((a, b) -> a[1] != b[1] ? Integer.compare(a[1], b[1]) : Integer.compare(a[0], b[0]));
    GroupLayer fast = layer(sorted, groups, residents, 0);
    GroupLayer general = layer(sorted, groups, residents, 1); // arrays longer than the count: sorted both ways
    assertThat(describe(fast)).isEqualTo(describe(general));
    assertThat(fast.hasValidityIntervals()).isEqualTo(general.hasValidityIntervals());
    for (int g = 0; g < groups; g++) {
      assertThat(fast.isOpenEnded(g)).isEqualTo(general.isOpenEnded(g));
    }
  }

  /** Residents numbered group by group (each one's groups at or after the previous one's): both sides kept from the input. */
  @ParameterizedTest
  @MethodSource("seeds")
  void inputInGroupOrderGivesTheLayerOfTheGeneralPath(long seed) {
    Random rnd = new Random(seed);
    int residents = 1 + rnd.nextInt(60);
    int groups = 1 + rnd.nextInt(12);
    boolean days = rnd.nextBoolean();
    List<int[]> memberships = new ArrayList<>();
    int g = 0;
    for (int r = 0; r < residents; r++) {
      int k = rnd.nextInt(3); // 0 to 2 memberships, possibly the same group twice
      for (int i = 0; i < k; i++) {
        g = Math.min(groups - 1, g + rnd.nextInt(2));
        int from = days && rnd.nextInt(3) == 0 ? rnd.nextInt(30) : DayWindow.OPEN_START;
        int to = days && rnd.nextInt(4) == 0 ? 30 + rnd.nextInt(30) : DayWindow.OPEN_END;
        memberships.add(new int[] {g, r, from, to});
      }
    }
    GroupLayer fast = layer(memberships, groups, residents, 0);
    GroupLayer general = layer(memberships, groups, residents, 1);
    assertThat(describe(fast)).isEqualTo(describe(general));
    for (int x = 0; x < groups; x++) {
      assertThat(fast.isOpenEnded(x)).isEqualTo(general.isOpenEnded(x));
    }
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void layersOfOneGraphShareEqualArraysAndHoldWhatTheyHeldAlone(long seed) {
    Community c = RandomCommunity.of(seed, 300, false).community;
    ContactGraph graph = ContactGraph.builder(c).build(seed % 2 == 0);
    long apart = graph.encounters().sizeInBytes();
    for (Layer layer : EnumSet.range(Layer.HOUSEHOLD, Layer.COMMUNITY)) {
      GroupLayer shared = graph.layer(layer);
      GroupLayer alone = alone(graph, layer);
      assertThat(describe(shared)).isEqualTo(describe(alone));
      apart += alone.sizeInBytes();
    }
    // every resident has one household, building, compound and community membership: their
    // resident offsets (0, 1, ..., n) are one array
    assertThat(graph.sizeInBytes()).isLessThanOrEqualTo(apart - 3 * 4L * (c.residentCount() + 1));
  }

  /** The layer rebuilt from its own memberships, sharing nothing. */
  private static GroupLayer alone(ContactGraph graph, Layer layer) {
    GroupLayer l = graph.layer(layer);
    List<int[]> m = new ArrayList<>();
    for (int r = 0; r < l.residentCount(); r++) {
      for (int j = l.groupStart(r); j < l.groupEnd(r); j++) {
        m.add(new int[] {l.group(j), r, l.groupFrom(j), l.groupTo(j)});
      }
    }
    return layer(m, l.groupCount(), l.residentCount(), 0);
  }

  private static GroupLayer layer(List<int[]> m, int groups, int residents, int spare) {
    int n = m.size();
    int[] g = new int[n + spare];
    int[] r = new int[n + spare];
    int[] f = new int[n + spare];
    int[] t = new int[n + spare];
    for (int i = 0; i < n; i++) {
      g[i] = m.get(i)[0];
      r[i] = m.get(i)[1];
      f[i] = m.get(i)[2];
      t[i] = m.get(i)[3];
    }
    return new GroupLayer(Layer.HOUSEHOLD, groups, residents, g, r, f, t, n, UnaryOperator.identity());
  }

  /** Every accessor's answer, both sides. */
  private static List<String> describe(GroupLayer l) {
    List<String> out = new ArrayList<>();
    out.add(l.groupCount() + " groups, " + l.residentCount() + " residents, " + l.membershipCount());
    for (int g = 0; g < l.groupCount(); g++) {
      for (int i = l.memberStart(g); i < l.memberEnd(g); i++) {
        out.add("g" + g + ": " + l.member(i) + " " + l.memberFrom(i) + ".." + l.memberTo(i));
      }
    }
    for (int r = 0; r < l.residentCount(); r++) {
      for (int j = l.groupStart(r); j < l.groupEnd(r); j++) {
        out.add("r" + r + ": " + l.group(j) + " " + l.groupFrom(j) + ".." + l.groupTo(j));
      }
    }
    return out;
  }
}
