package org.cordon.measure;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.cordon.community.Community;
import org.cordon.community.CommunityBuilder;
import org.cordon.community.CompoundKind;
import org.cordon.community.ReturneeOrigin;
import org.cordon.community.Sex;

/**
 * A small hand-built community shared by the measure tests.
 *
 * <pre>
 * compound 0 "Honghua"                 buildings H1 (households 0, 1), H2 (household 2); gates 0, 1
 * compound 1 "Cotton mill"             building C1 (households 3, 4); gate 2
 * compound 2 "Villager group 5"        building V1 (household 5); no gate of its own
 * compound 3 "Traffic police housing"  building T1 (household 6); gate 3
 * community boundary                   gates 4, 5
 * </pre>
 *
 * Residents: household 0 has a Wuhan returnee and a non-returnee; household 1 has a returnee from
 * elsewhere (OTHER); households 2-6 one non-returnee each except household 3 (a Huanggang
 * returnee). Scenario: 20 Jan to 29 Feb 2020.
 */
final class MeasureFixtures {
  static final int HONGHUA = 0;
  static final int COTTON = 1;
  static final int GROUP5 = 2;
  static final int POLICE = 3;
  static final LocalDate FIRST = LocalDate.of(2020, 1, 20);
  static final LocalDate LAST = LocalDate.of(2020, 2, 29);
  static final LocalDate DAY = LocalDate.of(2020, 1, 26);
  static final Community COMMUNITY = community();

  private MeasureFixtures() {}

  private static Community community() {
    CommunityBuilder b = Community.builder();
    int unit = b.addResponsibilityUnit(b.addGrid(b.addZone("Z1"), "G1"), "U1");
    int area = b.addArea("Tuhuangsi");
    b.addCompound("Honghua", CompoundKind.OLD_OPEN_COMPOUND, unit, area);
    b.addCompound("Cotton mill", CompoundKind.UNIT_DORMITORY, unit, area);
    b.addCompound("Villager group 5", CompoundKind.VILLAGER_GROUP, unit, area);
    b.addCompound("Traffic police housing", CompoundKind.UNIT_DORMITORY, unit, area);
    int h1 = b.addBuilding(HONGHUA, "H1");
    int h2 = b.addBuilding(HONGHUA, "H2");
    int c1 = b.addBuilding(COTTON, "C1");
    int v1 = b.addBuilding(GROUP5, "V1");
    int t1 = b.addBuilding(POLICE, "T1");
    int[] households = {
      b.addHousehold(h1), b.addHousehold(h1), b.addHousehold(h2), b.addHousehold(c1),
      b.addHousehold(c1), b.addHousehold(v1), b.addHousehold(t1)
    };
    b.addCheckpoint("Honghua gate 1", HONGHUA);
    b.addCheckpoint("Honghua gate 2", HONGHUA);
    b.addCheckpoint("Cotton mill gate 1", COTTON);
    b.addCheckpoint("Police gate 1", POLICE);
    b.addCheckpoint("Boundary gate 1", Community.NONE);
    b.addCheckpoint("Boundary gate 2", Community.NONE);
    LocalDate arrived = LocalDate.of(2020, 1, 18);
    b.addResident(households[0], 30, Sex.MALE, Community.NONE, ReturneeOrigin.WUHAN, arrived);
    b.addResident(households[0], 60, Sex.FEMALE, Community.NONE, ReturneeOrigin.NONE, null);
    b.addResident(households[1], 25, Sex.FEMALE, Community.NONE, ReturneeOrigin.OTHER, arrived);
    b.addResident(households[2], 70, Sex.MALE, Community.NONE, ReturneeOrigin.NONE, null);
    b.addResident(households[3], 40, Sex.MALE, Community.NONE, ReturneeOrigin.HUANGGANG, arrived);
    b.addResident(households[4], 45, Sex.FEMALE, Community.NONE, ReturneeOrigin.NONE, null);
    b.addResident(households[5], 50, Sex.MALE, Community.NONE, ReturneeOrigin.NONE, null);
    b.addResident(households[6], 35, Sex.FEMALE, Community.NONE, ReturneeOrigin.NONE, null);
    return b.build();
  }

  static LocalDateTime at(LocalDate day, int hour) {
    return day.atTime(hour, 0);
  }

  static PolicyTimeline timeline(Measure... measures) {
    return PolicyTimeline.builder(COMMUNITY, FIRST, LAST).addAll(List.of(measures)).build();
  }

  static CompoundClosure.Builder honghuaClosure() {
    return CompoundClosure.builder("honghua-closure")
        .start(at(DAY, 8))
        .compounds(HONGHUA)
        .mode(ClosureMode.FULL)
        .barrier(BarrierType.VEHICLES);
  }

  static GuardSchedule guards(String name, GuardHours hours, CheckpointSet gates, LocalDateTime start) {
    return new GuardSchedule(name, start, Optional.empty(), hours, gates, 1, 1);
  }
}
