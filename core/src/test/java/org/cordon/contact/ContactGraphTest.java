package org.cordon.contact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.stream.LongStream;
import org.cordon.InvalidInputException;
import org.cordon.community.Community;
import org.cordon.community.MemberIndex;
import org.jgrapht.Graph;
import org.jgrapht.graph.DefaultEdge;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class ContactGraphTest {

  static LongStream seeds() {
    return LongStream.rangeClosed(1, 100);
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void layersBuiltInParallelAreTheLayersBuiltOneAfterTheOther(long seed) {
    Community c = RandomCommunity.of(seed, 400, false).community;
    ContactGraph one = ContactGraph.builder(c).build(false);
    ContactGraph both = ContactGraph.builder(c).build(true);
    for (Layer layer : EnumSet.range(Layer.HOUSEHOLD, Layer.COMMUNITY)) {
      GroupLayer a = one.layer(layer);
      GroupLayer b = both.layer(layer);
      assertThat(b.groupCount()).isEqualTo(a.groupCount());
      assertThat(b.membershipCount()).isEqualTo(a.membershipCount());
      for (int g = 0; g < a.groupCount(); g++) {
        assertThat(b.memberStart(g)).isEqualTo(a.memberStart(g));
        assertThat(b.memberEnd(g)).isEqualTo(a.memberEnd(g));
      }
      for (int i = 0; i < a.membershipCount(); i++) {
        assertThat(b.member(i)).isEqualTo(a.member(i));
        assertThat(b.memberFrom(i)).isEqualTo(a.memberFrom(i));
        assertThat(b.memberTo(i)).isEqualTo(a.memberTo(i));
      }
    }
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void membershipsBothWaysHoldExactlyTheFixturesMemberships(long seed) {
    RandomCommunity rc = RandomCommunity.of(seed);
    for (Layer layer : EnumSet.range(Layer.HOUSEHOLD, Layer.COMMUNITY)) {
      GroupLayer gl = rc.graph.layer(layer);
      List<String> expected = new ArrayList<>();
      for (RandomCommunity.Membership m : rc.memberships) {
        if (m.layer() == layer) {
          expected.add(m.group() + "/" + m.resident() + "/" + m.from() + "/" + m.to());
        }
      }
      List<String> byGroup = new ArrayList<>();
      for (int g = 0; g < gl.groupCount(); g++) {
        int prev = -1;
        for (int i = gl.memberStart(g); i < gl.memberEnd(g); i++) {
          assertThat(gl.member(i)).as("sorted by resident").isGreaterThanOrEqualTo(prev);
          prev = gl.member(i);
          byGroup.add(g + "/" + gl.member(i) + "/" + gl.memberFrom(i) + "/" + gl.memberTo(i));
        }
      }
      List<String> byResident = new ArrayList<>();
      for (int r = 0; r < gl.residentCount(); r++) {
        int prev = -1;
        for (int j = gl.groupStart(r); j < gl.groupEnd(r); j++) {
          assertThat(gl.group(j)).as("sorted by group").isGreaterThanOrEqualTo(prev);
          prev = gl.group(j);
          byResident.add(gl.group(j) + "/" + r + "/" + gl.groupFrom(j) + "/" + gl.groupTo(j));
        }
      }
      assertThat(byGroup).containsExactlyInAnyOrderElementsOf(expected);
      assertThat(byResident).containsExactlyInAnyOrderElementsOf(expected);
      assertThat(gl.membershipCount()).isEqualTo(expected.size());
    }
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void encountersAreStoredBothWaysWithTheirDaysAndMinutes(long seed) {
    RandomCommunity rc = RandomCommunity.of(seed);
    EncounterLayer e = rc.graph.encounters();
    List<String> expected = new ArrayList<>();
    for (RandomCommunity.Edge x : rc.edges) {
      expected.add(x.a() + "-" + x.b() + "/" + x.first() + "/" + x.last() + "/" + x.minutes());
      expected.add(x.b() + "-" + x.a() + "/" + x.first() + "/" + x.last() + "/" + x.minutes());
    }
    List<String> actual = new ArrayList<>();
    for (int r = 0; r < rc.community.residentCount(); r++) {
      for (int i = e.start(r); i < e.end(r); i++) {
        actual.add(r + "-" + e.other(i) + "/" + e.firstDay(i) + "/" + e.lastDay(i) + "/" + e.minutes(i));
        if (i > e.start(r)) {
          assertThat(e.other(i)).isGreaterThanOrEqualTo(e.other(i - 1));
        }
      }
    }
    assertThat(actual).containsExactlyInAnyOrderElementsOf(expected);
    assertThat(e.encounterCount()).isEqualTo(rc.edges.size());
  }

  @Test
  void defaultMembershipsFollowTheCommunityAndReturneesJoinOnArrival() {
    RandomCommunity rc = RandomCommunity.of(11, 60, false);
    Community c = rc.community;
    GroupLayer households = rc.graph.layer(Layer.HOUSEHOLD);
    MemberIndex index = c.householdMembers();
    for (int h = 0; h < households.groupCount(); h++) {
      int[] members = new int[households.size(h)];
      for (int i = 0; i < members.length; i++) {
        members[i] = households.member(households.memberStart(h) + i);
      }
      assertThat(members).containsExactly(index.members(h));
    }
    for (int r = 0; r < c.residentCount(); r++) {
      int j = households.groupStart(r);
      LocalDate arrival = c.arrivalDateOf(r);
      assertThat(households.groupFrom(j))
          .isEqualTo(arrival == null ? DayWindow.OPEN_START : (int) arrival.toEpochDay());
      assertThat(households.isOpenEnded(households.group(j))).isTrue();
    }
    assertThat(rc.graph.layer(Layer.COMMUNITY).groupCount()).isEqualTo(1);
    assertThat(rc.graph.layer(Layer.COMMUNITY).size(0)).isEqualTo(c.residentCount());
    ContactGraph noArrivals = ContactGraph.builder(c).useArrivalDates(false).build();
    assertThat(noArrivals.layer(Layer.HOUSEHOLD).hasValidityIntervals()).isFalse();
  }

  @Test
  void aNarrowedMembershipMakesItsGroupClosedEnded() {
    RandomCommunity rc = RandomCommunity.of(5, 30, false);
    int h = rc.community.householdOf(0);
    ContactGraph g =
        ContactGraph.builder(rc.community)
            .membershipValidity(Layer.HOUSEHOLD, 0, DayWindow.until(LocalDate.of(2020, 1, 28)))
            .build();
    assertThat(g.layer(Layer.HOUSEHOLD).isOpenEnded(h)).isFalse();
    assertThat(g.layer(Layer.HOUSEHOLD).groupTo(g.layer(Layer.HOUSEHOLD).groupStart(0)))
        .isEqualTo((int) LocalDate.of(2020, 1, 28).toEpochDay());
  }

  @Test
  void badBuilderInputIsRejected() {
    RandomCommunity rc = RandomCommunity.of(5, 30, false);
    int n = rc.community.residentCount();
    ContactGraphBuilder b = ContactGraph.builder(rc.community);
    assertThatThrownBy(() -> b.addMembership(Layer.ENCOUNTER, 0, 0, DayWindow.all()))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("not a group layer");
    assertThatThrownBy(() -> b.addMembership(Layer.HOUSEHOLD, 10_000, 0, DayWindow.all()))
        .hasMessageContaining("unknown household id 10000");
    assertThatThrownBy(() -> b.addMembership(Layer.HOUSEHOLD, 0, n, DayWindow.all()))
        .hasMessageContaining("unknown resident id " + n);
    assertThatThrownBy(() -> b.addEncounter(Encounter.of(0, n, LocalDate.of(2020, 1, 1), LocalDate.of(2020, 1, 1), 1)))
        .hasMessageContaining("unknown resident id " + n);
    assertThatThrownBy(() -> rc.graph.layer(Layer.ENCOUNTER)).hasMessageContaining("encounters()");
    assertThatThrownBy(() -> rc.graph.asGraph(EnumSet.of(Layer.HOUSEHOLD), DayWindow.all(), -1))
        .hasMessageContaining("minEncounterMinutes");
  }

  @Test
  void moreEncountersThanOneArrayHoldsAreRefusedByName() {
    EncounterLayer.checkCount(EncounterLayer.MAX_ENCOUNTERS); // the most that fit: accepted
    assertThatThrownBy(() -> EncounterLayer.checkCount(EncounterLayer.MAX_ENCOUNTERS + 1L))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("encounters")
        .hasMessageContaining(String.valueOf(EncounterLayer.MAX_ENCOUNTERS + 1L));
  }

  @Test
  void anEntryIndexOutOfRangeIsRefusedEvenWhereItsPlaceWouldWrapAround() {
    EncounterLayer e = RandomCommunity.of(3).graph.encounters();
    int entries = 2 * e.encounterCount();
    assertThat(entries).isPositive();
    for (int i : new int[] {-1, entries, 1 << 29, 1 << 30, Integer.MIN_VALUE / 2, Integer.MAX_VALUE}) {
      assertThatThrownBy(() -> e.other(i)).as("other(%d)", i).isInstanceOf(ArrayIndexOutOfBoundsException.class);
      assertThatThrownBy(() -> e.minutes(i)).as("minutes(%d)", i).isInstanceOf(ArrayIndexOutOfBoundsException.class);
    }
  }

  @Test
  void theJGraphTViewExpandsGroupsIntoCliques() {
    RandomCommunity rc = RandomCommunity.of(8, 60, false);
    Graph<Integer, DefaultEdge> view = rc.graph.asGraph(EnumSet.of(Layer.HOUSEHOLD));
    MemberIndex hh = rc.community.householdMembers();
    long pairs = 0;
    for (int h = 0; h < hh.groupCount(); h++) {
      pairs += (long) hh.size(h) * (hh.size(h) - 1) / 2;
    }
    assertThat((long) view.edgeSet().size()).isEqualTo(pairs);
    assertThat(rc.graph.sizeInBytes()).isPositive();
    assertThat(rc.graph.toString()).contains("residents=" + rc.community.residentCount());
  }
}
