package org.cordon.measure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.cordon.measure.MeasureFixtures.*;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.cordon.contact.Layer;
import org.junit.jupiter.api.Test;

/** Who can still meet whom on a given day and time band, measure by measure. */
class ContactEffectTest {
  private static final ContainmentAssumptions A = ContainmentAssumptions.defaults();

  @Test
  void withoutMeasuresEveryoneMeetsEveryoneAsUsual() {
    PolicyTimeline t = timeline();
    for (TimeBand band : TimeBand.values()) {
      ContactEffect e = t.effect(DAY, band);
      for (int c = 0; c < 4; c++) {
        assertThat(e.outside(c)).isEqualTo(1.0);
        assertThat(e.factor(Layer.COMPOUND, c)).isEqualTo(1.0);
      }
      assertThat(e.factor(org.cordon.contact.Layer.COMMUNITY, 0)).isEqualTo(1.0);
    }
  }

  @Test
  void sealedCompoundWithDaytimeGuardsLeaksByDayAndMoreAtNight() {
    PolicyTimeline t =
        timeline(
            honghuaClosure().build(),
            guards("guards", GuardHours.DAYTIME, CheckpointSet.ofCompounds(List.of(HONGHUA)), at(DAY, 8)));
    ContactEffect day = t.effect(DAY, TimeBand.DAYTIME);
    ContactEffect night = t.effect(DAY, TimeBand.NIGHT);
    assertThat(day.outside(HONGHUA)).isEqualTo(A.vehicleLeakGuarded());
    assertThat(night.outside(HONGHUA)).isEqualTo(A.vehicleLeakUnguarded());
    assertThat(night.outside(HONGHUA)).isGreaterThan(day.outside(HONGHUA));
    // Cotton-mill residents still meet people outside freely, and household contacts never change.
    assertThat(day.outside(COTTON)).isEqualTo(1.0);
    assertThat(day.factor(Layer.HOUSEHOLD, HONGHUA)).isEqualTo(1.0);
    assertThat(day.factor(Layer.COMPOUND, HONGHUA)).isEqualTo(1.0);
  }

  @Test
  void allDayGuardsCloseTheNightGap() {
    PolicyTimeline t =
        timeline(
            honghuaClosure().build(),
            guards("guards", GuardHours.ALL_DAY, CheckpointSet.ofCompounds(List.of(HONGHUA)), at(DAY, 8)));
    assertThat(t.effect(DAY, TimeBand.NIGHT).outside(HONGHUA)).isEqualTo(A.vehicleLeakGuarded());
  }

  @Test
  void aClosureCountsForABandWhenInForceAtItsMidpoint() {
    PolicyTimeline atOne = timeline(honghuaClosure().start(at(DAY, 13)).build());
    PolicyTimeline atThree = timeline(honghuaClosure().start(at(DAY, 15)).build());
    assertThat(atOne.effect(DAY, TimeBand.DAYTIME).outside(HONGHUA)).isLessThan(1.0);
    assertThat(atThree.effect(DAY, TimeBand.DAYTIME).outside(HONGHUA)).isEqualTo(1.0);
    assertThat(atThree.effect(DAY, TimeBand.NIGHT).outside(HONGHUA)).isLessThan(1.0);
    assertThat(atOne.effect(DAY.minusDays(1), TimeBand.NIGHT).outside(HONGHUA)).isEqualTo(1.0);
  }

  @Test
  void aClosureStopsAtItsEnd() {
    PolicyTimeline t = timeline(honghuaClosure().end(at(DAY.plusDays(2), 8)).build());
    assertThat(t.effect(DAY.plusDays(1), TimeBand.NIGHT).outside(HONGHUA)).isLessThan(1.0);
    assertThat(t.effect(DAY.plusDays(2), TimeBand.DAYTIME).outside(HONGHUA)).isEqualTo(1.0);
  }

  @Test
  void entryOnlyLetsSomeOutsideContactsInThroughPeopleComingIn() {
    PolicyTimeline t = timeline(honghuaClosure().mode(ClosureMode.ENTRY_ONLY).build());
    double leak = A.vehicleLeakUnguarded();
    assertThat(t.effect(DAY, TimeBand.DAYTIME).outside(HONGHUA))
        .isCloseTo(leak + (1 - leak) * A.entryOnlyInflow(), within(1e-12));
  }

  @Test
  void ironSheetsLeakLessThanTrucks() {
    PolicyTimeline trucks = timeline(honghuaClosure().build());
    PolicyTimeline iron = timeline(honghuaClosure().barrier(BarrierType.IRON_SHEETS).build());
    assertThat(iron.effect(DAY, TimeBand.NIGHT).outside(HONGHUA))
        .isEqualTo(A.ironSheetLeakUnguarded())
        .isLessThan(trucks.effect(DAY, TimeBand.NIGHT).outside(HONGHUA));
  }

  @Test
  void aGateKeptOpenForSuppliesLeaksItsShare() {
    PolicyTimeline t =
        timeline(
            honghuaClosure().barrier(BarrierType.IRON_SHEETS).openForSupplies(List.of(1)).build(),
            guards("guards", GuardHours.ALL_DAY, CheckpointSet.of(1), at(DAY, 8)));
    // gate 0 sealed, unguarded; gate 1 open for supplies, guarded: the mean of the two
    assertThat(t.effect(DAY, TimeBand.NIGHT).outside(HONGHUA))
        .isCloseTo((A.ironSheetLeakUnguarded() + A.supplyGateLeakGuarded()) / 2, within(1e-12));
  }

