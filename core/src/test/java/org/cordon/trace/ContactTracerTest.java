package org.cordon.trace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.cordon.InvalidInputException;
import org.cordon.community.Community;
import org.cordon.community.CommunityBuilder;
import org.cordon.community.CompoundKind;
import org.cordon.community.ReturneeOrigin;
import org.cordon.community.Sex;
import org.cordon.contact.ContactGraph;
import org.cordon.contact.DayWindow;
import org.cordon.contact.Encounter;
import org.cordon.contact.Layer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Hand-made cases with known answers: window edges, durations, arrivals, isolated residents. */
class ContactTracerTest {
  private static final LocalDate JAN20 = LocalDate.of(2020, 1, 20);

  // household 0: 0, 1, 2 (2 is a Wuhan returnee arriving 22 Jan); household 1: 3 alone;
  // household 2: empty; household 3: 4, 5. Workplace 0: 1, 4. Resident 6 lives alone in household 4.
  private Community community;
  private ContactGraph graph;
  private ContactTracer tracer;

  @BeforeEach
  void setUp() {
    CommunityBuilder b = Community.builder();
    int unit = b.addResponsibilityUnit(b.addGrid(b.addZone("Z"), "G"), "U");
    int c = b.addCompound("Honghua", CompoundKind.OLD_OPEN_COMPOUND, unit, b.addArea("A"));
    int bldg = b.addBuilding(c, "B1");
    for (int h = 0; h < 5; h++) {
      b.addHousehold(bldg);
    }
    int work = b.addWorkplace("Cotton mill", Community.NONE);
    b.addResident(0, 60, Sex.MALE, Community.NONE, ReturneeOrigin.NONE, null);
    b.addResident(0, 58, Sex.FEMALE, work, ReturneeOrigin.NONE, null);
    b.addResident(0, 30, Sex.MALE, Community.NONE, ReturneeOrigin.WUHAN, JAN20.plusDays(2));
    b.addResident(1, 80, Sex.FEMALE, Community.NONE, ReturneeOrigin.NONE, null);
    b.addResident(3, 40, Sex.MALE, work, ReturneeOrigin.NONE, null);
    b.addResident(3, 12, Sex.FEMALE, Community.NONE, ReturneeOrigin.NONE, null);
    b.addResident(4, 70, Sex.MALE, Community.NONE, ReturneeOrigin.NONE, null);
    community = b.build();
    graph =
        ContactGraph.builder(community)
            .addEncounter(Encounter.of(0, 3, JAN20, JAN20.plusDays(1), 15))
            .addEncounter(Encounter.of(0, 5, JAN20, JAN20, 14))
            .addEncounter(Encounter.ofUnknownDuration(3, 5, JAN20.plusDays(5), JAN20.plusDays(5)))
            .build();
    tracer = new ContactTracer(graph);
  }

  @Test
  void defaultRuleCountsHouseholdAndEncountersOfFifteenMinutesFromTwoDaysBeforeOnset() {
    // onset 22 Jan: window from 20 Jan
    TraceResult r = tracer.closeContactsGivenOnset(0, JAN20.plusDays(2), JAN20.plusDays(4));
    assertThat(r.ids()).containsExactly(1, 2, 3);
    assertThat(r.layers(0)).containsExactly(Layer.HOUSEHOLD);
    assertThat(r.firstExposure(0)).contains(JAN20);
    assertThat(r.firstExposure(1)).as("the returnee joins on arrival").contains(JAN20.plusDays(2));
    assertThat(r.layers(2)).containsExactly(Layer.ENCOUNTER);
    assertThat(r.contacts().get(2))
        .isEqualTo(new TraceResult.Contact(3, 1, Set.of(Layer.ENCOUNTER), java.util.Optional.of(JAN20)));
    assertThat(r.contains(5)).as("14 minutes are not enough").isFalse();
  }

  @Test
  void anEncounterEndingOnTheWindowsFirstDayCountsAndOneStartingTheDayAfterItsLastDoesNot() {
    // encounter 0-3 on 20-21 Jan; onset 23 Jan gives window from 21 Jan: last day on the edge
    assertThat(tracer.closeContacts(0, JAN20.plusDays(3), JAN20.plusDays(9)).contains(3)).isTrue();
    assertThat(tracer.closeContacts(0, JAN20.plusDays(4), JAN20.plusDays(9)).contains(3)).isFalse();
    // encounter 3-5 on 25 Jan: window ending 24 Jan misses it, ending 25 Jan catches it
    CloseContactRule rule = CloseContactRule.DEFAULT;
    assertThat(tracer.closeContacts(3, rule, DayWindow.of(JAN20.plusDays(2), JAN20.plusDays(4))).ids()).isEmpty();
    TraceResult edge = tracer.closeContacts(3, rule, DayWindow.of(JAN20.plusDays(5), JAN20.plusDays(5)));
    assertThat(edge.ids()).containsExactly(5);
    assertThat(edge.firstExposure(0)).contains(JAN20.plusDays(5));
  }

