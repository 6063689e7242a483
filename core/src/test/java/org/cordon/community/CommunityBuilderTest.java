package org.cordon.community;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.cordon.InvalidInputException;
import org.junit.jupiter.api.Test;

class CommunityBuilderTest {

  private static CommunityBuilder skeleton() {
    CommunityBuilder b = Community.builder();
    int unit = b.addResponsibilityUnit(b.addGrid(b.addZone("Z1"), "G1"), "U1");
    int area = b.addArea("A1");
    int c0 = b.addCompound("Honghua", CompoundKind.OLD_OPEN_COMPOUND, unit, area);
    int c1 = b.addCompound("Cotton mill", CompoundKind.UNIT_DORMITORY, unit, area);
    b.addBuilding(c0, "H1");
    b.addBuilding(c1, "C1");
    b.addHousehold(0);
    b.addHousehold(1);
    b.addHousehold(1);
    b.addWorkplace("County hospital", Community.NONE);
    b.addCheckpoint("Honghua east gate", c0);
    b.addCheckpoint("Community north", Community.NONE);
    return b;
  }

  @Test
  void residentsGetDenseIdsAndDerivedBuildingAndCompound() {
    CommunityBuilder b = skeleton();
    int a = b.addResident(2, 40, Sex.FEMALE, 0, ReturneeOrigin.NONE, null);
    int r = b.addResident(0, 30, Sex.MALE, Community.NONE, ReturneeOrigin.WUHAN, LocalDate.of(2020, 1, 20));
    int c = b.addResident(2, 8, Sex.MALE, Community.NONE, ReturneeOrigin.NONE, null);
    Community community = b.build();

    assertThat(new int[] {a, r, c}).containsExactly(0, 1, 2);
    assertThat(community.resident(1))
        .isEqualTo(new Resident(1, 0, 0, 0, Community.NONE, 30, Sex.MALE, ReturneeOrigin.WUHAN, LocalDate.of(2020, 1, 20)));
    assertThat(community.compoundOf(0)).isEqualTo(1);
    assertThat(community.householdMembers().members(2)).containsExactly(0, 2);
    assertThat(community.householdMembers().size(1)).isZero();
    assertThat(community.compoundMembers().members(1)).containsExactly(0, 2);
    assertThat(community.workplaceMembers().members(0)).containsExactly(0);
    assertThat(community.returneeCount()).isEqualTo(1);
    assertThat(community.checkpointsOf(Community.NONE)).extracting(Checkpoint::name).containsExactly("Community north");
  }

  @Test
  void sameAdditionsMakeEqualCommunities() {
    CommunityBuilder b1 = skeleton();
    CommunityBuilder b2 = skeleton();
    b1.addResident(1, 70, Sex.FEMALE, Community.NONE, ReturneeOrigin.NONE, null);
    b2.addResident(1, 70, Sex.FEMALE, Community.NONE, ReturneeOrigin.NONE, null);
    assertThat(b1.build()).isEqualTo(b2.build()).hasSameHashCodeAs(b2.build());
    CommunityBuilder b3 = skeleton();
    b3.addResident(1, 71, Sex.FEMALE, Community.NONE, ReturneeOrigin.NONE, null);
    assertThat(b1.build()).isNotEqualTo(b3.build());
  }

  @Test
  void unknownReferencesAreRejectedNamingTheField() {
    CommunityBuilder b = skeleton();
    assertThatThrownBy(() -> b.addResident(9, 40, Sex.MALE, Community.NONE, ReturneeOrigin.NONE, null))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("resident.household")
        .hasMessageContaining("9");
    assertThatThrownBy(() -> b.addBuilding(5, "X")).hasMessageContaining("building.compound");
    assertThatThrownBy(() -> b.addCheckpoint("Honghua east gate", 0)).hasMessageContaining("duplicate");
  }

  @Test
  void badResidentValuesAreRejected() {
    CommunityBuilder b = skeleton();
    assertThatThrownBy(() -> b.addResident(0, -1, Sex.MALE, Community.NONE, ReturneeOrigin.NONE, null))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("age");
    assertThatThrownBy(() -> b.addResident(0, 20, Sex.MALE, Community.NONE, ReturneeOrigin.WUHAN, null))
        .hasMessageContaining("arrival_date");
    assertThatThrownBy(() -> b.addResident(0, 20, Sex.MALE, Community.NONE, ReturneeOrigin.NONE, LocalDate.of(2020, 1, 1)))
        .hasMessageContaining("arrival_date");
    assertThatThrownBy(b::build).isInstanceOf(InvalidInputException.class).hasMessageContaining("no residents");
  }

  @Test
  void unknownResidentIsATypedError() {
    CommunityBuilder b = skeleton();
    b.addResident(0, 20, Sex.MALE, Community.NONE, ReturneeOrigin.NONE, null);
    Community c = b.build();
    assertThatThrownBy(() -> c.resident(1)).isInstanceOf(InvalidInputException.class).hasMessageContaining("unknown resident id 1");
  }

  @Test
  void aBuiltCommunityDoesNotChangeWhenTheBuilderGoesOn() {
    CommunityBuilder b = skeleton().reserve(2, 3);
    b.addResident(0, 130, Sex.FEMALE, 0, ReturneeOrigin.HUANGGANG, LocalDate.of(2020, 1, 21));
    b.addResident(1, 0, Sex.MALE, Community.NONE, ReturneeOrigin.NONE, null);
    Community first = b.build();
    int h = b.addHousehold(1);
    b.addResident(h, 55, Sex.MALE, Community.NONE, ReturneeOrigin.WUHAN, LocalDate.of(2020, 1, 22));
    Community second = b.build();
    b.addResident(0, 1, Sex.FEMALE, Community.NONE, ReturneeOrigin.NONE, null);

    assertThat(first.residentCount()).isEqualTo(2);
    assertThat(first.households()).hasSize(3);
    assertThat(first.resident(0))
        .isEqualTo(new Resident(0, 0, 0, 0, 0, 130, Sex.FEMALE, ReturneeOrigin.HUANGGANG, LocalDate.of(2020, 1, 21)));
    assertThat(first.resident(1))
        .isEqualTo(new Resident(1, 1, 1, 1, Community.NONE, 0, Sex.MALE, ReturneeOrigin.NONE, null));
    assertThat(second.residentCount()).isEqualTo(3);
    assertThat(second.households()).hasSize(4).last().isEqualTo(new Household(3, 1));
    assertThat(second.resident(2).returneeOrigin()).isEqualTo(ReturneeOrigin.WUHAN);
    assertThat(second.resident(0)).isEqualTo(first.resident(0));
    assertThat(b.build().residentCount()).isEqualTo(4);
    assertThat(second.residentCount()).isEqualTo(3);
  }

  @Test
  void householdsAreAnUnmodifiableListOfRecords() {
    CommunityBuilder b = skeleton();
    b.addResident(1, 9, Sex.MALE, Community.NONE, ReturneeOrigin.NONE, null);
    Community c = b.build();
    assertThat(c.households()).containsExactly(new Household(0, 0), new Household(1, 1), new Household(2, 1));
    assertThat(c.households()).isEqualTo(java.util.List.of(new Household(0, 0), new Household(1, 1), new Household(2, 1)));
    assertThatThrownBy(() -> c.households().get(3)).isInstanceOf(IndexOutOfBoundsException.class);
    assertThatThrownBy(() -> c.households().add(new Household(3, 0))).isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void aNegativeReservationIsRejected() {
    assertThatThrownBy(() -> Community.builder().reserve(-1, 0))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("negative");
  }
}