  @Test
  void communityClosureSealsEveryCompoundAndEmptiesPublicPlaces() {
    PolicyTimeline t =
        timeline(
            CommunityClosure.of(
                "community", at(DAY, 8), Optional.empty(), ClosureMode.FULL, BarrierType.IRON_SHEETS, List.of()));
    ContactEffect e = t.effect(DAY, TimeBand.DAYTIME);
    for (int c = 0; c < 4; c++) {
      assertThat(e.outside(c)).isEqualTo(A.ironSheetLeakUnguarded());
    }
    assertThat(e.factor(org.cordon.contact.Layer.COMMUNITY, 0)).isEqualTo(A.communityClosurePublicPlaces());
    assertThat(t.effect(DAY.minusDays(1), TimeBand.DAYTIME).factor(org.cordon.contact.Layer.COMMUNITY, 0)).isEqualTo(1.0);
  }

  @Test
  void aCompoundWithoutGatesLeaksThroughTheCommunityBoundaryGates() {
    PolicyTimeline t =
        timeline(
            CommunityClosure.of(
                "community", at(DAY, 8), Optional.empty(), ClosureMode.FULL, BarrierType.IRON_SHEETS, List.of(4)),
            guards("guards", GuardHours.ALL_DAY, CheckpointSet.of(4, 5), at(DAY, 8)));
    // group 5 has no gate of its own: boundary gate 4 (open for supplies, guarded), gate 5 (sealed, guarded)
    assertThat(t.effect(DAY, TimeBand.NIGHT).outside(GROUP5))
        .isCloseTo((A.supplyGateLeakGuarded() + A.ironSheetLeakGuarded()) / 2, within(1e-12));
  }

  @Test
  void theStrictestOfTwoClosuresOfACompoundApplies() {
    PolicyTimeline t =
        timeline(
            honghuaClosure().mode(ClosureMode.ENTRY_ONLY).build(),
            CommunityClosure.of(
                "community", at(DAY, 8), Optional.empty(), ClosureMode.FULL, BarrierType.IRON_SHEETS, List.of()));
    assertThat(t.effect(DAY, TimeBand.DAYTIME).outside(HONGHUA)).isEqualTo(A.ironSheetLeakUnguarded());
  }

  @Test
  void sealedPassagesCutCompoundContactsButNotBuildingOrHousehold() {
    PolicyTimeline t =
        timeline(new BuildingPassageClosure("passages", at(DAY, 8), Optional.empty(), CompoundSet.of(HONGHUA)));
    ContactEffect e = t.effect(DAY, TimeBand.DAYTIME);
    assertThat(e.factor(Layer.COMPOUND, HONGHUA)).isEqualTo(A.passageClosureCompoundFactor());
    assertThat(e.factor(Layer.BUILDING, HONGHUA)).isEqualTo(1.0);
    assertThat(e.factor(Layer.HOUSEHOLD, HONGHUA)).isEqualTo(1.0);
    assertThat(e.factor(Layer.COMPOUND, COTTON)).isEqualTo(1.0);
    assertThat(e.outside(HONGHUA)).isEqualTo(1.0);
  }

  @Test
  void disinfectionCutsPlaceContactsForItsDurationOnly() {
    PolicyTimeline t =
        timeline(new Disinfection("spray", at(DAY, 8), 7, CompoundSet.of(GROUP5, HONGHUA), false));
    assertThat(t.effect(DAY, TimeBand.DAYTIME).factor(Layer.COMPOUND, GROUP5))
        .isEqualTo(A.disinfectionFactor());
    assertThat(t.effect(DAY.plusDays(6), TimeBand.NIGHT).factor(Layer.COMPOUND, HONGHUA))
        .isEqualTo(A.disinfectionFactor());
    assertThat(t.effect(DAY.plusDays(7), TimeBand.DAYTIME).factor(Layer.COMPOUND, GROUP5)).isEqualTo(1.0);
    assertThat(t.effect(DAY, TimeBand.DAYTIME).factor(Layer.COMPOUND, COTTON)).isEqualTo(1.0);
    assertThat(t.effect(DAY, TimeBand.DAYTIME).factor(org.cordon.contact.Layer.COMMUNITY, 0)).isEqualTo(1.0);
  }

  @Test
  void changedAssumptionsChangeTheLeakage() {
    ContainmentAssumptions tight = A.toBuilder().set("vehicleLeakUnguarded", 0.0).build();
    PolicyTimeline t =
        PolicyTimeline.builder(COMMUNITY, FIRST, LAST).add(honghuaClosure().build()).assumptions(tight).build();
    assertThat(t.effect(DAY, TimeBand.NIGHT).outside(HONGHUA)).isEqualTo(0.0);
  }

  @Test
  void isolationAndQuarantineSettingsAreThoseInForce() {
    LocalDateTime switchAt = at(DAY, 8);
    PolicyTimeline t =
        timeline(
            new CaseIsolation("early", at(FIRST, 0), Optional.of(switchAt), 4.4),
            new CaseIsolation("late", switchAt, Optional.empty(), 2.6),
            ContactQuarantine.of("q", switchAt, Optional.empty(), List.of(Layer.HOUSEHOLD), 2, 0.5, 14));
    assertThat(t.isolation(DAY.minusDays(1)).map(CaseIsolation::delayDays)).contains(4.4);
    assertThat(t.isolation(DAY).map(CaseIsolation::delayDays)).contains(2.6);
    assertThat(t.quarantine(DAY.minusDays(1))).isEmpty();
    assertThat(t.quarantine(DAY).map(ContactQuarantine::lookbackDays)).contains(2);
    assertThat(t.quarantine(DAY).orElseThrow().closeContactRule())
        .isEqualTo(new org.cordon.trace.CloseContactRule(java.util.Set.of(Layer.HOUSEHOLD), 15, 2));
  }
}
