package org.cordon.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.cordon.contact.GroupLayer;
import org.cordon.contact.Layer;
import org.junit.jupiter.api.Test;

/**
 * The bulk-20 benchmark's cases that share groups are distinct (a repeated case is answered once
 * by {@code contactsOfEach} and twice by 20 single queries, which flattered the bulk call) and
 * still mostly share a workplace or household with another case of the call.
 */
class SharedCasesTest {
  @Test
  void sharedCasesAreDistinctValidIdsMostOfThemSharingAGroup() {
    Fixture f = Fixture.of(4_000);
    GroupLayer work = f.graph().layer(Layer.WORKPLACE);
    GroupLayer home = f.graph().layer(Layer.HOUSEHOLD);
    int sharing = 0;
    int total = 0;
    for (int i = 0; i < 200; i++) {
      int[] c = f.sharedCasesAt(i, Queries.JINSHA_CASES);
      assertThat(c).as("call %d", i).hasSize(Queries.JINSHA_CASES).doesNotHaveDuplicates();
      assertThat(Arrays.stream(c).allMatch(v -> v >= 0 && v < 4_000)).as("call %d: valid ids", i).isTrue();
      for (int a : c) {
        total++;
        if (Arrays.stream(c).anyMatch(b -> b != a && (shareGroup(work, a, b) || shareGroup(home, a, b)))) {
          sharing++;
        }
      }
    }
    // with groups of up to four from workplaces (households for those without one), most share
    assertThat(sharing).as("cases sharing a group with another of the call, of %d", total).isGreaterThan(total * 3 / 4);
    assertThat(f.sharedCasesAt(7, 20)).as("the same counter, the same cases").isEqualTo(f.sharedCasesAt(7, 20));
  }

  private static boolean shareGroup(GroupLayer layer, int a, int b) {
    for (int j = layer.groupStart(a); j < layer.groupEnd(a); j++) {
      for (int k = layer.groupStart(b); k < layer.groupEnd(b); k++) {
        if (layer.group(j) == layer.group(k)) {
          return true;
        }
      }
    }
    return false;
  }
}
