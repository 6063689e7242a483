package org.cordon.simulation.engine;

import java.time.LocalDate;
import org.cordon.community.Community;
import org.cordon.community.CommunityBuilder;
import org.cordon.community.CompoundKind;
import org.cordon.community.ReturneeOrigin;
import org.cordon.community.Sex;

/** Hand-built communities for engine tests. */
public final class TestCommunities {
  private TestCommunities() {}

  /**
   * A grid community: {@code compounds} compounds of {@code buildings} buildings of {@code
   * households} households of {@code size} residents; in every household whose index (over the
   * whole community) is a multiple of {@code returneeEvery}, the first member is a Wuhan returnee
   * arriving on {@code arrival} (0: no returnees). Returnees of compound {@code returneeCompound}
   * only, or of all compounds when it is -1. Each compound has one gate (checkpoint {@code c} on
   * compound {@code c}'s boundary), for closures and guards ({@link TestTimelines}).
   */
  public static Community grid(int compounds, int buildings, int households, int size,
      int returneeEvery, int returneeCompound, LocalDate arrival) {
    CommunityBuilder b = Community.builder();
    int unit = b.addResponsibilityUnit(b.addGrid(b.addZone("Z"), "G"), "U");
    int area = b.addArea("A");
    int hIndex = 0;
    for (int c = 0; c < compounds; c++) {
      int compound = b.addCompound("C" + c, CompoundKind.OLD_OPEN_COMPOUND, unit, area);
      b.addCheckpoint("C" + c + "-gate", compound);
      for (int bi = 0; bi < buildings; bi++) {
        int building = b.addBuilding(compound, "C" + c + "B" + bi);
        for (int h = 0; h < households; h++, hIndex++) {
          int hh = b.addHousehold(building);
          for (int m = 0; m < size; m++) {
            boolean returnee = m == 0 && returneeEvery > 0 && hIndex % returneeEvery == 0
                && (returneeCompound < 0 || returneeCompound == c);
            b.addResident(hh, 30 + m, m % 2 == 0 ? Sex.FEMALE : Sex.MALE, Community.NONE,
                returnee ? ReturneeOrigin.WUHAN : ReturneeOrigin.NONE, returnee ? arrival : null);
          }
        }
      }
    }
    return b.build();
  }

  /**
   * A community with every contact layer: 2 compounds of 2 buildings of 3 households of 3
   * residents (36 residents, no returnees), resident id {@code ((c * 2 + b) * 3 + h) * 3 + m}, one
   * gate per compound, and one workplace in compound 1 where the first member of every household
   * works.
   */
  public static Community layered() {
    CommunityBuilder b = Community.builder();
    int unit = b.addResponsibilityUnit(b.addGrid(b.addZone("Z"), "G"), "U");
    int area = b.addArea("A");
    int[] compounds = new int[2];
    for (int c = 0; c < 2; c++) {
      compounds[c] = b.addCompound("C" + c, CompoundKind.OLD_OPEN_COMPOUND, unit, area);
      b.addCheckpoint("C" + c + "-gate", compounds[c]);
    }
    int workplace = b.addWorkplace("W", compounds[1]);
    for (int c = 0; c < 2; c++) {
      for (int bi = 0; bi < 2; bi++) {
        int building = b.addBuilding(compounds[c], "C" + c + "B" + bi);
        for (int h = 0; h < 3; h++) {
          int hh = b.addHousehold(building);
          for (int m = 0; m < 3; m++) {
            b.addResident(hh, 30 + m, m % 2 == 0 ? Sex.FEMALE : Sex.MALE, m == 0 ? workplace : Community.NONE,
                ReturneeOrigin.NONE, null);
          }
        }
      }
    }
    return b.build();
  }
}