  @Test
  void aReturneeArrivingAfterTheWindowIsNoContact() {
    TraceResult r = tracer.closeContacts(0, CloseContactRule.DEFAULT, DayWindow.of(JAN20, JAN20.plusDays(1)));
    assertThat(r.ids()).containsExactly(1, 3);
    // and the returnee traced in a window before arrival has no household contact
    assertThat(tracer.closeContacts(2, CloseContactRule.DEFAULT, DayWindow.until(JAN20)).ids()).isEmpty();
  }

  @Test
  void aResidentLivingAloneWithNoEncountersHasNoContactsAtAnyDepth() {
    CloseContactRule all = CloseContactRule.over(EnumSet.complementOf(EnumSet.of(Layer.COMMUNITY, Layer.BUILDING, Layer.COMPOUND)));
    TraceResult r = tracer.contacts(6, 3, all, DayWindow.all());
    assertThat(r.isEmpty()).isTrue();
    assertThat(r.size()).isZero();
  }

  @Test
  void depthTwoReachesWorkmatesHouseholdsAndGivesDepths() {
    CloseContactRule rule = CloseContactRule.over(Layer.HOUSEHOLD, Layer.WORKPLACE);
    TraceResult r = tracer.contacts(0, 2, rule, DayWindow.all());
    assertThat(r.ids()).containsExactly(1, 2, 4);
    assertThat(r.depth(r.indexOf(4))).isEqualTo(2);
    assertThat(r.layers(r.indexOf(4))).containsExactly(Layer.WORKPLACE);
    assertThat(r.firstExposure(r.indexOf(1))).as("no first day anywhere").isEmpty();
    assertThat(tracer.contacts(0, 3, rule, DayWindow.all()).ids()).containsExactly(1, 2, 4, 5);
    assertThat(r.countAtDepth(1)).isEqualTo(2);
  }

  @Test
  void severalLayersToTheSameContactAreAllListed() {
    CloseContactRule rule = CloseContactRule.over(Layer.HOUSEHOLD, Layer.WORKPLACE, Layer.BUILDING);
    TraceResult r = tracer.contacts(1, 1, rule, DayWindow.all());
    assertThat(r.layers(r.indexOf(4))).containsExactlyInAnyOrder(Layer.WORKPLACE, Layer.BUILDING);
    assertThat(r.layers(r.indexOf(0))).containsExactlyInAnyOrder(Layer.HOUSEHOLD, Layer.BUILDING);
  }

  @Test
  void bulkAndClustersOnTheExample() {
    CloseContactRule rule = CloseContactRule.over(Layer.HOUSEHOLD, Layer.ENCOUNTER);
    List<TraceResult> each = tracer.contactsOfEach(new int[] {6, 0, 3}, 1, rule, DayWindow.all());
    assertThat(each.get(0).ids()).isEmpty();
    assertThat(each.get(1).ids()).containsExactly(1, 2, 3, 5);
    assertThat(each.get(2).ids()).containsExactly(0, 5);
    Clusters clusters = tracer.clusters(new int[] {6, 4, 0, 3}, 1, rule, DayWindow.all());
    assertThat(clusters.asLists()).containsExactly(List.of(0, 3), List.of(4), List.of(6));
    assertThat(clusters.clusterOf(3)).isEqualTo(0);
    assertThat(clusters.clusterOf(5)).isEqualTo(-1);
  }

  @Test
  void badQueriesAreRejectedNamingTheArgument() {
    assertThatThrownBy(() -> tracer.closeContacts(7, CloseContactRule.DEFAULT, DayWindow.all()))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("unknown resident id 7");
    assertThatThrownBy(() -> tracer.contacts(0, 0, CloseContactRule.DEFAULT, DayWindow.all()))
        .hasMessageContaining("depth");
    assertThatThrownBy(() -> tracer.contactsOfAny(new int[0], 1, CloseContactRule.DEFAULT, DayWindow.all()))
        .hasMessageContaining("cases");
    assertThatThrownBy(() -> tracer.contactsOfEach(new int[] {-1}, 1, CloseContactRule.DEFAULT, DayWindow.all()))
        .hasMessageContaining("-1");
    assertThatThrownBy(() -> tracer.closeContacts(0, JAN20, JAN20.minusDays(3)))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("before");
  }

  @Test
  void ruleValuesAreValidated() {
    assertThatThrownBy(() -> new CloseContactRule(Set.of(), 15, 2)).hasMessageContaining("layers");
    assertThatThrownBy(() -> CloseContactRule.DEFAULT.withMinEncounterMinutes(-1)).hasMessageContaining("minEncounterMinutes");
    assertThatThrownBy(() -> CloseContactRule.DEFAULT.withLookbackDays(-1)).hasMessageContaining("lookbackDays");
    assertThat(CloseContactRule.DEFAULT.lookbackDays()).isEqualTo(2);
    assertThat(CloseContactRule.DEFAULT.layers()).containsExactlyInAnyOrder(Layer.HOUSEHOLD, Layer.ENCOUNTER);
    assertThat(CloseContactRule.DEFAULT.windowFor(JAN20, JAN20.plusDays(3)))
        .isEqualTo(DayWindow.of(JAN20.minusDays(2), JAN20.plusDays(3)));
  }
}
