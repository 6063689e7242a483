package org.cordon.community.register;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.cordon.community.Community;
import org.cordon.community.CommunityBuilder;
import org.cordon.community.CompoundKind;
import org.cordon.community.ReturneeOrigin;
import org.cordon.community.Sex;

/** A three-resident community and helpers to corrupt its register files, shared by the tests. */
final class TinyRegister {
  private TinyRegister() {}

  /**
   * Two compounds (Honghua with household 0; Cotton mill with households 1 and 2), a workplace
   * outside the community, a compound gate and a community-boundary gate, and three residents:
   * 0 in household 2 working at workplace 0; 1 in household 0, a Wuhan returnee; 2 in household 2.
   */
  static Community community() {
    CommunityBuilder b = Community.builder();
    int unit = b.addResponsibilityUnit(b.addGrid(b.addZone("Zone 1"), "Grid 1"), "Unit 1");
    int area = b.addArea("Tuhuangsi");
    int honghua = b.addCompound("Honghua", CompoundKind.OLD_OPEN_COMPOUND, unit, area);
    int mill = b.addCompound("Cotton mill", CompoundKind.UNIT_DORMITORY, unit, area);
    b.addHousehold(b.addBuilding(honghua, "Honghua 1"));
    int millBuilding = b.addBuilding(mill, "Cotton mill 1");
    b.addHousehold(millBuilding);
    b.addHousehold(millBuilding);
    b.addWorkplace("County hospital", Community.NONE);
    b.addCheckpoint("Honghua east gate", honghua);
    b.addCheckpoint("North road", Community.NONE);
    b.addResident(2, 40, Sex.FEMALE, 0, ReturneeOrigin.NONE, null);
    b.addResident(0, 30, Sex.MALE, Community.NONE, ReturneeOrigin.WUHAN, LocalDate.of(2020, 1, 20));
    b.addResident(2, 8, Sex.MALE, Community.NONE, ReturneeOrigin.NONE, null);
    return b.build();
  }

  /** Writes the tiny register into {@code dir}. */
  static void write(Path dir) throws IOException {
    RegisterWriter.write(community(), dir);
  }

  /** Replaces 1-based line {@code line} of {@code file} in {@code dir}. */
  static void replaceLine(Path dir, String file, int line, String text) throws IOException {
    Path p = dir.resolve(file);
    List<String> lines = new ArrayList<>(Files.readAllLines(p));
    lines.set(line - 1, text);
    Files.write(p, lines);
  }

  /** Appends a line to {@code file} in {@code dir}. */
  static void appendLine(Path dir, String file, String text) throws IOException {
    Path p = dir.resolve(file);
    List<String> lines = new ArrayList<>(Files.readAllLines(p));
    lines.add(text);
    Files.write(p, lines);
  }
}
