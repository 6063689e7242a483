package org.cordon.community;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The index answers as the brute-force lists of each group's residents, whether residents are
 * numbered group by group (members not stored) or not, and whether some have no group.
 */
class MemberIndexTest {
  static LongStream seeds() {
    return LongStream.rangeClosed(1, 60);
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void membersAreEachGroupsResidentsInIdOrder(long seed) {
    SplittableRandom rnd = new SplittableRandom(seed);
    int groups = 1 + rnd.nextInt(10);
    int n = rnd.nextInt(80);
    int[] group = new int[n];
    int kind = (int) (seed % 3); // 0: group by group, 1: any order, 2: group by group with some in none
    for (int r = 0; r < n; r++) {
      group[r] = rnd.nextInt(groups);
    }
    if (kind != 1) {
      java.util.Arrays.sort(group);
    }
    if (kind == 2 && n > 0) {
      group[rnd.nextInt(n)] = Community.NONE;
    }
    MemberIndex index = MemberIndex.of(group, groups);
    List<Integer> flat = new ArrayList<>();
    assertThat(index.groupCount()).isEqualTo(groups);
    for (int g = 0; g < groups; g++) {
      List<Integer> expected = new ArrayList<>();
      for (int r = 0; r < n; r++) {
        if (group[r] == g) {
          expected.add(r);
        }
      }
      flat.addAll(expected);
      assertThat(index.members(g)).containsExactly(expected.stream().mapToInt(Integer::intValue).toArray());
      assertThat(index.size(g)).isEqualTo(expected.size());
      for (int i = 0; i < expected.size(); i++) {
        assertThat(index.member(g, i)).isEqualTo(expected.get(i));
      }
      int gg = g;
      assertThatThrownBy(() -> index.member(gg, index.size(gg))).isInstanceOf(IndexOutOfBoundsException.class);
    }
    assertThat(index.flatMembers()).containsExactly(flat.stream().mapToInt(Integer::intValue).toArray());
    assertThat(index.offsets()).hasSize(groups + 1).startsWith(0).endsWith(flat.size());
  }
}
