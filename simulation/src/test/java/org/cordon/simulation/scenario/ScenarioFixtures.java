package org.cordon.simulation.scenario;

import java.nio.file.Path;
import java.time.LocalDate;
import org.cordon.community.Community;
import org.cordon.community.CommunityBuilder;
import org.cordon.community.CompoundKind;
import org.cordon.community.ReturneeOrigin;
import org.cordon.community.Sex;

/**
 * A small hand-built community with the compound names the Jinsha preset refers to, and helpers
 * to write scenario text. Compounds: 0 Honghua (gates "Honghua gate 1", "Honghua gate 2"), 1 Cotton
 * mill ("Cotton mill gate 1"), 2 Villager group 5 (no gate), 3 Traffic police housing ("Police
 * gate 1"); community boundary gates "Boundary gate 1" and "Boundary gate 2".
 */
final class ScenarioFixtures {
  static final Community COMMUNITY = community();
  static final Path BASE = Path.of(".");

  private ScenarioFixtures() {}

  private static Community community() {
    CommunityBuilder b = Community.builder();
    int unit = b.addResponsibilityUnit(b.addGrid(b.addZone("Z1"), "G1"), "U1");
    int area = b.addArea("Tuhuangsi");
    String[] names = {"Honghua", "Cotton mill", "Villager group 5", "Traffic police housing"};
    for (String name : names) {
      int c = b.addCompound(name, CompoundKind.OLD_OPEN_COMPOUND, unit, area);
      int building = b.addBuilding(c, name + " building");
      for (int h = 0; h < 3; h++) {
        int household = b.addHousehold(building);
        b.addResident(household, 40, Sex.FEMALE, Community.NONE, h == 0 ? ReturneeOrigin.WUHAN : ReturneeOrigin.NONE,
            h == 0 ? LocalDate.of(2020, 1, 18) : null);
        b.addResident(household, 12, Sex.MALE, Community.NONE, ReturneeOrigin.NONE, null);
      }
    }
    b.addCheckpoint("Honghua gate 1", 0);
    b.addCheckpoint("Honghua gate 2", 0);
    b.addCheckpoint("Cotton mill gate 1", 1);
    b.addCheckpoint("Police gate 1", 3);
    b.addCheckpoint("Boundary gate 1", Community.NONE);
    b.addCheckpoint("Boundary gate 2", Community.NONE);
    return b.build();
  }

  /** A scenario header around a timeline (given as YAML list lines, already indented). */
  static String scenario(String timeline) {
    return "name: test\n"
        + "community: {preset: jinsha-2020, seed: 1}\n"
        + "start: 2020-01-20\n"
        + "end: 2020-02-29\n"
        + "timeline:\n"
        + timeline;
  }
}
